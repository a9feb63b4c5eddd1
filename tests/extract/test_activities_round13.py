"""Round 13: an item of a plan cell dated by its own words before its row's
period; a spaced en dash joining two names is no inline bullet; the lines
under a report item of minutes are work reported, not acts of the meeting.
Strings first, then the real corpus files."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.activities.dashes import bullet_lines
from pcc_ingest.extract.activities.item_dates import item_dates
from pcc_ingest.extract.activities.reports import is_report_item
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from pcc_ingest.thai.dates import PartialDate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _activities(name: str) -> dict[str, object]:
    return {a.title: a for a in extract(parse(CORPUS / name)).activities}


def test_one_of_several_items_takes_its_own_month_before_the_row_period():
    start, end = item_dates("ติดตั้งป้ายเตือนจุดเสี่ยง 12 จุด (ก.พ. – มี.ค. 68)", "ธ.ค. 67 – เม.ย. 68", "", True, 2568)
    assert (start, end) == (PartialDate(2025, 2), PartialDate(2025, 3))


def test_one_of_several_items_without_a_date_takes_the_row_period():
    start, end = item_dates("สุ่มสำรวจการสวมหมวกนิรภัยหน้าโรงเรียน", "พ.ย. 67 – ก.ย. 68", "", True, 2568)
    assert (start, end) == (PartialDate(2024, 11), PartialDate(2025, 9))


def test_a_single_activity_cell_keeps_the_period_column_first():
    start, end = item_dates("อบรมแกนนำ (ข้อมูล ธ.ค. 67)", "ม.ค. – มี.ค. 68", "", False, 2568)
    assert (start, end) == (PartialDate(2025, 1), PartialDate(2025, 3))


def test_a_spaced_en_dash_between_two_committees_keeps_the_line_whole():
    text = "1. ประชุมเชิงปฏิบัติการจัดทำแผน พชอ. – พชต. วันที่ 18 ธันวาคม 2567 ผู้เข้าร่วม 60 คน"
    assert bullet_lines(text) == [(0, len(text))]


def test_hyphen_bullets_inside_a_line_still_split_it():
    text = "ผลการดำเนินงาน - ประชุมคณะกรรมการ 2 ครั้ง - อบรมแกนนำ 50 คน"
    assert len(bullet_lines(text)) == 3


def test_a_line_opening_with_a_bullet_still_splits_at_its_dashes():
    text = "– ประชุมคณะกรรมการ 19 ธ.ค. 66 – อบรมแกนนำ 150 คน"
    assert len(bullet_lines(text)) == 2


def test_agenda_items_that_are_reports_are_told_apart():
    assert is_report_item("4.1 ประเด็นการป้องกันโรคไข้เลือดออก (นายธนพล มีสุข คณะทำงานประเด็นที่ 1 รายงาน)")
    assert is_report_item("4.2 รายงานความก้าวหน้าคณะทำงานประเด็นการจัดการขยะ")
    assert is_report_item("4.4 สรุปการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. 2567 (ฝ่ายเลขานุการรายงาน)")
    assert not is_report_item("5.1 การจัดเวทีแลกเปลี่ยนเรียนรู้ระดับอำเภอ")
    assert not is_report_item("ผู้อำนวยการโรงพยาบาล รายงานว่า ผลการคัดกรอง (ร้อยละ 90)")


def test_items_of_a_project_cell_in_a_real_action_plan_keep_their_own_months():
    acts = _activities("roi-et-phon-thong-2568-action-plan.docx")
    sign = next(a for t, a in acts.items() if t.startswith("ติดตั้งป้ายเตือนจุดเสี่ยง"))
    assert (sign.start, sign.end) == ("2025-02", "2025-03")
    survey = next(a for t, a in acts.items() if t.startswith("สุ่มสำรวจการสวมหมวกนิรภัย"))
    assert (survey.start, survey.end) == ("2024-11", "2025-09")


def test_a_listed_activity_naming_two_committees_keeps_its_date_in_a_real_project():
    acts = _activities("uttaradit-lap-lae-2568-project.docx")
    forum = next(a for t, a in acts.items() if t.startswith("ประชุมเชิงปฏิบัติการทบทวนบทบาท"))
    assert (forum.start, forum.participants) == ("2024-12-18", 60)


def test_work_reported_under_a_report_item_of_real_minutes_is_no_activity():
    acts = _activities("phitsanulok-nakhon-thai-2567-minutes.docx")
    assert not any(t.startswith("อบรม อสม. เฝ้าระวัง") for t in acts)
    assert any(t.startswith("ประชุมคณะกรรมการพัฒนาคุณภาพชีวิต") for t in acts)
