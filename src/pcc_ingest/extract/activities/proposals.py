"""Agenda items of minutes that put a proposal to the meeting ("5.1 แผนการ
ป้องกัน... / ปลัดอำเภอเสนอแผน... / มติที่ประชุม เห็นชอบตามเสนอ"): approved, the
item is an activity named by its heading, whatever its first word.  What
the meeting approved may be a choice of issues ("เห็นชอบให้คงประเด็นเดิม..."):
that item is a topic, and no task."""

from __future__ import annotations

from collections.abc import Iterator

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.agenda import task_money
from pcc_ingest.extract.activities.dated_tasks import split_dated
from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.activities.structure import BULLET_RE
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.model import Block, Document


def chooses_issues(text: str) -> bool:
    """A resolution that keeps, adds or chooses the issues ("มติที่ประชุม
    เห็นชอบให้คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 ..."): the
    committee's choice of issues, no task (``[minutes] issue_choice``)."""
    decision = rule_re("minutes", "approval").match(text)
    return decision is not None and bool(rule_re("minutes", "issue_choice").match(text, decision.end()))


def item_sections(doc: Document) -> Iterator[tuple[Block, list[Block]]]:
    """Each agenda item ("5.1 ...") of minutes with the lines under it, up to
    the next item or agenda ("ระเบียบวาระที่ 6 ...")."""
    item: Block | None = None
    under: list[Block] = []
    for block in doc.body():
        if rule_re("minutes", "agenda_item").match(block.text) or rule_re("minutes", "agenda").match(block.text):
            if item is not None:
                yield item, under
            item = block if rule_re("minutes", "agenda_item").match(block.text) else None
            under = []
        elif item is not None:
            under.append(block)
    if item is not None:
        yield item, under


def is_approved_proposal(under: list[Block]) -> bool:
    """The lines under an item put one proposal and the meeting approved it as
    put (``[minutes] as_put``).  Bulleted steps under the proposal other than
    cost lines ("เลขานุการเสนอกิจกรรม ดังนี้ / - ประชุม... / - ตั้งจุดตรวจ...")
    are the activities; the item only heads them."""
    proposed = any(rule_re("minutes", "proposal").search(b.text) for b in under
                   if not rule_re("minutes", "resolution").match(b.text))
    approved = any(rule_re("minutes", "as_put").match(b.text) for b in under)
    steps = any(BULLET_RE.match(b.text) and not rule_re("groups", "cost_line").match(BULLET_RE.sub("", b.text).lstrip())
                for b in under)
    return proposed and approved and not steps


def approved_items(doc: Document, fy: int | None) -> list[Draft]:
    """Drafts of the agenda items whose proposal was approved, named by the
    item's heading (none that names no act, ``[words] never``: "กำหนดการ
    ประชุมครั้งต่อไป" only announces a date); their dates, head count and money come from the lines
    under them (``minutes.under_agenda_items``)."""
    out = []
    for item, under in item_sections(doc):
        if not is_approved_proposal(under):
            continue
        span = title_span(item.text, 0, len(item.text), cell=True)
        if span is not None and not rule_any("words", "never").search(item.text[span[0]:span[1]]):
            out.append(new_draft(item, span, "", fy))
    return out


def proposing_items(doc: Document, fy: int | None) -> list[Draft]:
    """Drafts of the acts an agenda item's own line proposes ("4.3 ศป.ปส.อ. ขอความ
    เห็นชอบจัดค่าย CBTx รุ่นที่ 2 ระหว่างวันที่ ...", "ท้องถิ่นอำเภอเสนอให้จัดอบรม... และ
    ประกวด...") when a resolution under it approves them (``[minutes] item_proposal``):
    each act with its own dates is one, named from its act, dated, counted and paid by
    its own stretch of the line (or by the money under the item when it names none)."""
    out = []
    for item, under in item_sections(doc):
        lead = rule_re("minutes", "item_proposal").search(item.text)
        if lead is None or not any(rule_re("minutes", "approval").match(b.text) for b in under):
            continue
        rest = item.text[lead.end():]
        if not (start_re().match(rest) or rule_re("minutes", "proposed_project").match(rest)):
            continue
        tasks = split_dated(item.text, [(lead.end(), len(item.text))])
        for start, end in tasks:
            span = title_span(item.text, start, end, sentence=True)
            if span is not None:
                out.append(new_draft(item, span, item.text[start:end], fy, budget=task_money(item, start, end)))
    return out


def issue_items(doc: Document) -> set[int]:
    """The agenda items whose resolution is a choice of issues: topics, no activities."""
    return {item.order for item, under in item_sections(doc) if any(chooses_issues(b.text) for b in under)}
