"""Entries of a borderless date log a PDF ran together: the date column and
the activity column print side by side with no ruling, so a PDF may set the
next entry's date on the printed line of the entry above ("... ผู้เข้าประชุม
32 คน 20/12/2565 ประชุมเชิงปฏิบัติการ..." or "05/06/2566 รณรงค์...
13/06/2566 ประชุมคณะกรรมการ...").  A date written like the line's own opening
date, followed by an act, opens a further entry there: what comes before is
the entry above's, what follows is an activity of its own."""

from __future__ import annotations

import re

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates

# Digits and Thai month words, each run collapsed: "20/12/2565" and "5/06/2566"
# are written alike, "20 ธ.ค. 2565" differently from both.
_DIGITS_RE = re.compile(r"[0-9๐-๙]+")
_WORDS_RE = re.compile(r"[ก-๛.]+")


def date_shape(text: str) -> str:
    """How a date is written, its figures and month words left out."""
    return _WORDS_RE.sub("ก", _DIGITS_RE.sub("9", text.strip()))


def opening_date(block: Block) -> str | None:
    """The date a line opens with ("17–20 ม.ค. 2566 ประชุม..."), as written; None when it opens otherwise."""
    found = find_dates(block.text[:40])
    if not found or found[0].span[0] != 0:
        return None
    return block.text[: found[0].span[1]]


def entry_at(text: str, shape: str) -> int | None:
    """Where a further entry opens inside ``text``: a date past its first
    word, written in ``shape``, with an act right after it."""
    for found in find_dates(text):
        s, e = found.span
        if s > 0 and text[s - 1].isspace() and date_shape(text[s:e]) == shape \
                and start_re().match(text[e:].lstrip()):
            return s
    return None


def entry_draft(block: Block, at: int, rest: str, fy: int | None) -> Draft | None:
    """The activity of the entry opening at ``at`` of ``block``, its wrapped
    ``rest`` (the lines below up to the next entry) giving its head count and money."""
    date = find_dates(block.text[at:])[0]
    begin = at + date.span[1]
    begin += len(block.text[begin:]) - len(block.text[begin:].lstrip())
    span = title_span(block.text, begin, len(block.text))
    if span is None or span[1] <= span[0]:
        return None
    return new_draft(block, span, f"{block.text[at:]} {rest}".strip(), fy)


def has_entry_from(drafts: list[Draft], block: Block, at: int) -> bool:
    """A draft of ``block`` already names what is told from ``at`` on."""
    return any(d.block.order == block.order and d.start >= at for d in drafts)
