"""A relative target in the target column of a table of issues, indicators
and targets ("อำเภอ | ประเด็น | ตัวชี้วัด | ค่าเป้าหมาย" holding "ลดลงร้อยละ 5
จากปี 2566"; an inspection report, new in set 51).  Read as running text the
cell's own words ("ลดลง … จากปี 2566") would name the figure, but they only
say which way and since when: what it measures is the row's indicator, the
change going with it (RECORDS.md: the indicator in the document's words)."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.thai.text import strip_list_marker


def name_relative_targets(table: Table, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` with each bare target read from a target-column cell that
    states a change named "<row's indicator> <change>"; the rest unchanged."""
    target, named = table.column("target"), table.column("indicator")
    if target is None or named is None:
        return records
    rows = {r.index: r for r in table.rows}
    out = []
    for o in records:
        e = o.evidence
        row = rows.get(e.row) if e.table == table.grid.table and e.col == target.col else None
        cell = row.cells.get(target.col) if row is not None else None
        figure = cell_figure(cell.text) if cell is not None and o.value_pct is None else None
        own = strip_list_marker(table.text(row, "indicator")).strip() if row is not None else ""
        named_change = figure is not None and figure.change and own
        out.append(o.model_copy(update={"indicator": f"{own} {figure.change}"}) if named_change else o)
    return out
