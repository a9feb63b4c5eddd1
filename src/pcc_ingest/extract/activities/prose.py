"""Activities in paragraphs, list items and table cells not read by header,
read part by part of the report (plan, results, background, photos)."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.captions import Captions
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.lines import line_activities
from pcc_ingest.extract.activities.lists import names_nothing
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import (
    BULLET_RE,
    block_lines,
    continues_list,
    list_number,
    opens_part,
    part_number,
    section_heading,
)
from pcc_ingest.extract.activities.titles import is_labelled_name
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import PartialDate


def prose_activities(doc: Document, skip: set[int], fy: int | None, *, plan: bool = False) -> list[Draft]:
    """Activities in paragraphs, list items and the cells of tables not read by header;
    in a ``plan``, past acts told in its background parts are none (``[plans]``)
    but the choice of its issues."""
    background = set(activity_rules()["plans"]["background"]) if plan else set()
    out: list[Draft] = []
    captions = Captions(fy, [])
    section = "none"
    period: tuple[PartialDate | None, PartialDate] | None = None  # what a plan part's heading covers
    previous: Block | None = None
    outside: tuple[str, tuple[PartialDate | None, PartialDate] | None] | None = None
    sub_parts = SubParts()
    last_part: int | None = None  # the number of the last numbered part heading ("7. กลุ่มเป้าหมาย")
    closed_part: int | None = None  # the number of a part heading that closed the part ("7. ...ตัวชี้วัด")
    for block in doc.body():
        if block.order in skip:
            previous = None
            continue
        if outside is not None and block.kind != "table_cell":
            section, period = outside  # a table's header cell heads only that table
            outside = None
        item = continues_list(block, previous)
        heading = None if item else section_heading(block.text)
        if heading and closed_part is not None and sub_part_of(block, closed_part):
            heading = "closed"  # "7.4 ผลการประเมินตนเอง..." under "7. ผลการดำเนินงานตามตัวชี้วัด"
        if heading and block.kind == "table_cell" and outside is None:
            outside = (section, period)
        opened = heading is None and not item and opens_part(block, last_part)
        if opened or (heading is None and not item and rule_re("minutes", "agenda").match(block.text)):
            # A numbered heading the rules do not know ("7. ผลการดำเนินกิจกรรม"), or
            # an agenda of minutes ("ระเบียบวาระที่ 5 เรื่องเพื่อพิจารณา"), opens a part
            # of unknown kind; its own words may still name an activity.
            section, period = "none", None
        if opened or (heading and block.kind in ("heading", "paragraph")):
            last_part = part_number(block) or last_part
            if part_number(block) is not None:
                closed_part = part_number(block) if heading == "closed" else None
        previous = None if heading else block
        if heading is None and not item:
            section, period = sub_parts.enter(block, (section, period))
        if heading and heading not in activity_rules()["sections"]["plan"] and rule_re("sections", "plan_ahead").search(block.text):
            heading = activity_rules()["sections"]["scheduled"][0]  # "ปัญหาอุปสรรคและแผนรอบ 6 เดือนหลัง"
        if heading:
            section = heading
            period = dates_in(block.text, fy) if heading in activity_rules()["sections"]["plan"] else None
            if not (BULLET_RE.match(block.text) or is_labelled_name(block.text)):
                continue  # a heading, even "5. กิจกรรม ระยะเวลา และงบประมาณ"; a bulleted or labelled line is an item
        if rule_re("sections", "part_label").match(block.text):
            continue  # "ส่วนที่ 2 ประเด็น...ที่ พชต. คัดเลือก (...)" titles a part, it tells no act
        if section in activity_rules()["sections"]["photos"]:
            captions.read(block)
            continue
        for start, end, listed in block_lines(block):
            past = section in background and not tells_issue_choice(block.text[start:end])
            drafts = line_activities(block, start, end, section, listed, fy, background=past)
            out += [in_period(d, period) for d in drafts]
    return out + captions.drafts


def sub_part_of(block: Block, part: int) -> bool:
    """``block`` is numbered as a sub-part of ``part`` ("7.4 ..." under "7. ..."): a
    sub-heading of a part of indicator results reports against them too, whatever
    its words ("7.4 ผลการประเมินตนเองตามแนวทาง UCCARE"), so it does not reopen the part."""
    number = list_number(block)
    return number is not None and number[1] is not None and number[0] == part


def tells_issue_choice(text: str) -> bool:
    """A line telling that a meeting or forum chose the issues ("เวทีประชาคม
    ตำบล... ได้ร่วมกัน...คัดเลือกประเด็น..."): an activity even in a plan's
    background parts (``[plans] chose_issues``)."""
    return bool(rule_re("plans", "chose_issues").search(text))


class SubParts:
    """Numbered sub-parts that only name what they are about ("2.2 อำเภอตาพระยา
    (5 ตำบล 74 หมู่บ้าน)", "3.2 ตำบลบ้านนา"): each opens in the part the first
    of them opened in, so a sub-heading met inside the sub-part before it
    ("กิจกรรมสำคัญ" under "2.1 อำเภอ...") heads only that sub-part, and the
    next one's situation and issue lines are not read as its activities."""

    def __init__(self) -> None:
        self.opened: dict[int, tuple] = {}  # part number -> (section, period) its first sub-part opened in

    def enter(self, block: Block, current: tuple) -> tuple:
        """The section and period in force after ``block``."""
        number = list_number(block)
        if number is None or number[1] is None or not names_nothing(block):
            return current
        return self.opened.setdefault(number[0], current)


def in_period(draft: Draft, period: tuple[PartialDate | None, PartialDate] | None) -> Draft:
    """An undated step of a plan whose heading says when the plan runs
    ("แผนการดำเนินงานไตรมาสที่ 4 (ก.ค. – ก.ย. 67)") takes that period."""
    if period is None or draft.date_from or draft.date_to:
        return draft
    return replace(draft, date_from=period[0], date_to=period[1])
