"""Round 48 (outcomes B): a results table with months as columns is read by
month even beside a target column the header reader did map, each month taking
the row's target.  A years-by-places table whose title names a measure with a
bound inside it ("HI < 10") still names its places by that measure, and a count
in brackets after a place ("บางสน (10)") is no part of the place's name.  A
knowledge test whose header the reader gave up on ("หลักสูตร | ผู้เข้าอบรม (คน) |
ความรู้ก่อนอบรม (ร้อยละ) | ความรู้หลังอบรม (ร้อยละ)") gives one result per course
and column, named by the column's label first, with no target.  A note giving the
scale of success levels ("ระดับความสำเร็จ 5 = ร้อยละ 90 ขึ้นไป, …") states no
result.  Small strings first, then variants built as real .docx files, then a
real corpus file of set 48."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.year_rows import _title_measure
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

PATHIO = "chumphon-pathio-2567-progress"


def _outcomes(path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize(("text", "scale"), [
    ("หมายเหตุ ระดับความสำเร็จ 5 = ร้อยละ 90 ขึ้นไป, 4 = ร้อยละ 80–89.99", True),
    ("เกณฑ์ ระดับ 3 หมายถึง ร้อยละ 70–79.99", True),
    ("ผ่านเกณฑ์ระดับ 3 ขึ้นไป ร้อยละ 85.00", False),
])
def test_a_scale_of_success_levels_is_known_as_such(text: str, scale: bool) -> None:
    assert bool(rule_re("figure", "level_scale").search(text)) is scale


def test_a_bound_inside_a_titles_measure_is_no_figure_of_the_title() -> None:
    title = "5.3 ร้อยละหมู่บ้านที่มีค่า HI < 10 จำแนกรายตำบล เปรียบเทียบ 3 ปี (เป้าหมาย ร้อยละ 80)"
    assert _title_measure(title) == "ร้อยละหมู่บ้านที่มีค่า HI < 10"
    assert _title_measure("ผลการดำเนินงาน ทางหลวงหมายเลข 4 ช่วง 12 กิโลเมตร") == ""


def test_month_columns_beside_a_target_column_are_results_with_the_rows_target(tmp_path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘"],
            ["ร้อยละเด็กได้รับวัคซีนครบ", "๙๕", "๒๐.๑๐", "๓๘.๕๐", "๕๕.๒๐", "๗๐.๐๐", "๘๘.๔๐"],
            ["ร้อยละผู้สูงอายุได้รับการคัดกรอง", "๘๐", "๑๐.๐๐", "๒๒.๒๐", "๔๐.๐๐", "๖๑.๕๐", "๗๙.๙๐"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.นาดี ปีงบประมาณ ๒๕๖๘", "ผลงานสะสมรายเดือน (ร้อยละ)"], rows)
    got = _outcomes(path)
    assert ("ร้อยละเด็กได้รับวัคซีนครบ ต.ค. 67", 20.1, 95.0, 2568) in got
    assert ("ร้อยละผู้สูงอายุได้รับการคัดกรอง ก.พ. 68", 79.9, 80.0, 2568) in got


def test_years_by_places_under_a_bounded_measure_with_counted_places(tmp_path) -> None:
    rows = [["ปี", "นาดี (12)", "สำพันตา (9)", "ทุ่งโพธิ์ (7)", "รวมอำเภอ (28)"],
            ["2566", "75.00", "66.67", "71.43", "71.43"],
            ["2567", "91.67", "88.89", "85.71", "89.29"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานการประชุม พชอ.นาดี ปีงบประมาณ 2567",
                                            "ตารางที่ 2 ร้อยละครัวเรือนที่มีค่า CI ไม่เกิน 5 จำแนกรายตำบล 2 ปี"], rows)
    got = {(i, v, y) for i, v, _, y in _outcomes(path)}
    assert ("ร้อยละครัวเรือนที่มีค่า CI ไม่เกิน 5 ตำบลสำพันตา", 66.67, 2566) in got
    assert ("ร้อยละครัวเรือนที่มีค่า CI ไม่เกิน 5 รวมอำเภอ", 89.29, 2567) in got
    assert not any("(" in i for i, _, _ in got)


def test_knowledge_before_and_after_under_an_unread_header(tmp_path) -> None:
    rows = [["ชื่อหลักสูตร", "จำนวนผู้อบรม (คน)", "คะแนนก่อนการอบรม (%)", "คะแนนหลังการอบรม (%)"],
            ["อบรมแกนนำสุขภาพครอบครัว", "60", "55.00", "87.50"],
            ["อบรมผู้ดูแลผู้สูงอายุ", "40", "61.25", "90.00"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.นาดี ปีงบประมาณ 2567", "ผลการทดสอบความรู้"], rows)
    got = _outcomes(path)
    assert ("คะแนนก่อนการอบรม อบรมแกนนำสุขภาพครอบครัว", 55.0, None, 2567) in got
    assert ("คะแนนหลังการอบรม อบรมผู้ดูแลผู้สูงอายุ", 90.0, None, 2567) in got
    assert not any(v in (60.0, 40.0) for _, v, _, _ in got)


def test_months_places_and_knowledge_of_a_real_set_48_progress_report(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(PATHIO + ".pdf")).outcomes}
    hi = "ร้อยละหมู่บ้านที่มีค่า HI < 10"
    assert {("ร้อยละผู้ป่วยติดบ้านติดเตียงมี Care plan (52 คน) มี.ค. 67", 88.46, 100.0, 2567),
            (f"{hi} ตำบลบางสน", 60.0, None, 2565), (f"{hi} ตำบลเขาไชยราช", 77.78, 80.0, 2567),
            ("ความรู้หลังอบรม อบรม อสม. ป้องกันควบคุมโรคไข้เลือดออก (18 ม.ค. 67)", 88.75, None, 2567)} <= got
    assert not any("(10)" in i for i, _, _, _ in got)
