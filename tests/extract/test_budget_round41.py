"""Round 41 budget rules.

An amount told in the running text after a cost table grouped by activity, worth exactly one
group's cost lines ("… ใช้งบประมาณ 16,650 บาท" after a group of four lines adding up to it),
restates that group's subtotal and is no line of its own.
A row of a later summary table by funder worth one group's lines is a subtotal too.
A lone cost line of a group is not a subtotal of anything, so the same amount told again stays.
A total in running text that sums only its own sentence's lines, in a document with other lines,
totals that group: the document states no grand total.
The same sentence as the document's only money keeps its total.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, text_block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
HEADER = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน (บาท)"]
GROUPED = [HEADER,
           ["กิจกรรมที่ 1 ประชุมคณะกรรมการ (แหล่งงบประมาณ: สสจ.ตัวอย่าง)", "", "", "", ""],
           ["ค่าอาหารว่างและเครื่องดื่ม", "140", "คน-มื้อ", "25", "3,500.00"],
           ["ค่าจัดทำรูปเล่มรายงาน", "15", "เล่ม", "83.30", "1,249.50"],
           ["กิจกรรมที่ 2 อบรมแกนนำ (แหล่งงบประมาณ: สสจ.ตัวอย่าง)", "", "", "", ""],
           ["ค่าอาหารกลางวัน", "90", "คน", "60", "5,400.00"],
           ["ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600.00"]]
LINES = [("ค่าอาหารว่างและเครื่องดื่ม", 3500.0), ("ค่าจัดทำรูปเล่มรายงาน", 1249.5),
         ("ค่าอาหารกลางวัน", 5400.0), ("ค่าตอบแทนวิทยากร", 3600.0)]


def _grouped_then(*blocks):
    cells = [cell_block(text, r, c) for r, row in enumerate(GROUPED) for c, text in enumerate(row) if text]
    return doc_of([*cells, *blocks])


def test_a_sentence_worth_one_groups_cost_lines_restates_its_subtotal():
    doc = _grouped_then(text_block("2. อบรมแกนนำ วันที่ 14 ธันวาคม 2566 ผู้เข้าอบรม 90 คน ใช้งบประมาณ 9,000 บาท"))
    assert [(d, a) for d, a, *_ in budget_lines(doc)] == LINES


def test_a_summary_row_worth_one_groups_cost_lines_is_a_subtotal():
    summary = [["กิจกรรม", "สสจ.ตัวอย่าง (บาท)", "รวม (บาท)"],
               ["กิจกรรมที่ 1 ประชุมคณะกรรมการ", "4,749.50", "4,749.50"]]
    cells = [cell_block(text, r, c, table=1) for r, row in enumerate(summary) for c, text in enumerate(row)]
    assert [(d, a) for d, a, *_ in budget_lines(_grouped_then(*cells))] == LINES


def test_an_amount_equal_to_a_lone_cost_line_is_no_subtotal():
    doc = _grouped_then(text_block("จัดซื้อป้ายประชาสัมพันธ์ ใช้งบประมาณ 5,400 บาท"))
    assert [a for _, a, *_ in budget_lines(doc)] == [a for _, a in LINES] + [5400.0]


PLAN = ("ใช้งบประมาณ อบต.ตัวอย่าง ค่าอาหารและอาหารว่าง 100 คน × 110 บาท เป็นเงิน 11,000 บาท "
        "และเงินรางวัลรวม 10,000 บาท รวมงบประมาณทั้งแผน 21,000 บาท")
CAMP = "จัดค่าย ค่าอาหาร 40 คน × 5 วัน × 150 บาท = 30,000 บาท"


def test_a_sentences_own_total_beside_other_money_is_no_grand_total():
    items, total = extract_budget(doc_of([text_block(PLAN), text_block(CAMP)]), None)
    assert sorted(i.amount_baht for i in items) == [10000.0, 11000.0, 30000.0]
    assert total is None


def test_a_sentences_own_total_is_the_grand_total_when_nothing_else_costs_money():
    _, total = extract_budget(doc_of([text_block(PLAN)]), None)
    assert total is not None and total.amount_baht == 21000.0


# --- corpus files of set 41 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["prachin-buri-prachantakham-2567-project.docx",
                                  "prachin-buri-prachantakham-2567-project.pdf"])
def test_group_subtotals_told_again_give_no_lines_on_a_real_file(parsed, gold, name):
    found = sorted(i.amount_baht for i in extract(parsed(name)).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["roi-et-at-samat-2568-minutes.docx", "roi-et-at-samat-2568-minutes.pdf"])
def test_minutes_approving_several_groups_state_no_grand_total_on_a_real_file(parsed, gold, name):
    assert gold(name, "budget_total_baht") is None
    assert extract(parsed(name)).budget_total is None
