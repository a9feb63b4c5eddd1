"""Budget rules found on set 12: an activity table whose amounts a later
cost table itemises, the funder of a project's stated budget, prizes listed
one after another, money spent or received for a stated purpose."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import is_not_a_line, text_items
from pcc_ingest.extract.budget.paragraphs import received_use
from pcc_ingest.extract.budget.parts import listed_parts
from pcc_ingest.extract.budget.recaps import recaps_table
from pcc_ingest.extract.run import extract


@pytest.mark.parametrize(("text", "purpose", "amounts"), [
    ("เงินรางวัล 10,000 บาท 7,000 บาท และ 5,000 บาท", "เงินรางวัล", [10000, 7000, 5000]),
    ("ประกวดหมู่บ้านสะอาด (เงินรางวัล 3,000 / 2,000 / 1,000 บาท)", "เงินรางวัล", [3000, 2000, 1000]),
    ("ของรางวัล 2,000, 1,500, 1,000 บาท", "ของรางวัล", [2000, 1500, 1000]),
])
def test_amounts_written_one_after_another_are_parts_of_one_purpose(text, purpose, amounts):
    found = listed_parts(text)
    assert found is not None
    assert found[0] == purpose and [v for v, _, _ in found[1]] == amounts


@pytest.mark.parametrize("text", [
    "ค่าอาหาร 50 คน x 70 บาท = 3,500 บาท",
    "รางวัลที่ 1 7,000 บาท รางวัลที่ 2 5,000 บาท",
    "ประชุมครั้งที่ 1/2567 5,000 บาท",
    "ค่าป้าย 1,200 บาท, ค่าอาหาร 3,000 บาท",
    "งบประมาณ 12,500 บาท",
])
def test_arithmetic_ordinals_dates_and_worded_lines_are_no_run_of_parts(text):
    assert listed_parts(text) is None


def test_a_table_whose_rows_sum_another_tables_lines_in_order_recaps_it():
    runs = {(10, 20): [2450, 18560, 10700], (30, 50): [2450, 6160, 6160, 3600, 2640, 7700, 3000]}
    assert recaps_table([2450, 18560, 10700], (10, 20), runs)
    assert not recaps_table([2450, 6160, 6160, 3600, 2640, 7700, 3000], (30, 50), runs)
    assert not recaps_table([2450, 18000, 11260], (10, 20), runs)


@pytest.mark.parametrize("before", [
    "เบิกจ่ายแล้วในกิจกรรมประชุมคณะกรรมการ 2 ครั้ง เป็นเงิน",
    "ใช้ไปแล้วสำหรับการอบรมแกนนำ จำนวน",
])
def test_spending_said_to_be_on_something_is_a_line(before):
    assert not is_not_a_line(before)


@pytest.mark.parametrize("before", ["ไตรมาสที่ 1 ใช้จ่ายไปแล้ว", "รวมเบิกจ่ายสะสม", "เบิกจ่ายแล้ว"])
def test_spending_with_no_purpose_is_no_line(before):
    assert is_not_a_line(before)


def test_money_received_for_a_purpose_named_after_it_is_a_line_for_that_purpose():
    assert received_use("ได้รับงบประมาณสนับสนุนเพิ่มเติมจากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดุง",
                        " บาท สำหรับจัดตั้งด่านชุมชนและรณรงค์สวมหมวกนิรภัย") == "จัดตั้งด่านชุมชนและรณรงค์สวมหมวกนิรภัย"


@pytest.mark.parametrize(("before", "after"), [
    ("ได้รับจัดสรรจาก สสจ. จำนวน", " บาท สำหรับดำเนินงาน พชอ. ดังนี้"),
    ("ได้รับจัดสรรจาก สสจ. จำนวน", " บาท สำหรับดำเนินงาน พชอ. ค่าอาหาร 3,000 บาท"),
    ("คงเหลือ", " บาท สำหรับจัดเวที"),
    ("ใช้งบประมาณ", " บาท สำหรับจัดเวที"),
])
def test_money_received_then_itemised_or_left_over_is_no_line(before, after):
    assert received_use(before, after) is None


def test_a_received_amount_for_a_purpose_in_a_paragraph_keeps_its_funder():
    block = text_block("ได้รับงบประมาณสนับสนุนเพิ่มเติมจากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดุง 45,000 บาท "
                       "สำหรับจัดตั้งด่านชุมชนและรณรงค์สวมหมวกนิรภัย")
    items = text_items(block)
    assert [(i.amount_baht, i.source) for i in items] == [(45000, "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดุง")]


def test_an_activity_table_itemised_by_a_cost_table_gives_only_the_cost_lines(parsed):
    result = extract(parsed("si-sa-ket-khukhan-2566-project.pdf"))
    amounts = sorted(i.amount_baht for i in result.budget_items)
    assert 18560 not in amounts and 10700 not in amounts
    assert abs(sum(amounts) - 41710) < 0.5
    assert {i.source for i in result.budget_items} == {"สำนักงานสาธารณสุขจังหวัดศรีสะเกษ"}
    assert result.budget_total is not None and result.budget_total.amount_baht == 41710


@pytest.mark.parametrize(("name", "parts", "subtotal"), [
    ("suphan-buri-sam-chuk-2568-action-plan.docx", [10000, 7000, 5000], 22000),
    ("nakhon-si-thammarat-sichon-2567-progress.docx", [3000, 2000, 1000], 6000),
])
def test_prizes_in_one_row_are_one_line_each_and_the_row_amount_their_subtotal(parsed, name, parts, subtotal):
    items = extract(parsed(name)).budget_items
    prizes = [i for i in items if i.description == "เงินรางวัล"]
    assert [i.amount_baht for i in prizes] == parts
    row = {i.evidence.block for i in prizes}
    assert subtotal not in {i.amount_baht for i in items if i.evidence.block in row}


def test_money_already_spent_on_meetings_is_a_line(parsed):
    items = extract(parsed("lampang-chae-hom-2565-minutes.docx")).budget_items
    spent = [i for i in items if i.amount_baht == 4400]
    assert len(spent) == 1 and "ประชุมคณะกรรมการ" in spent[0].description
    assert 15600 not in {i.amount_baht for i in items}  # the balance left is no line


def test_money_received_for_a_district_campaign_is_a_line(parsed):
    items = extract(parsed("udon-thani-province-2564-inspection.pdf")).budget_items
    line = next(i for i in items if i.amount_baht == 45000)
    assert line.description == "จัดตั้งด่านชุมชนและรณรงค์สวมหมวกนิรภัย"
    assert line.source == "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านดุง"
