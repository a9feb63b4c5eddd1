"""Tell a file's format from its bytes, never from its name.

Reports travel by e-mail and LINE and get renamed on the way: a Word 2007 file
called ``.doc``, a PDF saved as ``.docx``, an HTML page that a web system
"exported to Word" as ``.doc``.  The extension is therefore ignored; the magic
bytes (and, for a zip, the part that makes it a Word document) decide.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pcc_ingest.errors import DamagedFile, EncryptedFile, UnsupportedFormat

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# PDF readers accept the header anywhere in the first kilobyte (some mailers
# prepend junk), so the sniffer does too.
PDF_HEADER_WINDOW = 1024
HEAD_BYTES = 4096

# The name of the stream a password-protected .docx/.xlsx is wrapped in (an
# OLE2 container holding "EncryptedPackage"), as UTF-16-LE directory entry.
ENCRYPTED_PACKAGE_NAME = "EncryptedPackage".encode("utf-16-le")
# The stream every Word 97-2003 file has; other OLE2 files (Excel's
# "Workbook", PowerPoint, Outlook messages) lack it.
WORD_STREAM_NAME = "WordDocument".encode("utf-16-le")
# Where an OLE2 header keeps the sector size (as a power of two) and the
# number of the directory's first sector (sector n starts at (n + 1) * size).
OLE2_SECTOR_SHIFT = slice(0x1E, 0x20)
OLE2_FIRST_DIRECTORY_SECTOR = slice(0x30, 0x34)

# An HTML page: optional BOM, XML prolog or comments, then a doctype or an
# <html>/<head>/<body> tag.  Web systems that "export to Word" write exactly
# this with a .doc name.
HTML_START_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
    re.IGNORECASE | re.DOTALL,
)
# Word's "single file web page" (.mht saved as .doc): a MIME message (header
# lines first) declaring MIME 1.0 and a multipart/related or text/html body.
MHTML_HEADER_LINE_RE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
MHTML_VERSION_RE = re.compile(rb"^MIME-Version:[ \t]*1\.0", re.IGNORECASE | re.MULTILINE)
MHTML_TYPE_RE = re.compile(rb"^Content-Type:[ \t]*(?:multipart/related|text/html)", re.IGNORECASE | re.MULTILINE)


def detect_format(path: Path) -> str:
    """Return ``"docx"``, ``"pdf"``, ``"doc"`` or ``"html"`` for the file at ``path``.

    Raises ``DamagedFile`` for an empty file or a zip that is not a Word
    document, ``EncryptedFile`` for a password-protected Office file, and
    ``UnsupportedFormat`` for anything else (an Excel file included, zipped
    or OLE2).
    """
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    if not head:
        raise DamagedFile(f"{path.name}: the file is empty")
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    if PDF_MAGIC in head[:PDF_HEADER_WINDOW]:
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        data = path.read_bytes()
        if _ole2_directory_cut_off(data):
            raise DamagedFile(f"{path.name}: the Office 97-2003 file is truncated (its directory is missing)")
        if ENCRYPTED_PACKAGE_NAME in data:
            raise EncryptedFile(f"{path.name}: the Word document is password-protected")
        if WORD_STREAM_NAME not in data:
            raise UnsupportedFormat(
                f"{path.name}: an Office 97-2003 file that is not a Word document (Excel, PowerPoint or Outlook?)"
            )
        return "doc"
    if HTML_START_RE.match(head) or looks_like_mhtml(head):
        return "html"
    raise UnsupportedFormat(
        f"{path.name}: not a Word (.docx/.doc), PDF or HTML file (starts with {head[:8]!r})"
    )


def looks_like_mhtml(head: bytes) -> bool:
    """Whether a file's first bytes are the headers of a MIME web archive (MHTML)."""
    return bool(MHTML_HEADER_LINE_RE.match(head) and MHTML_VERSION_RE.search(head) and MHTML_TYPE_RE.search(head))


def _ole2_directory_cut_off(data: bytes) -> bool:
    """Whether an OLE2 file ends before the directory its header points at (a cut-short copy)."""
    shift = int.from_bytes(data[OLE2_SECTOR_SHIFT], "little")
    first = int.from_bytes(data[OLE2_FIRST_DIRECTORY_SECTOR], "little")
    return (first + 2) << shift > len(data)


def _zip_format(path: Path) -> str:
    """A zip is a .docx only when it holds ``word/document.xml``."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile as e:
        raise DamagedFile(f"{path.name}: the zip container is truncated or corrupt ({e})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        raise UnsupportedFormat(f"{path.name}: an Excel or PowerPoint file, not a Word document")
    raise DamagedFile(f"{path.name}: a zip archive without word/document.xml, so not a .docx")
