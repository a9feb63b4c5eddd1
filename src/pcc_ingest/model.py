"""The neutral document model every parser returns and every extractor reads.

A parser turns a file into ``RawBlock``s (what the file says, where it says it);
``build_document`` normalises their text and lays them out as one reading-order
text, so every block knows its character span in that text.  Nothing here knows
about Word, PDF, SQLite or the record format.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "header", "footer"]
FileFormat = Literal["docx", "pdf", "doc", "html"]
PageVerdict = Literal["good", "repaired", "needs_ocr", "ocr"]


class RawBlock(BaseModel):
    """One unit of text as a parser found it, with where it came from.

    ``page`` is 1-based (PDF); ``paragraph`` is the index of the body paragraph
    (docx); ``table``/``row``/``col`` are 0-based and locate a table cell.  A
    nested table gets its own ``table`` index and ``parent_table`` names the
    table whose cell holds it.
    """

    kind: BlockKind
    raw_text: str
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    parent_table: int | None = None
    list_label: str | None = None  # visible number Word generated ("๑.", "1.", "-")
    from_ocr: bool = False
    repaired: bool = False
    confidence: float | None = None  # OCR word confidence 0-100, when from_ocr


class Block(RawBlock):
    """A ``RawBlock`` plus its normalised text and its span in ``Document.text``."""

    order: int
    text: str
    start: int
    end: int

    @property
    def locator(self) -> str:
        """A short human-readable place: ``p.3``, ``table 2 r4 c1``, ``¶12``."""
        return place_label(self.page, self.table, self.row, self.col, self.paragraph, self.order)


def place_label(page: int | None, table: int | None, row: int | None, col: int | None,
                paragraph: int | None, block: int | None) -> str:
    """Where a value sits in its file, as an auditor reads it: ``p.3 table 2 r4 c1``, ``¶12``, ``block 7``."""
    parts: list[str] = []
    if page is not None:
        parts.append(f"p.{page}")
    if table is not None:
        parts.append(f"table {table} r{row} c{col}")
    elif paragraph is not None:
        parts.append(f"¶{paragraph}")
    return " ".join(parts) or (f"block {block}" if block is not None else "?")


class PageInfo(BaseModel):
    """Text-quality verdict of one PDF page (see ``pcc_ingest.quality``)."""

    page: int
    verdict: PageVerdict = "good"
    reasons: list[str] = Field(default_factory=list)
    chars: int = 0


class Document(BaseModel):
    """A parsed, normalised document: blocks in reading order with provenance."""

    path: str
    sha256: str
    format: FileFormat
    pages: int | None = None
    title: str | None = None
    blocks: list[Block] = Field(default_factory=list)
    page_info: list[PageInfo] = Field(default_factory=list)
    text: str = ""

    def body(self) -> list[Block]:
        """Blocks of the body, without page headers and footers."""
        return [b for b in self.blocks if b.kind not in ("header", "footer")]

    def body_before(self, order: int, skip_blank: bool = False) -> Block | None:
        """The last body block before block ``order`` (a page's header and footer
        passed over, and empty blocks too with ``skip_blank``): scanned back, so
        asking it of every block stays linear in the blocks between."""
        for i in range(order - 1, -1, -1):
            b = self.blocks[i]
            if b.kind not in ("header", "footer") and not (skip_blank and not b.text.strip()):
                return b
        return None

    def lines(self) -> list[list[Block]]:
        """Blocks grouped as the lines of ``text``: one per block, one per table row."""
        out: list[list[Block]] = []
        for b in self.blocks:
            if out and b.kind == "table_cell" and _same_row(out[-1][-1], b):
                out[-1].append(b)
            else:
                out.append([b])
        return out


def _same_row(a: Block, b: Block) -> bool:
    return a.kind == "table_cell" and (a.table, a.row) == (b.table, b.row)
