"""Read a PDF page that has no usable text layer with Tesseract's Thai model.

The page is rendered with pdfium at ``OCR_DPI`` and handed to the ``tesseract``
command (tesseract-ocr + tesseract-ocr-tha), which writes in one pass its plain
text (its own word spacing) and its TSV (blocks, paragraphs, lines, word boxes
and confidences).  Each Tesseract paragraph becomes one block marked
``from_ocr`` with the mean confidence of its words, so every record read from
it carries that doubt.  ``OMP_THREAD_LIMIT=1``: the ingest pool already runs a
process per core, and Tesseract's own threads only fight it (about 4x slower
per page).  A missing ``tesseract`` or Thai model raises ``OcrUnavailable`` with
what to install; the caller keeps the page as ``needs_ocr``.
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from pcc_ingest.model import BlockKind, RawBlock
from pcc_ingest.parsers.pdf_layout import MARGIN_ZONE
from pcc_ingest.parsers.pdf_line_joining import LIST_LABEL_RE
from pcc_ingest.parsers.pdf_text import PAGE_NUMBER_RE, join_lines

# The command run; a test may point it elsewhere to play a machine without Tesseract.
TESSERACT_CMD = "tesseract"
LANGUAGE = "tha"
OCR_DPI = 300
POINTS_PER_INCH = 72
TIMEOUT_S = 120  # one page; a hung Tesseract must not hang the ingest worker
INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-tha (scripts/install.sh)"
# When Tesseract's text and TSV disagree on the lines, words are spaced by
# their boxes: a gap wider than this share of the line's median box height.
SPACE_GAP = 0.5
# A line ending this share of its paragraph's width short of the right edge
# ended its paragraph: the next line starts a new block.
SHORT_LINE_SHARE = 0.15

TSV_FIELDS = 12
WORD_LEVEL = 5


class OcrUnavailable(RuntimeError):
    """Tesseract or its Thai model is not installed (the message says what to install)."""


@dataclass
class _Word:
    left: int
    top: int
    right: int
    bottom: int
    conf: float
    text: str


@dataclass
class OcrPage:
    """One page's OCR: its blocks and the mean confidence of all its words (0-100)."""

    blocks: list[RawBlock]
    confidence: float | None


@cache
def check_tesseract(cmd: str = TESSERACT_CMD) -> str:
    """Tesseract's version line, once per process; ``OcrUnavailable`` if it or its Thai model is missing."""
    if shutil.which(cmd) is None:
        raise OcrUnavailable(f"tesseract is not installed ({cmd!r} not found): {INSTALL_HINT}")
    try:
        langs = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
        version = subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrUnavailable(f"tesseract cannot run ({e}): {INSTALL_HINT}") from None
    if LANGUAGE not in langs.stdout.split():
        raise OcrUnavailable(f"tesseract has no Thai model ({LANGUAGE!r}): {INSTALL_HINT}")
    return (version.stdout or version.stderr).splitlines()[0].strip()


def ocr_page(page: pdfium.PdfPage, number: int) -> OcrPage:
    """OCR one PDF page (``number`` is 1-based) into blocks marked ``from_ocr``."""
    image = render(page)
    text, tsv = run_tesseract(image)
    return page_blocks(text, tsv, number, image.height)


def render(page: pdfium.PdfPage) -> Image.Image:
    """The page as a grey image at ``OCR_DPI``."""
    return page.render(scale=OCR_DPI / POINTS_PER_INCH, grayscale=True).to_pil()


def run_tesseract(image: Image.Image) -> tuple[str, str]:
    """Tesseract's plain text and TSV of one page image, from one recognition pass."""
    check_tesseract(TESSERACT_CMD)
    with tempfile.TemporaryDirectory(prefix="pcc_ocr_") as tmp:
        png, base = Path(tmp) / "page.png", Path(tmp) / "page"
        image.save(png)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        try:
            subprocess.run(
                [TESSERACT_CMD, str(png), str(base), "-l", LANGUAGE, "--dpi", str(OCR_DPI), "txt", "tsv"],
                capture_output=True, env=env, timeout=TIMEOUT_S, check=True,
            )
        except (OSError, subprocess.SubprocessError) as e:
            raise OcrUnavailable(f"tesseract failed ({e})") from None
        return base.with_suffix(".txt").read_text(encoding="utf-8"), base.with_suffix(".tsv").read_text(encoding="utf-8")


def page_blocks(text: str, tsv: str, number: int, height: int) -> OcrPage:
    """Blocks from Tesseract's text and TSV of one page image ``height`` pixels high.

    Lines come from the TSV (its paragraphs are the blocks) and take their
    words' spacing from the plain text, line for line, when both have the
    same lines; otherwise words are spaced by the gaps between their boxes.
    A one-line paragraph in the top or bottom margin that is only a page
    number is the page's header or footer.
    """
    lines = _tsv_lines(tsv)
    spaced = [ln for ln in text.splitlines() if ln.strip()]
    same = len(spaced) == len(lines)
    paragraphs: dict[tuple[int, int], list[tuple[str, list[_Word]]]] = {}
    for k, (key, words) in enumerate(lines.items()):
        line = spaced[k].strip() if same else _join_by_gaps(words)
        paragraphs.setdefault(key[:2], []).append((line, words))
    blocks = []
    for members in (part for lines_of in paragraphs.values() for part in split_paragraph(lines_of)):
        words = [w for _, ws in members for w in ws]
        raw = join_lines([line for line, _ in members])
        blocks.append(
            RawBlock(
                kind=_kind(raw, len(members), words, height), raw_text=raw, page=number, from_ocr=True,
                confidence=round(statistics.fmean(w.conf for w in words), 1),
                list_label=m.group() if (m := LIST_LABEL_RE.match(raw)) else None,
            )
        )
    every = [w.conf for ws in lines.values() for w in ws]
    return OcrPage(blocks, round(statistics.fmean(every), 1) if every else None)


def split_paragraph(members: list[tuple[str, list[_Word]]]) -> list[list[tuple[str, list[_Word]]]]:
    """Tesseract's paragraph cut where a new one starts inside it.

    On a scanned report Tesseract often takes a whole section for one
    paragraph; a line that opens with a list label ("1.", "-") or follows a
    line that stopped well short of the right edge starts a block of its
    own, as it does in the PDF reader.
    """
    right = max(w.right for _, ws in members for w in ws)
    width = right - min(w.left for _, ws in members for w in ws)
    parts = [[members[0]]]
    for prev, line in itertools.pairwise(members):
        short = right - max(w.right for w in prev[1]) > SHORT_LINE_SHARE * width
        if short or LIST_LABEL_RE.match(line[0]):
            parts.append([line])
        else:
            parts[-1].append(line)
    return parts


def _tsv_lines(tsv: str) -> dict[tuple[int, int, int], list[_Word]]:
    """Words with text, grouped by (block, paragraph, line) in Tesseract's reading order."""
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < TSV_FIELDS or int(f[0]) != WORD_LEVEL or not f[11].strip():
            continue
        left, top, width, height = (int(v) for v in f[6:10])
        word = _Word(left, top, left + width, top + height, max(float(f[10]), 0.0), f[11])
        lines.setdefault((int(f[2]), int(f[3]), int(f[4])), []).append(word)
    return lines


def _join_by_gaps(words: list[_Word]) -> str:
    """A line's words, with a space where the gap between boxes is a space's width."""
    gap = SPACE_GAP * statistics.median(w.bottom - w.top for w in words)
    out = words[0].text
    for a, b in itertools.pairwise(words):
        out += (" " if b.left - a.right > gap else "") + b.text
    return out


def _kind(text: str, lines: int, words: list[_Word], height: int) -> BlockKind:
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    if lines == 1 and PAGE_NUMBER_RE.match(text):
        if bottom < MARGIN_ZONE * height:
            return "header"
        if top > (1 - MARGIN_ZONE) * height:
            return "footer"
    return "list_item" if LIST_LABEL_RE.match(text) else "paragraph"
