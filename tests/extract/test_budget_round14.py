"""Round 14 budget rules: bulleted material lines with no cost word, names
with figures in them (N95), a rate and its sum with no count written, list
openers ending a "money left" clause, activity amounts itemised later,
funders named after the money's purpose, a total repeated by a resolution
and a total row's spending; pure functions on strings, then each rule on
real corpus files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from blocks import text_block

from pcc_ingest.extract.budget import (
    allocation_source,
    arithmetic,
    describe,
    is_not_a_line,
)
from pcc_ingest.extract.budget.lines import bulleted_start
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def _lines(items) -> list[tuple]:
    return sorted(((b.amount_baht, b.unit_cost_baht, b.quantity) for b in items), key=str)


def _gold_lines(name: str) -> list[tuple]:
    return sorted(((b["amount_baht"], b["unit_cost_baht"], b["quantity"]) for b in _gold(name)["budget_items"]),
                  key=str)


def test_a_bulleted_line_after_an_activitys_name_is_described_by_its_own_words():
    text = "รณรงค์ Big Cleaning Day 3 ครั้ง - ทรายกำจัดลูกน้ำยุงลาย 4 ถัง x "
    assert describe(text) == "ทรายกำจัดลูกน้ำยุงลาย"
    assert describe("จัดทำห้องปลอดฝุ่น - เครื่องฟอกอากาศ 2 เครื่อง x ") == "เครื่องฟอกอากาศ"


@pytest.mark.parametrize("text", [
    "ประชุม X - วัสดุ - ป้าย",  # no figures: a list of words, no cost line
    "อบรม อสม. ม.ค. - มี.ค. 2567 จำนวน ",  # a dash in a month range is no bullet
    "อบรม - ทราย 4 ถัง x 3,200 บาท - ป้าย 10 ป้าย x ",  # figures in an earlier bullet: not one line
    "ค่าอาหาร 50 คน x ",  # no bullet at all
])
def test_no_bulleted_line_of_its_own_leaves_the_text_whole(text):
    assert bulleted_start(text) == 0


@pytest.mark.parametrize(("text", "desc"), [
    ("หน้ากากอนามัยชนิด N95 แจกกลุ่มเสี่ยง 300 ชิ้น x ", "หน้ากากอนามัยชนิด N95 แจกกลุ่มเสี่ยง"),
    ("เครื่องวัดฝุ่น PM2.5 จำนวน 3 เครื่อง", "เครื่องวัดฝุ่น PM2.5"),
    ("ชุดตรวจ COVID-19 100 ชุด x ", "ชุดตรวจ COVID-19"),
    ("ค่าอาหาร อสม. 45 คน x ", "ค่าอาหาร อสม."),
])
def test_a_figure_glued_to_latin_letters_is_part_of_the_name(text, desc):
    assert describe(text) == desc


def test_an_ordinal_is_kept_whole_in_a_description():
    assert describe("เวทีสรุปผล เมื่อวันที่ 21 มีนาคม 2567 ใช้งบประมาณ ") == "เวทีสรุปผล เมื่อวันที่ 21 มีนาคม"


@pytest.mark.parametrize(("line", "amount", "expected"), [
    ("เสนอจัดสรรให้คณะทำงานประเด็นละ 8,000 บาท รวม 24,000 บาท", 24000.0, (24000.0, 8000.0, 3.0)),
    ("งบสนับสนุนอำเภอละ 10,000 บาท รวมเป็นเงิน 60,000 บาท", 60000.0, (60000.0, 10000.0, 6.0)),
    # the sum is no whole number of the rate: no count is implied
    ("ค่าอาหาร คนละ 50 บาท รวม 5,020 บาท", 5020.0, (5020.0, None, None)),
    # a count written for the rate wins, even when it does not give the sum
    ("ค่าอาหาร คนละ 50 บาท 80 คน รวม 4,100 บาท", 4100.0, (4100.0, 50.0, 80.0)),
    # a count of something else in the sentence is not the rate's
    ("ผู้เข้าร่วม 32 คน และสนับสนุนงบประมาณ อำเภอละ 10,000 บาท รวม 80,000 บาท", 80000.0, (80000.0, 10000.0, 8.0)),
])
def test_a_rate_and_its_sum_imply_the_count_left_unwritten(line, amount, expected):
    assert arithmetic(line, amount) == expected


def test_a_list_opener_ends_the_clause_of_money_left_over():
    assert not is_not_a_line(" ได้ส่งคืนแล้ว รายละเอียดการใช้จ่ายมีดังนี้ การอบรม เป็นค่าอาหารกลางวัน 90 คน คนละ ")
    assert is_not_a_line(" ได้ส่งคืนแล้ว การอบรม เป็นค่าอาหารกลางวัน 90 คน คนละ ")  # no list opened
    assert is_not_a_line(" รายละเอียดดังนี้ คงเหลือส่งคืนกองทุน ")  # left over after the opener


def test_a_funder_named_past_the_amount_in_words_funds_the_line():
    text = "สนับสนุนงบประมาณ พชอ. อำเภอละ 10,000 บาท รวม 80,000 บาท (แปดหมื่นบาทถ้วน) จากงบดำเนินงานของสำนักงานสาธารณสุขจังหวัดX"
    items = text_items(text_block(text))
    assert [(i.amount_baht, i.source) for i in items] == [(80000.0, "งบดำเนินงานของสำนักงานสาธารณสุขจังหวัดX")]


@pytest.mark.parametrize(("before", "funder"), [
    ("อำเภอได้รับจัดสรรงบประมาณสนับสนุนการขับเคลื่อน พชอ. จากสำนักงานสาธารณสุขจังหวัดX จำนวน ",
     "สำนักงานสาธารณสุขจังหวัดX"),
    ("ได้รับงบประมาณเพื่อการดำเนินงานป้องกันการจมน้ำ จากกองทุนหลักประกันสุขภาพ อบต.X จำนวน ",
     "กองทุนหลักประกันสุขภาพ อบต.X"),
    ("ได้รับการพี่เลี้ยงจากทีมอำเภอ จำนวน ", None),  # no money word: no allocation
])
def test_money_received_for_a_purpose_names_its_funder_after_the_purpose(before, funder):
    assert allocation_source(before) == funder


@pytest.mark.parametrize("name", [
    "lampang-soem-ngam-2568-action-plan.docx", "lampang-soem-ngam-2568-action-plan.pdf",
])
def test_bulleted_materials_in_an_activity_cell_are_the_rows_lines(parsed, name):
    items = extract(parsed(name)).budget_items
    found = {(b.description, b.amount_baht, b.unit_cost_baht, b.quantity) for b in items}
    assert ("ทรายกำจัดลูกน้ำยุงลาย", 12800.0, 3200.0, 4.0) in found
    assert ("เครื่องฟอกอากาศ", 9000.0, 4500.0, 2.0) in found
    assert ("หน้ากากอนามัยชนิด N95 แจกกลุ่มเสี่ยง", 6000.0, 20.0, 300.0) in found
    assert not {16300.0, 15000.0} & {b.amount_baht for b in items}  # the activities' subtotals


def test_activity_amounts_itemised_in_a_later_spending_paragraph_are_subtotals(parsed):
    name = "nakhon-phanom-si-songkhram-2567-project.pdf"
    ex = extract(parsed(name))
    assert _lines(ex.budget_items) == _gold_lines(name)
    assert {b.source for b in ex.budget_items} == {"สำนักงานสาธารณสุขจังหวัดนครพนม"}


@pytest.mark.parametrize("name", [
    "surat-thani-tha-chang-2566-minutes.docx", "surat-thani-tha-chang-2566-minutes.pdf",
])
def test_a_resolution_repeating_the_proposed_total_is_no_line(parsed, name):
    ex = extract(parsed(name))
    assert _lines(ex.budget_items) == _gold_lines(name)
    assert all(b.source == "สำนักงานสาธารณสุขจังหวัดสุราษฎร์ธานี" for b in ex.budget_items)
    assert ex.budget_total is not None and ex.budget_total.amount_baht == 30000.0


def test_a_rate_and_its_sum_in_a_provincial_report_give_unit_and_count(parsed):
    items = extract(parsed("nong-bua-lam-phu-province-2567-progress.pdf")).budget_items
    assert (60000.0, 10000.0, 6.0) in _lines(items)


def test_a_funder_named_after_the_moneys_purpose_funds_the_lines(parsed):
    items = extract(parsed("lampang-chae-hom-2565-minutes.docx")).budget_items
    assert {b.source for b in items} == {"สำนักงานสาธารณสุขจังหวัดลำปาง"}


def test_a_total_row_over_all_lines_gives_the_reports_spending_as_its_total(parsed):
    name = "phatthalung-tamot-2566-progress.pdf"
    total = extract(parsed(name)).budget_total
    assert total is not None and total.amount_baht == 24850.0
    assert _gold(name)["budget_total_baht"] == total.amount_baht
