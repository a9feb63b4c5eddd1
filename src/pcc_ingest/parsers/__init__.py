"""Turn a report file into a ``Document``: sniff the format, read blocks, lay them out.

``parse`` is the only entry point the pipeline uses.  Every failure a bad
file can cause surfaces as a ``pcc_ingest.errors`` exception with a message
naming the file and the problem, never as a library traceback.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from lxml import etree

from pcc_ingest.errors import DamagedFile, EncryptedFile, PccError
from pcc_ingest.layout import build_document
from pcc_ingest.model import Document, PageInfo, RawBlock
from pcc_ingest.parsers.doc import read_doc
from pcc_ingest.parsers.docx import read_docx
from pcc_ingest.parsers.html import read_html
from pcc_ingest.parsers.pdf import read_pdf
from pcc_ingest.parsers.pdf_quality import read_checked_pdf
from pcc_ingest.sniff import detect_format

HASH_CHUNK = 1 << 20
# Words in pdfium's error messages that mean "needs a password".
PASSWORD_ERROR_MARKERS = ("password",)
# What python-docx and lxml raise on a broken Word package.
DOCX_ERRORS = (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, EOFError, OSError)

__all__ = ["parse", "read_doc", "read_docx", "read_html", "read_pdf", "sha256_of"]


def parse(path: Path) -> Document:
    """Read the file at ``path`` into a normalised ``Document``.

    Raises ``DamagedFile`` (truncated or corrupt), ``EncryptedFile``
    (password-protected), ``TooLarge`` (a .docx that would inflate past the
    safety limit), ``MissingTool`` (a .doc with neither LibreOffice nor
    antiword installed) or ``UnsupportedFormat`` (not a report format).
    """
    path = Path(path)
    fmt = detect_format(path)
    sha = sha256_of(path)
    pages = None
    page_info: list[PageInfo] = []
    if fmt == "docx":
        blocks = _read_docx(path)
    elif fmt == "pdf":
        blocks, page_info = _read_pdf(path)
        pages = len(page_info)
    elif fmt == "html":
        blocks = _read_html(path)
    else:
        blocks = _read_doc(path)
    return build_document(path=str(path), sha256=sha, format=fmt, raw_blocks=blocks, pages=pages, page_info=page_info)


def sha256_of(path: Path) -> str:
    """The file's SHA-256, read in chunks so large PDFs are not loaded whole."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _read_docx(path: Path) -> list[RawBlock]:
    try:
        return read_docx(path)
    except PccError:
        raise
    except DOCX_ERRORS as e:
        raise DamagedFile(f"{path.name}: the Word document is damaged ({type(e).__name__}: {e})") from None


def _read_doc(path: Path) -> list[RawBlock]:
    try:
        return read_doc(path)
    except PccError:
        raise
    except DOCX_ERRORS as e:  # the .docx LibreOffice wrote from it cannot be read
        raise DamagedFile(f"{path.name}: the Word 97-2003 document is damaged ({type(e).__name__}: {e})") from None


def _read_html(path: Path) -> list[RawBlock]:
    try:
        return read_html(path)
    except (etree.ParserError, ValueError) as e:
        raise DamagedFile(f"{path.name}: the HTML page cannot be read ({e})") from None


def _read_pdf(path: Path) -> tuple[list[RawBlock], list[PageInfo]]:
    """Blocks and per-page text verdicts: damaged text repaired where safe, pages without text OCR'd."""
    try:
        return read_checked_pdf(path)
    except pdfium.PdfiumError as e:
        message = str(e)
        if any(marker in message.lower() for marker in PASSWORD_ERROR_MARKERS):
            raise EncryptedFile(f"{path.name}: the PDF is password-protected") from None
        raise DamagedFile(f"{path.name}: the PDF cannot be read ({message})") from None
