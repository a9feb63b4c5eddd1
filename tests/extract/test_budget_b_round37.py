"""Round 37 budget rules (budget b).

A line-items table (รายการ / จำนวน / หน่วย / ราคาต่อหน่วย / จำนวนเงิน) under a heading naming a plan
row's outline number ("กิจกรรมที่ 1.3") and adding up to that row's amount itemises it: the row's
amount is dropped as their subtotal and the lines take the row's source.
A line-items table whose heading names no plan row, or whose lines do not add up to it, leaves
the row as it is.
"รวมงบประมาณที่ใช้ทั้งสิ้น" (the budget used, said after งบประมาณ) states the grand total.
"รวมใช้จ่ายงบประมาณรอบ 9 เดือน ทั้งสิ้น" (spending over a round of months) states the grand total.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, text_block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.run import extract

PLAN_HEADER = ["ที่", "โครงการ/กิจกรรม", "จำนวนเงิน (บาท)", "แหล่งงบ"]
ITEMS_HEADER = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]


def _heading(text: str):
    return text_block(text).model_copy(update={"kind": "heading"})


def _table(rows: list[list[str]], table: int):
    return [cell_block(text, r, c, table) for r, cells in enumerate(rows) for c, text in enumerate(cells)]


def _plan_and_items(heading: str, second: str = "2,000") -> list:
    plan = _table([PLAN_HEADER,
                   ["1.1", "อบรมแกนนำ - ค่าวิทยากร 6 ชม. × 600 บาท = 3,600 บาท", "3,600", "กปท."],
                   ["1.2", "จัดตั้งจุดรับขยะ (รายละเอียดตามตารางที่ 3)", "8,000", "อปท."]], 0)
    items = _table([ITEMS_HEADER,
                    ["ถังขยะพลาสติกพร้อมฝา", "8", "ใบ", "750", "6,000"],
                    ["ป้ายไวนิลจุดรับขยะ", "4", "ป้าย", "500", second]], 1)
    return doc_of([*plan, _heading(heading), *items])


# --- rules on small documents ----------------------------------------------------------


def test_a_line_items_table_headed_by_a_plan_rows_number_replaces_that_row_and_takes_its_source():
    lines = budget_lines(_plan_and_items("3. รายละเอียดวัสดุ กิจกรรมที่ 1.2 จุดรับขยะ"))
    assert ("จัดตั้งจุดรับขยะ", 8000.0, None, None, "อปท.") not in lines
    assert [line for line in lines if line[1] in (6000.0, 2000.0)] == [
        ("ถังขยะพลาสติกพร้อมฝา", 6000.0, 750.0, 8.0, "อปท."),
        ("ป้ายไวนิลจุดรับขยะ", 2000.0, 500.0, 4.0, "อปท.")]


def test_a_line_items_table_not_adding_up_to_the_row_its_heading_names_leaves_the_row():
    lines = budget_lines(_plan_and_items("3. รายละเอียดวัสดุ กิจกรรมที่ 1.2 จุดรับขยะ", second="2,500"))
    assert any(line[1] == 8000.0 and line[4] == "อปท." for line in lines)


def test_a_line_items_table_whose_heading_names_no_row_leaves_the_row():
    lines = budget_lines(_plan_and_items("3. รายละเอียดวัสดุ จุดรับขยะ"))
    assert any(line[1] == 8000.0 and line[4] == "อปท." for line in lines)


@pytest.mark.parametrize("text", ["รวมงบประมาณที่ใช้ทั้งสิ้น 58,100 บาท",
                                  "รวมใช้จ่ายงบประมาณรอบ 9 เดือน ทั้งสิ้น 89,525 บาท"])
def test_a_stated_total_of_the_budget_used_is_the_grand_total(text):
    doc = doc_of([text_block("ค่าอาหารกลางวัน 60 คน x 60 บาท = 3,600 บาท"), text_block(text)])
    _, total = extract_budget(doc, None)
    assert total is not None and total.amount_baht == float(text.split()[-2].replace(",", ""))


# --- corpus files of set 37 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["pathum-thani-lat-lum-kaeo-2567-action-plan.docx",
                                  "pathum-thani-lat-lum-kaeo-2567-action-plan.pdf"])
def test_a_materials_table_gives_its_plan_rows_lines_with_the_rows_source_on_a_real_file(parsed, gold, name):
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    expected = {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items")}
    assert expected <= found
    assert not any(amount == 35000.0 for amount, _ in found)


@pytest.mark.parametrize(("name", "total"), [("bueng-kan-so-phisai-2566-progress.pdf", 58100.0),
                                             ("yala-bannang-sata-2568-progress.pdf", 89525.0)])
def test_a_progress_reports_closing_line_on_budget_used_is_its_total_on_a_real_file(parsed, name, total):
    found = extract(parsed(name)).budget_total
    assert found is not None and found.amount_baht == total
