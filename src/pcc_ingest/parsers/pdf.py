"""Read a PDF's text layer into blocks: prose paragraphs and table cells, page by page.

Each page's text comes from pdfium in drawing order (``pdf_text``), split into
lines and routed by position (``pdf_page_reader``): lines inside a ruled table
(found by ``pdf_tables``) go to the cell under each character (``pdf_cells``),
the rest are joined into paragraphs by line geometry (``pdf_line_joining``:
same size and weight, usual pitch, the line above reaching the right margin,
indents), also across a page break (``pdf_assemble``).  Lines repeated at the
top or bottom of pages are marked ``header``/``footer``
(``pdf_running_lines``); a table continued from the previous page has its
repeated heading rows marked ``header`` and the rest of a row broken by the
page joined back to its start (``pdf_page_breaks``).

``read_page`` and ``assemble_pages`` are the two halves of ``read_pdf``, so
``parsers.pdf_quality`` can check each page's text in between, read a page
again with a repair, or put another reader's blocks (OCR) in its place.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from pcc_ingest.model import RawBlock
from pcc_ingest.parsers.pdf_assemble import assemble_blocks
from pcc_ingest.parsers.pdf_layout import PageLayout
from pcc_ingest.parsers.pdf_measures import usual_pitch
from pcc_ingest.parsers.pdf_page_breaks import join_tables_across_pages
from pcc_ingest.parsers.pdf_page_reader import read_page
from pcc_ingest.parsers.pdf_running_lines import mark_running_lines


def read_pdf(path: Path) -> tuple[list[RawBlock], int]:
    """The blocks of a PDF's text layer in reading order, and its page count.

    Raises ``pypdfium2.PdfiumError`` for a file pdfium cannot open (``parsers.parse``
    turns it into ``DamagedFile`` or ``EncryptedFile``).
    """
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [read_page(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()
    return assemble_pages(pages), len(pages)


def assemble_pages(pages: list[PageLayout]) -> list[RawBlock]:
    """The blocks of the pages read, in reading order, with running lines marked and tables joined."""
    mark_running_lines(pages)
    pitch = usual_pitch(pages)
    join_tables_across_pages(pages, pitch)
    return assemble_blocks(pages, pitch)
