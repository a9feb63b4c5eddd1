"""A working column beside the amount, bulleted lines without a cost word,
counts of any word before a times sign, summary tables by source, bracketed
channels, funders named as owner or giver, a line's own sum repeated in
words, per-unit ceilings, money already spent, and the spent total of a
report: rules on strings, then on built and real files."""

from __future__ import annotations

import pytest
from blocks import text_block
from docx_builder import write_docx

from pcc_ingest.extract.budget import (
    arithmetic,
    clean_source,
    extract_budget,
    giver_source,
    is_not_a_line,
    line_amount,
    money_in,
    multiplies_to,
    spelled_lines,
    text_items,
)
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse

# --- rules on strings ---------------------------------------------------------------



@pytest.mark.parametrize(("line", "unit", "qty"), [
    ("ค่าอาหารและน้ำดื่ม 6 ด่าน x 14 วัน x 300 บาท = 25,200 บาท", 300, 84),
    ("ค่าวัสดุ 3 จุดบริการ x 2 รอบ x 500 บาท = 3,000 บาท", 500, 6),
])
def test_a_figure_and_any_word_before_a_times_sign_is_a_count(line, unit, qty):
    assert arithmetic(line, None)[1:] == (unit, qty)


def test_a_price_before_a_times_sign_is_no_count():
    assert arithmetic("ค่าอาหาร 60 บาท x 120 คน = 7,200 บาท", None)[1:] == (60, 120)


def test_a_count_before_a_times_sign_is_no_spelled_out_amount():
    assert line_amount("- ค่าอาหารและน้ำดื่ม 6 ด่าน x 14 วัน x 300 บาท = 25,200 บาท")[0] == 25200


def test_bulleted_lines_without_a_cost_word_are_lines_of_an_amounts_cell():
    cell = text_block("- ค่าอาหารกลางวัน 60 บาท x 120 คน = 7,200 บาท - ถังหมักขยะ 60 ใบ x 150 บาท = 9,000 บาท"
                  " รวม 16,200 บาท")
    items = spelled_lines(cell, "งบ อปท.")
    assert [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [
        ("ค่าอาหารกลางวัน", 7200, 60, 120), ("ถังหมักขยะ", 9000, 150, 60)]


@pytest.mark.parametrize(("cell", "source"), [
    ("งบ อปท. (ศปถ.อำเภอ)", "งบ อปท."),
    ("สสจ.สระบุรี (งบสนับสนุน พชอ.)", "สสจ.สระบุรี"),
    ("ภาคเอกชนในพื้นที่ (CSR)", "ภาคเอกชนในพื้นที่"),
    ("อบต.ท่ากกแดง (กองสาธารณสุขและสิ่งแวดล้อม)", "อบต.ท่ากกแดง"),  # a division after the funder (conventions)
    ("กองทุนดูแลระยะยาว (LTC) อบต.นาดี", "กองทุนดูแลระยะยาว (LTC) อบต.นาดี"),
])
def test_a_bracketed_channel_or_division_after_a_funder_is_left_out_but_a_name_inside_stays(cell, source):
    assert clean_source(cell) == source


@pytest.mark.parametrize(("text", "funder"), [
    ("ผู้เข้าร่วม 200 คน โดยใช้งบประมาณของสำนักงานสาธารณสุขจังหวัดนาดี ดังนี้", "สำนักงานสาธารณสุขจังหวัดนาดี"),
    ("ฝ่ายเลขานุการแจ้งว่า สำนักงานสาธารณสุขจังหวัดนาดีจัดสรรงบประมาณสนับสนุน", "สำนักงานสาธารณสุขจังหวัดนาดี"),
    ("อบต.นาดี สนับสนุนงบประมาณ", "อบต.นาดี"),
])
def test_the_owner_or_giver_of_the_money_is_its_source(text, funder):
    assert giver_source(text)[0] == funder


def test_an_office_doing_something_else_first_gives_no_money():
    assert giver_source("สำนักงานสาธารณสุขจังหวัดนาดีจึงจัดทำแผนนี้เพื่อสนับสนุนงบประมาณแก่ทุกอำเภอ") is None


def test_a_lines_own_product_repeated_in_words_is_a_line_with_its_giver():
    text = ("สำนักงานสาธารณสุขจังหวัดนาดีจัดสรรงบประมาณสนับสนุนการขับเคลื่อน พชอ. อำเภอละ 20,000 บาท"
            " จำนวน 12 อำเภอ รวมเป็นเงิน 240,000 บาท (สองแสนสี่หมื่นบาทถ้วน)")
    items = text_items(text_block(text))
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items] == [
        (240000, 20000, 12, "สำนักงานสาธารณสุขจังหวัดนาดี")]


def test_a_total_in_words_with_no_arithmetic_is_still_no_line():
    assert text_items(text_block("รวมงบประมาณ 5,000 บาท (ห้าพันบาทถ้วน)")) == []


def test_multiplies_to_needs_unit_count_and_amount():
    assert multiplies_to(25, 32, 800) and not multiplies_to(25, 32, 900) and not multiplies_to(None, 32, 800)


def test_a_ceiling_per_unit_is_a_unit_cost_and_alone_no_line():
    assert money_in("ครอบครัวละไม่เกิน 3,000 บาท")[0].per_unit
    assert text_items(text_block("ช่วยเหลือเงินสงเคราะห์ครอบครัวละไม่เกิน 3,000 บาท")) == []
    items = text_items(text_block("ค่าอาหารกลางวัน มื้อละไม่เกิน 60 บาท x 50 คน = 3,000 บาท"))
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [(3000, 60, 50)]


@pytest.mark.parametrize("before", ["บาท ไตรมาสที่ 1 ใช้จ่ายไปแล้ว ", "รวมเบิกจ่ายสะสม ", "เบิกจ่ายแล้ว "])
def test_money_already_spent_with_no_cost_word_is_no_line(before):
    assert is_not_a_line(before)


def test_a_cost_line_said_to_be_spent_stays_a_line():
    assert not is_not_a_line("ค่าอาหารกลางวัน 85 คน เบิกจ่ายแล้ว ")


# --- built files ----------------------------------------------------------------------


def test_a_working_column_beside_the_amount_gives_unit_and_quantity(tmp_path):
    rows = [["ลำดับ", "รายการ", "การคำนวณ", "จำนวนเงิน (บาท)"],
            ["1", "ค่าอาหารกลางวัน", "80 คน x 60 บาท x 2 วัน", "9,600"],
            ["2", "ค่าป้ายไวนิล", "1 ป้าย", "720"],
            ["3", "ค่าวิทยากร", "6 ชั่วโมง x 600 บาท", "4,000"]]
    items, _ = extract_budget(parse(write_docx(tmp_path / "project.docx", ["งบประมาณ"], rows)), DocumentFacts())
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items] == [
        (9600, 60, 160), (720, None, None), (4000, None, None)]


def test_a_summary_table_by_source_adds_no_lines(tmp_path):
    paragraphs = ["แผนปฏิบัติการ",
                  "1. อบรมแกนนำ ค่าอาหารกลางวัน 60 บาท x 100 คน เป็นเงิน 6,000 บาท (งบ อปท.)",
                  "2. รณรงค์ ค่าป้ายไวนิล 4 ป้าย x 500 บาท เป็นเงิน 2,000 บาท (กองทุนหลักประกันสุขภาพ)",
                  "3. ประชุม ค่าอาหารว่าง 25 บาท x 40 คน เป็นเงิน 1,000 บาท (กองทุนหลักประกันสุขภาพ)",
                  "สรุปงบประมาณจำแนกตามแหล่งงบประมาณ"]
    rows = [["แหล่งงบประมาณ", "จำนวนเงิน (บาท)", "ร้อยละ"],
            ["กองทุนหลักประกันสุขภาพ", "3,000", "33.33"], ["งบ อปท.", "6,000", "66.67"], ["รวม", "9,000", "100"]]
    items, _ = extract_budget(parse(write_docx(tmp_path / "plan.docx", paragraphs, rows)), DocumentFacts())
    assert sorted(i.amount_baht for i in items) == [1000, 2000, 6000]


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["yala-raman-2566-project.docx", "yala-raman-2566-project.pdf"])
def test_a_calculation_column_gives_each_lines_unit_cost_and_quantity(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts())
    shown = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {(9600, 60, 160), (8000, 25, 320), (7200, 600, 12), (3000, 3, 1000)} <= shown


@pytest.mark.parametrize("name", ["saraburi-wihan-daeng-2566-action-plan.docx",
                                  "saraburi-wihan-daeng-2566-action-plan.pdf"])
def test_bulleted_plan_cells_give_every_line_and_the_source_summary_none(parsed, name):
    items, total = extract_budget(parsed(name), DocumentFacts())
    assert (25200, 300, 84, "งบ อปท.") in {(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items}
    assert {(35000, 3500, 10), (9000, 150, 60), (20400, 300, 68)} <= {
        (i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert sum(i.amount_baht for i in items) == total.amount_baht == 157100


def test_minutes_allocation_is_a_line_and_the_event_total_the_total(parsed):
    items, total = extract_budget(parsed("pattani-province-2567-minutes.pdf"), DocumentFacts())
    assert (240000, 20000, 12) in {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in items}
    assert {i.source for i in items} == {"สำนักงานสาธารณสุขจังหวัดปัตตานี"}
    assert total.amount_baht == 42000


@pytest.mark.parametrize("name", ["uthai-thani-province-2565-summary.docx", "uthai-thani-province-2565-summary.pdf"])
def test_a_reports_total_is_the_money_stated_as_spent(parsed, name):
    _, total = extract_budget(parsed(name), DocumentFacts(doc_type="progress_report"))
    assert total.amount_baht == 152350


@pytest.mark.parametrize("name", ["ratchaburi-photharam-2567-progress.docx", "ratchaburi-photharam-2567-progress.pdf"])
def test_spending_already_reported_is_no_line(parsed, name):
    items, _ = extract_budget(parsed(name), DocumentFacts(doc_type="progress_report"))
    assert sorted(i.amount_baht for i in items) == [800, 3000, 4250, 5100]
