"""A district cell merged down over a page break: the rows at the top of the
next page belong to the district the page before ended with.  The table
reader carries merged cells over the break only into the very first row, so
a header fragment repeated there ("(ร้อยละ)" under "ผลงาน ปี 2567") stops the
carry and the rows under it would lose their district.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.tables import Row, Table, is_section_row, is_total_row


def carry_districts(tables: list[Table]) -> list[Table]:
    """``tables`` with each continued table's first data rows that name no
    district given the district cell of the last row before the break (when
    that row is a data row, not a total)."""
    out = list(tables[:1])
    for table in tables[1:]:
        out.append(carry_into(out[-1], table) if table.continues else table)
    return out


def lend_titles(tables: list[Table]) -> list[Table]:
    """``tables`` with each untitled table that repeats the header row of the
    table before it (a results table broken across pages, its header repeated
    on the next page) given that table's title: the title names the measure."""
    out = list(tables[:1])
    for table in tables[1:]:
        prev = out[-1]
        repeated = not table.title and first_row(table) == first_row(prev) != ()
        out.append(replace(table, title=prev.title) if repeated else table)
    return out


def first_row(table: Table) -> tuple[str, ...]:
    """The texts of the grid's first row, for telling a repeated header."""
    grid = table.grid
    return tuple(b.text.strip() for b in grid.row_cells(grid.rows[0])) if grid.rows else ()


def carry_into(prev: Table, table: Table) -> Table:
    """One continued table with the district of ``prev``'s last row carried
    into its rows up to the first that names one of its own, or a total."""
    col = table.column("district")
    last = prev.rows[-1] if prev.rows else None
    source = last.cells.get(col.col) if col is not None and last is not None else None
    if col is None or last is None or source is None or not source.text or is_total_row(last):
        return table
    rows: list[Row] = []
    for i, row in enumerate(table.rows):
        own = row.cells.get(col.col)
        if (own is not None and own.text) or is_total_row(row):
            rows += table.rows[i:]
            break
        keep = is_section_row(row, table)
        rows.append(row if keep else replace(row, cells={**row.cells, col.col: source}, carried=row.carried | {col.col}))
    return replace(table, rows=tuple(rows))
