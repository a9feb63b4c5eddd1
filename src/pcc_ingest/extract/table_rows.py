"""Step 4 of reading a table: body rows, with merged cells carried down, and row kinds.

A body cell of a ``carry_down`` role that is missing in a row is taken from
the row above; a group or total row stops the carry.  A total or section
row is told from a data row here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from pcc_ingest.extract.table_model import Column, Grid, Row, Table, fold, table_rules
from pcc_ingest.model import Block


@cache
def _total_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in table_rules()["rows"]["total"])


def is_group_row(cells: Mapping[int, Block]) -> bool:
    """A total, or one label alone in the row's first cell: Word spans such a
    row across the table, so its missing cells are no vertical merge."""
    texts = [cells[c].text for c in sorted(cells) if cells[c].text]
    if not texts:
        return False
    if any(p.search(fold(texts[0])) for p in _total_res()):
        return True
    return len(set(texts)) == 1 and cells[min(cells)].text == texts[0]


def body_rows(
    grid: Grid, header_rows: tuple[int, ...], columns: Iterable[Column], above: Mapping[int, Block] | None = None,
) -> tuple[Row, ...]:
    """Rows after the header, with merged cells of carry-down roles filled in.

    ``above`` is the last row of the table this one continues (a merged cell
    can run over a page break, and the piece of it at the top of the new
    page comes out as an empty cell).  Nothing is carried into or across a
    group or total row.
    """
    carry = {c.col for c in columns if c.role in table_rules()["rows"]["carry_down"]}
    start = grid.rows.index(header_rows[-1]) + 1 if header_rows else 0
    out: list[Row] = []
    last = dict(above or {})
    broken = bool(above)  # the first row under a page break
    for row in grid.rows[start:]:
        cells = {b.col or 0: b for b in grid.row_cells(row)}
        if broken:
            cells = {c: b for c, b in cells.items() if b.text or c not in carry or c not in last}
            broken = False
        if is_group_row(cells):
            last = {}
            out.append(Row(row, cells))
            continue
        carried = {c for c in carry if c not in cells and c in last}
        for c in carried:
            cells[c] = last[c]
        last.update(cells)
        out.append(Row(row, cells, frozenset(carried)))
    return tuple(out)


def is_total_row(row: Row) -> bool:
    """The row's first non-empty cell says it is a total (รวม, รวมทั้งสิ้น, ...)."""
    texts = row.texts()
    return bool(texts) and any(p.search(fold(texts[0])) for p in _total_res())


def is_section_row(row: Row, table: Table) -> bool:
    """A row with one label across the table ("มาตรการที่ 1 ..."): a group, not data.

    Its only text (some parsers repeat a merged cell's text in every column it
    spans) stands in the row's first cell.
    """
    own = {c: b.text for c, b in row.cells.items() if b.text and c not in row.carried}
    return (
        table.grid.n_cols >= 3 and len(set(own.values())) == 1
        and min(own) == min(row.cells) and not is_total_row(row)
    )
