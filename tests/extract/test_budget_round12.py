"""Budget and document rules found on sets 14 and 15: group heading rows in a
plan table's numbering column, a summary table that names activities only by
their numbers, sibling bullets, a closing list of subtotals, prizes in a
bracket, the Red Cross as a funder, a per-district table restating a rate
line, a recap table by activity, fund projects regrouping a table's money,
a revised amount column, changes to a plan's money, spent totals, and
periods (a plan's numbered steps, a data period, a duration label run into
the words before it)."""

from __future__ import annotations

from datetime import date

import pytest
from blocks import text_block
from docx_builder import write_docx

from pcc_ingest.extract.budget import is_not_a_line
from pcc_ingest.extract.budget.breakdowns import in_order_within
from pcc_ingest.extract.budget.funders import bracketed_source
from pcc_ingest.extract.budget.parts import paragraph_parts
from pcc_ingest.extract.budget.rules import rule_any, rule_re
from pcc_ingest.extract.document_facts import (
    extract_facts,
    is_list_item,
    is_year_to_date,
)
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("text", "reference"), [
    ("1.2", True), ("3.1, 4.1, 4.2, 4.3", True), ("ข้อ 1-3", True), ("กิจกรรมที่ 2 และ 4", True),
    ("ประเด็นที่ 2 การดูแลกลุ่มเปราะบาง", False), ("1,000", False), ("10000", False),
])
def test_a_cell_of_row_numbers_is_a_reference(text, reference):
    assert bool(rule_re("line.reference_cell").fullmatch(text)) is reference


def test_recap_amounts_must_appear_in_order_among_the_row_sums():
    assert in_order_within([6000, 15000, 20500], [6000, 15000, 10500, 70000, 20500])
    assert not in_order_within([15000, 6000], [6000, 15000, 10500])


def test_year_to_date_runs_from_the_fiscal_start_to_a_month_end():
    assert is_year_to_date((date(2023, 10, 1), date(2024, 1, 31)), 2567)
    assert not is_year_to_date((date(2023, 10, 1), date(2024, 1, 30)), 2567)
    assert not is_year_to_date((date(2023, 12, 1), date(2024, 1, 31)), 2567)


def test_a_numbered_step_is_a_list_item_and_a_plain_line_is_not():
    assert is_list_item(text_block("3. ค้นหาและคัดกรองผู้ใช้ยาเสพติด ระหว่างเดือนมกราคม – มีนาคม 2568"))
    assert not is_list_item(text_block("ข้อมูลผลการดำเนินงาน ระหว่างวันที่ 1 ตุลาคม 2566 – 31 มกราคม 2567"))


@pytest.mark.parametrize(("label", "revised"), [
    ("งบประมาณหลังปรับ (บาท)", True), ("งบประมาณที่ปรับแล้ว", True), ("งบประมาณใหม่", True),
    ("งบประมาณเดิม (บาท)", False), ("ใช้จ่ายจริง (บาท)", False),
])
def test_an_amount_column_labelled_as_revised(label, revised):
    assert bool(rule_re("line.revised_label").search(label)) is revised


@pytest.mark.parametrize(("before", "change"), [
    ("ได้รับเงินรางวัลสมทบจากเทศบาล จึงปรับลด ", True),
    ("ประจำเดือน ลดค่าอาหารว่าง ", True),
    ("(3) เพิ่มกิจกรรมหมวกนิรภัยในสถานศึกษา ", True),
    ("ผู้สูงอายุเพิ่มขึ้น 27 คน จึงเพิ่มค่าวัสดุอุปกรณ์ ", True),
    ("- ค่าอาหารว่างเพิ่มเติม ", False),
    ("- ค่าตอบแทนวิทยากร 5 ชั่วโมง x 600 บาท เป็นเงิน ", False),
])
def test_a_change_to_a_plans_money_is_no_line(before, change):
    assert is_not_a_line(before) is change


def test_spending_under_its_heading_is_a_grand_total():
    assert rule_any("total.grand").search("ผลการเบิกจ่าย เบิกจ่ายจริง ")
    assert not rule_any("total.grand").search("ผลการเบิกจ่าย ค่าอาหารว่าง ")


def test_the_red_cross_in_a_bracket_is_a_funder():
    found = bracketed_source("ค่าวัสดุปรับสภาพบ้าน 4 หลัง x 4,100 บาท เป็นเงิน 16,400 บาท (เหล่ากาชาดจังหวัดสกลนคร)")
    assert found is not None and found[0] == "เหล่ากาชาดจังหวัดสกลนคร"


def test_prizes_in_a_bracket_then_their_sum_are_one_line_each():
    block = text_block("- ค่ารางวัลหมู่บ้านต้นแบบ 3 รางวัล (3,000 บาท 2,000 บาท และ 1,000 บาท) เป็นเงิน 6,000 บาท")
    items = paragraph_parts(block)
    assert [(i.description, i.amount_baht) for i in items] == [
        ("ค่ารางวัลหมู่บ้านต้นแบบ", 3000), ("ค่ารางวัลหมู่บ้านต้นแบบ", 2000), ("ค่ารางวัลหมู่บ้านต้นแบบ", 1000)]
    assert paragraph_parts(text_block("เงินรางวัล 3,000 บาท 2,000 บาท และ 1,000 บาท")) == []


def test_group_heading_rows_in_the_numbering_column_give_no_lines(tmp_path):
    rows = [
        ["ที่", "กิจกรรม", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
        ["ประเด็นที่ 1 การป้องกันอุบัติเหตุ", "", "13,600", ""],
        ["1.1", "อบรมขับขี่ปลอดภัย - ค่าอาหารว่าง 400 คน x 25 บาท = 10,000 บาท", "10,000", "กองทุนตำบล"],
        ["1.2", "ป้ายเตือนจุดเสี่ยง 3 ป้าย x 1,200 บาท", "3,600", "อปท."],
        ["ประเด็นที่ 2 การจัดการขยะ", "", "9,000", ""],
        ["2.1", "อบรมแกนนำคัดแยกขยะ - ค่าอาหารกลางวัน 150 คน x 60 บาท = 9,000 บาท", "9,000", "อปท."],
    ]
    summary = write_docx(tmp_path / "plan.docx", rows=rows)
    items = extract(parse(summary)).budget_items
    assert sorted(i.amount_baht for i in items) == [3600, 9000, 10000]


@pytest.mark.parametrize("name", ["buri-ram-nang-rong-2568-action-plan.docx", "buri-ram-nang-rong-2568-action-plan.pdf"])
def test_issue_heading_rows_and_a_summary_by_activity_number_are_no_lines(parsed, name):
    amounts = [i.amount_baht for i in extract(parsed(name)).budget_items]
    assert not {64600, 579900, 26500, 22700, 39200, 13600, 9900} & set(amounts)
    assert 570000 in amounts


@pytest.mark.parametrize("name", ["sakon-nakhon-phanna-nikhom-2568-action-plan.docx",
                                  "sakon-nakhon-phanna-nikhom-2568-action-plan.pdf"])
def test_a_plans_issue_sections_give_sibling_bullets_prizes_and_no_closing_subtotals(parsed, name):
    found = extract(parsed(name))
    items = found.budget_items
    assert not any(i.description.startswith("ประเด็นที่") for i in items)
    assert ("ค่าตอบแทนวิทยากร", 3000) in [(i.description, i.amount_baht) for i in items]
    assert [i.amount_baht for i in items if i.description.startswith("ค่ารางวัล")] == [3000, 2000, 1000]
    assert sum(i.amount_baht for i in items) == 108200
    assert "เหล่ากาชาดจังหวัดสกลนคร" in {i.source for i in items}
    assert (found.document.period_start, found.document.period_end) == ("2024-10-01", "2025-09-30")


def test_a_per_district_table_and_a_recap_by_activity_restate_the_plan_lines(parsed):
    items = extract(parsed("satun-province-2568-action-plan.pdf")).budget_items
    assert len(items) == 13 and sum(i.amount_baht for i in items) == 122000
    assert not any(i.description.startswith("งบสนับสนุนอำเภอ") and i.amount_baht == 10000 for i in items)


def test_fund_projects_regrouping_an_activity_table_are_no_lines(parsed):
    found = extract(parsed("phayao-dok-khamtai-2567-progress.docx"))
    assert not any(i.description.startswith("โครงการ") for i in found.budget_items)
    assert found.budget_total is not None and found.budget_total.amount_baht == 78810


def test_a_revision_table_gives_the_revised_amounts_and_its_reasons_no_lines(parsed):
    items = extract(parsed("nakhon-sawan-tha-tako-2566-minutes.pdf")).budget_items
    amounts = {i.description: i.amount_baht for i in items}
    assert amounts["รณรงค์สวมหมวกนิรภัยและด่านชุมชน"] == 21000
    assert amounts["เยี่ยมบ้านและจัดหาอุปกรณ์ผู้สูงอายุติดเตียง"] == 14000
    assert "ค่าวัสดุอุปกรณ์" not in amounts and "ค่าอาหารว่าง" not in amounts


@pytest.mark.parametrize(("name", "total"), [
    ("roi-et-selaphum-2566-progress.docx", 125260),
    ("roi-et-selaphum-2566-progress.pdf", 125260),
    ("kanchanaburi-sai-yok-2567-project.pdf", 39860),
])
def test_a_reports_total_is_its_spent_column_or_spending_note(parsed, name, total):
    found = extract(parsed(name)).budget_total
    assert found is not None and found.amount_baht == total


@pytest.mark.parametrize(("name", "period"), [
    ("kanchanaburi-sai-yok-2567-project.pdf", ("2023-12-01", "2024-08-31")),
    ("krabi-province-2567-inspection.pdf", ("2023-10-01", "2024-01-31")),
    ("tak-ban-tak-2566-summary.docx", ("2022-10-01", "2023-05-31")),
])
def test_a_stated_period_is_read_from_a_run_in_label_a_data_period_or_a_numbered_heading(parsed, name, period):
    facts = extract_facts(parsed(name))
    assert (facts.period_start, facts.period_end) == period
