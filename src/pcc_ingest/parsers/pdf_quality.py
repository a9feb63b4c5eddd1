"""Read a PDF with every page's text layer judged: good, repaired, OCR'd, or waiting for OCR.

Each page is read by pdfium as usual (``pdf.read_page``) and its text checked
(``quality.problems``).  A page that fails is repaired only in ways that can be
checked, each kept only when the page then passes the check:

1. normalisation alone (legacy private-use glyph codes, split sara am
   ``ํา``), which ``build_document`` applies anyway: the page is marked repaired;
2. lost sara am put back by dictionary (``quality.restore_sara_am``), the
   page read again with the edits in place, so tables and paragraphs keep
   their layout;
3. a second reader, pdfplumber (pdfminer decodes fonts its own way), one
   paragraph per line.

A page with no usable text is read by OCR (``pcc_ingest.ocr``); without
Tesseract it stays ``needs_ocr``, its text layer kept as it is, and the reason
says what to install.  Sara am lost on some pages of a document is looked for
on its other pages too: the same fonts drew them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pcc_ingest import ocr, quality
from pcc_ingest.model import PageInfo, RawBlock
from pcc_ingest.parsers.pdf import assemble_pages
from pcc_ingest.parsers.pdf_layout import PageLayout
from pcc_ingest.parsers.pdf_page_reader import read_page
from pcc_ingest.parsers.pdf_text import Edit
from pcc_ingest.thai.text import normalize_text

# The problem codes (``quality.problems``) that lost sara am gives.
SARA_AM_CODES = frozenset({"split_sara_am", "sara_am_missing"})
WHITESPACE_RE = re.compile(r"\s")


def read_checked_pdf(path: Path, *, run_ocr: bool = True) -> tuple[list[RawBlock], list[PageInfo]]:
    """The blocks of a PDF, its text checked page by page, and each page's verdict.

    ``run_ocr=False`` leaves pages without usable text as ``needs_ocr``.
    Raises ``pypdfium2.PdfiumError`` for a file pdfium cannot open.
    """
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [read_page(pdf, i) for i in range(len(pdf))]
        found = [quality.problems(page.text) for page in pages]
        sara_am_lost = any(_code(reason) in SARA_AM_CODES for reasons in found for reason in reasons)
        info = [
            _settle(pdf, Path(path), pages, i, found[i], sara_am_lost=sara_am_lost, run_ocr=run_ocr)
            for i in range(len(pages))
        ]
    finally:
        pdf.close()
    return assemble_pages(pages), info


def _settle(pdf: pdfium.PdfDocument, path: Path, pages: list[PageLayout], i: int, found: list[str],
            *, sara_am_lost: bool, run_ocr: bool) -> PageInfo:
    """Decide page ``i``'s verdict, replacing ``pages[i]`` by its repaired or OCR reading."""
    page = pages[i]
    number = page.number
    if not quality.has_text(page.text):
        share = image_share(pdf[i])
        if share < quality.SCAN_IMAGE_SHARE:
            return PageInfo(page=number, chars=_chars(page))  # blank, or only a page number
        return _ocr(pdf, pages, i, [f"no_text_layer: page image covers {share:.0%}"], run_ocr)
    if not found:
        if sara_am_lost and not quality.SARA_AM_RE.search(page.text):
            return _restore_sara_am(pdf, pages, i, ["sara_am_missing: none on this page, lost on other pages"],
                                    keep_unrepaired=True)
        return PageInfo(page=number, chars=_chars(page))
    if not _check(page.text):
        page.mark_repaired()
        return PageInfo(page=number, verdict="repaired", chars=_chars(page),
                        reasons=found + ["repaired: normalised (legacy glyph codes mapped to Thai marks)"])
    if any(_code(reason) in SARA_AM_CODES for reason in found):
        info = _restore_sara_am(pdf, pages, i, found, keep_unrepaired=False)
        if info is not None:
            return info
    lines = second_reader_lines(path, i)
    if quality.has_text("".join(lines)) and not _check("\n".join(lines)):
        blocks = [RawBlock(kind="paragraph", raw_text=line, page=number, repaired=True) for line in lines]
        pages[i] = PageLayout(number=number, width=page.width, top=page.top, text="\n".join(lines),
                              repaired=True, blocks=blocks)
        return PageInfo(page=number, verdict="repaired", chars=_chars(pages[i]),
                        reasons=found + ["repaired: read with pdfplumber (second reader)"])
    return _ocr(pdf, pages, i, found, run_ocr)


def _restore_sara_am(pdf: pdfium.PdfDocument, pages: list[PageLayout], i: int, found: list[str],
                     *, keep_unrepaired: bool) -> PageInfo | None:
    """Read page ``i`` again with lost sara am put back; keep it if it then passes.

    ``keep_unrepaired``: the page passed the check already (it was only
    suspected), so without edits it stays good.
    """
    made: list[Edit] = []

    def fix(text: str) -> list[Edit]:
        made.extend(quality.restore_sara_am(text))
        return made

    fixed = read_page(pdf, i, fix)
    number = pages[i].number
    if made and not _check(fixed.text):
        fixed.mark_repaired()
        pages[i] = fixed
        return PageInfo(page=number, verdict="repaired", chars=_chars(fixed),
                        reasons=found + [f"repaired: {len(made)} sara am restored by dictionary"])
    return PageInfo(page=number, chars=_chars(pages[i])) if keep_unrepaired else None


def _ocr(pdf: pdfium.PdfDocument, pages: list[PageLayout], i: int, found: list[str], run_ocr: bool) -> PageInfo:
    page = pages[i]
    if not run_ocr:
        return PageInfo(page=page.number, verdict="needs_ocr", chars=_chars(page),
                        reasons=found + ["needs_ocr: OCR was not run"])
    try:
        result = ocr.ocr_page(pdf[i], page.number)
        version = ocr.check_tesseract(ocr.TESSERACT_CMD)
    except ocr.OcrUnavailable as e:
        return PageInfo(page=page.number, verdict="needs_ocr", chars=_chars(page), reasons=found + [f"needs_ocr: {e}"])
    pages[i] = PageLayout(number=page.number, width=page.width, top=page.top,
                          text="\n".join(b.raw_text for b in result.blocks), blocks=result.blocks)
    return PageInfo(
        page=page.number, verdict="ocr", chars=_chars(pages[i]),
        reasons=found + [
            f"ocr: {version} ({ocr.LANGUAGE}) at {ocr.OCR_DPI} dpi, mean word confidence {result.confidence}"
        ],
    )


def _check(text: str) -> list[str]:
    """The problems left in a page's text once normalised as blocks are stored."""
    return quality.problems(normalize_text(text))


def _code(reason: str) -> str:
    return reason.partition(":")[0]


def _chars(page: PageLayout) -> int:
    return len(WHITESPACE_RE.sub("", page.text))


def image_share(page: pdfium.PdfPage) -> float:
    """The share of the page that its images cover (1.0 for a scanned page)."""
    width, height = page.get_size()
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        area += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    return min(area / (width * height), 1.0) if width and height else 0.0


def second_reader_lines(path: Path, index: int) -> list[str]:
    """Page ``index``'s text lines as pdfplumber (pdfminer) reads them."""
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[index].extract_text() or ""
    return [line for line in text.splitlines() if line.strip()]
