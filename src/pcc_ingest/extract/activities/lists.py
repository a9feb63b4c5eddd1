"""Lists that read as lists of activities, under any heading: most items open
with an action and say when or how many."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.activities.act_words import actor_lead
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import (
    Draft,
    gives_when_who_or_money,
    head_count,
)
from pcc_ingest.extract.activities.openers import more_in_sentence, opener_at
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.stretches import line_drafts
from pcc_ingest.extract.activities.structure import (
    block_lines,
    continues_list,
    list_number,
    section_heading,
    states_inline,
)
from pcc_ingest.extract.activities.titles import is_labelled_name, title_span
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import LIST_MARKER_RE


@cache
def action_re() -> re.Pattern[str]:
    """An item's opening action word ("ประชุม...", "ได้จัด...", "การอบรม...")."""
    rules = activity_rules()["lists"]
    return re.compile(rf"{rules['lead']}(?:{'|'.join(rules['action'])})", re.IGNORECASE)


@dataclass(frozen=True)
class ListLine:
    """One item of a list: the block and the span of its text."""

    block: Block
    start: int
    end: int

    @property
    def body(self) -> str:
        text = self.block.text[self.start:self.end]
        marker = LIST_MARKER_RE.match(text)
        return text[marker.end():] if marker else text


def is_activity_item(line: ListLine) -> bool:
    """An item that opens with an action word and says when it was, how many
    came or what it cost ("- ประชุมคณะกรรมการ พชอ. และติดตามงาน พชต. งบประมาณ
    10,000 บาท": a bullet of results often gives only the money)."""
    body = line.body
    acts = action_re().match(body) or actor_lead(body) is not None
    return bool(acts) and gives_when_who_or_money(body)


def is_activity_list(lines: list[ListLine]) -> bool:
    """Most items of the list open with an action word and carry a date or a head count."""
    rules = activity_rules()["lists"]
    return len(lines) >= rules["min_items"] and sum(map(is_activity_item, lines)) >= rules["share"] * len(lines)


def heads_sub_items(block: Block, below: Block | None) -> bool:
    """A short numbered line that names no activity of its own, right above
    its first sub-item ("3. การดำเนินงานในไตรมาสที่ 3" over "3.1 ประชุม..."):
    a heading, whose sub-items are items of a list, not steps of a parent."""
    number, first = list_number(block), list_number(below) if below is not None else None
    return number is not None and number[1] is None and first == (number[0], 1) and names_nothing(block)


def names_nothing(block: Block) -> bool:
    """A short line that opens with no action word and says no when, how many
    or how much ("อำเภอลาดหลุมแก้ว", "ตำบลบ้านนา"): a label, not an item."""
    body = ListLine(block, 0, len(block.text)).body
    return len(block.text) <= load_rules("headings")["max_heading_chars"] and not (
        action_re().match(body) or gives_when_who_or_money(body))


def parts_list(block: Block) -> bool:
    """A line that closes the list above it without being one of its items: a
    numbered sub-heading ("3.2 อำเภอหนองเสือ" between one district's bullets
    and the next's, ``names_nothing``), or a section label stating its content
    inline ("ประเด็นที่ขับเคลื่อน 2 ประเด็น คือ (1) ... (2) ...", whose numbers list
    issues, not steps)."""
    number = list_number(block)
    if number is not None and number[1] is not None and names_nothing(block):
        return True
    return states_inline(block.text)


def list_runs(doc: Document, skip: set[int]) -> Iterator[list[ListLine]]:
    """Runs of consecutive top-level list items, each under a heading that may hold steps.

    A recognised heading sets the section; a short line that is no known
    heading ("ผลการดำเนินกิจกรรม") opens a section of its own, so a list under
    it counts whatever came before.  Sub-items ("2.1") neither count nor break
    a run: they spell out their parent; under a numbered heading
    (``heads_sub_items``) they are the run.
    """
    excluded = set(activity_rules()["lists"]["excluded"])
    limit = load_rules("headings")["max_heading_chars"]
    section: str | None = None
    run: list[ListLine] = []
    previous: Block | None = None
    parent: int | None = None  # the number of a heading whose sub-items form the run
    body = doc.body()
    for at, block in enumerate(body):
        if block.order in skip:
            yield run
            run, previous, parent = [], None, None
            continue
        item = continues_list(block, previous)
        heading = None if item else section_heading(block.text)
        previous = None if heading else block
        number = list_number(block)
        lines = block_lines(block)
        heads = heads_sub_items(block, body[at + 1] if at + 1 < len(body) else None)
        if heading or not lines[0][2] or heads or parts_list(block):
            yield run
            run = []
            if heading or len(block.text) <= limit:
                section = heading
            parent = number[0] if number and heads else None
            continue
        if number and number[1] is not None and number[0] != parent:
            continue
        if section not in excluded:
            run += [ListLine(block, s, e) for s, e, listed in lines if listed]
    yield run


def listed_activities(doc: Document, skip: set[int], fy: int | None) -> list[Draft]:
    """The items of a list that reads as a list of activities (see ``is_activity_list``)
    that open with an action word or carry a date or head count; a stray
    piece of an item ("2 ประเด็น คือ ...") does neither.  Read before the
    running text, so an item's whole name is the one kept when both name it.
    An item naming two tasks ("ประชุม... ครั้งที่ 3/2568 เดือนกรกฎาคม 2568 และ
    ประเมินตนเอง... เดือนสิงหาคม 2568") gives one each, as in running text."""
    out = []
    for run in list_runs(doc, skip):
        if not is_activity_list(run):
            continue
        for line in run:
            body = line.body
            if rule_any("words", "never").search(body) or rule_re("words", "heading_only").match(body):
                continue
            if not (action_re().match(body) or dates_in(body, None) or head_count(body)):
                continue
            opener = opener_at(line.start, title_span(line.block.text, line.start, line.end))
            if opener is not None:
                more = [] if is_labelled_name(body) else more_in_sentence(line.block.text, opener.span[1], line.end)
                out += line_drafts(line.block, line.start, line.end, [opener, *more], fy)
    return out
