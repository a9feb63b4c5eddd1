"""Round 29 (activities, a): a numbered sub-heading that opens with "กิจกรรม" names one activity
and the paragraphs under it give its dates, head count and money; a sub-heading labelling a part
("กิจกรรมที่ 1", "กิจกรรมหลัก") names none; a budget table's group repeating the section's number
and dates is the same activity, not another.  Strings first, then a real corpus file of set 29."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.headed import repeats
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

YASOTHON = "yasothon-maha-chana-chai-2568-project"


def test_a_numbered_sub_heading_opening_with_kitjakam_names_an_activity():
    m = rule_re("headed", "title").match("4.2 กิจกรรมอบรมพัฒนาศักยภาพผู้ดูแลผู้สูงอายุ (CG) และ อสม.")
    assert m is not None and m["n"] == "2"
    assert m["title"] == "กิจกรรมอบรมพัฒนาศักยภาพผู้ดูแลผู้สูงอายุ (CG) และ อสม."


@pytest.mark.parametrize("text", [
    "4. กิจกรรมที่ดำเนินการและผลการดำเนินงาน",
    "4.1 กิจกรรมที่ 1 ประชุมชี้แจง",
    "2.3 กิจกรรมหลัก",
    "3.1 ผลการดำเนินงาน",
])
def test_a_part_label_or_top_level_heading_names_no_activity(text):
    assert rule_re("headed", "title").match(text) is None


def _draft(kind: str, text: str, start: int, day: int) -> Draft:
    block = Block(order=1, kind=kind, text=text, raw_text=text, start=0, end=len(text))
    when = PartialDate(2025, 2, day)
    return Draft(text[start:], block, start, len(text), date_from=when, date_to=when)


def test_a_budget_group_with_the_sections_number_and_dates_repeats_it():
    section = _draft("heading", "4.2 กิจกรรมอบรม CG", 4, 12)
    group = _draft("table_cell", "2. อบรม CG และ อสม.", 3, 12)
    assert repeats(group, section, 2)
    assert not repeats(group, section, 3)
    assert not repeats(_draft("table_cell", "2. อบรม CG และ อสม.", 3, 13), section, 2)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reports_activity_sections_are_its_activities(parsed, suffix):
    acts = extract(parsed(YASOTHON + suffix)).activities
    assert len(acts) == 4
    assert all(a.title.startswith("กิจกรรม") for a in acts)
    visit = acts[2]
    assert (visit.start, visit.end, visit.participants, visit.budget_baht) == ("2025-03-17", "2025-03-28", 300, 10500)
    assert acts[3].title == "กิจกรรมเวทีถอดบทเรียนและมอบรางวัลตำบลต้นแบบ"
