"""A district cell merged down over a page break: the rows at the top of the
next page belong to the district the page before ended with, and so do they
under a district's group row across the table (``carry_groups``).  The table
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
        out.append(carry_groups(out[-1], carry_into(out[-1], table)) if table.continues else table)
    return out


def carry_groups(prev: Table, table: Table) -> Table:
    """One continued table with no district column led by the group rows of
    ``prev`` ("อำเภอกระทุ่มแบน ประเด็น …" across the table): the rows at the
    top of the next page are still under the group the page before opened
    last.  The rows carried are numbered below zero, no row of the grid."""
    if table.column("district") is not None:
        return table
    groups = [r for r in prev.rows if is_section_row(r, prev)]
    if not groups:
        return table
    lead = tuple(replace(r, index=-len(groups) + i - 1) for i, r in enumerate(groups))
    return replace(table, rows=(*lead, *table.rows))


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
