"""Round 14: a plan table's month timeline dates its rows; a dashed line
pricing a thing ("- เครื่องฟอกอากาศ 2 เครื่อง x 4,500 บาท") ends an activity's
name; a legend of marks names no activity; the forum that chose the issues
stands even in a plan's background.  Strings first, then a real corpus file."""

from __future__ import annotations

from pcc_ingest.extract.activities.item_dates import item_dates
from pcc_ingest.extract.activities.prose import tells_issue_choice
from pcc_ingest.extract.activities.rules import rule_any
from pcc_ingest.extract.activities.ticks import is_mark, month_labels
from pcc_ingest.extract.run import extract
from pcc_ingest.thai.dates import PartialDate

LAMPANG = "lampang-soem-ngam-2568-action-plan.docx"


def test_a_row_of_month_names_is_a_timeline():
    row = {5: "ต.ค.", 6: "พ.ย.", 7: "ธ.ค.", 8: "ม.ค.", 1: "กิจกรรม"}
    assert month_labels(row) == {5: 10, 6: 11, 7: 12, 8: 1}


def test_two_month_names_are_no_timeline():
    assert month_labels({1: "ต.ค. 67", 2: "ก.ย.", 3: "ม.ค."}) == {}  # "ต.ค. 67" is a date, not a label
    assert month_labels({2: "ก.ย.", 3: "ม.ค.", 4: "อบรม"}) == {}


def test_any_text_but_a_month_name_marks_a_month():
    assert is_mark("✓") and is_mark("●") and is_mark("/")
    assert not is_mark("  ") and not is_mark("ต.ค.")


def test_marked_months_stand_in_for_a_missing_period_cell():
    ticked = (PartialDate(2024, 11), PartialDate(2024, 12))
    assert item_dates("สำรวจและคัดกรอง ADL ผู้สูงอายุ", "", "", False, 2568, ticked) == ticked


def test_a_period_cell_still_comes_before_the_marked_months():
    ticked = (PartialDate(2024, 11), PartialDate(2024, 12))
    assert item_dates("อบรมแกนนำ", "ม.ค. – มี.ค. 68", "", False, 2568, ticked) == (
        PartialDate(2025, 1), PartialDate(2025, 3))


def test_a_legend_of_marks_is_never_an_activity():
    never = rule_any("words", "never")
    assert never.search("ช่วงเวลาดำเนินงานต่อเนื่อง หมายถึง เดือนที่จัดกิจกรรม/ประชุม")
    assert not never.search("ประชุมคณะกรรมการ พชต. ไตรมาสละ 1 ครั้ง")


def test_a_line_telling_the_choice_of_issues_is_told_apart():
    assert tells_issue_choice("ได้จัดเวทีประชาคมตำบล ... ที่ประชุมมีมติเลือก 3 ประเด็น ดังนี้")
    assert tells_issue_choice("ได้ร่วมกันจัดลำดับความสำคัญของปัญหาและคัดเลือกประเด็นขับเคลื่อน")
    assert not tells_issue_choice("ประชากรทั้งสิ้น 7,126 คน เป็นผู้สูงอายุ 1,693 คน")


def test_timeline_months_date_the_rows_of_a_real_plan(parsed):
    acts = {a.title: a for a in extract(parsed(LAMPANG)).activities}
    adl = next(a for t, a in acts.items() if t.startswith("สำรวจและคัดกรองความสามารถ"))
    assert (adl.start, adl.end) == ("2024-11", "2024-12")
    meeting = next(a for t, a in acts.items() if t.startswith("ประชุมคณะกรรมการ พชต. ไตรมาสละ"))
    assert (meeting.start, meeting.end) == ("2024-10", "2025-07")


def test_priced_things_leave_the_name_and_the_legend_adds_nothing(parsed):
    titles = [a.title for a in extract(parsed(LAMPANG)).activities]
    assert "จัดทำห้องปลอดฝุ่นในศูนย์พัฒนาเด็กเล็กและ รพ.สต." in titles
    assert not any("หมายถึง" in t for t in titles)


def test_the_forum_that_chose_the_issues_is_an_activity_of_a_plan(parsed):
    forum = [a for a in extract(parsed(LAMPANG)).activities if a.title.startswith("เวทีประชาคมตำบล")]
    assert [(a.start, a.participants) for a in forum] == [("2024-10-18", 86)]
