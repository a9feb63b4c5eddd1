"""A date range set on two lines beside a one-line activity in a borderless
list: a PDF reads the range's first half at the end of the line above
("18/01/2567 ประชุม... ไตรมาสที่ 1 11/04/2567 –"), the activity alone
("ตั้งด่านชุมชน... ครบ 12 ตำบล") and the second half on a line of its own
("17/04/2567"); a range alone in the date column prints its first half on a
line of its own ("01/03/2566 –").  The range is the middle line's, not the
line above's."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.row_dates import is_date_cell
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates

# An open range closing a line: a date, then a dash and nothing after it.
OPEN_RANGE_RE = re.compile(r"\s*[–—-]\s*$")


def _open_range_at(text: str) -> int | None:
    """Where the date of an open range closing ``text`` starts: after the
    entry above it, or alone on its line ("01/03/2566 –", the date column of a
    borderless log printed beside its activity's only line)."""
    dash = OPEN_RANGE_RE.search(text)
    found = find_dates(text[: dash.start()]) if dash else []
    if not found or found[-1].span[1] != dash.start():
        return None
    return found[-1].span[0]


def centred_ranges(doc: Document) -> dict[int, tuple[Block, int, str]]:
    """Middle block order -> (the block above, where its borrowed half starts, the range made whole)."""
    body = [b for b in doc.body() if b.table is None]
    out: dict[int, tuple[Block, int, str]] = {}
    for above, middle, below in zip(body, body[1:], body[2:], strict=False):
        cut = _open_range_at(above.text)
        if cut is None or find_dates(middle.text) or not is_date_cell(below.text):
            continue
        opened = above.text[cut: OPEN_RANGE_RE.search(above.text).start()]
        out[middle.order] = (above, cut, f"{opened} – {below.text.strip()}")
    return out


def with_centred_ranges(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Drafts of the middle line dated by the range; drafts of the line above
    dated by what it says before the borrowed half."""
    ranges = centred_ranges(doc)
    if not ranges:
        return drafts
    given = {m: dates_in(joined, fy) for m, (_, _, joined) in ranges.items()}
    kept = {above.order: dates_in(above.text[:cut], fy) for above, cut, _ in ranges.values()}
    cuts = {above.order: cut for above, cut, _ in ranges.values()}
    return [_redated(d, given, kept, cuts) for d in drafts]


def _redated(d: Draft, given: dict, kept: dict, cuts: dict[int, int]) -> Draft:
    """``d`` given the range when it is the middle line's and undated, or only the
    dates before the borrowed half when it is the line above's and told before it."""
    o = d.block.order
    if given.get(o) and d.date_from is None and d.date_to is None:
        return replace(d, date_from=given[o][0], date_to=given[o][1])
    if o in cuts and d.start < cuts[o]:
        own = kept[o]
        return replace(d, date_from=own[0] if own else None, date_to=own[1] if own else None)
    return d
