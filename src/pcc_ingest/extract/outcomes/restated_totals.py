"""A breakdown table's total row giving again a figure an earlier table gave
for the district: the KPI table's "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี |
≥ 40 | 33.5" and, under the ตำบล table's short column name "DM ควบคุมได้
ร้อยละ (เป้า ≥ 40)", its total row "รวมอำเภอ | 33.5".  One figure (RECORDS.md:
once per distinct figure and subject), kept where first stated; its
result, target, district and year all agree, which two subjects' figures
seldom do.

A total row given to hundredths that a later table gives again in a row of
the indicator ("รวมอำเภอ | … | 94.18" under "ร้อยละผู้ป่วยติดเตียงมีแผนการดูแล"
and the comparison table's "ผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตามแผน…
| … | 94.18") is that row's figure, kept where the indicator names it.
"""

from __future__ import annotations

from collections.abc import Mapping

from pcc_ingest.extract.outcomes.merging import is_precise, root_table, same_figure, same_subject
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
    return [r for r in tabled if not ((r.evidence.table, r.evidence.row) in totals and (
        _stated_before(r, tabled, roots) or _stated_after(r, tabled, roots, totals)))]


def _stated_before(r: OutcomeRecord, tabled: list[OutcomeRecord], roots: Mapping[int, int]) -> bool:
    """An earlier table gives ``r``'s result with its target, for its district
    and year; or gives that result written to hundredths with the year's
    target, where the breakdown measures its rows against an interim pass
    mark of its own ("รวมอำเภอ | 81.25" under "* เกณฑ์ผ่านรอบ 6 เดือน ร้อยละ 75",
    the KPI table's "81.25" against 90): one figure, kept where first stated."""
    first = root_table(r, roots)
    return r.value_pct is not None and r.target_pct is not None and first is not None and any(
        (part := root_table(o, roots)) is not None and 0 <= part < first
        and (o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.value_pct, r.value_pct)
        and (same_figure(o.target_pct, r.target_pct) or (is_precise(r.value_pct) and o.target_pct is not None))
        for o in tabled
    )


def _stated_after(
    r: OutcomeRecord, tabled: list[OutcomeRecord], roots: Mapping[int, int], totals: set[tuple[int, int]],
) -> bool:
    """A later table gives ``r``'s result, written to hundredths, in a row
    that is no total, for its district, year, target and subject."""
    first = root_table(r, roots)
    return r.value_pct is not None and is_precise(r.value_pct) and first is not None and any(
        (part := root_table(o, roots)) is not None and part > first
        and (o.evidence.table, o.evidence.row) not in totals
        and (o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.target_pct, r.target_pct)
        and same_figure(o.value_pct, r.value_pct) and same_subject(o.indicator, r.indicator)
        for o in tabled
    )

