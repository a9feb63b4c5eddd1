"""Activities of a list of recommendations that directs named parties to act
by a deadline ("6. ข้อเสนอแนะของผู้ตรวจราชการ" over "1. ให้ ศปถ.อำเภอ ... จัดทำ
มาตรการ... ให้แล้วเสร็จภายในเดือนสิงหาคม 2567", "2. ... ควรแต่งตั้ง...", "3. ให้
CM ประสาน... ภายใน 7 วัน"): an inspector's orders are the committee's planned
work, one activity per item, the way ``recommendation_activities`` reads the
same orders laid out as a table with a deadline column.  A list of advice
("- ควรบูรณาการงบประมาณ...", "ควรมีการปฐมนิเทศ...") that neither directs anyone nor
sets a deadline stays no activity (gold/README.md: phatthalung, sing-buri)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import section_heading
from pcc_ingest.extract.activities.titles import TITLE_TRIM, title_span
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import LIST_MARKER_RE


def _body_start(text: str) -> int:
    marker = LIST_MARKER_RE.match(text)
    return marker.end() if marker else 0


def directs(text: str) -> bool:
    """An item that hands a task to a party ("ให้ พชอ. จัด...", "ขอให้...",
    "มอบหมายให้...", ``[directives] directive``)."""
    return bool(rule_re("directives", "directive").match(text, _body_start(text)))


def sets_deadline(text: str) -> bool:
    """An item that says by when ("ภายใน 7 วัน", "ก่อนสิ้นปีงบประมาณ", a date)."""
    return bool(rule_re("directives", "deadline").search(text) or find_dates(text))


def to_executives(heading: str) -> bool:
    """A recommendations heading addressed to executives ("ข้อเสนอแนะต่อ
    ผู้บริหาร", ``[directives] to_executives``): it advises those above the
    committee, and its items are no activities (gold/README.md: krabi province).
    Its caller has matched ``[directives] heading`` already."""
    return bool(rule_re("directives", "to_executives").search(heading))


def recommendation_lists(doc: Document, executives: bool = False) -> Iterator[list[Block]]:
    """The runs of list items right under each recommendations heading
    (``[directives] heading``), table cells aside: those addressed to the
    committee, or with ``executives`` those addressed to executives."""
    run: list[Block] | None = None
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        listed = block.kind == "list_item" or bool(block.list_label) or bool(LIST_MARKER_RE.match(block.text))
        if block.kind != "list_item" and section_heading(block.text) is not None:
            if run:
                yield run
            heads = rule_re("directives", "heading").search(block.text) and to_executives(block.text) == executives
            run = [] if heads else None
        elif run is not None and listed:
            run.append(block)
        elif run:
            yield run
            run = None
    if run:
        yield run


def advice_to_executives(doc: Document) -> set[int]:
    """The blocks of recommendation lists addressed to executives: read, and
    no activity's, by any reader."""
    return {b.order for items in recommendation_lists(doc, executives=True) for b in items}


def is_directive_list(items: list[Block]) -> bool:
    """Most items direct a party to act and most set a deadline (``[directives] share``)."""
    share = activity_rules()["directives"]["share"]
    need = share * len(items)
    return (len(items) >= activity_rules()["directives"]["min_items"]
            and sum(directs(b.text) for b in items) >= need and sum(sets_deadline(b.text) for b in items) >= need)


def lead_end(text: str) -> int:
    """Where the task begins, past the list marker and a "ให้" or "<topic> ควร"
    lead-in (gold/README.md: titles leave out a "มอบหมายให้" lead-in)."""
    at = _body_start(text)
    lead = rule_re("directives", "lead").match(text, at)
    return lead.end() if lead else at


def trimmed(d: Draft) -> Draft | None:
    """A draft's title without the purpose after it ("เพื่อให้ผ่านเกณฑ์...") or a
    dangling deadline phrase ("... ให้แล้วเสร็จ") left where its date was cut."""
    text = d.block.text
    end = d.end
    purpose = rule_re("directives", "purpose").search(text, d.start, end)
    end = purpose.start() if purpose else end
    tail = rule_re("directives", "dangling").search(text, d.start, end)
    end = tail.start() if tail else end
    while end > d.start and text[end - 1] in TITLE_TRIM:
        end -= 1
    if end - d.start < activity_rules()["title"]["min_chars"]:
        return None
    return replace(d, title=text[d.start:end], end=end)


def timed_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item's tasks: two when a " และ" joins two tasks that each say by
    when ("จัดเวที... ก่อนสิ้นปีงบประมาณ และส่งผล... ภายในวันที่ 15 สิงหาคม
    2567"), as a bullet with two dated tasks is two (gold/README.md); else one."""
    for m in rule_re("directives", "joiner").finditer(text, start, end):
        if sets_deadline(text[start:m.start()]) and sets_deadline(text[m.end():end]):
            return [(start, m.start()), (m.end(), end)]
    return [(start, end)]


def directive_activities(doc: Document, fy: int | None) -> list[Draft]:
    """One planned activity per item of a directive list of recommendations,
    two for an item of two tasks each with its own deadline (``timed_parts``)."""
    out: list[Draft] = []
    for items in recommendation_lists(doc):
        if not is_directive_list(items):
            continue
        for block in items:
            for start, end in timed_parts(block.text, lead_end(block.text), len(block.text)):
                span = title_span(block.text, start, end)
                draft = new_draft(block, span, block.text[start:end], fy) if span else None
                out += [by_deadline(t, block.text[start:end]) for t in [draft and trimmed(draft)] if t is not None]
    return out


def by_deadline(d: Draft, text: str) -> Draft:
    """A task due "before" a date ("ก่อนการประเมินรอบสุดท้ายเดือนกันยายน 2567")
    may start any time: start null, end that date (``[directives] before``)."""
    found = find_dates(text)
    if not found or not rule_re("directives", "before").search(text, 0, found[0].span[0]):
        return d
    return replace(d, date_from=None)
