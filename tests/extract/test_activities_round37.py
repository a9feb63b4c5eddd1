"""Round 37 (activities): a plan row whose period cell names only quarters ("ไตรมาส 2", "ไตรมาส 2
และไตรมาส 4") keeps no date, and the calendar's ticked months do not date it; a month calendar
with a responsible column ("กิจกรรม | ต.ค. ... | ผู้รับผิดชอบ") is still a calendar, its rows the
plan's activities restated; a plan activity numbered like a calendar row is never taken for
another calendar row's look-alike, so a calendar row the plan lacks stands.  Small strings and
tables first, then the two set-37 files of these layouts."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.calendars import is_calendar
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from tests.extract.blocks import cell_block, doc_of, text_block

LAT_LUM_KAEO = "pathum-thani-lat-lum-kaeo-2567-action-plan"
DON_TAN = "mukdahan-don-tan-2567-project"

CALENDAR = [["กิจกรรม", "พ.ศ. 2566", None, None, "พ.ศ. 2567", None, None, "ผู้รับผิดชอบ"],
            [None, "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", None],
            ["1 อบรมวินัยจราจร", "", "", "", "●", "●", "", "สภ."],
            ["2 วิเคราะห์ข้อมูลอุบัติเหตุ", "", "", "", "", "●", "", "สสอ."]]


def _cells(rows: list[list[str | None]], table: int) -> list[Block]:
    return [cell_block(text, r, c, table) for r, cells in enumerate(rows) for c, text in enumerate(cells)
            if text is not None]


@pytest.mark.parametrize("cell", ["ไตรมาส 3", "ไตรมาส ๒ และไตรมาส ๔", "ไตรมาสที่ 1, ไตรมาสที่ 3"])
def test_a_period_cell_of_quarters_alone_is_quarters_only(cell):
    assert rule_re("calendars", "quarter_only").fullmatch(cell)


@pytest.mark.parametrize("cell", ["ไตรมาส 2 (ม.ค. – มี.ค. 66)", "ม.ค. – มิ.ย. 67", ""])
def test_a_period_cell_with_months_is_not_quarters_only(cell):
    assert not rule_re("calendars", "quarter_only").fullmatch(cell)


def test_a_month_calendar_with_a_responsible_column_is_a_calendar():
    table = read_tables(doc_of(_cells(CALENDAR, 0)))[0]
    assert "owner" in table.roles and is_calendar(table, 2567)


def test_calendar_ticks_do_not_date_a_plan_row_given_as_a_quarter():
    plan = [["ที่", "กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลา", "งบประมาณ"],
            ["1", "อบรมวินัยจราจรในโรงเรียน", "นักเรียน 360 คน", "ไตรมาส 2", "34,000"],
            ["2", "ประชุมวิเคราะห์ข้อมูลอุบัติเหตุ", "ทีม 30 คน", "ม.ค. – มี.ค. 67", "2,100"]]
    blocks = [text_block("แผนปฏิบัติการ พชอ. ประจำปีงบประมาณ 2567"), *_cells(plan, 0),
              text_block("ปฏิทินการดำเนินงาน"), *_cells(CALENDAR, 1)]
    acts = {a.title: a for a in extract(doc_of(blocks)).activities}
    assert (acts["อบรมวินัยจราจรในโรงเรียน"].start, acts["อบรมวินัยจราจรในโรงเรียน"].end) == (None, None)
    assert (acts["ประชุมวิเคราะห์ข้อมูลอุบัติเหตุ"].start, acts["ประชุมวิเคราะห์ข้อมูลอุบัติเหตุ"].end) == (
        "2024-01", "2024-03")
    assert len(acts) == 2


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_action_plan_s_quarter_rows_stay_undated_beside_its_calendar(parsed, suffix):
    acts = extract(parsed(LAT_LUM_KAEO + suffix)).activities
    training = next(a for a in acts if a.title.startswith("อบรมวินัยจราจร"))
    assert (training.start, training.end, training.budget_baht) == (None, None, 34000)
    bank = next(a for a in acts if a.title.startswith("จัดตั้งธนาคารขยะ"))
    assert (bank.start, bank.end) == ("2024-01", "2024-06")


def test_a_real_project_s_calendar_with_owners_restates_its_listed_activities(parsed):
    acts = {a.title: a for a in extract(parsed(DON_TAN + ".docx")).activities}
    assert "ประชุมเชิงปฏิบัติการจัดทำแผน" not in acts and "อบรมแกนนำ อสม./ธนาคารขยะ" not in acts
    checkpoint = acts["ตั้งด่านชุมชนและรณรงค์สวมหมวกนิรภัย ช่วงเทศกาลปีใหม่และสงกรานต์"]
    assert (checkpoint.start, checkpoint.end, checkpoint.participants, checkpoint.budget_baht) == (
        "2023-12", "2024-04", 56, 39000)
    follow_up = acts["ติดตามผลและรายงาน พชอ. รายไตรมาส"]
    assert (follow_up.start, follow_up.end) == ("2023-12", "2024-09")
