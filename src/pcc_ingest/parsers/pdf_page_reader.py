"""Read one PDF page into prose lines and tables (``PageLayout``).

pdfium gives the page's text in drawing order (``pdf_text``), split into
lines; lines inside a ruled table (found by ``pdf_tables``) go to the cells
under their characters (``pdf_cells``), the rest are merged into prose lines,
and prose set side by side becomes table rows (``pdf_side_by_side``).
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium

from pcc_ingest.parsers.pdf_cells import CellFinder, route_to_cells, settle_cell_text
from pcc_ingest.parsers.pdf_layout import SAME_BASELINE, PageLayout, ProseLine
from pcc_ingest.parsers.pdf_side_by_side import side_by_side_rows
from pcc_ingest.parsers.pdf_tables import find_tables
from pcc_ingest.parsers.pdf_text import Edit, Frame, Glyphs, Piece, page_lines


def read_page(pdf: pdfium.PdfDocument, index: int, fix: Callable[[str], list[Edit]] | None = None) -> PageLayout:
    """Page ``index`` (0-based) as lines and tables; ``fix`` edits its text before layout (see ``page_lines``)."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        frame = Frame.of(page)
        glyphs = Glyphs(textpage, frame)
        result = PageLayout(number=index + 1, width=frame.display_width, top=frame.display_height)
        pieces = page_lines(textpage, glyphs, fix)
        result.text = "\n".join(p.text for p in pieces)
        result.tables = find_tables(page, frame)
        prose = pieces
        if result.tables:
            finders = [CellFinder(t) for t in result.tables]
            prose = [p for p in pieces if not route_to_cells(glyphs, p, finders)]
            for table in result.tables:
                settle_cell_text(table)
        result.lines, rows = side_by_side_rows(_merge_same_line(prose))
        for row in rows:
            settle_cell_text(row)
        result.tables += rows
        return result
    finally:
        textpage.close()
        page.close()


def _merge_same_line(pieces: list[Piece]) -> list[ProseLine]:
    """Prose lines: consecutive pieces on one baseline continuing rightwards are one line.

    pdfium starts a new line when a glyph's position jumps, which a Thai mark
    placed by its own offset can trigger mid-line.
    """
    lines: list[ProseLine] = []
    for p in pieces:
        prev = lines[-1] if lines else None
        size = max(p.size, prev.size if prev else 0.0, 1.0)
        if prev is not None and abs(prev.baseline - p.baseline) <= SAME_BASELINE * size and p.left >= prev.right - 0.5 * size:
            sep = " " if prev.trailing_space or p.left - prev.right > 0.25 * size else ""
            prev.text = prev.text + sep + p.text.strip()
            prev.right = max(prev.right, p.right)
            prev.trailing_space = p.trailing_space
        else:
            lines.append(
                ProseLine(
                    text=p.text.strip(), left=p.left, right=p.right, baseline=p.baseline, size=p.size,
                    bold=p.bold, trailing_space=p.trailing_space,
                )
            )
    return lines
