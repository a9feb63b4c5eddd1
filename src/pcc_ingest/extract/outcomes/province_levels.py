"""The province's own figure beside its districts' in a province's report
(new in set 52): "อำเภอ | ผู้สูงอายุมีพฤติกรรมสุขภาพที่พึงประสงค์ (เกณฑ์ ≥ 50%)"
over "อำเภอ | ระดับจังหวัด | ระดับประเทศ", the province's figure merged
down the rows ("54.12").  A report covering several districts states the
province's result as its own, an outcome of no district, named by the
measure and the level and held against the measure's target; the country's
figure (or a region's) is a comparison the report does not own, and is
left out, as is every level in a single district's document.
"""

from __future__ import annotations

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import Context, rule_re
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table


def province_level_outcomes(
    table: Table, measures: dict[int, list[tuple[str, float | None]]], ctx: Context,
) -> list[OutcomeRecord]:
    """One outcome per measure whose group has a province-level column
    under it (in the header's second row) holding one figure, in a document
    of several districts."""
    grid = table.grid
    if ctx.single is not None or len(grid.rows) < 3:
        return []
    level = rule_re("province_levels", "province")
    out: list[OutcomeRecord] = []
    for label in grid.row_cells(grid.rows[1]):
        owners = [c for c in measures if c <= label.col and len(measures[c]) == 1]
        if not label.text or not level.match(label.text) or not owners or label.col in measures:
            continue
        measure, target = measures[max(owners)][0]
        cells = [b for r in grid.rows[2:] if (b := grid.cells.get((r, label.col))) is not None and b.text]
        figures = {f.value: b for b in cells if (f := cell_figure(b.text)) is not None}
        if len(figures) != 1 or not measure:
            continue  # one province, one figure: anything else is no level column
        value, cell = next(iter(figures.items()))
        out.append(OutcomeRecord(
            indicator=f"{measure} {label.text}", district=None, value_pct=value, target_pct=target,
            year_be=ctx.year_be, evidence=evidence(cell),
        ))
    return out
