"""A later table that restates a places breakdown's figures with a target
(new in set 53: "จัดลำดับตำบลตามผลการคัดแยกขยะต้นทาง รอบ 6 เดือน (เกณฑ์
ร้อยละ 70 ...)" over "ลำดับ | ตำบล | ... | คิดเป็น %", the ตำบล of the
earlier "ตำบล | 2564 | 2565 | 2566" table ranked by their result).

Each ranked row is a figure the breakdown already gave: one record per
figure and subject, named as the breakdown first named it, and carrying the
target the ranking measured it by.
"""

from __future__ import annotations

from collections.abc import Mapping

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.merging import root_table, same_figure, same_subject
from pcc_ingest.extract.records import OutcomeRecord


def _place(r: OutcomeRecord) -> tuple[str, str] | None:
    """(the words before the place, the place) of an indicator closing with one."""
    m = rule_re("pairing", "place_end").search(r.indicator)
    return (r.indicator[: m.start()], m["name"]) if m else None


def _restates(o: OutcomeRecord, r: OutcomeRecord, roots: Mapping[int, int]) -> bool:
    """``o``, a later table's figure with a target, gives table figure ``r``
    (no target) again: the same district, year, figure, place and subject."""
    a, b = _place(o), _place(r)
    return (a is not None and b is not None and a[1] == b[1] and same_subject(a[0], b[0])
            and o.target_pct is not None and r.target_pct is None and o.value_pct is not None
            and r.evidence.table is not None and o.evidence.table is not None
            and root_table(o, roots) != root_table(r, roots) and o.evidence.block > r.evidence.block
            and (o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.value_pct, r.value_pct))


def keep_first_statements(records: list[OutcomeRecord], roots: Mapping[int, int] | None = None) -> list[OutcomeRecord]:
    """``records`` with each places figure a later table restates with a
    target given that target, and the restating record dropped."""
    roots = roots or {}
    dropped: set[int] = set()
    out: list[tuple[OutcomeRecord, OutcomeRecord]] = []
    for r in records:
        later = next((o for o in records if id(o) not in dropped and _restates(o, r, roots)), None)
        if later is not None:
            dropped.add(id(later))
        out.append((r, r.model_copy(update={"target_pct": later.target_pct}) if later is not None else r))
    return [kept for r, kept in out if id(r) not in dropped]
