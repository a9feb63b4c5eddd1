"""A breakdown table's total row giving again a figure an earlier table gave
for the district: the KPI table's "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี |
≥ 40 | 33.5" and, under the ตำบล table's short column name "DM ควบคุมได้
ร้อยละ (เป้า ≥ 40)", its total row "รวมอำเภอ | 33.5".  One figure (RECORDS.md:
once per distinct figure and subject), kept where first stated; its
result, target, district and year all agree, which two subjects' figures
seldom do.
"""

from __future__ import annotations

from collections.abc import Mapping

from pcc_ingest.extract.outcomes.merging import root_table, same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.extract.tables import is_total_row


def drop_restated_totals(
    tables: list[Table], tabled: list[OutcomeRecord], roots: Mapping[int, int],
) -> list[OutcomeRecord]:
    """``tabled`` without the total-row records an earlier table's record
    restates in full; ``roots`` maps a table broken across pages to its
    first part, whose ตำบล rows are the total's own."""
    totals = {(t.grid.table, r.index) for t in tables for r in t.rows if is_total_row(r)}
    return [r for r in tabled
            if not ((r.evidence.table, r.evidence.row) in totals and _stated_before(r, tabled, roots))]


def _stated_before(r: OutcomeRecord, tabled: list[OutcomeRecord], roots: Mapping[int, int]) -> bool:
    """An earlier table gives ``r``'s result with its target, for its district and year."""
    first = root_table(r, roots)
    return r.value_pct is not None and r.target_pct is not None and first is not None and any(
        (part := root_table(o, roots)) is not None and 0 <= part < first
        and (o.district, o.year_be) == (r.district, r.year_be)
        and same_figure(o.value_pct, r.value_pct) and same_figure(o.target_pct, r.target_pct)
        for o in tabled
    )
