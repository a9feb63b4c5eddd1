"""Find blocks of lines set side by side without rulings (a borderless table row) on a PDF page.

Reports end with two or three signature blocks next to each other ("ลงชื่อ ...
ผู้เสนอ / (ชื่อ) / ตำแหน่ง"), which Word and LibreOffice lay out as a table
without borders.  Such a table is drawn cell by cell, so pdfium gives one
block's lines top to bottom, then jumps back up to the first baseline further
right for the next block.  Sorting lines by baseline would interleave the
blocks line by line; read in drawing order they are the cells of one row, as
the .docx reader gives them.  Tab-aligned lists (a name, then a role on the
same line) are drawn line by line, so they never show that jump.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pcc_ingest.parsers.pdf_tables import Cell, CellText, Table
from pcc_ingest.parsers.pdf_text import PAGE_NUMBER_RE, TextLine

L = TypeVar("L", bound=TextLine)

# Lines within this share of the font size of one baseline start their blocks level.
SAME_TOP = 0.4
# A block's next line lies at most this many font sizes (the larger of the two lines') below the line
# before: a line pitch and the spacing Word puts after a paragraph.
MAX_STEP = 3.0
# Each block of a row has at least this many lines (a lone line beside a block is a right-aligned date or name),
# and its widest line is at least this many font sizes wide (a list label wrapped in its narrow box, "1" over
# "0.", is no block of words).
MIN_BLOCK_LINES = 2
MIN_BLOCK_WIDTH = 4.0


def side_by_side_rows(lines: Sequence[L]) -> tuple[list[L], list[Table]]:
    """Split prose ``lines`` (in drawing order) into the lines left and borderless rows of blocks.

    Each row becomes a one-row ``Table`` whose cells hold their lines as
    ``CellText`` pieces (joined later like any cell's text).
    """
    blocks = _drawn_blocks(lines)
    rest: list[L] = []
    tables: list[Table] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and _beside(blocks[j - 1], blocks[j], blocks[i]):
            j += 1
        row = blocks[i:j]
        if len(row) >= 2 and all(_is_block(b) for b in row):
            tables.append(_row_table(row))
        else:
            rest += [ln for b in row for ln in b]
        i = j
    return rest, tables


def _drawn_blocks(lines: Sequence[L]) -> list[list[L]]:
    """Runs of lines in drawing order, each line a step down from the one before at about the same left.

    A page number drawn under a signature block at the foot of the page is
    page furniture, no line of the block.
    """
    blocks: list[list[L]] = []
    for ln in lines:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and not PAGE_NUMBER_RE.match(ln.text) and 0 < prev.baseline - ln.baseline <= MAX_STEP * max(prev.size, ln.size) and ln.right > prev.left and ln.left < prev.right:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return _split_at_neighbours(blocks)


def _split_at_neighbours(blocks: list[list[L]]) -> list[list[L]]:
    """Cut a run where the next run starts level with one of its lines: the lines above it are prose."""
    out: list[list[L]] = []
    for block, after in zip(blocks, blocks[1:] + [None]):
        level = None if after is None else next(
            (k for k, ln in enumerate(block) if k and abs(ln.baseline - after[0].baseline) <= SAME_TOP * ln.size), None
        )
        if level is None:
            out.append(block)
        else:
            out += [block[:level], block[level:]]
    return out


def _beside(left: list[L], block: list[L], first: list[L]) -> bool:
    """Whether ``block`` starts level with the row's first block, wholly right of the block before it."""
    return abs(block[0].baseline - first[0].baseline) <= SAME_TOP * first[0].size and _block_left(block) > max(
        ln.right for ln in left
    )


def _is_block(block: list[L]) -> bool:
    """A block of words: several lines, one of them some words wide."""
    return len(block) >= MIN_BLOCK_LINES and max(ln.right - ln.left - MIN_BLOCK_WIDTH * ln.size for ln in block) >= 0


def _block_left(block: Sequence[TextLine]) -> float:
    return min(ln.left for ln in block)


def _row_table(row: list[list[L]]) -> Table:
    """One table row, a cell per block, boxes from the blocks' extents (pdfplumber's top-down frame)."""
    top = max(ln.baseline + ln.size for b in row for ln in b)
    bottom = min(ln.baseline - 0.3 * ln.size for b in row for ln in b)
    cells = []
    for col, block in enumerate(row):
        right = max(ln.right for ln in block)
        cell = Cell(box=(_block_left(block), -top, right, -bottom), row=0, col=col)
        cell.pieces = [CellText(ln.baseline, ln.text, ln.left, ln.right, ln.size) for ln in block]
        cells.append(cell)
    return Table(
        cells=cells, col_lefts=[c.box[0] for c in cells], left=cells[0].box[0], right=cells[-1].box[2],
        top=top, bottom=bottom,
    )
