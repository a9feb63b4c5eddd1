"""A cell listing places with their figures that only restates results given
earlier ("ต.ลำพูน 88.60 ¶ ต.คลองปราบ 86.40" under "ตำบลที่ต่ำกว่าเกณฑ์ (%)" in
a progress report's table of problems, after the ตำบล table giving each of
those figures): a figure an earlier record already gives for the same place
adds no outcome, whatever the later table names it by.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.merging import same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def _place(r: OutcomeRecord) -> str | None:
    m = rule_re("pairing", "place_end").search(r.indicator)
    return m["name"] if m else None


def drop_restated_places(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` without the figures of a places' list cell that an earlier
    record (of another block) gives for the same place, district and year."""
    def restates(r: OutcomeRecord) -> bool:
        place = _place(r)
        if r.evidence.table is None or place is None or r.value_pct is None:
            return False
        if len(rule_re("place_cells", "place_figure").findall(doc.blocks[r.evidence.block].text)) < 2:
            return False
        return any(o.evidence.block < r.evidence.block and _place(o) == place
                   and (o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.value_pct, r.value_pct)
                   for o in records)
    return [r for r in records if not restates(r)]
