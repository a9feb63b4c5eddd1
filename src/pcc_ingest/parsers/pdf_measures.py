"""Document-wide measures PDF paragraph joining compares lines against.

Each page's text column, the usual line pitch per font size and the body
font size are taken over all pages, so a sparse page keeps the document's
margins.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from pcc_ingest.parsers.pdf_layout import SAME_BASELINE, PageLayout, ProseLine


def text_columns(pages: list[PageLayout]) -> dict[int, tuple[float, float]]:
    """The left and right edge of the text column of each page.

    Pages of one width share a column: its left edge is where most lines
    start, its right edge the furthest any line reaches.  A page of a few
    centred lines thus keeps the document's margins.
    """
    by_width: dict[int, list[ProseLine]] = {}
    for page in pages:
        by_width.setdefault(round(page.width), []).extend(ln for ln in page.lines if ln.kind == "paragraph")
    edges = {}
    for width, lines in by_width.items():
        lefts = Counter(round(ln.left) for ln in lines)
        edges[width] = (lefts.most_common(1)[0][0] if lefts else 0.0, max((ln.right for ln in lines), default=0.0))
    return {page.number: edges[round(page.width)] for page in pages}


def usual_pitch(pages: list[PageLayout]) -> dict[int, float]:
    """The most common distance between consecutive baselines, per font size."""
    steps: dict[int, list[float]] = {}
    for page in pages:
        lines = sorted((ln for ln in page.lines if ln.kind == "paragraph"), key=lambda ln: -ln.baseline)
        for a, b in pairwise(lines):
            step = a.baseline - b.baseline
            if abs(a.size - b.size) <= 0.5 and SAME_BASELINE * a.size < step < 3 * a.size:
                steps.setdefault(round(a.size), []).append(round(step, 1))
    return {size: Counter(values).most_common(1)[0][0] for size, values in steps.items()}


def body_font_size(pages: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
