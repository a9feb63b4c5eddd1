"""Build the broken and awkward files in ``tests/bad/`` that a bulk import of old folders meets.

Run once (needs LibreOffice for the password-protected PDF, Pillow and
pypdfium2 for the scanned page); the outputs are committed, so the tests need
none of it::

    python tests/bad/make_bad_files.py

Two cases cannot live in git and are made by ``tests/test_bad_files.py`` at
test time: a file the ingesting user may not read (git keeps no permissions)
and symlink loops (``loop.pdf -> loop.pdf``, ``dir/loop -> dir``).

The outcome each file must get is pinned in ``tests/test_bad_files.py``.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

BAD = Path(__file__).resolve().parent
CORPUS = BAD.parents[1] / "corpus"
SOURCE_DOCX = CORPUS / "phrae-wang-chin-2567-project.docx"
SOURCE_PDF = CORPUS / "phrae-wang-chin-2567-project.pdf"
SOURCE_DOC = CORPUS / "khon-kaen-province-2565-inspection-legacy.doc"
THAI_NAMED_SOURCE = CORPUS / "maha-sarakham-kosum-phisai-2566-minutes.docx"
THAI_NAME = "รายงานการประชุม พชอ. ครั้งที่ 1 ปี 2566.docx"

# The zip bombs' document.xml inflates to this much (over the 200 MB limit of
# pcc_ingest.parsers.package_limits) from about 200 kB.
BOMB_BYTES = 210 * 1024 * 1024
UNDERSTATED_SIZE = 1024  # what the lying bomb's headers claim
SCAN_DPI = 100
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOCUMENT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
    "รายงาน"
)
DOCUMENT_TAIL = "</w:t></w:r></w:p></w:body></w:document>"

OLE2_SECTOR = 512  # a Word 97 file's sector size
OLE2_NAME_BYTES = 64  # a directory entry's UTF-16 name field; its length follows

# Zip record signatures and the offset of the uncompressed-size field in each.
LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_HEADER = b"PK\x01\x02"
LOCAL_SIZE_OFFSET = 22
CENTRAL_SIZE_OFFSET = 24


def _entry(name: str) -> zipfile.ZipInfo:
    """A deflated zip entry with a fixed date, so that rebuilt files are byte-identical."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def make_empty(out: Path) -> None:
    out.write_bytes(b"")


def make_truncated(source: Path, out: Path) -> None:
    """The first half of a real file, as a broken download or copy leaves it."""
    data = source.read_bytes()
    out.write_bytes(data[: len(data) // 2])


def make_zip_without_document(out: Path) -> None:
    """A zip with a Word file's name and package parts, but no word/document.xml."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(_entry("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(_entry("_rels/.rels"), ROOT_RELS)
        z.writestr(_entry("docProps/app.xml"), "<Properties/>")


def make_zip_bomb(out: Path, understate: bool) -> None:
    """A .docx whose document.xml is BOMB_BYTES of padding inside a Word text run.

    With ``understate`` the zip headers claim the part is UNDERSTATED_SIZE
    bytes (the CRC stays that of the real content), the trick that defeats a
    check of declared sizes alone.
    """
    padding = BOMB_BYTES - len(DOCUMENT_HEAD.encode()) - len(DOCUMENT_TAIL)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(_entry("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(_entry("_rels/.rels"), ROOT_RELS)
        with z.open(_entry("word/document.xml"), "w") as part:
            part.write(DOCUMENT_HEAD.encode())
            block = b" " * (1024 * 1024)
            for _ in range(padding // len(block)):
                part.write(block)
            part.write(b" " * (padding % len(block)))
            part.write(DOCUMENT_TAIL.encode())
    data = bytearray(buf.getvalue())
    if understate:
        name = b"word/document.xml"
        for signature, offset, name_at in ((LOCAL_HEADER, LOCAL_SIZE_OFFSET, 30), (CENTRAL_HEADER, CENTRAL_SIZE_OFFSET, 46)):
            pos = data.find(signature)
            while data[pos + name_at: pos + name_at + len(name)] != name:
                pos = data.find(signature, pos + 1)
            struct.pack_into("<I", data, pos + offset, UNDERSTATED_SIZE)
    out.write_bytes(bytes(data))


def make_wiped_doc(source: Path, out: Path) -> None:
    """A .doc whose Word stream (everything from the second sector to the middle) reads as zeros,
    as a failing disk or an interrupted copy leaves a file: the container is intact, the text is gone."""
    data = bytearray(source.read_bytes())
    data[OLE2_SECTOR: len(data) // 2] = bytes(len(data) // 2 - OLE2_SECTOR)
    out.write_bytes(bytes(data))


def make_ole2_not_word(source: Path, out: Path) -> None:
    """An Office 97-2003 container without a Word stream (as an Excel 97 file is), named .doc.

    LibreOffice here has no Calc to write a real .xls, so a real .doc has its
    "WordDocument" directory entry renamed to Excel's "Workbook".
    """
    data = bytearray(source.read_bytes())
    old, new = "WordDocument".encode("utf-16-le"), "Workbook".encode("utf-16-le")
    at = data.index(old + b"\0\0")
    data[at: at + OLE2_NAME_BYTES] = new.ljust(OLE2_NAME_BYTES, b"\0")
    struct.pack_into("<H", data, at + OLE2_NAME_BYTES, len(new) + 2)  # name length, with its terminator
    out.write_bytes(bytes(data))


def soffice(args: list[str], outdir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="pcc_lo_") as profile:
        cmd = ["soffice", "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", *args, "--outdir", str(outdir)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)


def make_password_pdf(source_docx: Path, out: Path) -> None:
    """A PDF that needs the password "pcc" to open, written by LibreOffice."""
    options = {"EncryptFile": {"type": "boolean", "value": "true"},
               "DocumentOpenPassword": {"type": "string", "value": "pcc"}}
    with tempfile.TemporaryDirectory() as tmp:
        soffice(["--convert-to", "pdf:writer_pdf_Export:" + json.dumps(options), str(source_docx)], Path(tmp))
        shutil.move(Path(tmp) / f"{source_docx.stem}.pdf", out)


def make_broken_xref(source_pdf: Path, out: Path) -> None:
    """A real PDF whose cross-reference table points every object 7 bytes off and whose startxref is wrong."""
    data = source_pdf.read_bytes()
    start = data.rindex(b"\nxref") + 1
    end = data.index(b"trailer", start)
    entries = data[start:end].split(b"\n")
    shifted = [
        b"%010d %s" % (int(e[:10]) + 7, e[11:]) if len(e) >= 18 and e[:10].isdigit() and e.rstrip().endswith(b"n") else e
        for e in entries
    ]
    broken = data[:start] + b"\n".join(shifted) + data[end:]
    tail = broken.rindex(b"startxref")
    broken = broken[:tail] + b"startxref\n123\n%%EOF\n"
    out.write_bytes(broken)


def make_scanned_pdf(source_pdf: Path, out: Path) -> None:
    """Page 1 of a real report as a greyscale picture in a PDF with no text layer (a scan)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source_pdf))
    try:
        image = pdf[0].render(scale=SCAN_DPI / 72).to_pil().convert("L")
    finally:
        pdf.close()
    image.save(out, "PDF", resolution=SCAN_DPI)


def make_png_named_pdf(source_pdf: Path, out: Path) -> None:
    """A PNG picture with a .pdf name: a file that is not a document at all."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source_pdf))
    try:
        image = pdf[0].render(scale=0.3).to_pil().convert("L")
    finally:
        pdf.close()
    image.save(out, "PNG")


def main() -> int:
    make_empty(BAD / "empty.docx")
    make_truncated(SOURCE_DOCX, BAD / "truncated.docx")
    make_zip_without_document(BAD / "no_document_xml.docx")
    make_zip_bomb(BAD / "zip_bomb.docx", understate=False)
    make_zip_bomb(BAD / "zip_bomb_understated.docx", understate=True)
    make_password_pdf(SOURCE_DOCX, BAD / "password.pdf")
    make_broken_xref(SOURCE_PDF, BAD / "broken_xref.pdf")
    make_scanned_pdf(SOURCE_PDF, BAD / "scanned_image_only.pdf")
    make_png_named_pdf(SOURCE_PDF, BAD / "picture.pdf")
    make_truncated(SOURCE_DOC, BAD / "truncated.doc")
    make_wiped_doc(SOURCE_DOC, BAD / "wiped.doc")
    make_ole2_not_word(SOURCE_DOC, BAD / "workbook_named.doc")
    shutil.copyfile(THAI_NAMED_SOURCE, BAD / THAI_NAME)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
