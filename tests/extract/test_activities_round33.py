"""Round 33 (activities): an activity calendar's row whose number does not line up with the
plan table's is the plan row whose name shares the longest stretch of letters with its own,
pairs taken best first and one to one, so a calendar row the plan lacks still stands; a plan
table's numbered row and a budget table's "กิจกรรมที่ N" group of that number are one activity
when their names share a long stretch inside, not only when they open alike.  Small blocks
first, then a real project report of set 33."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.calendars import alike_rows
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import told_twice
from pcc_ingest.extract.run import extract
from tests.extract.blocks import cell_block

NAM_PHONG = "khon-kaen-nam-phong-2567-project"
PLAN, CALENDAR, BUDGET = 0, 1, 2


def _cell(title: str, row: int, table: int, text: str | None = None, row_number: int | None = None) -> Draft:
    block = cell_block(text or title, row, 1, table)
    start = block.text.index(title)
    return Draft(title, block, start, start + len(title), row_number=row_number)


PLAN_ROWS = [
    _cell("ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2567 คัดเลือกประเด็นและจัดทำแผน", 1, PLAN),
    _cell("อบรมฟื้นฟู Care Giver และ อสม. ในการดูแลผู้ป่วยติดเตียง", 2, PLAN),
]


def test_a_calendar_row_is_the_plan_row_sharing_the_longest_stretch_of_its_name():
    calendar = [_cell("ประชุม พชอ. (4 ครั้ง)", 2, CALENDAR), _cell("อบรมฟื้นฟู Care Giver / อสม.", 3, CALENDAR)]
    drafts = PLAN_ROWS + calendar
    assert alike_rows(drafts, {CALENDAR}, set(), set()) == {2: 0, 3: 1}


def test_a_calendar_row_the_plan_lacks_stands_when_its_look_alike_has_its_own_row():
    calendar = [_cell("อบรมฟื้นฟู Care Giver / อสม.", 2, CALENDAR),
                _cell("เยี่ยมบ้านผู้ป่วยติดเตียงตาม Care Plan", 3, CALENDAR),
                _cell("สรุปผลและรายงาน", 4, CALENDAR)]
    assert alike_rows(PLAN_ROWS + calendar, {CALENDAR}, set(), set()) == {2: 1}


def test_a_plan_row_and_a_budget_group_of_its_number_sharing_a_long_stretch_are_one():
    row = _cell("อบรมเชิงปฏิบัติการพัฒนาศักยภาพ พชอ. และ พชต. 12 ตำบล", 2, PLAN, row_number=2)
    group = _cell("อบรมพัฒนาศักยภาพ พชอ. และ พชต.", 4, BUDGET,
                  text="กิจกรรมที่ 2 อบรมพัฒนาศักยภาพ พชอ. และ พชต.")
    assert told_twice(row, group)


def test_a_plan_row_and_a_budget_group_of_another_number_stay_apart():
    row = _cell("อบรมเชิงปฏิบัติการพัฒนาศักยภาพ พชอ. และ พชต. 12 ตำบล", 2, PLAN, row_number=3)
    group = _cell("อบรมพัฒนาศักยภาพ พชอ. และ พชต.", 4, BUDGET,
                  text="กิจกรรมที่ 2 อบรมพัฒนาศักยภาพ พชอ. และ พชต.")
    assert not told_twice(row, group)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reports_calendar_retells_its_table_and_adds_its_own_rows(parsed, suffix):
    acts = extract(parsed(NAM_PHONG + suffix)).activities
    titles = [a.title for a in acts]
    assert not any(t.startswith(("ประชุม พชอ. (4", "อบรมพัฒนาศักยภาพ", "ธนาคารขยะ/")) for t in titles)
    training = next(a for a in acts if a.title.startswith("อบรมเชิงปฏิบัติการพัฒนาศักยภาพ"))
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2023-12-14", "2023-12-15", 80, 28400)
    visits = next(a for a in acts if a.title.startswith("เยี่ยมบ้านผู้ป่วยติดเตียง"))
    assert (visits.start, visits.end) == ("2023-10", "2024-09")
    assert any(t == "สรุปผลและรายงาน" for t in titles)
