"""Lay parsed blocks out as one normalised reading-order text, with spans.

Each block becomes one line of ``Document.text``; the cells of a table row share
one line, separated by tabs, as ``pcc-ingest text`` prints them.  Every block
records the span of its normalised text in that document text.
"""

from __future__ import annotations

from collections.abc import Iterable

from pcc_ingest.model import Block, Document, FileFormat, PageInfo, RawBlock
from pcc_ingest.thai.text import normalize_text


def build_document(
    *,
    path: str,
    sha256: str,
    format: FileFormat,
    raw_blocks: Iterable[RawBlock],
    pages: int | None = None,
    page_info: list[PageInfo] | None = None,
) -> Document:
    """Normalise every block and compute its span in the document text.

    Blocks whose normalised text is empty are kept only when they are table
    cells (an empty cell still holds its column's place).
    """
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    prev: RawBlock | None = None
    for raw in raw_blocks:
        text = normalize_text(raw.raw_text)
        if not text and raw.kind != "table_cell":
            continue
        if parts:
            parts.append(separator(prev, raw))
            pos += 1
        # vars(): the raw block's field values as they are (model_dump would copy them first)
        blocks.append(Block(**vars(raw), order=len(blocks), text=text, start=pos, end=pos + len(text)))
        parts.append(text)
        pos += len(text)
        prev = raw
    title = next((b.text for b in blocks if b.kind in ("heading", "paragraph") and b.text), None)
    return Document(
        path=path, sha256=sha256, format=format, pages=pages, title=title,
        blocks=blocks, page_info=page_info or [], text="".join(parts),
    )


def separator(prev: RawBlock | None, cur: RawBlock) -> str:
    """What stands between two blocks in the document text: a tab inside a table row, else a newline."""
    same_row = (
        prev is not None
        and prev.kind == cur.kind == "table_cell"
        and (prev.table, prev.row) == (cur.table, cur.row)
    )
    return "\t" if same_row else "\n"


def join_blocks(blocks: list[Block]) -> str:
    """The document text of already-laid-out blocks (what ``build_document`` produced)."""
    parts: list[str] = []
    for prev, cur in zip([None, *blocks], blocks):
        if prev is not None:
            parts.append(separator(prev, cur))
        parts.append(cur.text)
    return "".join(parts)
