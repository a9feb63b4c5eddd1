"""Bookkeeping after a source's name, bracketed divisions, per-district
allocation tables, summaries that restate a table, ranges, part subtotals
and the funder named after them, wrapped bracketed funders, counts written
with their unit in a quantity column, accounts by funder and spending
summed in a report: rules on strings, then on real files."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import (
    clean_source,
    counted_cell,
    extract_budget,
    is_not_a_line,
    is_total_context,
    text_items,
    wrapped_source,
)
from pcc_ingest.extract.records import DocumentFacts

# --- rules on strings ---------------------------------------------------------------



@pytest.mark.parametrize(("written", "funder"), [
    ("เงินงบประมาณสำนักงานสาธารณสุขจังหวัดกระบี่ ปีงบประมาณ 2566 แผนงานพื้นฐาน (งบดำเนินงาน) ทุกรายการถัวเฉลี่ยจ่ายได้",
     "เงินงบประมาณสำนักงานสาธารณสุขจังหวัดกระบี่"),
    ("กองทุนหลักประกันสุขภาพ อบต.หนองบัว ประจำปีงบประมาณ พ.ศ. 2567", "กองทุนหลักประกันสุขภาพ อบต.หนองบัว"),
    ("สสจ.ลำปาง ทุกรายการสามารถถัวจ่ายกันได้", "สสจ.ลำปาง"),
    ("อบต.นาข่า (กองสาธารณสุขและสิ่งแวดล้อม)", "อบต.นาข่า"),
    ("เทศบาลตำบลบ้านโพธิ์ (สำนักปลัด)", "เทศบาลตำบลบ้านโพธิ์"),
    ("สสจ.ตาก (กลุ่มงานส่งเสริมสุขภาพ)", "สสจ.ตาก"),
])
def test_bookkeeping_and_a_bracketed_division_are_left_out_of_the_source(written, funder):
    assert clean_source(written) == funder


@pytest.mark.parametrize("written", [
    "ศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดอำเภอเมือง (ศป.ปส.อ.เมือง)",
    "กองทุนหลักประกันสุขภาพ (กองทุนฯ)",
    "สำนักงานสาธารณสุขจังหวัดสระแก้ว",
])
def test_a_funders_own_name_or_abbreviation_in_brackets_stays(written):
    assert clean_source(written) == written


@pytest.mark.parametrize(("cell", "count"), [("30 คน", 30), ("128 มื้อ", 128), ("2 ป้าย", 2), ("1,200 แผ่น", 1200)])
def test_a_quantity_cell_with_its_unit_gives_the_count(cell, count):
    assert counted_cell(cell) == count


@pytest.mark.parametrize("cell", ["ผู้ป่วยติดเตียง", "30 คน x 2 มื้อ", ""])
def test_a_quantity_cell_that_is_no_single_count_gives_none(cell):
    assert counted_cell(cell) is None


@pytest.mark.parametrize("before", ["หมายเหตุ : อำเภอละ 17,000 – 25,000", "คนละ 50 ถึง "])
def test_the_upper_end_of_a_range_is_no_line(before):
    assert is_not_a_line(before.removesuffix("25,000").rstrip() + " ")


def test_a_count_before_a_dash_keeps_its_line():
    assert not is_not_a_line("ค่าอาหาร 50 คน - ")


@pytest.mark.parametrize("before", ["รวมงบประมาณโครงการที่ 2 จำนวน ", "รวมกิจกรรมที่ 3 ", "รวมประเด็นที่ 1 เป็นเงิน ",
                                    "เบิกจ่ายรวม ", "ใช้จ่ายจริงรวม "])
def test_a_parts_subtotal_and_spending_summed_are_totals(before):
    assert is_total_context(before)


def test_a_funder_after_a_subtotal_funds_the_lines_it_sums():
    text = ("งบประมาณ : ค่าอาหารกลางวัน 60 คน x 70 บาท = 4,200 บาท ค่าตอบแทนวิทยากร 5 ชั่วโมง x 600 บาท = "
            "3,000 บาท รวม 7,200 บาท (สสจ.อ่างทอง)")
    items = text_items(text_block(text))
    assert [(i.amount_baht, i.source) for i in items] == [(4200, "สสจ.อ่างทอง"), (3000, "สสจ.อ่างทอง")]


def test_a_funder_after_a_total_that_the_lines_do_not_make_funds_none():
    text = "ค่าอาหาร 60 คน x 70 บาท = 4,200 บาท รวม 9,000 บาท (สสจ.อ่างทอง)"
    assert [i.source for i in text_items(text_block(text))] == [None]


@pytest.mark.parametrize(("text", "funder"), [
    ("(กองทุนดูแลระยะยาว LTC)", "กองทุนดูแลระยะยาว LTC"),
    ("(งบ สสอ.)", "งบ สสอ."),
    ("(ผู้ป่วยติดเตียง 12 ราย)", None),
    ("กองทุนดูแลระยะยาว LTC", None),
])
def test_a_block_that_is_only_a_bracketed_funder_is_a_wrapped_source(text, funder):
    assert wrapped_source(text) == funder


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["surat-thani-province-2566-action-plan.docx",
                                  "surat-thani-province-2566-action-plan.pdf"])
def test_a_district_allocation_table_gives_one_line_per_district_and_no_restatements(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="action_plan"))
    allocations = [i for i in items if i.description.startswith("งบประมาณที่จังหวัดจัดสรร")]
    assert sorted(i.amount_baht for i in allocations) == [17000, 18000, 20000, 20000, 20000, 25000]
    assert all("อำเภอ" in i.description for i in allocations)
    assert sum(i.amount_baht for i in items) == total.amount_baht == 178000
    assert {i.source for i in items} == {"เงินงบประมาณสำนักงานสาธารณสุขจังหวัดสุราษฎร์ธานี"}


@pytest.mark.parametrize("name", ["phra-nakhon-si-ayutthaya-phachi-2567-action-plan.docx",
                                  "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.pdf"])
def test_project_subtotals_are_no_lines_and_bracketed_funders_fund_their_lines(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="action_plan"))
    assert sum(i.amount_baht for i in items) == total.amount_baht == 130550
    sources = {(i.amount_baht, i.source) for i in items}
    assert {(4200, "สสจ.พระนครศรีอยุธยา"), (3000, "สสจ.พระนครศรีอยุธยา"),
            (42000, "กองทุนดูแลระยะยาว LTC")} <= sources


def test_counts_written_with_their_unit_give_quantities_in_a_damaged_pdf(parsed):
    items, _ = extract_budget(parsed("nakhon-pathom-sam-phran-2565-project.pdf"), DocumentFacts())
    shown = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {(1050, 35, 30), (4480, 35, 128), (3600, 600, 6), (12500, 250, 50)} <= shown


@pytest.mark.parametrize("name", ["chai-nat-sankhaburi-2564-progress.docx", "chai-nat-sankhaburi-2564-progress.pdf"])
def test_an_account_by_funder_gives_no_lines(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts(doc_type="progress_report"))
    assert 20000 not in {i.amount_baht for i in items}
    assert total.amount_baht == 44300


@pytest.mark.parametrize("name", ["chachoengsao-phanom-sarakham-2567-progress.docx",
                                  "chachoengsao-phanom-sarakham-2567-progress.pdf"])
def test_spending_summed_in_a_report_is_its_total(parsed, name):
    _, total = extract_budget(parsed(name), DocumentFacts(doc_type="progress_report"))
    assert total.amount_baht == 72810
