"""Field completion from an activity's own list item: the row_fields idea for lists.

An activity read from a numbered or bulleted item (or a "กิจกรรมที่ N" label
line, or a log line that opens with its date) is told by that item's lines:
its own paragraph and the continuation paragraphs below it, up to the next
item of the same or a higher level (deeper-numbered sub-lines "1.1 …" and
bullets under it included), a heading or a table; a dated log line's lines
run to the next dated line (a PDF wraps them, the unit of a count too:
``rejoined``).  When a field is still
empty once every rule has run (or a date is only a month), it takes a value
of that type from those lines, but only an unambiguous one: every line that
states one states the same (``row_fields.completed``).  A line another
activity was read from ends the item; an item whose paragraph holds two
activities fills nothing; money is never filled, and a note line
(``[row_fields] skip_cell``) is no evidence.  With no column to label it, a
line's head count is one a participation word names ("ผู้เข้าร่วม 45 คน",
``[list_fields] people``), never one under a results label or counting those
reached ("นักเรียนสวมหมวก 1,296 คน"); the item's own paragraph is read from its
title on (a PDF may run the line before into it).  Lines under the last item
of a list whose other items have none close the list (the project's period
and money, ``closes_list``), not the item.  Rules: ``[list_fields]``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.row_fields import one_dating, one_value, refined
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.issues.lists import leading_marker, marker_depth
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import strip_list_marker

# How deep a bullet or dash sits: below every numbered level of its list.
BULLET_DEPTH = 9


def item_depth(block: Block) -> int | None:
    """How deep a list item is: a numbered one by its numbers ("2." -> 1,
    "2.1" -> 2), a "กิจกรรมที่ N" label as a top item, a bullet or dash below
    any number; None for a block that opens no item."""
    if rule_re("list_fields", "label").match(block.text):
        return 1
    label = (block.list_label or "").strip()
    if not label and strip_list_marker(block.text) == block.text:
        return None
    return marker_depth(block) or BULLET_DEPTH


def opens_with_date(block: Block) -> bool:
    """A log line that opens with its date ("15/11/2565 ประชุม…", "8 พ.ย. 2565 …")."""
    found = find_dates(block.text)
    return bool(found) and not block.text[: found[0].span[0]].strip()


def ends_item(block: Block, depth: int) -> bool:
    """A block past the item: a heading, a table cell, or an item of the same
    or a higher level (a bullet ends a bullet)."""
    if block.kind in ("heading", "table_cell"):
        return True
    below = item_depth(block)
    return below is not None and (below <= depth or depth == BULLET_DEPTH)


def item_shape(block: Block) -> str | None:
    """An item's marker shape ("9.", "9)", "-"; a "กิจกรรมที่ N" label its own):
    items of one list share it."""
    return "label" if rule_re("list_fields", "label").match(block.text) else leading_marker(block)[1]


def _siblings(body: list[Block], at: int, depth: int, step: int) -> int | None:
    """Index of the item of ``depth`` and shape next to ``body[at]`` going
    ``step`` (+1 on, -1 back) within its list: None past a heading, a table,
    a higher item or one of another list ("1) เพื่อ…" after "4. …")."""
    shape = item_shape(body[at])
    i = at + step
    while 0 <= i < len(body):
        b = body[i]
        if b.kind in ("heading", "table_cell"):
            return None
        d = item_depth(b)
        if d is not None and d <= depth:
            return i if d == depth and item_shape(b) == shape else None
        i += step
    return None


def closes_list(body: list[Block], at: int, depth: int) -> bool:
    """``body[at]`` is the last item of a list whose item before it has no line
    of its own: what follows the last item speaks for the whole list."""
    before = _siblings(body, at, depth, -1)
    return (before is not None and _siblings(body, at, depth, 1) is None
            and before + 1 < len(body) and item_depth(body[before + 1]) is not None)


def item_lines(doc: Document, block: Block, drafted: set[int]) -> list[Block]:
    """The continuation lines of a list item or a dated log line, at most
    ``[list_fields] max_lines`` of them, up to the next item (the next dated
    line for a log line), heading, table or a line another activity was read
    from; none under the last item of a list its other items tell on one line
    each (``closes_list``)."""
    depth = item_depth(block)
    body = doc.body()
    at = next(i for i, b in enumerate(body) if b.order == block.order)
    if depth is not None and closes_list(body, at, depth):
        return []
    lines: list[Block] = []
    for b in body[at + 1: at + 1 + activity_rules()["list_fields"]["max_lines"]]:
        log_end = depth is None and (item_depth(b) is not None or opens_with_date(b))
        if log_end or ends_item(b, depth or 0) or b.order in drafted:
            break
        if b.text.strip():
            lines.append(b)
    return lines


def rejoined(texts: list[str]) -> list[str]:
    """Lines with a unit a PDF wrapped onto the next line ("ผู้เข้าประชุม 29" over
    "คน") put back on the line of its number."""
    out: list[str] = []
    for t in texts:
        if out and rule_re("list_fields", "wrapped_unit").match(t):
            out[-1] = f"{out[-1]} {t.strip()}"
        else:
            out.append(t)
    return out


def line_people(text: str) -> int | None:
    """The head count a participation word names in a line ("ผู้เข้าร่วมจริง 114
    คน"), none in a line opening with a results label (``[row_fields] result_label``)."""
    if rule_re("row_fields", "result_label").match(text.strip()):
        return None
    m = rule_re("list_fields", "people").search(text)
    return int(m["n"].replace(",", "")) if m else None


def is_item(block: Block) -> bool:
    """A paragraph that opens a list item or a dated log line."""
    return block.table is None and block.kind != "table_cell" and (
        item_depth(block) is not None or opens_with_date(block))


def own_text(d: Draft) -> str:
    """The item's own paragraph from its title on, or from the date right before
    the title that opens its log entry ("16/01/2567 นำเสนอ…"): what comes
    before is the line above, or an entry a PDF ran into it."""
    before = [m for m in find_dates(d.block.text[: d.start]) if not d.block.text[m.span[1]: d.start].strip()]
    return d.block.text[before[-1].span[0]:] if before else d.block.text[d.start:]


def completed_from_lines(d: Draft, texts: list[str], fy: int | None) -> Draft:
    """``d`` with its empty head count and dates taken from its item's lines
    when they agree, and a month-only date refined by the one exact day of that
    month they state (``row_fields.refined``)."""
    if d.participants is None:
        d = replace(d, participants=one_value([line_people(t) for t in texts]))
    if d.date_from is None and d.date_to is None:
        dated = one_value([dates_in(t, fy) for t in texts])
        return replace(d, date_from=dated[0], date_to=dated[1]) if dated else d
    if d.date_to is None:
        return d
    exact = one_value([refined((d.date_from, d.date_to), x) if x else None
                       for x in (one_dating(t, fy) for t in texts)])
    return replace(d, date_from=exact[0], date_to=exact[1]) if exact else d


def with_list_fields(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Each activity read from a list item that holds no other activity,
    completed from the item's lines: its own from the title on, and those under it."""
    per_block = Counter(d.block.order for d in drafts)
    drafted = set(per_block)
    skip = rule_re("row_fields", "skip_cell")
    out: list[Draft] = []
    for d in drafts:
        if per_block[d.block.order] != 1 or not is_item(d.block):
            out.append(d)
            continue
        texts = rejoined([own_text(d)] + [b.text for b in item_lines(doc, d.block, drafted)])
        out.append(completed_from_lines(d, [t for t in texts if not skip.search(t)], fy))
    return out
