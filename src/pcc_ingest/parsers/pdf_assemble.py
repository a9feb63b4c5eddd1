"""Turn the pages of a PDF, as read, into blocks in reading order.

Prose lines join into paragraphs (``pdf_line_joining``), also across a page
break; tables give one block per cell; running headers and footers come
after the body; a page another reader made (OCR) gives its own blocks.
"""

from __future__ import annotations

import statistics

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.pdf_layout import PageLayout, ProseLine
from pcc_ingest.parsers.pdf_line_joining import (
    LIST_LABEL_RE,
    continues,
    continues_on_next_page,
)
from pcc_ingest.parsers.pdf_measures import body_font_size, text_columns
from pcc_ingest.parsers.pdf_tables import Table
from pcc_ingest.parsers.pdf_text import clean, join_lines

HEADING_SIZE_DELTA = 1.0  # points above the body size
HEADING_MAX_CHARS = 150


def assemble_blocks(pages: list[PageLayout], pitch: dict[int, float]) -> list[RawBlock]:
    """Turn every page's lines and tables into blocks in reading order.

    A paragraph that runs on from the bottom of one page to the top of the
    next is one block, on the page where it starts.  Running headers and
    footers (each with its page) come after the body, as the .docx reader
    gives them, so they cut no paragraph or table off from its rest.  A page
    read by another reader (``PageLayout.blocks``) ends any open paragraph
    and gives its own blocks.
    """
    body_size = body_font_size(pages)
    blocks: list[RawBlock] = []
    running: list[RawBlock] = []
    table_index = 0
    paragraph: list[ProseLine] = []
    started = (0, (0.0, 0.0))  # page number and column of the open paragraph
    columns = text_columns(pages)
    for page in pages:
        if page.blocks is not None:
            blocks += _paragraph_block(paragraph, started[0], body_size)
            blocks += [b for b in page.blocks if not _is_running(b)]
            running += [b for b in page.blocks if _is_running(b)]
            paragraph = []
            continue
        column = columns[page.number]
        first_body = True
        for item in page.items():
            if isinstance(item, ProseLine) and item.kind != "paragraph":
                running.append(RawBlock(kind=item.kind, raw_text=clean(item.text), page=page.number, repaired=page.repaired))
                continue
            if isinstance(item, ProseLine) and paragraph:
                if first_body and started[0] != page.number:
                    goes_on = continues_on_next_page(paragraph[-1], item, started[1], column)
                else:
                    goes_on = continues(paragraph, item, column, pitch)
                if goes_on:
                    paragraph.append(item)
                    first_body = False
                    continue
            first_body = False
            blocks += _paragraph_block(paragraph, started[0], body_size)
            paragraph = []
            if isinstance(item, Table):
                table_index = _table_blocks(item, page.number, table_index, None, blocks, page.repaired)
            else:
                paragraph, started = [item], (page.number, column)
    return blocks + _paragraph_block(paragraph, started[0], body_size) + running


def _is_running(block: RawBlock) -> bool:
    """A page header or footer line (a table's repeated heading row keeps its table's place)."""
    return block.kind in ("header", "footer") and block.table is None


def _table_blocks(
    table: Table, page: int, index: int, parent: int | None, out: list[RawBlock], repaired: bool = False
) -> int:
    """Append a table's cells (each followed by its nested tables); return the next free table index."""
    next_index = index + 1
    for cell in table.cells:
        out.append(
            RawBlock(
                kind=cell.kind, raw_text=cell.text, page=page, table=index, row=cell.row, col=cell.col,
                parent_table=parent, repaired=repaired,
            )
        )
        for nested in cell.nested:
            next_index = _table_blocks(nested, page, next_index, index, out, repaired)
    return next_index


def _paragraph_block(lines: list[ProseLine], page: int, body_size: float) -> list[RawBlock]:
    if not lines:
        return []
    text = join_lines([ln.text + (" " if ln.trailing_space else "") for ln in lines])
    label = LIST_LABEL_RE.match(text)
    size = statistics.median(ln.size for ln in lines)
    kind: BlockKind = "paragraph"
    larger = size >= body_size + HEADING_SIZE_DELTA
    if len(text) <= HEADING_MAX_CHARS and (larger or (len(lines) == 1 and lines[0].bold)):
        kind = "heading"
    elif label:
        kind = "list_item"
    return [
        RawBlock(
            kind=kind, raw_text=text, page=page, list_label=label.group() if label else None,
            repaired=any(ln.repaired for ln in lines),
        )
    ]
