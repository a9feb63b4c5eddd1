"""Round 39 budget rules.

A line-items table's group row that is an activity's heading closing with its funder in brackets
("กิจกรรมที่ 1 ... (แหล่งงบประมาณ: สสจ.X)") funds the rows under it, down to the next group row.
A bracket closing such a heading that names no source label gives the rows under it no funder.
A heading over the budget naming its funder in a closing bracket ("... และงบประมาณ (สสจ.X
งบดำเนินงาน พชอ.)") funds the cost lines under it, its kind of money left out.
A bracket on a heading that does not speak of money names no funder.
A bare product nothing else tells apart ("(35x400)") takes its price where the document's other
bare products, told apart by their counts, write theirs (first: "(25x60x4)" is 25 baht); a
three-figure one ("(132x25x2)") may hold its price between its counts and is left to them.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, doc_of, table_doc, text_block

from pcc_ingest.extract.budget.bare import in_order, price_place
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

HEADER = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]


def _heading(text: str) -> Block:
    return Block(kind="heading", raw_text=text, text=text, order=0, start=0, end=len(text))


def test_an_activity_heading_row_closing_with_its_funder_funds_the_rows_under_it():
    rows = [HEADER,
            ["กิจกรรมที่ 1 ประชุมคณะกรรมการ 4 ครั้ง (แหล่งงบประมาณ: สสจ.ตัวอย่าง)", None, None, None, None],
            ["ค่าอาหารว่างและเครื่องดื่ม", "120", "มื้อ", "35", "4,200"],
            ["กิจกรรมที่ 2 รณรงค์ (แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง)", None, None, None, None],
            ["ค่าถังหมักขยะอินทรีย์", "180", "ใบ", "120", "21,600"]]
    assert budget_lines(table_doc(rows)) == [
        ("ค่าอาหารว่างและเครื่องดื่ม", 4200.0, 35.0, 120.0, "สสจ.ตัวอย่าง"),
        ("ค่าถังหมักขยะอินทรีย์", 21600.0, 120.0, 180.0, "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"),
    ]


def test_an_activity_heading_row_closing_with_a_bracket_of_counts_gives_no_funder():
    rows = [HEADER,
            ["กิจกรรมที่ 1 อบรมแกนนำ (90 คน 2 วัน)", None, None, None, None],
            ["ค่าอาหารกลางวัน", "180", "มื้อ", "60", "10,800"]]
    assert {source for *_, source in budget_lines(table_doc(rows))} == {None}


def test_a_budget_heading_naming_its_funder_in_brackets_funds_the_lines_under_it():
    doc = doc_of([_heading("5. การดำเนินงานของจังหวัดและงบประมาณ (สสจ.ตัวอย่าง งบดำเนินงาน พชอ.)"),
                  text_block("1) 15/11/2565 ประชุมชี้แจง ผู้เข้าร่วม 72 คน ค่าอาหารว่าง 72 คน × 2 มื้อ × 30 บาท = 4,320 บาท"),
                  text_block("- ค่าตอบแทนวิทยากร 6 ชั่วโมง × 1,200 บาท = 7,200 บาท")])
    assert {source for *_, source in budget_lines(doc)} == {"สสจ.ตัวอย่าง"}


def test_a_heading_bracket_not_about_money_names_no_funder():
    doc = doc_of([_heading("5. การดำเนินงานของจังหวัด (สสจ.ตัวอย่าง)"),
                  text_block("- ค่าตอบแทนวิทยากร 6 ชั่วโมง × 1,200 บาท = 7,200 บาท")])
    assert {source for *_, source in budget_lines(doc)} == {None}


def _item(text: str, amount: float, unit: float | None = None, qty: float | None = None) -> BudgetItemRecord:
    return BudgetItemRecord(description="x", amount_baht=amount, unit_cost_baht=unit, quantity=qty,
                            source=None, evidence=evidence(text_block(text)))


def test_a_bare_product_told_apart_by_nothing_takes_the_price_where_the_documents_others_write_it():
    told = _item("ค่าอาหารว่างและเครื่องดื่ม (25x60x4) = 6,000 บาท", 6000.0, 25.0, 240.0)
    untold = _item("ค่าชุดตรวจสารเสพติดในปัสสาวะ (35x400) = 14,000 บาท", 14000.0)
    place = price_place([told, untold])
    assert place == 0
    found = in_order(untold, place)
    assert (found.unit_cost_baht, found.quantity) == (35.0, 400.0)


def test_a_three_figure_bare_product_is_not_read_by_the_documents_order():
    untold = _item("ค่าอาหารว่าง (132x25x2) เป็นเงิน 6,600 บาท", 6600.0)
    assert in_order(untold, 0).unit_cost_baht is None


def test_bare_products_written_in_both_orders_tell_no_place():
    first = _item("ค่าอาหารว่าง (25x60x4) = 6,000 บาท", 6000.0, 25.0, 240.0)
    last = _item("ค่าอาหารกลางวัน (60x2x80) = 9,600 บาท", 9600.0, 80.0, 120.0)
    assert price_place([first, last]) is None


# --- corpus files of set 39 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["phetchaburi-ban-lat-2567-project.docx", "phetchaburi-ban-lat-2567-project.pdf",
                                  "nong-khai-province-2566-inspection.docx", "nong-khai-province-2566-inspection.pdf"])
def test_heading_funders_give_every_line_its_gold_source_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))


def test_a_bare_product_follows_the_documents_order_of_factors_on_a_real_file(parsed, gold):
    name = "chumphon-sawi-2568-progress.pdf"
    found = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in extract(parsed(name)).budget_items}
    assert (14000.0, 35.0, 400.0) in found
    assert found == {(g["amount_baht"], g["unit_cost_baht"], g["quantity"]) for g in gold(name, "budget_items")}
