"""Round 33 budget rules.

A source label closing a cell of cost lines ("… = 10,800 บาท แหล่งงบประมาณ: ศป.ปส.อ.X") names the
funder of the lines before it.
A paragraph that lists parts of one purpose with their sum ("(5,000 + 3,000 + 2,000) = 10,000 บาท")
keeps its other cost lines, and a source named after them funds the parts too.
A line's own bare product is read before its paragraph's, so two lines of one cell that make the
same amount each keep their own working.
A credit line for several projects at once ("วงเงินรวม 54,800 บาท") is a total, not a line.
A figure a table states as a price, though it also states it as a count elsewhere, tells a bare
product its price when it is the product's only such factor.
A recap table by issue that a PDF page break cut in two is dropped whole, as it is in one piece.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc

from pcc_ingest.extract.budget.funders import inline_source
from pcc_ingest.extract.budget.lines import is_total_context
from pcc_ingest.extract.run import extract

HEAD = ["วัน เดือน ปี", "กิจกรรม / ผลการดำเนินงาน / ค่าใช้จ่าย"]
OFFICE = "ที่ว่าการอำเภอตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง"


# --- rules on small documents ----------------------------------------------------------


def test_a_source_label_after_an_amount_names_its_funder():
    assert inline_source(f" แหล่งงบประมาณ: {OFFICE}") == OFFICE
    assert inline_source(f" แหล่งงบประมาณ {FUND}") == FUND


def test_parts_with_their_sum_keep_the_paragraphs_other_lines_and_share_its_source():
    cell = ("ประกวดหมู่บ้านต้นแบบ คณะกรรมการ 12 คน - เงินรางวัล 3 รางวัล (5,000 + 3,000 + 2,000) = 10,000 บาท "
            f"- ค่าน้ำมันเชื้อเพลิง 2 วันๆ ละ 500 บาท = 1,000 บาท แหล่งงบประมาณ: {OFFICE}")
    assert budget_lines(table_doc([HEAD, ["20 ก.พ. 68", cell]])) == [
        ("เงินรางวัล", 5000.0, None, None, OFFICE), ("เงินรางวัล", 3000.0, None, None, OFFICE),
        ("เงินรางวัล", 2000.0, None, None, OFFICE), ("ค่าน้ำมันเชื้อเพลิง", 1000.0, 500.0, 2.0, OFFICE)]


def test_each_line_of_a_cell_reads_its_own_bare_product_first():
    cell = ("อบรมแกนนำ ตำบลละ 5 คน รวม 60 คน - ค่าอาหารกลางวัน (50 x60) = 3,000 บาท "
            f"- ค่าอาหารว่าง (25 x60 x2) = 3,000 บาท แหล่งงบประมาณ: {FUND}")
    assert budget_lines(table_doc([HEAD, ["07/02/2568", cell]])) == [
        ("ค่าอาหารกลางวัน", 3000.0, 50.0, 60.0, FUND), ("ค่าอาหารว่าง", 3000.0, 25.0, 120.0, FUND)]


def test_a_credit_line_for_several_projects_is_a_total():
    assert is_total_context("1. อนุมัติโครงการทั้ง 3 กิจกรรม วงเงินรวม ")
    assert not is_total_context("ค่าอาหาร 2 มื้อ 60 คน รวม ")


def test_a_price_also_stated_as_a_count_still_prices_a_bare_product():
    doc = table_doc([["รายการ", "จำนวนเงิน (บาท)"],
                     ["- ค่าเอกสาร 80 ชุด ชุดละ 50 บาท", "4,000"],
                     ["- ค่าอาหารอาสาสมัคร (20x50x7)", "7,000"],
                     ["- ค่าจัดทำรูปเล่ม 50 เล่ม x 80 บาท", "4,000"]])
    assert budget_lines(doc)[1] == ("ค่าอาหารอาสาสมัคร", 7000.0, 50.0, 140.0, None)


# --- corpus files of set 33 ----------------------------------------------------------


def test_a_date_first_activity_list_gives_the_gold_lines_on_a_real_file(parsed, gold):
    name = "surin-sangkha-2568-progress.pdf"
    found = [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in extract(parsed(name)).budget_items]
    expected = [(g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"]) for g in gold(name, "budget_items")]
    assert found == expected


@pytest.mark.parametrize("name", ["nakhon-sawan-lat-yao-2567-action-plan.docx",
                                  "nakhon-sawan-lat-yao-2567-action-plan.pdf"])
def test_a_recap_by_issue_cut_by_a_page_break_gives_no_lines_on_a_real_file(parsed, gold, name):
    found = sorted(i.amount_baht for i in extract(parsed(name)).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))
