"""Mark a PDF's page headers and footers: lines repeated in the top or bottom margin.

They are page furniture, not body text: marked ``header``/``footer``, they
cut no paragraph or table off from its rest.
"""

from __future__ import annotations

import re
from collections import Counter

from pcc_ingest.model import BlockKind
from pcc_ingest.parsers.pdf_layout import PageLayout, ProseLine
from pcc_ingest.parsers.pdf_text import PAGE_NUMBER_RE

# Digits of a running line: the page number changes from page to page, the rest repeats.
DIGITS_RE = re.compile(r"[0-9๐-๙]+")
# Header/footer candidates: this many first/last items of a page.
HEADER_FOOTER_LINES = 2


def mark_running_lines(pages: list[PageLayout]) -> None:
    """Mark page headers and footers: lines repeated in the top or bottom margin.

    A candidate is one of the first/last items of a page, a line inside the
    margin zone; it is a header/footer when the same text (digits ignored,
    so page numbers match) is a candidate on another page, or when it is
    only a page number.
    """
    candidates: list[tuple[ProseLine, str, BlockKind]] = []
    for page in pages:
        items = page.items()
        tops = [i for i in items[:HEADER_FOOTER_LINES] if isinstance(i, ProseLine) and page.in_top_margin(i)]
        bottoms = [
            i for i in items[-HEADER_FOOTER_LINES:]
            if isinstance(i, ProseLine) and page.in_bottom_margin(i) and i not in tops
        ]
        candidates += [(ln, running_key(ln.text), "header") for ln in tops]
        candidates += [(ln, running_key(ln.text), "footer") for ln in bottoms]
    counts = Counter((key, kind) for _, key, kind in candidates)
    for line, key, kind in candidates:
        if counts[key, kind] >= 2 or PAGE_NUMBER_RE.match(line.text):
            line.kind = kind


def running_key(text: str) -> str:
    return DIGITS_RE.sub("#", "".join(text.split()))
