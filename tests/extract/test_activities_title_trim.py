"""The last trim of every activity title (``activities/title_trim.py``).

A generic pass, not a layout rule: whichever reader made a title, what a table cell or a line
folds into it beyond the name (sub-lines after an inline bullet, a bracket or list of prize money,
an amount at its end) is cut, as the gold conventions leave it out of titles; an amount cut fills
an empty budget when it is the one amount cut.  Each test builds a small Word file with invented
names."""

from __future__ import annotations

from pcc_ingest.extract.records import ActivityRecord
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title

PLAN_HEAD = ["แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
             "3. แผนงาน/กิจกรรม และงบประมาณ"]
REPORT_HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
               "ผลการดำเนินกิจกรรม มีรายละเอียดดังนี้"]


def _plan(tmp_path, activity: str) -> dict[str, ActivityRecord]:
    rows = [("ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"),
            ("1", "อบรมแกนนำชุมชนตัวอย่าง", "ม.ค. 2567", "6,000", "รพ.ตัวอย่าง"),
            ("2", activity, "มิ.ย. – ก.ค. 2567", "10,000", "สสอ.ตัวอย่าง")]
    return activities_by_title(write_parts(tmp_path / "t.docx", [*PLAN_HEAD, rows]))


def _results(tmp_path, activity: str) -> dict[str, ActivityRecord]:
    rows = [("กิจกรรม", "ผลการดำเนินงาน", "งบประมาณ"),
            ("1. ประชุมคณะกรรมการตัวอย่าง", "ดำเนินการแล้ว 15 ม.ค. 2567", "6,000"),
            (f"2. {activity}", "ดำเนินการแล้ว 15 ก.ค. 2567", "10,000")]
    return activities_by_title(write_parts(tmp_path / "t.docx", [*REPORT_HEAD, rows]))


def test_sub_lines_after_an_inline_bullet_leave_the_title(tmp_path):
    acts = _results(tmp_path, "ประกวดหมู่บ้านต้นแบบตัวอย่าง • คัดเลือกหมู่บ้านตำบลละ 1 หมู่บ้าน • มอบเกียรติบัตร")
    assert "ประกวดหมู่บ้านต้นแบบตัวอย่าง" in acts, list(acts)


def test_a_list_of_prize_money_leaves_the_title(tmp_path):
    acts = _plan(tmp_path, "ประกวดหมู่บ้านต้นแบบตัวอย่าง - รางวัลที่ 1 5,000 บาท รางวัลที่ 2 3,000 บาท รางวัลที่ 3 2,000 บาท")
    assert "ประกวดหมู่บ้านต้นแบบตัวอย่าง" in acts, list(acts)


def test_a_trailing_amount_leaves_the_title_but_the_last_of_a_series_stays(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "t.docx", [
        *REPORT_HEAD, "1. อบรมแกนนำชุมชนตัวอย่าง ใช้งบประมาณของกองทุนตัวอย่าง 9,000 บาท",
        "2. ประกวดหมู่บ้านต้นแบบตัวอย่าง • มอบรางวัลชนะเลิศ 3,000 บาท รองชนะเลิศ 2,000 บาท วันที่ 15 กรกฎาคม 2567"]))
    assert "อบรมแกนนำชุมชนตัวอย่าง" in acts, list(acts)
    assert not any(t.endswith("รองชนะเลิศ") for t in acts), list(acts)
