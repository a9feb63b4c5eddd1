"""How much of a scanned or damaged PDF's text do repair and OCR get back?

For every ``corpus/*-scan.pdf`` and ``corpus/*-damaged-*.pdf`` (made by
``scripts/make_damaged_pdfs.py`` from ``corpus/<slug>.pdf``), print the
similarity of its body text to the body text of the source PDF:

* ``before``: the text layer as pdfium reads it, nothing repaired or OCR'd
  (``parsers.pdf.read_pdf``); 0 for a scan;
* ``fixthaipdf``: ``before`` passed through ``fixthaipdf.clean`` (the
  dictionary repair the pipeline does not use; shown to justify that);
* ``after``: what the pipeline keeps (``parsers.parse``: repairs and OCR).

Similarity is ``difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()``
on normalised text with all white space removed (as ``scripts/text_similarity.py``);
for ``fixthaipdf`` and ``after`` also with the spaces kept (one between words),
since a repair that glues real words together loses what the first figure
cannot see.  Also printed: each page's verdict and the OCR seconds per OCR'd page.

    python scripts/ocr_similarity.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from pcc_ingest.model import RawBlock
from pcc_ingest.ocr import check_tesseract
from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf import read_pdf
from pcc_ingest.thai.text import normalize_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from text_similarity import comparable, similarity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# "<slug>-scan.pdf", "<slug>-damaged-<kind>.pdf": the derived file names.
DERIVED_RE = re.compile(r"^(?P<slug>.+?)-(?:scan|damaged-[a-z-]+)\.pdf$")


def body(texts: list[str], *, spaced: bool) -> str:
    """Normalised body texts joined, without white space or with one space between words."""
    if spaced:
        return " ".join(normalize_text(t) for t in texts)
    return "".join(comparable(t) for t in texts)


def layer_texts(blocks: list[RawBlock]) -> list[str]:
    return [b.raw_text for b in blocks if b.kind not in ("header", "footer")]


def fixthaipdf_texts(blocks: list[RawBlock]) -> list[str] | None:
    try:
        import fixthaipdf
    except ImportError:
        return None
    return [fixthaipdf.clean(t) for t in layer_texts(blocks)]


def both(truth: list[str], texts: list[str] | None) -> str:
    """"no-space / spaced" similarity figures."""
    if texts is None:
        return f"{'-':>15}"
    return " / ".join(f"{similarity(body(truth, spaced=s), body(texts, spaced=s)):.4f}" for s in (False, True))


def main() -> int:
    derived = sorted(p for p in CORPUS.glob("*.pdf") if DERIVED_RE.match(p.name))
    check_tesseract()
    parse(CORPUS / "phrae-wang-chin-2567-project.pdf")  # load the dictionaries before timing anything
    print(f"{'file':56} {'before':>6} {'fixthaipdf':>15} {'after':>15}  verdicts (OCR s/page)")
    for path in derived:
        source = CORPUS / f"{DERIVED_RE.match(path.name)['slug']}.pdf"
        truth = [b.text for b in parse(source).body()]
        blocks, _ = read_pdf(path)
        started = time.perf_counter()
        doc = parse(path)
        seconds = time.perf_counter() - started
        ocr_pages = sum(p.verdict == "ocr" for p in doc.page_info)
        verdicts = ",".join(p.verdict for p in doc.page_info)
        per_page = f" ({seconds / ocr_pages:.1f})" if ocr_pages else ""
        before = similarity(body(truth, spaced=False), body(layer_texts(blocks), spaced=False))
        print(
            f"{path.name:56} {before:6.4f} {both(truth, fixthaipdf_texts(blocks))} "
            f"{both(truth, [b.text for b in doc.body()])}  {verdicts}{per_page}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
