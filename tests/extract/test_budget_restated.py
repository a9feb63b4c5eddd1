"""Budget lines that restate other lines (``budget/restated.py``).

The last check on a document's budget drops a line whose money other kept
lines already give: an activity's row over the cost lines right under it (they
take its source), a summary ("อนุมัติ…", "รวม…") worth all the other lines,
and a table that gives another table's amounts one for one (the one telling
less goes).  A line equal to one other line alone, or to lines another sum
already took, stays.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

HEADER = ["รายการ", "งบประมาณ (บาท)", "แหล่งงบประมาณ"]


def _lines(path: Path) -> list[tuple[str, float, str | None]]:
    return [(i.description, i.amount_baht, i.source) for i in extract(parse(path)).budget_items]


def test_an_activity_row_over_its_cost_rows_is_their_subtotal_and_lends_its_source(tmp_path):
    path = write_parts(tmp_path / "plan.docx", ["แผนงานโครงการ พชอ.ตัวอย่าง ปี 2568", [
        HEADER,
        ["1. อบรมแกนนำชุมชนตัวอย่าง", "9,000", "กองทุนตัวอย่าง"],
        ["ค่าอาหารกลางวัน", "3,000", ""], ["ค่าอาหารว่าง", "2,000", ""], ["ค่าวิทยากร", "4,000", ""],
        ["2. รณรงค์ตัวอย่าง", "5,000", "กองทุนตัวอย่าง"]]])
    assert _lines(path) == [("ค่าอาหารกลางวัน", 3000.0, "กองทุนตัวอย่าง"),
                            ("ค่าอาหารว่าง", 2000.0, "กองทุนตัวอย่าง"),
                            ("ค่าวิทยากร", 4000.0, "กองทุนตัวอย่าง"),
                            ("รณรงค์ตัวอย่าง", 5000.0, "กองทุนตัวอย่าง")]


def test_an_activity_paragraph_over_its_cost_paragraphs_is_their_subtotal(tmp_path):
    path = write_parts(tmp_path / "plan.docx", [
        "แผนงานโครงการ พชอ.ตัวอย่าง ปี 2568", "อบรมแกนนำชุมชนตัวอย่าง ใช้เงิน 9,000 บาท",
        "ค่าอาหารกลางวัน 3,000 บาท", "ค่าอาหารว่าง 2,000 บาท", "ค่าวิทยากร 4,000 บาท"])
    assert [amount for _, amount, _ in _lines(path)] == [3000.0, 2000.0, 4000.0]


def test_lines_already_added_up_by_one_activity_are_no_parts_of_the_next(tmp_path):
    path = write_parts(tmp_path / "plan.docx", ["แผนงานโครงการ พชอ.ตัวอย่าง ปี 2568", [
        HEADER,
        ["อบรมแกนนำชุมชนตัวอย่าง", "5,000", "กองทุนตัวอย่าง"], ["ค่าอาหาร", "2,000", ""], ["ค่าป้าย", "3,000", ""],
        ["รณรงค์ตัวอย่าง", "5,000", "กองทุนตัวอย่าง"]]])
    assert [amount for _, amount, _ in _lines(path)] == [2000.0, 3000.0, 5000.0]


def test_an_approval_worth_all_the_other_lines_is_no_line(tmp_path):
    path = write_parts(tmp_path / "minutes.docx", [
        "รายงานผลโครงการตัวอย่าง ปี 2568", "1. ประชุมคณะกรรมการตัวอย่าง ค่าอาหาร 3,000 บาท",
        "2. อบรมแกนนำตัวอย่าง ค่าวิทยากร 2,000 บาท", "3. รณรงค์ตัวอย่าง ค่าป้าย 4,000 บาท",
        "ผลการดำเนินงาน ประชาชนเข้าร่วม 50 คน", "มติที่ประชุม อนุมัติแผนงานและงบประมาณ จำนวน 9,000 บาท"])
    assert [amount for _, amount, _ in _lines(path)] == [3000.0, 2000.0, 4000.0]


def test_a_table_repeating_another_tables_amounts_goes_and_the_one_with_sources_stays(tmp_path):
    path = write_parts(tmp_path / "plan.docx", [
        "แผนงานโครงการ พชอ.ตัวอย่าง ปี 2568",
        [["ลำดับ", "กิจกรรม", "งบประมาณ (บาท)"], ["1", "อบรมแกนนำชุมชนตัวอย่าง", "3,000"],
         ["2", "รณรงค์ตัวอย่าง", "2,500"], ["3", "ประชุมคณะกรรมการตัวอย่าง", "4,000"]],
        "ตารางแหล่งงบประมาณ",
        [["กิจกรรม", "แหล่งงบประมาณ", "งบประมาณ (บาท)"], ["อบรมแกนนำชุมชนตัวอย่าง", "กองทุนตัวอย่าง", "3,000"],
         ["รณรงค์ตัวอย่าง", "สสจ.ตัวอย่าง", "2,500"], ["ประชุมคณะกรรมการตัวอย่าง", "สสจ.ตัวอย่าง", "4,000"]]])
    assert _lines(path) == [("อบรมแกนนำชุมชนตัวอย่าง", 3000.0, "กองทุนตัวอย่าง"),
                            ("รณรงค์ตัวอย่าง", 2500.0, "สสจ.ตัวอย่าง"),
                            ("ประชุมคณะกรรมการตัวอย่าง", 4000.0, "สสจ.ตัวอย่าง")]


def test_a_results_table_retelling_the_cost_tables_amounts_in_another_order_goes(tmp_path):
    path = write_parts(tmp_path / "report.docx", [
        "แผนงานโครงการ พชอ.ตัวอย่าง ปี 2568",
        [["ลำดับ", "กิจกรรม", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
         ["1", "อบรมแกนนำชุมชนตัวอย่าง", "3,000", "กองทุนตัวอย่าง"], ["2", "รณรงค์ตัวอย่าง", "2,500", "สสจ.ตัวอย่าง"],
         ["3", "ประชุมคณะกรรมการตัวอย่าง", "4,000", "สสจ.ตัวอย่าง"]],
        "ผลการดำเนินงานรายกิจกรรม",
        [["กิจกรรม", "ผลการดำเนินงาน", "ใช้จ่าย (บาท)"], ["ประชุมคณะกรรมการตัวอย่าง 2 ครั้ง", "ดำเนินการแล้ว", "4,000"],
         ["อบรมแกนนำ 40 คน", "ดำเนินการแล้ว", "3,000"], ["รณรงค์ 2 ครั้ง", "ดำเนินการแล้ว", "2,500"]]])
    assert [(d, s) for d, _, s in _lines(path)] == [("อบรมแกนนำชุมชนตัวอย่าง", "กองทุนตัวอย่าง"),
                                                  ("รณรงค์ตัวอย่าง", "สสจ.ตัวอย่าง"),
                                                  ("ประชุมคณะกรรมการตัวอย่าง", "สสจ.ตัวอย่าง")]
