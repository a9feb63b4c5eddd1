"""Round 46 budget rules (budget b).

A budget table with money allotted, spent and left ("งบที่ได้รับ | ใช้จริง | คงเหลือ") takes each line's
amount from the allotted column, whichever order the columns stand in.
A row's working that multiplies to its spent figure rather than its allotted amount still gives the
line's unit cost and quantity, as written.
"รวมงบประมาณไตรมาส 3–4" (a span of quarters) sums the lines before it: a total, no line.
An amount told under a sub-item's outline number in a cell ("4.1 รุ่นที่ 1 … 27,000 บาท") that two or
more cost-table lines numbered alike add up to is their subtotal, no line; without such lines it stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.budget import is_total_context
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"


def _word(tmp_path: Path, title: str, rows: list[tuple[str, ...]]) -> Path:
    """A .docx of a title paragraph then one table, one row of cells a tuple."""
    word = Word()
    word.add_paragraph(title)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "minutes.docx"
    word.save(path)
    return path


def _lines(path: Path) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
            for i in extract(parse(path)).budget_items]


# --- rules on small tables -------------------------------------------------------------


def test_allotted_column_beside_spent_and_balance_gives_the_lines(tmp_path):
    path = _word(tmp_path, "รายงานการใช้จ่ายงบประมาณไตรมาส 1–2", [
        ("กิจกรรม", "แหล่งงบประมาณ", "งบที่ได้รับ", "ใช้จริง", "คงเหลือ"),
        ("1. รณรงค์ลดขยะในตลาดสด", FUND, "12,000", "11,400", "600"),
        ("2. คัดกรองสุขภาพผู้สูงอายุ", OFFICE, "8,000", "7,950", "50"),
        ("รวม", "", "20,000", "19,350", "650"),
    ])
    assert sorted(_lines(path)) == [("คัดกรองสุขภาพผู้สูงอายุ", 8000.0, None, None, OFFICE),
                                    ("รณรงค์ลดขยะในตลาดสด", 12000.0, None, None, FUND)]


def test_working_that_multiplies_to_the_spent_figure_gives_unit_and_quantity_as_written(tmp_path):
    path = _word(tmp_path, "รายงานการใช้จ่ายงบประมาณ", [
        ("กิจกรรม", "แหล่งงบประมาณ", "งบที่ได้รับ", "ใช้จริง", "คงเหลือ"),
        ("1. อบรมแกนนำชุมชน (50 คน × 80 บาท)", OFFICE, "5,000", "4,000", "1,000"),
    ])
    assert _lines(path) == [("อบรมแกนนำชุมชน", 5000.0, 80.0, 50.0, OFFICE)]


def test_allotted_column_wins_in_another_order_with_thai_digits_and_other_header_words(tmp_path):
    path = _word(tmp_path, "สรุปการเบิกจ่ายงบประมาณ อำเภอตัวอย่าง", [
        ("รายการ", "เบิกจ่ายจริง", "งบที่ได้รับจัดสรร", "คงเหลือ", "แหล่งงบ"),
        ("๑. ประชุมคณะทำงานด้านอุบัติเหตุ (๓๐ คน × ๕๐ บาท)", "๑,๕๐๐", "๒,๐๐๐", "๕๐๐", OFFICE),
        ("๒. ตั้งด่านชุมชนช่วงสงกรานต์", "๙,๘๐๐", "๑๐,๐๐๐", "๒๐๐", FUND),
    ])
    found = sorted((d, a, u, q) for d, a, u, q, _ in _lines(path))
    assert found == [("ตั้งด่านชุมชนช่วงสงกรานต์", 10000.0, None, None),
                     ("ประชุมคณะทำงานด้านอุบัติเหตุ", 2000.0, 50.0, 30.0)]


def test_a_span_of_quarters_after_the_budget_word_makes_a_total():
    assert is_total_context("รวมงบประมาณไตรมาส 3–4 จำนวน ")
    assert is_total_context("รวมงบประมาณไตรมาสที่ 1-2 ")
    assert not is_total_context("ค่าอาหาร 2 มื้อ 60 คน รวม ")


def test_a_span_of_quarters_total_under_plan_lines_is_no_line(tmp_path):
    word = Word()
    word.add_paragraph("พิจารณาแผนกิจกรรมไตรมาส 3–4")
    word.add_paragraph("1) อบรมแกนนำ ค่าอาหาร 40 คน × 100 บาท = 4,000 บาท (สสจ.ตัวอย่าง)")
    word.add_paragraph("2) ค่ายเยาวชน ค่าอาหาร 50 คน × 120 บาท = 6,000 บาท (สสจ.ตัวอย่าง)")
    word.add_paragraph("รวมงบประมาณไตรมาส 3–4 จำนวน 10,000 บาท")
    path = tmp_path / "plan.docx"
    word.save(path)
    assert sorted(a for _, a, _, _, _ in _lines(path)) == [4000.0, 6000.0]


# --- corpus files of set 46 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["nong-bua-lam-phu-na-klang-2568-minutes.docx",
                                  "nong-bua-lam-phu-na-klang-2568-minutes.pdf"])
def test_allotted_spent_balance_table_gives_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"])
                           for g in gold(name, "budget_items"))


def test_rounds_told_under_outline_numbers_in_a_cell_are_subtotals_of_a_cost_table_numbered_alike(tmp_path):
    word = Word()
    word.add_paragraph("แผนและผลการดำเนินกิจกรรม")
    plan = word.add_table(rows=2, cols=3)
    for c, text in enumerate(("กิจกรรม", "ระยะเวลา", "ผลการดำเนินงาน")):
        plan.cell(0, c).text = text
    plan.cell(1, 0).text = ("๒. อบรมแกนนำป้องกันอุบัติเหตุ ๒.๑ รุ่นที่ ๑ ต.บ้านใหม่ ผู้เข้าร่วม ๔๐ คน ๖,๐๐๐ บาท "
                            "๒.๒ รุ่นที่ ๒ ต.นาเหนือ ผู้เข้าร่วม ๓๐ คน ๔,๕๐๐ บาท")
    plan.cell(1, 1).text = "ม.ค. – ก.พ. ๖๖"
    plan.cell(1, 2).text = "ครบ ๒ รุ่น"
    word.add_paragraph("รายละเอียดค่าใช้จ่าย (สสจ.ตัวอย่าง)")
    rows = [("รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"),
            ("๑. ค่าป้ายรณรงค์", "๒", "๕๐๐", "๑,๐๐๐"),
            ("๒.๑ รุ่นที่ ๑ ค่าอาหารกลางวัน", "๔๐", "๑๐๐", "๔,๐๐๐"),
            ("๒.๑ รุ่นที่ ๑ ค่าวิทยากร", "๔", "๕๐๐", "๒,๐๐๐"),
            ("๒.๒ รุ่นที่ ๒ ค่าอาหารกลางวัน", "๓๐", "๑๐๐", "๓,๐๐๐"),
            ("๒.๒ รุ่นที่ ๒ ค่าวิทยากร", "๓", "๕๐๐", "๑,๕๐๐"),
            ("๓. ค่าแถบตรวจน้ำตาล", "๑๐", "๓๐๐", "๓,๐๐๐")]
    costs = word.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            costs.cell(r, c).text = text
    path = tmp_path / "progress.docx"
    word.save(path)
    assert sorted(a for _, a, _, _, _ in _lines(path)) == [1000.0, 1500.0, 2000.0, 3000.0, 3000.0, 4000.0]


def test_amounts_told_under_outline_numbers_without_a_cost_table_stay_lines(tmp_path):
    word = Word()
    word.add_paragraph("๓. อบรมแกนนำ ๓.๑ รุ่นที่ ๑ ผู้เข้าร่วม ๔๐ คน ๖,๐๐๐ บาท ๓.๒ รุ่นที่ ๒ ผู้เข้าร่วม ๓๐ คน ๔,๕๐๐ บาท")
    path = tmp_path / "plain.docx"
    word.save(path)
    assert sorted(a for _, a, _, _, _ in _lines(path)) == [4500.0, 6000.0]


@pytest.mark.parametrize("name", ["phetchabun-khao-kho-2566-progress.pdf"])
def test_round_subtotals_in_a_plan_cell_are_no_lines_on_a_real_file(parsed, name):
    amounts = [i.amount_baht for i in extract(parsed(name)).budget_items]
    assert 27000.0 not in amounts and 15600.0 not in amounts
    assert amounts.count(12600.0) == 1 and amounts.count(3600.0) == 1
