"""Changes in percentage points: a change's size written after a result
("คิดเป็นร้อยละ 92.19 ผ่านเป้าหมาย เพิ่มขึ้นจากปี 2565 ร้อยละ 6.48") that is
that result less the figure of the year it is compared with (85.71 in
2565) is the gap between two outcomes, not an outcome of its own (RECORDS.md:
a change in percentage points is not an outcome); a relative change
("ลดลงร้อยละ 12.40" of deaths) is one, and is kept.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import TOLERANCE, rule_re
from pcc_ingest.extract.outcomes.figure_years import is_change_by
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def _figure(r: OutcomeRecord) -> float | None:
    return r.value_pct if r.value_pct is not None else r.target_pct


def is_point_change(doc: Document, r: OutcomeRecord, prose: list[OutcomeRecord], known: list[OutcomeRecord]) -> bool:
    """``r``, a figure in running text right after a change from a year, is
    the result before it in its block less a figure of that year of its
    district (from ``known``)."""
    size = _figure(r)
    if r.evidence.table is not None or size is None:
        return False
    before = doc.blocks[r.evidence.block].text[: r.evidence.start]
    years = list(rule_re("year", "before").finditer(before))
    if not is_change_by(before) or not years:
        return False
    since = int(years[-1]["year"])
    results = [p.value_pct for p in prose if p.evidence.block == r.evidence.block
               and p.evidence.start < r.evidence.start and p.value_pct is not None]
    return bool(results) and any(
        o.district == r.district and o.year_be == since and o.value_pct is not None
        and abs(results[-1] - o.value_pct - size) <= TOLERANCE
        for o in known
    )


def drop_point_changes(doc: Document, prose: list[OutcomeRecord], tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``prose`` without the changes in percentage points it states."""
    known = [*prose, *tabled]
    return [r for r in prose if not is_point_change(doc, r, prose, known)]
