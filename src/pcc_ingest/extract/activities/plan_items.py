"""Activities of the plan that minutes present: under an agenda item naming the plan
("3.2 แผนปฏิบัติการ พชอ.X ปีงบประมาณ 2567 เลขานุการชี้แจงกิจกรรมหลัก... ดังนี้") the
listed lines ("1.1 ตรวจอุจจาระ... วันที่ 12 – 14 ธ.ค. 66 จำนวน 1,200 คน งบประมาณ
20,100 บาท") are the plan's activities with their planned figures, even when dated
before the meeting: a line told there is not one reported as done."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.minutes import is_decision_line
from pcc_ingest.extract.activities.reports import not_done_before
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Document
from pcc_ingest.thai.text import thai_digits_to_arabic


def plan_item_blocks(doc: Document) -> set[int]:
    """The blocks under an agenda item presenting the plan (``[plan_items] heading``),
    up to its resolution or the next agenda item.  Lines numbered like items but
    under another number ("1.1 ตรวจอุจจาระ..." under "3.2 แผนปฏิบัติการ...") are the
    plan's sub-activities, not the next agenda item."""
    out: set[int] = set()
    major: str | None = None  # the plan item's agenda number ("3" of "3.2") while inside it
    for b in doc.body():
        text = thai_digits_to_arabic(b.text).lstrip()
        item = rule_re("minutes", "agenda_item").match(text)
        if rule_re("minutes", "agenda").match(text) or (item and (major is None or text.split(".")[0] == major)):
            major = text.split(".")[0] if rule_re("plan_items", "heading").match(text) else None
            continue
        if major is not None and b.kind != "table_cell" and is_decision_line(b.text):
            major = None
        elif major is not None:
            out.add(b.order)
    return out


def not_done_unless_planned(doc: Document, drafts: list[Draft], meeting: Draft | None) -> list[Draft]:
    """``not_done_before`` for the drafts outside the plan's agenda item; those
    under it stay, in document order."""
    planned = plan_item_blocks(doc) if meeting is not None else set()
    kept = {id(d) for d in not_done_before([d for d in drafts if d.block.order not in planned], meeting)}
    return [d for d in drafts if d.block.order in planned or id(d) in kept]
