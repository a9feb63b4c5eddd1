"""Agenda items of minutes that are reports: what is told under them was done
elsewhere and reported to the meeting, not an act of the meeting."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.proposals import item_sections
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Document


def is_report_item(text: str) -> bool:
    """An agenda item heading that says it is a report (``[minutes] report_item``):
    "4.2 รายงานความก้าวหน้าคณะทำงานประเด็น...", "4.1 ประเด็น... (นาย... รายงาน)"."""
    return bool(rule_re("minutes", "report_item").match(text))


def reported_blocks(doc: Document) -> set[int]:
    """Orders of the report items of minutes and of the blocks under them, up
    to the next item or agenda, other than resolutions ("มติที่ประชุม รับทราบ
    และมอบหมาย..."); a heading that goes on with its report ("1.2 สรุปผลการ
    ดำเนินงานช่วง 7 วันอันตราย... เกิดอุบัติเหตุ 12 ครั้ง") tells results, not an act."""
    items = {b.order for item, under in item_sections(doc) if is_report_item(item.text)
             for b in (item, *under) if not rule_re("minutes", "resolution").match(b.text)}
    return items | _under_report_agendas(doc)


def _under_report_agendas(doc: Document) -> set[int]:
    """Orders of the lines under an agenda that is a report (``[minutes]
    report_agenda``), up to the next agenda, other than resolutions and an
    item that puts a plan or proposal (``plan_item``) with its lines."""
    out: set[int] = set()
    under_report, planned = False, False
    for block in doc.body():
        if rule_re("minutes", "agenda").match(block.text):
            under_report, planned = bool(rule_re("minutes", "report_agenda").match(block.text)), False
            continue
        if not under_report:
            continue
        if rule_re("minutes", "agenda_item").match(block.text):
            planned = bool(rule_re("minutes", "plan_item").match(block.text))
        if not planned and not rule_re("minutes", "resolution").match(block.text):
            out.add(block.order)
    return out


def without_reported(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Drop the drafts read from lines under report items of minutes: the
    working groups' work reported as done (the conventions: what members
    report as already done is not an activity of the minutes)."""
    reported = reported_blocks(doc)
    return [d for d in drafts if d.block.order not in reported]


def not_done_before(drafts: list[Draft], meeting: Draft | None) -> list[Draft]:
    """Drafts less those that ended before the day of the meeting whose minutes
    these are ("ในไตรมาสที่ 1 ได้ดำเนินการ / 1. ประชุมคณะทำงาน... เมื่อวันที่ 8
    ธันวาคม 2565" in minutes of 16 February 2566): reported as done, not the
    meeting's act (the conventions)."""
    held = meeting.date_from if meeting is not None else None
    if held is None:
        return drafts
    return [d for d in drafts
            if (end := d.date_to or d.date_from) is None or end.last_day() >= held.first_day()]
