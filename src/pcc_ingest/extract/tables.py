"""Read tables as tables: cells -> grid -> header -> column roles -> rows.

Each step is a small pure function over typed values (the way pdfplumber's
``table.py`` chains edges -> cells -> tables), so every extractor reads a
table the same way: find the header row(s), name each column by its role with
the synonyms in ``extractors/tables.toml``, then walk the body rows.  Nothing
here flattens a table to text.

Merged cells: the docx parser emits a merged cell once, at its first row and
column.  A header label spreads right over the columns it spans (an empty or
missing label next to it, under which a lower header row names sub-columns),
and the columns under one spanning label are a group ("ปีงบประมาณ 2567" over
"เป้าหมาย | ผลงาน | ร้อยละ": one year's figures; "ประเด็นที่ 1" over its counts
and percentage: one issue's);
a body cell of a ``carry_down`` role that is missing in a row is taken from
the row above.  A vertically merged cell that a parser emits as an *empty*
block cannot be told from a really empty cell, so it is not carried; the
model has no row or column spans, so a missing cell is read as merged.

PDF tables break across pages: a headerless table (or one that only repeats
the lower header row) right after a headed one is read through that header,
and a first row that is the rest of the page's last row is joined to it.

The steps live in their own modules (``table_model``: the typed values and
cells -> grid; ``table_labels``: labels -> roles; ``table_header``: header
and title; ``table_rows``: body rows; ``table_pages``: page breaks;
``table_cell_lines``: lines inside a cell); this module chains them and is
where extractors import them from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pcc_ingest.extract.table_cell_lines import CELL_BULLET_RE, cell_lines, numbered_items
from pcc_ingest.extract.table_header import caption, find_header, is_figure_cell, spread_labels, title_rows
from pcc_ingest.extract.table_labels import (
    baseline_year,
    follows_years,
    label_role,
    label_year,
    map_columns,
    part_year,
    target_year_of,
)
from pcc_ingest.extract.table_model import Column, Grid, Row, Table, cell_number, fold, grids
from pcc_ingest.extract.table_pages import adjacent, join_fragment, repeats_header
from pcc_ingest.extract.table_rows import body_rows, is_section_row, is_total_row
from pcc_ingest.model import Block, Document

__all__ = [
    "CELL_BULLET_RE",
    "Column",
    "Row",
    "Table",
    "baseline_year",
    "cell_lines",
    "cell_number",
    "fold",
    "follows_years",
    "grids",
    "is_figure_cell",
    "is_section_row",
    "is_total_row",
    "label_role",
    "label_year",
    "map_columns",
    "numbered_items",
    "part_year",
    "read_table",
    "read_tables",
    "target_year_of",
]


def read_table(doc: Document, grid: Grid, inherited: Table | None = None) -> Table:
    """A grid read through its own header, or through ``inherited`` when it has none.

    A grid whose only header is a repeat of the inherited table's lower
    header row is read through the inherited header too.
    """
    header = find_header(grid)
    repeated = inherited is not None and bool(header) and repeats_header(grid, header, inherited)
    if inherited is not None and (not header or repeated):
        last = inherited.rows[-1].cells if inherited.rows else None
        rows = body_rows(grid, header, inherited.columns, last)
        return Table(grid, header, inherited.columns, rows, inherited.title, continues=True, labels=inherited.labels)
    labels = spread_labels(grid, header) if header else {}
    columns = map_columns(labels)
    title = (*caption(doc, grid), *title_rows(grid, header))
    spread = {c: tuple(ls) for c, ls in labels.items() if ls}
    return Table(grid, header, columns, body_rows(grid, header, columns), title, labels=spread)


@dataclass(frozen=True)
class _ReadCache:
    """The tables last read, with the document and the block states they were read from."""

    doc: Document
    blocks: tuple[tuple[Block, dict], ...]
    tables: tuple[Table, ...]


_last_read: _ReadCache | None = None


def _block_states(doc: Document) -> tuple[tuple[Block, dict], ...]:
    """Each block with a copy of its fields: a cached read is reused only while
    the very same blocks, unchanged, are in the document."""
    return tuple((b, dict(b.__dict__)) for b in doc.blocks)


def _same_blocks(states: tuple[tuple[Block, dict], ...], blocks: list[Block]) -> bool:
    """The document holds the very blocks of ``states``, none changed since."""
    return len(states) == len(blocks) and all(x is b and fx == b.__dict__ for (x, fx), b in zip(states, blocks))


def read_tables(doc: Document) -> list[Table]:
    """Every table of the document, read through its header.

    Several extractors read the same document's tables in turn, so the last
    read is kept (with strong references, so no object id is reused) and given
    back while the document and its blocks are unchanged.
    """
    global _last_read  # noqa: PLW0603 - one cached read per process, by design
    last = _last_read
    if last is not None and last.doc is doc and _same_blocks(last.blocks, doc.blocks):
        return list(last.tables)
    states = _block_states(doc)
    tables = _read_tables(doc)
    _last_read = _ReadCache(doc, states, tuple(tables))
    return tables


def _read_tables(doc: Document) -> list[Table]:
    """Every table of the document, read through its header.

    A table right after a headed one with no more columns, and no header of
    its own (or only a repeat of the lower header row), is its continuation
    (a table broken across PDF pages): it is read with that header, and a
    first row that continues the last row of the page before is joined to it.
    """
    out: list[Table] = []
    for grid in grids(doc):
        previous = out[-1] if out else None
        continues = (
            previous is not None and bool(previous.columns)
            and grid.first.parent_table is None
            and grid.n_cols <= previous.grid.n_cols
            and adjacent(doc, previous.grid, grid)
        )
        table = read_table(doc, grid, previous if continues else None)
        if table.continues and previous is not None:
            out[-1], rows = join_fragment(previous, table.rows)
            table = replace(table, rows=rows)
        out.append(table)
    return out
