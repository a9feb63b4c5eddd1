"""Date-first lines a PDF wrapped: a borderless two-column log ("8 พ.ย. 2565 |
ประชุมชี้แจง... ผู้เข้าร่วม 36 คน") comes out of a PDF as one line per printed
line, so the end of a long entry ("ทั้ง 4 อำเภอ ณ ห้องประชุม... ผู้เข้าร่วม 36
คน", or only the unit of its head count, "คน") stands on a line or two of its
own before the next line that opens with its date, or before the next entry's
date set on the same printed line (``log_entries``).  Those lines go on with
the entry above them: its head count and money are read with them when it has
none, and an entry opening inside a line is an activity of its own."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.log_entries import date_shape, entry_at, entry_draft, has_entry_from, opening_date
from pcc_ingest.extract.activities.structure import BULLET_RE, LIST_NUMBER_RE
from pcc_ingest.extract.budget import text_items
from pcc_ingest.model import Block, Document

# At most this many printed lines carry on one entry of a log.
MAX_WRAPPED = 2


def _continues(line: Block, below: Block) -> bool:
    """``below`` may be the wrapped rest of ``line``: both printed lines of one
    PDF page, ``below`` neither dated, numbered nor bulleted."""
    if line.page is None or below.page != line.page or below.kind != line.kind or line.kind == "table_cell":
        return False
    return not _next_item(below)


def _rest(body: list[Block], i: int, shape: str) -> list[tuple[Block, int]] | None:
    """The wrapped rest of the entry told last on ``body[i]``: each line below
    it with how much of its text is that entry's, up to the next line opening
    with a date or the next entry opening inside a line; None when the lines
    below are no wrapped rest."""
    rest: list[tuple[Block, int]] = []
    for below in body[i + 1: i + 1 + MAX_WRAPPED]:
        if _next_item(below):
            return rest or None
        if not _continues(body[i], below):
            return None
        cut = entry_at(below.text, shape)
        rest.append((below, len(below.text) if cut is None else cut))
        if cut is not None:
            return rest
    after = i + 1 + len(rest)
    return rest if rest and (after >= len(body) or _next_item(body[after])) else None


def _next_item(block: Block) -> bool:
    """``block`` opens the next entry of the log, or the numbered heading or
    item after it: the lines before it were the last entry's wrapped rest."""
    return bool(opening_date(block) or LIST_NUMBER_RE.match(block.text) or BULLET_RE.match(block.text))


def _wrapped(d: Draft, own: str, rest: list[tuple[Block, int]], fy: int | None) -> Draft:
    """``d`` given the dates of its own entry, and the head count and money of its wrapped rest when it has none."""
    dates = dates_in(own, fy) if own != d.block.text else None
    if dates:
        d = replace(d, date_from=dates[0], date_to=dates[1])
    if not rest:
        return d
    text = " ".join([own, *(b.text[:cut] for b, cut in rest)])
    money = sum(item.amount_baht for b, cut in rest if cut == len(b.text) for item in text_items(b)) or None
    return replace(d, participants=d.participants or head_count(text), budget=d.budget or money)


def with_wrapped_lines(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """``drafts`` of date-first lines given what the lines a PDF wrapped them
    onto tell, with the entries that open inside those lines added."""
    body = doc.body()
    at = {b.order: i for i, b in enumerate(body)}
    drafted = {d.block.order: d.start for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        i = at.get(d.block.order)
        opened = opening_date(d.block) if i is not None and d.block.kind != "table_cell" else None
        if opened is None:
            out.append(d)
            continue
        shape = date_shape(opened)
        cut = entry_at(d.block.text, shape)
        own = d.block.text[:cut] if cut is not None else d.block.text
        rest = None if cut is not None else _rest(body, i, shape)
        if rest and any(drafted.get(b.order, len(b.text)) < c for b, c in rest):
            rest = None  # a line below names an activity of its own: no wrapped rest
        out.append(_wrapped(d, own, rest or [], fy) if cut is None or d.start < cut else d)
    return out + _inner_entries(body, out, fy)


def _inner_entries(body: list[Block], drafts: list[Draft], fy: int | None) -> list[Draft]:
    """The entries of a log that open inside a printed line, on a date-first
    line or on the wrapped rest below one, not drafted yet."""
    found: list[Draft] = []
    for i, line in enumerate(body):
        opened = opening_date(line) if line.kind != "table_cell" else None
        if opened is None:
            continue
        shape = date_shape(opened)
        places = [(i, line, entry_at(line.text, shape))]
        wrapped = _rest(body, i, shape) if places[0][2] is None else None
        if wrapped and wrapped[-1][1] < len(wrapped[-1][0].text):
            places.append((at := i + len(wrapped), body[at], wrapped[-1][1]))
        for k, block, cut in places:
            if cut is None or has_entry_from(drafts + found, block, cut):
                continue
            rest = _rest(body, k, shape) or []
            new = entry_draft(block, cut, " ".join(b.text[:c] for b, c in rest), fy)
            found += [new] if new is not None else []
    return found
