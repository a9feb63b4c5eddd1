"""Round 18 budget rules: an amounts cell that shows only its working, a
quantity cell that multiplies its counts, a district table with planned and
spent columns, a source header that is no funder, an agency abbreviated in a
bracket after an amount, a lack of money that funds nothing, and the whole
year's budget spending is measured against; rules on strings, then real files."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import (
    counted_product,
    extract_budget,
    inline_source,
    is_advice,
    is_total_context,
    worked_amount,
)
from pcc_ingest.extract.records import DocumentFacts

# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize(("cell", "amount"), [
    ("46 จุด x 7 วัน x 100 บาท = 32,200", 32200),
    ("80 คน x 110 บาท = 8,800 บาท", 8800),
    ("40 คน x 5 วัน x 250 บาท", 50000),
    ("46 จุด x 7 วัน x 100 บาท = 30,000", 30000),  # as written, even when the working disagrees
])
def test_an_amounts_cell_showing_only_its_working_is_worth_its_result(cell, amount):
    assert [a for a, _, _ in worked_amount(text_block(cell))] == [amount]


@pytest.mark.parametrize("cell", [
    "ค่าอาหาร 96 คน x 110 บาท = 10,560",  # a cost word: read line by line elsewhere
    "ประมาณ 46 จุด x 7 วัน",  # words that are no working
    "12,000",
])
def test_other_amounts_cells_are_no_working(cell):
    assert worked_amount(text_block(cell)) == []


@pytest.mark.parametrize(("cell", "count"), [("45 คน x 2 มื้อ", 90), ("12 จุด x 7 วัน", 84), ("60 คน × 4 มื้อ", 240)])
def test_a_quantity_cell_multiplying_its_counts_gives_their_product(cell, count):
    assert counted_product(cell) == count


@pytest.mark.parametrize("cell", ["45 คน", "ผู้ดูแล 45 คน ทุกตำบล", ""])
def test_a_quantity_cell_that_is_no_product_gives_none(cell):
    assert counted_product(cell) is None


@pytest.mark.parametrize(("after", "funder"), [
    (" (ศอ.ปส.จ.อุบลราชธานี)", "ศอ.ปส.จ.อุบลราชธานี"),
    (" (ศป.ปส.อ.จะนะ)", "ศป.ปส.อ.จะนะ"),
    (" (พ.ค. 68)", None),
    (" (มี.ค. – เม.ย. 67)", None),
])
def test_an_agency_abbreviated_in_a_bracket_after_an_amount_pays_but_a_month_does_not(after, funder):
    assert inline_source(after) == funder


@pytest.mark.parametrize("text", [
    "- บางตำบลยังไม่มีงบประมาณจากกองทุนหลักประกันสุขภาพระดับท้องถิ่นสนับสนุนกิจกรรมของ พชต.",
    "ปีนี้ไม่ได้รับการสนับสนุนงบประมาณจาก อปท.",
])
def test_money_said_to_be_lacking_funds_no_line(text):
    assert is_advice(text)


def test_money_received_from_a_funder_is_no_lack():
    assert not is_advice("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.X จำนวน 25,000 บาท")


@pytest.mark.parametrize("before", ["(หนึ่งแสนแปดหมื่นสามพันหกร้อยบาทถ้วน) จากแผนงบประมาณทั้งปี ",
                                    "คิดเป็นร้อยละ 40 ของวงเงินทั้งโครงการ ", "จากงบประมาณทั้งปี 2567 จำนวน "])
def test_the_whole_years_budget_spending_is_measured_against_is_a_total(before):
    assert is_total_context(before)


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["phetchabun-lom-sak-2567-minutes.docx", "phetchabun-lom-sak-2567-minutes.pdf"])
def test_plan_rows_whose_amount_cell_shows_its_working_give_lines(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="other"))
    shown = {(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items}
    assert {(32200, 100, 322, "ศปถ.อำเภอหล่มสัก"), (8800, 110, 80, "สสจ.เพชรบูรณ์")} <= shown
    assert sum(i.amount_baht for i in items) == total.amount_baht == 104560


@pytest.mark.parametrize("name", ["nan-pua-2566-project.docx", "nan-pua-2566-project.pdf"])
def test_quantity_cells_multiplying_counts_give_quantities(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts(doc_type="project_report"))
    shown = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {(2250, 25, 90), (7200, 60, 120), (8400, 100, 84), (2700, 60, 45)} <= shown


@pytest.mark.parametrize("name", ["phetchaburi-province-2568-inspection.docx",
                                  "phetchaburi-province-2568-inspection.pdf"])
def test_a_district_table_of_planned_and_spent_money_gives_the_planned_lines(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="inspection_report"))
    planned = {(i.amount_baht, i.source) for i in items if "อำเภอ" in i.description and i.source}
    assert planned == {(85000, "กองทุนหลักประกันสุขภาพ ทม.ชะอำ"), (62000, "เงินบำรุง รพ.เขาย้อย / อบต. ในพื้นที่"),
                       (70000, "สสจ.เพชรบุรี / กองทุน LTC")}
    assert not any("เบิกจ่าย" in (i.source or "") for i in items)
    assert total.amount_baht == 73800


def test_a_bracketed_agency_funds_its_line_and_the_whole_years_plan_is_no_line(parsed):
    items, total = extract_budget(parsed("ubon-ratchathani-det-udom-2567-progress.pdf"),
                                  DocumentFacts(doc_type="progress_report"))
    assert [i.source for i in items if i.amount_baht == 60000] == ["ศอ.ปส.จ.อุบลราชธานี"] * 2
    assert 265000 not in {i.amount_baht for i in items}
    assert total.amount_baht == 183600
