"""Money written twice (an amount, then its cost lines; a total, then its split)
and where each line's source is written: rules on strings, then on real files."""

from __future__ import annotations

import pytest
from blocks import text_block
from docx_builder import write_docx

from pcc_ingest.extract.budget import (
    activity_refs,
    activity_sources,
    block_totals,
    bracketed_source,
    clean_source,
    extract_budget,
    funder_named,
    inline_source,
    line_arithmetic,
    opening_ref,
    stated_source,
    text_items,
)
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.parsers import parse


def _lines(text: str) -> list[tuple[float, str | None]]:
    return [(i.amount_baht, i.source) for i in text_items(text_block(text))]


def _budget(parsed, name: str):
    return extract_budget(parsed(name), DocumentFacts())[0]


# --- activity references ----------------------------------------------------------


@pytest.mark.parametrize(("text", "numbers"), [
    ("กิจกรรมที่ 2 ประชุมเชิงปฏิบัติการ", [(2,)]),
    ("กิจกรรมที่ 1, 6, 7 และ 8 ไม่ใช้งบประมาณ", [(1, 6, 7, 8)]),
    ("กิจกรรมที่ 2 3 และ 5 กองทุน", [(2, 3, 5)]),
    ("ลำดับที่ 2-4 งบ สสอ.", [(2, 3, 4)]),
    ("กิจกรรมที่ 2 60 คน", [(2,)]),
    ("กิจกรรมที่ 3 วันที่ 4 มีนาคม", [(3,)]),
    ("ประชุมครั้งที่ 2/2567", []),
    ("ตามประกาศฯ ข้อ 10", []),
])
def test_activity_references_list_their_numbers_and_not_counts(text, numbers):
    assert [r.numbers for r in activity_refs(text)] == numbers


def test_a_heading_opens_with_one_activity_number():
    assert opening_ref("- กิจกรรมที่ 3 อบรมแกนนำ") == 3
    assert opening_ref("กิจกรรมที่ 1, 6 และ 8 ไม่ใช้งบประมาณ") is None
    assert opening_ref("ค่าอาหาร ตามกิจกรรมที่ 3") is None


def test_a_source_line_names_a_source_per_activity_before_or_after_the_numbers():
    after = activity_sources("กิจกรรมที่ 1 และ 4 งบดำเนินงาน สสอ. กิจกรรมที่ 2 กองทุนหลักประกันสุขภาพ อบต.นาดี")
    assert after == {1: "งบดำเนินงาน สสอ.", 4: "งบดำเนินงาน สสอ.", 2: "กองทุนหลักประกันสุขภาพ อบต.นาดี"}
    before = activity_sources("สำนักงานสาธารณสุขจังหวัด (กิจกรรมที่ 2, 3 และ 9) รวม 32,900 บาท")
    assert before == {2: "สำนักงานสาธารณสุขจังหวัด", 3: "สำนักงานสาธารณสุขจังหวัด", 9: "สำนักงานสาธารณสุขจังหวัด"}
    assert activity_sources("กองทุนหลักประกันสุขภาพ อบต.นาดี") == {}


def test_a_source_lines_amount_is_not_part_of_its_name():
    assert clean_source("ศูนย์ปฏิบัติการป้องกันยาเสพติดอำเภอ รวม 20,000 บาท") == "ศูนย์ปฏิบัติการป้องกันยาเสพติดอำเภอ"
    assert clean_source("รวม 5,000 บาท") is None


# --- sources in running text ------------------------------------------------------------


@pytest.mark.parametrize(("after", "source"), [
    (" สนับสนุนโดยศูนย์ปฏิบัติการป้องกันยาเสพติดอำเภอ", "ศูนย์ปฏิบัติการป้องกันยาเสพติดอำเภอ"),
    (" ใช้เงินบำรุงโรงพยาบาลนาดี", "เงินบำรุงโรงพยาบาลนาดี"),
    (" โดยการสนับสนุนของเทศบาลตำบลนาดี", "เทศบาลตำบลนาดี"),
    (" (งบ สสอ.)", "งบ สสอ."),
    (" จากงบศูนย์ความปลอดภัยทางถนน ค่าป้ายเตือน 6 จุด", "งบศูนย์ความปลอดภัยทางถนน"),
    (" ใช้งบประมาณ 5,000 บาท", None),
    (" ใช้เวลา 2 วัน", None),
    (" (งบประมาณ 5,000 บาท)", None),
])
def test_a_funder_named_after_an_amount_is_its_source(after, source):
    assert inline_source(after) == source


def test_a_paying_body_after_a_bare_from_or_in_brackets_is_a_source_but_a_speakers_workplace_is_not():
    assert funder_named("ค่าใช้จ่ายในการอบรม จากกองทุนฟื้นฟูสมรรถภาพจังหวัด เป็นเงิน ")[0] == "กองทุนฟื้นฟูสมรรถภาพจังหวัด"
    assert funder_named("ค่าตอบแทนวิทยากรจากโรงพยาบาลนาดี ") is None
    assert bracketed_source("อบรม อสม. (กองทุน LTC อบต.นาดี) ")[0] == "กองทุน LTC อบต.นาดี"
    assert bracketed_source("อบรม อสม. (50 คน) ") is None


def test_money_words_inside_other_words_name_no_source():
    text = "การแก้ไขจุดเสี่ยงบนทางหลวงต้องอาศัยงบประมาณและการอนุญาตจากหน่วยงานระดับจังหวัด"
    assert stated_source(text) is None
    assert stated_source("ได้รับงบสนับสนุนจากอำเภอ จำนวน ")[0] == "งบสนับสนุนจากอำเภอ"


def test_a_funder_after_the_last_of_joined_lines_funds_them_all():
    text = ("ค่าทราย 40 ถัง ถังละ 450 บาท เป็นเงิน 18,000 บาท และค่าน้ำยา 25 ลิตร ลิตรละ 500 บาท "
            "เป็นเงิน 12,500 บาท จากกองทุนตำบลนาดี ส่วนค่าอาหาร 65 คน คนละ 130 บาท เป็นเงิน "
            "8,450 บาท ใช้เงินบำรุงโรงพยาบาลนาดี")
    assert _lines(text) == [(18000, "กองทุนตำบลนาดี"), (12500, "กองทุนตำบลนาดี"),
                            (8450, "เงินบำรุงโรงพยาบาลนาดี")]


def test_a_line_with_its_own_source_stops_a_funder_named_after_later_lines():
    text = ("ค่าวิทยากร 3 ชม. x 600 บาท เป็นเงิน 1,800 บาท จากงบ สสอ. ค่าป้าย 1 ผืน เป็นเงิน 500 บาท "
            "และค่าอาหาร 50 คน x 60 บาท เป็นเงิน 3,000 บาท จากกองทุนตำบลนาดี")
    assert _lines(text) == [(1800, "งบ สสอ."), (500, "กองทุนตำบลนาดี"), (3000, "กองทุนตำบลนาดี")]


# --- subtotals and recaps ---------------------------------------------------------------


@pytest.mark.parametrize("lead", ["ได้แก่", "ประกอบด้วย", "เป็นค่า", "แยกเป็น"])
def test_an_amount_broken_down_right_after_it_is_a_subtotal(lead):
    text = (f"อบรมแกนนำ 50 คน ใช้งบประมาณจากกองทุนตำบลนาดี จำนวน 5,500 บาท {lead} ค่าอาหาร 50 คน x 70 บาท "
            "= 3,500 บาท และค่าวิทยากร 2 ชม. x 1,000 บาท = 2,000 บาท")
    assert _lines(text) == [(3500, "กองทุนตำบลนาดี"), (2000, "กองทุนตำบลนาดี")]


def test_an_amount_the_next_lines_do_not_add_up_to_stays_a_line():
    text = "อบรมแกนนำ ใช้งบประมาณ 6,000 บาท ได้แก่ ค่าอาหาร 50 คน x 70 บาท = 3,500 บาท"
    assert [a for a, _ in _lines(text)] == [6000, 3500]


def test_lines_without_breakdown_words_are_not_taken_for_a_subtotal():
    assert [a for a, _ in _lines("ค่าอาหาร 1,000 บาท ค่าวิทยากร 600 บาท ค่าป้าย 400 บาท")] == [1000, 600, 400]


def test_totals_of_a_text_end_past_their_words():
    text = "ใช้จ่ายรวมทั้งสิ้น 9,000 บาท (เก้าพันบาทถ้วน) จำแนกเป็น ประเด็นขยะ 4,000 บาท"
    assert block_totals(text) == [(9000, text.index("จำแนก"))]


# --- arithmetic ---------------------------------------------------------------------------


def test_counts_in_the_activity_name_before_a_cost_word_multiply_nothing():
    line = "เยี่ยมเสริมพลัง พชอ. 9 อำเภอ - ค่าอาหารว่าง 9 ครั้ง x 30 คน x 30 บาท = 8,100 บาท"
    assert line_arithmetic(line, 8100) == (8100, 30, 270)


def test_a_count_before_the_cost_word_is_kept_when_the_cost_line_has_none():
    assert line_arithmetic("ผู้เข้าร่วม 100 คน ค่าอาหาร คนละ 50 บาท", 5000) == (5000, 50, 100)


# --- built documents ----------------------------------------------------------------------

PLAN_ROWS = [
    ["ลำดับ", "กิจกรรม", "งบประมาณ (บาท)", "แหล่งงบประมาณ"],
    ["1", "อบรมแกนนำชุมชน", "10,000", "อบต.นาดี"],
    ["2", "รณรงค์ลดขยะ", "3,000", "กองทุนตำบลนาดี"],
    ["รวม", "", "13,000", ""],
]


def test_cost_lines_naming_a_table_rows_activity_replace_its_amount(tmp_path):
    detail = ("รายละเอียดค่าใช้จ่าย กิจกรรมที่ 1 ค่าอาหาร 50 คน x 100 บาท เป็นเงิน 5,000 บาท "
              "และค่าวิทยากร 5 ชม. x 1,000 บาท เป็นเงิน 5,000 บาท")
    doc = parse(write_docx(tmp_path / "plan.docx", ["แผนงาน"], PLAN_ROWS, after=[detail]))
    items, total = extract_budget(doc, DocumentFacts())
    assert sorted((i.amount_baht, i.source) for i in items) == [
        (3000, "กองทุนตำบลนาดี"), (5000, "อบต.นาดี"), (5000, "อบต.นาดี")]
    assert total.amount_baht == 13000


def test_bulleted_groups_take_the_source_a_source_line_gives_their_activity(tmp_path):
    paragraphs = [
        "งบประมาณ",
        "กิจกรรมที่ 1 อบรมแกนนำ",
        "- ค่าอาหาร 40 คน x 60 บาท เป็นเงิน 2,400 บาท",
        "กิจกรรมที่ 2 รณรงค์",
        "- ค่าป้ายไวนิล 1 ผืน เป็นเงิน 500 บาท",
        "แหล่งงบประมาณ: กิจกรรมที่ 1 งบดำเนินงาน สสอ.นาดี กิจกรรมที่ 2 กองทุนตำบลนาดี",
    ]
    items, _ = extract_budget(parse(write_docx(tmp_path / "groups.docx", paragraphs)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [(2400, "งบดำเนินงาน สสอ.นาดี"), (500, "กองทุนตำบลนาดี")]


def test_a_total_split_again_by_source_gives_no_lines(tmp_path):
    paragraphs = [
        "โครงการนี้ใช้งบประมาณทั้งสิ้น 2,900 บาท จากงบ สสอ. จำนวน 2,400 บาท และกองทุนตำบลนาดี จำนวน 500 บาท",
        "- ค่าอาหาร 40 คน x 60 บาท เป็นเงิน 2,400 บาท (งบ สสอ.)",
        "- ค่าป้ายไวนิล 1 ผืน เป็นเงิน 500 บาท (กองทุนตำบลนาดี)",
    ]
    items, _ = extract_budget(parse(write_docx(tmp_path / "memo.docx", paragraphs)), DocumentFacts())
    assert [(i.amount_baht, i.source) for i in items] == [(2400, "งบ สสอ."), (500, "กองทุนตำบลนาดี")]


# --- corpus files -------------------------------------------------------------------------


def test_itemised_activity_costs_replace_the_table_amount_and_take_the_rows_source(parsed):
    items = _budget(parsed, "mae-hong-son-pai-2566-progress.pdf")
    assert 12000 not in [i.amount_baht for i in items]
    assert [i.amount_baht for i in items].count(8400) == 1
    by_amount = {i.amount_baht: i.source for i in items}
    assert by_amount[7200] == by_amount[4800] == "อบต.แม่ฮี้"
    assert by_amount[6400] == "กองทุนหลักประกันสุขภาพ อบต.แม่ฮี้"


@pytest.mark.parametrize("name", ["narathiwat-tak-bai-2568-project.docx", "narathiwat-tak-bai-2568-project.pdf"])
def test_a_memo_splitting_the_budget_by_source_gives_no_lines_and_groups_take_their_sources(parsed, name):
    items = _budget(parsed, name)
    assert not {32900, 20000} & {i.amount_baht for i in items}
    assert sum(i.amount_baht for i in items) == 52900
    sources = {(i.description, i.amount_baht): i.source for i in items}
    assert sources[("ค่าเอกสารประกอบการประชุม", 1800)] == "สำนักงานสาธารณสุขจังหวัดนราธิวาส"
    assert sources[("ค่าอาหารหลัก", 9000)] == "ศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดอำเภอตากใบ"


def test_subtotals_and_a_recap_by_issue_give_no_lines(parsed):
    items = _budget(parsed, "phatthalung-khao-chaison-2567-progress.pdf")
    assert sum(i.amount_baht for i in items) == 168930
    srrt = next(i for i in items if i.amount_baht == 8450)
    assert (srrt.quantity, srrt.source) == (65, "เงินบำรุงโรงพยาบาลเขาชัยสน")
    sand = next(i for i in items if i.amount_baht == 18000)
    assert sand.source.startswith("กองทุนหลักประกันสุขภาพระดับท้องถิ่น")
    trainer = next(i for i in items if i.amount_baht == 7200)
    assert trainer.source == "กองทุนฟื้นฟูสมรรถภาพที่จำเป็นต่อสุขภาพจังหวัดพัทลุง"


@pytest.mark.parametrize("name", ["sa-kaeo-watthana-nakhon-2568-progress.docx", "sa-kaeo-watthana-nakhon-2568-progress.pdf"])
def test_an_activitys_amount_before_its_cost_lines_is_a_subtotal(parsed, name):
    items = _budget(parsed, name)
    assert [i.amount_baht for i in items] == [5250, 4500, 12600, 9000]
    assert items[0].source == "งบดำเนินงานสำนักงานสาธารณสุขอำเภอวัฒนานคร"
    assert items[2].source == "ศูนย์ปฏิบัติการป้องกันและปราบปรามยาเสพติดอำเภอวัฒนานคร"


def test_a_districts_count_in_the_activity_cell_is_no_quantity(parsed):
    items = _budget(parsed, "phayao-province-2567-action-plan.docx")
    snack = next(i for i in items if i.amount_baht == 8100)
    assert (snack.unit_cost_baht, snack.quantity) == (30, 270)


def test_a_source_line_per_activity_funds_table_rows_by_their_number(parsed):
    items = _budget(parsed, "lampang-ko-kha-2567-action-plan.docx")
    sources = [i.source for i in items]
    assert set(sources) == {"งบดำเนินงานสำนักงานสาธารณสุขอำเภอเกาะคา",
                            "กองทุนหลักประกันสุขภาพระดับท้องถิ่นในเขตอำเภอเกาะคา"}
    assert next(i for i in items if i.amount_baht == 13500).source.startswith("กองทุน")


def test_bracketed_funders_by_an_amount_are_sources(parsed):
    items = _budget(parsed, "chanthaburi-tha-mai-2566-progress.pdf")
    by_amount = {i.amount_baht: i.source for i in items}
    assert by_amount[21000] == "กองทุน LTC อบต.พลอยแหวน"
    assert by_amount[18400] == "งบ สสอ."
