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
            sep = "\t" if _continues_row(prev, raw) else "\n"
            parts.append(sep)
            pos += 1
        blocks.append(Block(**raw.model_dump(), order=len(blocks), text=text, start=pos, end=pos + len(text)))
        parts.append(text)
        pos += len(text)
        prev = raw
    title = next((b.text for b in blocks if b.kind in ("heading", "paragraph") and b.text), None)
    return Document(
        path=path, sha256=sha256, format=format, pages=pages, title=title,
        blocks=blocks, page_info=page_info or [], text="".join(parts),
    )


def _continues_row(prev: RawBlock | None, cur: RawBlock) -> bool:
    return (
        prev is not None
        and prev.kind == cur.kind == "table_cell"
        and (prev.table, prev.row) == (cur.table, cur.row)
    )
