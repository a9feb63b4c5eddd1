"""Bare blocks and one-table documents for rule tests that need no file behind them."""

from __future__ import annotations

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.model import Block, Document


def text_block(text: str) -> Block:
    """One paragraph block whose raw and normalised text are ``text``."""
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))


def cell_block(text: str, row: int, col: int, table: int = 0) -> Block:
    """One table cell block at (``table``, ``row``, ``col``)."""
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=table, row=row, col=col)


def grid_cell(text: str, row: int, col: int) -> Block:
    """One cell of table 0 at (``row``, ``col``), ordered by its place in the grid (rows of up to ten
    cells), for rule tests that build a ``Grid`` or ``Table`` by hand."""
    return Block(kind="table_cell", raw_text=text, text=text, order=row * 10 + col, start=0, end=len(text),
                 table=0, row=row, col=col)


def doc_of(blocks: list[Block]) -> Document:
    """A .docx document of ``blocks``, numbered in the order given."""
    return Document(path="x.docx", sha256="0", format="docx",
                    blocks=[b.model_copy(update={"order": k}) for k, b in enumerate(blocks)])


def table_doc(rows: list[list[str | None]]) -> Document:
    """A .docx document of one table, its cells in reading order; ``None`` leaves a cell out
    (merged from above)."""
    return doc_of([cell_block(text, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)
                   if text is not None])


def budget_lines(doc: Document) -> list[tuple[str, float, float | None, float | None, str | None]]:
    """Each budget item of ``doc`` as (description, amount, unit cost, quantity, source)."""
    items, _ = extract_budget(doc, None)
    return [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]
