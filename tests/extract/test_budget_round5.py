"""Prizes and ordinals in cost lines, arithmetic beside an amount, per-period
subtotals, a recap table's total, offices in brackets after an amount, money
received funding the lines after it, and bullets taking their parent's
source: rules on strings, then on real files."""

from __future__ import annotations

import pytest
from blocks import text_block
from docx_builder import write_docx

from pcc_ingest.extract.budget import (
    activity_sources,
    allocation_source,
    extract_budget,
    inline_source,
    is_total_context,
    line_amount,
    text_items,
)
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

# --- rules on strings ---------------------------------------------------------------



@pytest.mark.parametrize(("line", "amount"), [
    ("รางวัลที่ 1 จำนวน 1 รางวัล = 3,000 บาท", 3000),   # the ordinal and the count are no amount
    ("ค่าน้ำยาพ่นหมอกควัน 2 แกลลอน x 3,500 บาท = 7,000 บาท", 7000),
    ("ค่าอาหาร รุ่นที่ 2 จำนวน 50 คน 2,500", 2500),
])
def test_an_ordinal_or_a_count_is_never_a_spelled_out_lines_amount(line, amount):
    assert line_amount(line)[0] == amount


def test_prize_lines_are_cost_lines_named_with_their_ordinal():
    items = text_items(text_block("ประกวดหมู่บ้านดีเด่น - รางวัลที่ 1 จำนวน 1 รางวัล = 3,000 บาท "
                              "- รางวัลที่ 2 จำนวน 1 รางวัล = 2,000 บาท"))
    assert [(i.description, i.amount_baht, i.unit_cost_baht) for i in items] == [
        ("รางวัลที่ 1", 3000, None), ("รางวัลที่ 2", 2000, None)]


@pytest.mark.parametrize(("before", "expected"), [
    ("รวมงบประมาณปี 2567 จำนวน ", True),
    ("รวมงบประมาณปีงบประมาณ พ.ศ. 2568 ", True),
    ("รวมไตรมาสที่ 2 เป็นเงิน ", True),
    ("ค่าอาหารกลางวัน ปี 2567 จำนวน ", False),   # a line of that year, not a sum
])
def test_a_periods_subtotal_is_a_total_not_a_line(before, expected):
    assert is_total_context(before) is expected


@pytest.mark.parametrize(("after", "expected"), [
    (" (ศูนย์อำนวยการความปลอดภัยทางถนนอำเภอนาดี และ อปท.)", "ศูนย์อำนวยการความปลอดภัยทางถนนอำเภอนาดี และ อปท."),
    (" (สำนักงานสาธารณสุขจังหวัดนาดี) ประกอบด้วย", "สำนักงานสาธารณสุขจังหวัดนาดี"),
    (" (กองทุนหลักประกันสุขภาพระดับท้องถิ่น)", "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
    (" (ร้อยละ 80 ของเป้าหมาย)", None),
])
def test_a_bracket_right_after_an_amount_naming_an_office_is_its_source(after, expected):
    assert inline_source(after) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("ได้รับจัดสรรจากสำนักงานสาธารณสุขจังหวัดนาดี (งบดำเนินงาน พชอ.) จำนวน ",
     "สำนักงานสาธารณสุขจังหวัดนาดี (งบดำเนินงาน พชอ.)"),
    ("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี จำนวน ",
     "กองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี"),
    ("คงเหลือ ", None),
])
def test_money_received_names_its_funder(before, expected):
    assert allocation_source(before) == expected


def test_money_received_funds_the_lines_after_it_that_name_none():
    items = text_items(text_block("ได้รับจัดสรรจาก สสจ.นาดี (งบดำเนินงาน พชอ.) จำนวน 5,000 บาท ใช้จริง ดังนี้ "
                              "- ค่าอาหารว่าง 1 มื้อ x 40 คน x 25 บาท = 1,000 บาท "
                              "- ค่าวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท (งบ อบต.นาดี)"))
    assert [(i.amount_baht, i.source) for i in items] == [
        (1000, "สสจ.นาดี (งบดำเนินงาน พชอ.)"), (3600, "งบ อบต.นาดี")]


def test_funders_named_before_their_activities_each_past_the_amount_before_it():
    text = ("กองทุนหลักประกันสุขภาพระดับท้องถิ่น 11 แห่ง (กิจกรรมที่ 3, 5) 91,720 บาท "
            "งบดำเนินงาน สสจ.นาดี (กิจกรรมที่ 1, 2) 33,400 บาท และเทศบาลตำบลนาดี (กิจกรรมที่ 4) 45,000 บาท")
    assert activity_sources(text) == {
        3: "กองทุนหลักประกันสุขภาพระดับท้องถิ่น 11 แห่ง", 5: "กองทุนหลักประกันสุขภาพระดับท้องถิ่น 11 แห่ง",
        1: "งบดำเนินงาน สสจ.นาดี", 2: "งบดำเนินงาน สสจ.นาดี", 4: "เทศบาลตำบลนาดี"}


# --- built files ----------------------------------------------------------------------


def test_an_amount_cell_with_its_arithmetic_in_brackets_is_a_line_with_unit_and_quantity(tmp_path):
    rows = [["กิจกรรม", "กลุ่มเป้าหมาย (คน)", "งบประมาณ (บาท)"],
            ["1. ประชุมคณะกรรมการ พชอ. รายไตรมาส", "21", "8,400 (21 คน x 4 ครั้ง x 100 บาท)"],
            ["2. อบรมแกนนำ", "40", "6,000"]]
    items, _ = extract_budget(parse(write_docx(tmp_path / "progress.docx", ["ผลการดำเนินงาน"], rows)), DocumentFacts())
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [(8400, 100, 84), (6000, None, None)]


def test_a_plan_by_year_drops_its_year_subtotals_and_takes_the_recap_tables_total(tmp_path):
    paragraphs = ["ปีงบประมาณ 2567",
                  "1. โครงการอบรมแกนนำ งบประมาณ 10,000 บาท (สำนักงานสาธารณสุขจังหวัดนาดี) ประกอบด้วย",
                  "- ค่าอาหารกลางวัน 100 คน x 60 บาท เป็นเงิน 6,000 บาท",
                  "- ค่าวิทยากร เป็นเงิน 4,000 บาท",
                  "รวมงบประมาณปี 2567 จำนวน 10,000 บาท",
                  "ปีงบประมาณ 2568",
                  "1. โครงการรณรงค์ งบประมาณ 5,000 บาท (งบประมาณ อปท.)",
                  "รวมงบประมาณปี 2568 จำนวน 5,000 บาท",
                  "สรุปงบประมาณ"]
    rows = [["ปีงบประมาณ", "จำนวนโครงการ", "งบประมาณ (บาท)"],
            ["2567", "1", "10,000"], ["2568", "1", "5,000"], ["รวม 2 ปี", "2", "15,000"]]
    items, total = extract_budget(parse(write_docx(tmp_path / "plan.docx", paragraphs, rows)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [
        (6000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (4000, "สำนักงานสาธารณสุขจังหวัดนาดี"), (5000, "งบประมาณ อปท.")]
    assert total.amount_baht == 15000


# --- corpus files -----------------------------------------------------------------------


def test_a_projects_allocation_source_goes_on_every_spent_line(parsed):
    items, total = extract_budget(parsed("krabi-khlong-thom-2566-project.pdf"), DocumentFacts())
    assert len(items) == 8
    assert {i.source for i in items} == {"สำนักงานสาธารณสุขจังหวัดกระบี่ (งบดำเนินงาน พชอ.)"}
    assert total.amount_baht == 37650


@pytest.mark.parametrize("name", ["bueng-kan-seka-2568-action-plan.docx", "bueng-kan-seka-2568-action-plan.pdf"])
def test_prizes_and_gallons_are_read_as_lines_in_a_detail_column(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts())
    found = {(i.description, i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {("รางวัลที่ 1", 3000, None, None), ("รางวัลที่ 3", 1000, None, None),
            ("ค่าน้ำยาพ่นหมอกควัน", 7000, 3500, 2)} <= found


@pytest.mark.parametrize("name", ["nong-khai-phon-phisai-2567-progress.docx", "nong-khai-phon-phisai-2567-progress.pdf"])
def test_a_source_line_by_activity_funds_each_row(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts())
    by_amount = {i.amount_baht: (i.source, i.unit_cost_baht, i.quantity) for i in items}
    assert by_amount[8400] == ("งบดำเนินงานสำนักงานสาธารณสุขจังหวัดหนองคาย", 100, 84)
    assert by_amount[45000][0] == "เทศบาลตำบลโพนพิสัย"
    assert by_amount[24720] == ("กองทุนหลักประกันสุขภาพระดับท้องถิ่น 11 แห่ง", 60, 412)


@pytest.mark.parametrize("name", ["phetchaburi-tha-yang-2567-action-plan.docx", "phetchaburi-tha-yang-2567-action-plan.pdf"])
def test_a_three_year_plan_totals_its_recap_and_sources_its_brackets(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts())
    assert total.amount_baht == 501500
    assert sum(i.amount_baht for i in items) == 501500
    assert all(i.source for i in items)
