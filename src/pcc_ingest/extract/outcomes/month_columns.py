"""Results tables with the months as columns ("ตัวชี้วัด | ต.ค. | พ.ย. | … | ก.ย.",
each cell the cumulative percent at that month's end).  The header reader
names no role in a month's label, so it finds one role only and gives the
grid up as having no header; an activity calendar has the same header with
ticks under it.  Beside a target column ("ตัวชี้วัด | เป้าหมาย | ต.ค. 66 | …")
the reader finds two roles and keeps the header, yet maps no month column:
such a grid is read here too, each month taking the row's target.  A grid whose first row is a measure label over enough
month labels, under a caption naming results by month ("ผลงานสะสมรายเดือน")
or whose measure label says its figures are cumulative percentages
("ตัวชี้วัด (ร้อยละสะสม)"), and whose month cells hold figures, is read here
through that row: each month column a result of the table's own year,
named by its month ("… ต.ค."), as a quarter column is by its quarter.
A cumulative figure unchanged from the month before ("86.3 | 86.3") restates
that month's and is read once.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.table_header import spread_labels
from pcc_ingest.extract.table_labels import label_role, map_columns
from pcc_ingest.extract.table_model import Column, Row, Table, cell_number
from pcc_ingest.extract.table_rows import body_rows


def month_label(text: str) -> bool:
    """``text`` is a month's name alone ("ต.ค.", "ตุลาคม", "ต.ค. 67")."""
    return bool(rule_re("table", "month_label").match(text))


def says_by_month(table: Table, measure: str) -> bool:
    """The caption names results by month, or the measure label cumulative percentages."""
    return any(rule_re("table", "results_caption").search(b.text) for b in table.title) or bool(
        rule_re("table", "cumulative_label").search(measure))


def month_table(table: Table) -> Table:
    """``table`` read through its first row of month labels when the header
    reader found none and the row is such a header (unchanged otherwise)."""
    grid = table.grid
    if table.continues or len(grid.rows) < 2:
        return table
    first = grid.rows[0]
    cells = [b for b in grid.row_cells(first) if b.text and b.col is not None]
    months = [b for b in cells if month_label(b.text)]
    measure = next((b for b in cells if label_role(b.text) == "indicator"), None)
    if measure is None or len(months) < outcome_rules()["table"]["min_month_columns"] \
            or not says_by_month(table, measure.text):
        return table
    month_cols = {b.col for b in months}
    if any(c.col in month_cols for c in table.columns):
        return table  # the header reader read the months already
    if not any(cell_number(c.text) is not None for r in grid.rows[1:] for c in grid.row_cells(r) if c.col in month_cols):
        return table
    labels = spread_labels(grid, (first,))
    named = [c for c in map_columns(labels) if c.col not in month_cols]
    columns = tuple(sorted(
        (*named, *(Column(b.col, "year", b.text, None, b.text) for b in months)), key=lambda c: c.col))
    spread = {c: tuple(ls) for c, ls in labels.items() if ls}
    rows = tuple(_once(r, sorted(month_cols)) for r in body_rows(grid, (first,), columns))
    return replace(table, header_rows=(first,), columns=columns, rows=rows, labels=spread)


def _once(row: Row, months: list[int]) -> Row:
    """``row`` without the month cells repeating the figure of the month before."""
    repeats = {c for prev, c in pairwise(months)
               if (a := row.cells.get(prev)) is not None and (b := row.cells.get(c)) is not None
               and cell_number(a.text) is not None and cell_number(a.text) == cell_number(b.text)}
    return replace(row, cells={c: b for c, b in row.cells.items() if c not in repeats}) if repeats else row
