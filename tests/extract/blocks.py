"""Bare blocks and one-table documents for rule tests that need no file behind them."""

from __future__ import annotations

from pcc_ingest.model import Block, Document


def text_block(text: str) -> Block:
    """One paragraph block whose raw and normalised text are ``text``."""
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))


def cell_block(text: str, row: int, col: int, table: int = 0) -> Block:
    """One table cell block at (``table``, ``row``, ``col``)."""
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=table, row=row, col=col)


def table_doc(rows: list[list[str | None]]) -> Document:
    """A .docx document of one table, its cells in reading order; ``None`` leaves a cell out
    (merged from above)."""
    blocks = [cell_block(text, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)
              if text is not None]
    return Document(path="x.docx", sha256="0", format="docx",
                    blocks=[b.model_copy(update={"order": k}) for k, b in enumerate(blocks)])
