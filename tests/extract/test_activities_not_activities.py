"""The last check of every activity (``activities/not_activities.py``).

A generic pass, not a layout rule: whichever reader took a line as an activity, a title that
shows it is none (a heading naming a report's period, a result achieved, a result cut before
its figure, a total line) is dropped after every reader.  Each test builds a small Word file
with invented names; a real activity beside it stays."""

from __future__ import annotations

from pcc_ingest.extract.activities.not_activities import why_not_activity
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title

HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567"]


def test_a_result_against_the_plan_is_no_activity(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "t.docx", [
        *HEAD, "1. อบรมแกนนำชุมชนตัวอย่าง วันที่ 15 มกราคม 2567",
        "คณะกรรมการมีการประชุมครบ 4 ครั้งตามแผน",
        "2. รณรงค์คัดแยกขยะตัวอย่าง วันที่ 20 มีนาคม 2567"]))
    assert not any("ตามแผน" in t for t in acts), list(acts)
    assert "อบรมแกนนำชุมชนตัวอย่าง" in acts, list(acts)


def test_a_heading_naming_the_report_period_is_no_activity(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "t.docx", [
        *HEAD, "2. การประชุมและกิจกรรมสำคัญของคณะกรรมการ พชอ.ตัวอย่าง ในรอบ 6 เดือน",
        "2.1 ประชุมคณะกรรมการ ครั้งที่ 1/2567 วันที่ 15 พฤศจิกายน 2566",
        "2.2 อบรมแกนนำชุมชนตัวอย่าง วันที่ 15 มกราคม 2567"]))
    assert not any("ในรอบ 6 เดือน" in t for t in acts), list(acts)
    assert "อบรมแกนนำชุมชนตัวอย่าง" in acts, list(acts)


def test_a_result_cut_before_its_figure_is_no_activity(tmp_path):
    acts = activities_by_title(write_parts(tmp_path / "t.docx", [
        *HEAD, "5. ผลการดำเนินงาน",
        "แกนนำความปลอดภัยทางถนนระดับตำบลเข้ารับการอบรมครบทั้ง 80 คน ได้ทำแบบทดสอบความรู้ก่อนและหลังการอบรม"
        " วันที่ 15 มกราคม 2567"]))
    assert not any(t.endswith("ครบทั้ง") for t in acts), list(acts)


def test_a_total_row_of_a_plan_table_is_no_activity(tmp_path):
    rows = [("ที่", "กิจกรรม", "ผลการดำเนินงาน", "งบประมาณ"),
            ("1", "อบรมแกนนำชุมชนตัวอย่าง", "ม.ค. 2567", "6,000"),
            ("2", "อบรมทั้งหมด", "", "12,000")]
    acts = activities_by_title(write_parts(tmp_path / "t.docx", [*HEAD, "สรุปผลการดำเนินงาน", rows]))
    assert "อบรมทั้งหมด" not in acts, list(acts)
    assert "อบรมแกนนำชุมชนตัวอย่าง" in acts, list(acts)


def test_a_title_that_only_mentions_a_figure_place_or_group_stays():
    for title in ("รณรงค์ตัวอย่างครบ 5 ตำบล อสม.และแกนนำชุมชนเข้าร่วม", "รณรงค์สวมหมวกนิรภัย 100% ในโรงเรียนตัวอย่าง", "ทุกตำบลจัดกิจกรรม Big Cleaning Day",
                  "ผู้พิการได้รับการเยี่ยมบ้านและมอบถุงยังชีพ", "การรณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์"):
        assert why_not_activity(title) is None, title


def test_labels_parts_headers_and_signatures_name_no_activity():
    for title, rule in (("จัดทำโดย", "label"), ("ตรวจแล้ว (คน)", "unit_header"),
                        ("(นายตัวอย่าง ใจดี)", "signature"), ("ประธาน พชอ.ตัวอย่าง", "signature"),
                        ("ปัญหา อุปสรรค และข้อเสนอแนะ 6", "report_part"),
                        ("มิถุนายน 2567 รวม 12 ครั้ง", "month_opening"),
                        ("ทั้ง 5 ตำบล ผู้ป่วยติดเตียงได้รับการเยี่ยม", "coverage_opening"),
                        ("การคัดกรองเบาหวานตัวอย่าง (เป้าหมาย ไม่น้อยกว่าร้อยละ 90)", "target_bracket")):
        assert why_not_activity(title) == rule, title
