"""A results table whose first column, headed as results ("ผลการดำเนินงาน"),
names each row's measure (new in set 51: "ผลการดำเนินงาน | ไตรมาส 1 | ไตรมาส
2 | รวม 6 เดือน" over "ร้อยละของหมู่บ้าน... (สะสม) | 74.79 | 81.51 | 81.51").
The header reader takes the label for a results column, so the table has no
column naming its rows and its figures go unread.  When every body cell of
that first column is words, no figure, and the columns after it are periods
or years, the column names the rows: it is read as the indicator column.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.table_model import Table, cell_number

# The roles of the columns a first column of names stands before.
PERIODS = frozenset({"period", "year"})


def named_rows(table: Table) -> Table:
    """``table`` with a leftmost "result" column of words read as its
    indicator column; ``table`` itself otherwise."""
    if not table.columns or table.column("indicator") is not None:
        return table
    first = table.columns[0]
    rest = {c.role for c in table.columns[1:]}
    if first.role != "result" or first.col != 0 or not rest or not rest <= PERIODS:
        return table
    cells = [r.cells[0].text for r in table.rows if 0 in r.cells and r.cells[0].text.strip()]
    if not cells or any(cell_number(text) is not None or not any(ch.isalpha() for ch in text) for text in cells):
        return table
    return replace(table, columns=(replace(first, role="indicator"), *table.columns[1:]))
