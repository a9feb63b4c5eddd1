"""How close is the text we read from a PDF to the text of the .docx it was made from?

For every ``*.pdf`` that has a ``.docx`` twin (same name) in the given folders
(default: ``corpus/`` and the parser fixtures), print the similarity of the
normalised body text of the PDF to that of the .docx, for three readers:

* ``ours``: ``pcc_ingest.parsers.parse`` (pypdfium2 text, ruled tables read as cells);
* ``pdfplumber``: ``page.extract_text()`` of every page;
* ``pdfium_raw``: pypdfium2's plain page text.

Similarity is ``difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()``
after ``normalize_text`` and with all white space removed, so only the
characters and their order count.  "Body" leaves out page headers and footers
(the .docx holds them once, the PDF once per page); the two comparison
readers cannot tell them apart and keep them.  Also printed: our PDF reading
time per page and per document.

    python scripts/text_similarity.py [FOLDER ...]
"""

from __future__ import annotations

import difflib
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from pcc_ingest.model import Document
from pcc_ingest.parsers import parse
from pcc_ingest.thai.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = [ROOT / "corpus", ROOT / "tests" / "parsers" / "fixtures"]


def comparable(text: str) -> str:
    """Normalised text with every white-space character removed."""
    return "".join(normalize_text(text).split())


def body_text(doc: Document) -> str:
    """The document's text without page headers/footers, ready to compare."""
    return "".join(comparable(b.text) for b in doc.body())


def similarity(a: str, b: str) -> float:
    """The acceptance figure: SequenceMatcher ratio without the autojunk heuristic."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def twins(folders: list[Path]) -> list[tuple[Path, Path]]:
    """Every (docx, pdf) pair sharing a name in the given folders."""
    pairs = []
    for folder in folders:
        for pdf in sorted(folder.glob("*.pdf")):
            docx = pdf.with_suffix(".docx")
            if docx.is_file():
                pairs.append((docx, pdf))
    return pairs


def pdfplumber_text(path: Path) -> str:
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            page.close()
    return comparable("\n".join(parts))


def pdfium_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for page in pdf:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return comparable("\n".join(parts))


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or DEFAULT_FOLDERS
    pairs = twins(folders)
    if not pairs:
        print("no .pdf with a .docx twin in: " + ", ".join(map(str, folders)))
        return 1
    parse(pairs[0][1])  # warm-up: imports and pdfium initialisation are not per-document costs
    print(f"{'file':40} {'pages':>5} {'ours':>7} {'pdfplumber':>10} {'pdfium_raw':>10} {'ms/doc':>7} {'ms/page':>7}")
    worst = 1.0
    for docx, pdf in pairs:
        reference = body_text(parse(docx))
        start = time.perf_counter()
        doc = parse(pdf)
        elapsed = (time.perf_counter() - start) * 1000
        ours = similarity(reference, body_text(doc))
        worst = min(worst, ours)
        plumber = similarity(reference, pdfplumber_text(pdf))
        raw = similarity(reference, pdfium_text(pdf))
        pages = doc.pages or 1
        print(f"{pdf.name[:40]:40} {pages:5d} {ours:7.4f} {plumber:10.4f} {raw:10.4f} {elapsed:7.1f} {elapsed / pages:7.2f}")
    print(f"lowest 'ours': {worst:.4f} over {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
