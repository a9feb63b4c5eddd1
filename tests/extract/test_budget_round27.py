"""Round 27 budget rules.

A detail column labelled as the working ("รายละเอียดการคำนวณ") beside an activity/item column holds
each row's arithmetic: the row is named by the other column and its unit cost and quantity come from
the working.
A row whose bare product ("(60x25x4)") its own cells do not tell apart takes its counts from the
other lines of its group, the rows under one numbering cell merged down over them.
A detail cell of bulleted cost lines closing on bare results ("- ค่าอาหารว่าง (25x90x2) = 4,500 -
ป้ายไวนิล 9 ผืน x 450 = 4,050") that add up to the row's amount gives those lines, each with the
unit cost and quantity its working shows.
A sum written out in brackets with no baht ("เงินรางวัล (3,000 + 2,000 + 1,000)") beside the row's
total lists parts of one purpose: one line each.
A funder whose money a sentence says was spent on the costs after it ("ใช้งบกองทุน… เป็นค่า…")
pays for every line after it in the paragraph, up to the next such funder, and "เป็นค่า…" after a
funder names the line's cost.
- Spending summed after รวม ("รวมเบิกจ่ายทั้งสิ้น") is the grand total, not a line.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc, text_block

from pcc_ingest.extract.budget.funders import spending_source
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.budget.parts import listed_parts
from pcc_ingest.extract.budget.rules import rule_any
from pcc_ingest.extract.run import extract

FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"


WORKING_HEADER = ["ที่", "กิจกรรม / รายการ", "รายละเอียดการคำนวณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]


# --- rules on strings and small documents ----------------------------------------------


def test_a_working_column_leaves_the_row_named_by_its_item_column():
    doc = table_doc([WORKING_HEADER,
                     ["1", "ค่าตอบแทนวิทยากร", "6 ชม. ชม.ละ 600 บาท", "3,600", OFFICE],
                     ["2", "ค่าวัสดุอุปกรณ์การอบรม", "เหมาจ่าย", "2,500", OFFICE]])
    assert budget_lines(doc) == [("ค่าตอบแทนวิทยากร", 3600.0, 600.0, 6.0, OFFICE),
                           ("ค่าวัสดุอุปกรณ์การอบรม", 2500.0, None, None, OFFICE)]


def test_a_plain_detail_column_still_names_its_rows():
    doc = table_doc([["ที่", "กิจกรรม", "รายละเอียด", "จำนวนเงิน (บาท)"],
                     ["1", "อบรมแกนนำ", "ค่าป้ายไวนิล 2 ผืน x 500 บาท", "1,000"]])
    assert [d for d, *_ in budget_lines(doc)] == ["ค่าป้ายไวนิล"]


def test_a_bare_product_takes_its_counts_from_the_other_lines_of_its_merged_group():
    doc = table_doc([WORKING_HEADER,
                     ["2", "อบรมพัฒนาศักยภาพแกนนำ", None, None, OFFICE],
                     [None, "ค่าอาหารกลางวัน", "60 คน × 80 บาท × 2 วัน", "9,600", None],
                     [None, "ค่าอาหารว่างและเครื่องดื่ม", "(60x25x4)", "6,000", None]])
    assert budget_lines(doc)[1] == ("ค่าอาหารว่างและเครื่องดื่ม", 6000.0, 25.0, 240.0, OFFICE)


def test_a_bare_product_in_a_row_numbered_on_its_own_borrows_no_counts():
    doc = table_doc([WORKING_HEADER,
                     ["1", "ค่าอาหารกลางวัน", "60 คน × 80 บาท × 2 วัน", "9,600", OFFICE],
                     ["2", "ค่าอาหารว่างและเครื่องดื่ม", "(60x25x4)", "6,000", OFFICE]])
    assert budget_lines(doc)[1][2:4] == (None, None)


def test_bulleted_lines_closing_on_bare_results_that_add_up_to_the_row_are_its_lines():
    doc = table_doc([["ที่", "กิจกรรม", "กลุ่มเป้าหมาย", "รายละเอียดงบประมาณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                     ["1", "รณรงค์ให้วัคซีนเชิงรุก", "ผู้นำศาสนา/อสม. 90 คน",
                       "- ค่าอาหารว่าง (25x90x2) = 4,500 - ป้ายไวนิล 9 ผืน x 450 = 4,050", "8,550", FUND]])
    assert budget_lines(doc) == [("ค่าอาหารว่าง", 4500.0, 25.0, 180.0, FUND), ("ป้ายไวนิล", 4050.0, 450.0, 9.0, FUND)]


def test_a_bracketed_plus_sum_without_baht_lists_parts_of_one_purpose():
    found = listed_parts("เงินรางวัล (3,000 + 2,000 + 1,000)")
    assert found is not None and found[0] == "เงินรางวัล"
    assert [v for v, _, _ in found[1]] == [3000.0, 2000.0, 1000.0]
    assert listed_parts("ค่าอาหาร (50x30x2)") is None


def test_a_detail_cells_plus_sum_beside_its_total_gives_one_line_per_part():
    doc = table_doc([["ที่", "กิจกรรม", "รายละเอียด", "จำนวนเงิน (บาท)"],
                     ["1.3", "ประกวดหมู่บ้านปลอดลูกน้ำยุงลาย", "เงินรางวัล (3,000 + 2,000 + 1,000)", "6,000"]])
    assert [(d, a) for d, a, *_ in budget_lines(doc)] == [("เงินรางวัล", 3000.0), ("เงินรางวัล", 2000.0),
                                                    ("เงินรางวัล", 1000.0)]


@pytest.mark.parametrize(("text", "funder"), [
    ("ค่าย CBTx ใช้งบกองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง เป็นค่าอาหารกลางวัน", FUND),
    ("การประชุม ใช้งบสนับสนุน พชอ. ของ สสจ.ตัวอย่าง เป็นค่าอาหารกลางวัน", OFFICE),
    ("การคัดกรองใช้งบประมาณจาก สสจ.ตัวอย่าง เป็นค่าตลับเก็บอุจจาระ", OFFICE),
    ("ค่าอาหารกลางวัน 30 คน × 70 บาท", None),
])
def test_spending_source_names_the_funder_whose_money_went_on_the_costs_after_it(text, funder):
    assert spending_source(text) == funder


def test_a_spent_on_funder_pays_for_the_lines_after_it_up_to_the_next_one():
    text = ("ค่าย CBTx ใช้งบกองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง เป็นค่าอาหารกลางวัน 30 คน × 70 บาท × 3 วัน "
            "เป็นเงิน 6,300 บาท และค่าตอบแทนวิทยากร 6 ชั่วโมงๆ ละ 600 บาท เป็นเงิน 3,600 บาท "
            "ส่วนด่านชุมชนใช้งบเทศบาลตำบลตัวอย่าง เป็นค่าอาหารอาสาสมัคร 192 คน คนละ 50 บาท เป็นเงิน 9,600 บาท")
    found = [(i.amount_baht, i.source) for i in text_items(text_block(text))]
    assert found == [(6300.0, FUND), (3600.0, FUND), (9600.0, "เทศบาลตำบลตัวอย่าง")]


def test_the_cost_named_after_a_funder_is_the_lines_description():
    text = "การคัดกรองพยาธิใช้งบประมาณจาก สสจ.ตัวอย่าง เป็นค่าตลับเก็บอุจจาระ 1,200 ชิ้นๆ ละ 3 บาท เป็นเงิน 3,600 บาท"
    items = text_items(text_block(text))
    assert [(i.description, i.amount_baht, i.source) for i in items] == [("ค่าตลับเก็บอุจจาระ", 3600.0, OFFICE)]


# --- corpus files of set 27 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["phang-nga-kapong-2566-project.docx", "phang-nga-kapong-2566-project.pdf"])
def test_a_project_tables_working_column_gives_the_gold_lines_on_a_real_file(parsed, gold, name):
    items = extract(parsed(name)).budget_items
    expected = gold(name, "budget_items")
    assert sorted((i.amount_baht, i.unit_cost_baht or 0, i.quantity or 0) for i in items) == sorted(
        (g["amount_baht"], g["unit_cost_baht"] or 0, g["quantity"] or 0) for g in expected)
    assert all(g["description"].startswith(i.description) for i, g in zip(items, expected, strict=True))


@pytest.mark.parametrize("name", ["narathiwat-rueso-2567-minutes.docx", "narathiwat-rueso-2567-minutes.pdf"])
def test_a_minutes_plan_cells_stacked_cost_lines_are_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = {(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in extract(parsed(name)).budget_items}
    expected = {(g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"]) for g in gold(name, "budget_items")}
    assert expected == found


def test_a_progress_reports_spending_prose_gives_each_line_its_funder_on_a_real_file(parsed, gold):
    name = "amnat-charoen-hua-taphan-2568-progress.pdf"
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    assert {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items")} <= found


def test_spending_summed_after_ruam_is_a_grand_total() -> None:
    assert rule_any("total.grand").search("ส่วนด่านชุมชนเป็นเงิน 9,600 บาท รวมเบิกจ่ายทั้งสิ้น ")
    assert not rule_any("total.grand").search("ค่าอาหารว่างรวมเครื่องดื่ม ")
