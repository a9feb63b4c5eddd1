"""Budget table columns read by what their cells hold, not only by their label.

A header label can name both the line and its money: "กิจกรรม / รายละเอียด
งบประมาณ", "รายการค่าใช้จ่าย (บาท)".  Read by its money word alone such a
column is one more amount column, and it hides the table's description.
When a table has another amount column and this one's cells are words, not
figures, it is the table's detail column.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Column, Table


def holds_words(table: Table, col: int) -> bool:
    """Most filled body cells of column ``col`` are words, not a bare figure
    or dash (``column.figure_cell``): details, not amounts."""
    texts = [row.cells[col].text for row in table.rows if col in row.cells and row.cells[col].text.strip()]
    if not texts:
        return False
    worded = [t for t in texts if not rule_re("column.figure_cell").match(t)]
    return 2 * len(worded) > len(texts)


def detail_named(column: Column) -> bool:
    """The column's label names what money is for as well as the money."""
    return bool(rule_re("column.detail_label").search(column.own or column.label))


def budget_view(table: Table) -> Table:
    """``table`` with a worded amount column whose label names details
    (``column.detail_label``) read as the detail column, when another amount
    column holds the figures and no detail column exists."""
    amounts = table.columns_of("budget_amount")
    if len(amounts) < 2 or table.column("budget_detail") is not None:
        return table
    worded = [c for c in amounts if detail_named(c) and holds_words(table, c.col)]
    if not worded or len(worded) == len(amounts):
        return table
    first = worded[0].col
    columns = tuple(replace(c, role="budget_detail") if c.col == first else c for c in table.columns)
    return replace(table, columns=columns)

