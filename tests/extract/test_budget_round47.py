"""Round 47 budget rules.

A table giving each numbered activity a row and each funder a column under a spanning source label
("แหล่งงบประมาณ ปี 2567" over "สสจ.X | กปท. | …", then "รวม" and last year's column) funds the cost
lines a plan's detail column lists beside the same activity number in its activity column.
The same table transposed (a row per funder, a column per "กิจกรรมที่ N") funds each activity whose
money stands under one funder's row, and leaves an activity two funders share with no source at all.
A row opening with an activity's label and holding an amount, over cost lines adding up to it, is their
subtotal in a table too narrow to merge the label across.
An activity's amount stated with its funder in brackets, later itemised by a line-items table, lends
that funder to the lines its run adds up to.
A source label inside running words ("ส่งคืนแหล่งงบประมาณแล้ว เมื่อวันที่ …", "แหล่งงบประมาณที่เสนอ")
names no funder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.budget import clean_source
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"
ROADS = "ศปถ.อำเภอตัวอย่าง"


def _word(tmp_path: Path, parts: list[str | tuple[list[tuple[str, ...]], list]]) -> Path:
    """A .docx of ``parts`` in order: a paragraph's text, or a table as its rows (a tuple of cells
    each) and the ((row, col), (row, col)) pairs of cells to merge."""
    word = Word()
    for part in parts:
        if isinstance(part, str):
            word.add_paragraph(part)
            continue
        rows, merges = part
        add_table(word, rows, [(*a, *b) for a, b in merges])
        word.add_paragraph("")
    path = tmp_path / "report.docx"
    word.save(path)
    return path


def _sources(path: Path) -> list[tuple[str, float, str | None]]:
    return [(i.description, i.amount_baht, i.source) for i in extract(parse(path)).budget_items]


# --- rules on small strings ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["แล้ว เมื่อวันที่ 30 กันยายน 2568", "ที่เสนอ", "ซึ่งได้รับจัดสรร", "เมื่อสิ้นปี"])
def test_a_source_label_inside_running_words_names_no_funder(text):
    assert clean_source(text) is None


@pytest.mark.parametrize("text", [OFFICE, "ที่ว่าการอำเภอตัวอย่าง", FUND])
def test_a_funders_name_after_a_source_label_is_still_a_source(text):
    assert clean_source(text) == text


# --- layouts in real .docx files built here --------------------------------------------------

PLAN_HEADER = ("ประเด็น", "กิจกรรม", "กลุ่มเป้าหมาย", "รายละเอียดงบประมาณ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ")


def test_a_word_funder_by_activity_table_under_a_spanning_source_label_funds_the_plans_cost_lines(tmp_path):
    plan = [PLAN_HEADER,
            ("การจัดการขยะ", "๑. อบรมแกนนำคัดแยกขยะ", "แกนนำ ๖๐ คน",
             "ค่าอาหารกลางวัน ๖๐ คน × ๗๐ บาท = ๔,๒๐๐ บาท", "๔,๒๐๐", "สสอ.ตัวอย่าง"),
            ("", "๒. ตั้งจุดบริการช่วงสงกรานต์", "อาสาสมัคร ๔๐ คน",
             "ค่าวัสดุประจำจุด ๘ จุด × ๕๐๐ บาท = ๔,๐๐๐ บาท", "๔,๐๐๐", "ที่ว่าการอำเภอ"),
            ("", "๓. ประชุมคณะทำงาน", "คณะทำงาน ๓๐ คน",
             "ค่าอาหารว่าง ๓๐ คน × ๓๕ บาท = ๑,๐๕๐ บาท", "๑,๐๕๐", "สสอ.ตัวอย่าง")]
    by_funder = [("กิจกรรม", "แหล่งที่มาของงบประมาณ", "", "", "รวม", "งบปีก่อน"),
                 ("", FUND, ROADS, OFFICE + " (งบ พชอ.)", "", ""),
                 ("๑. อบรมแกนนำ", "๔,๒๐๐", "–", "–", "๔,๒๐๐", "๓,๐๐๐"),
                 ("๒. จุดบริการสงกรานต์", "–", "๔,๐๐๐", "–", "๔,๐๐๐", "–"),
                 ("๓. ประชุมคณะทำงาน", "–", "–", "๑,๐๕๐", "๑,๐๕๐", "๙๐๐")]
    merges = [((0, 1), (0, 3)), ((0, 0), (1, 0)), ((0, 4), (1, 4)), ((0, 5), (1, 5))]
    path = _word(tmp_path, ["แผนปฏิบัติการ พชอ.ตัวอย่าง ปีงบประมาณ ๒๕๖๘", (plan, [((1, 0), (3, 0))]),
                            "งบประมาณจำแนกตามกิจกรรมและแหล่งงบประมาณ", (by_funder, merges)])
    assert _sources(path) == [("ค่าอาหารกลางวัน", 4200.0, FUND), ("ค่าวัสดุประจำจุด", 4000.0, ROADS),
                              ("ค่าอาหารว่าง", 1050.0, OFFICE)]


def test_a_word_transposed_source_table_funds_each_activity_and_leaves_a_shared_one_unfunded(tmp_path):
    costs = [("รายการ", "งบประมาณ (บาท)"),
             ("กิจกรรมที่ 1 อบรมผู้ดูแลผู้สูงอายุ 40 คน", "5,200"),
             ("- ค่าอาหารกลางวัน 40 คน x 80 บาท", "3,200"),
             ("- ค่าตอบแทนวิทยากร 4 ชั่วโมง x 500 บาท", "2,000"),
             ("กิจกรรมที่ 2 รณรงค์ลดเผา 9 หมู่บ้าน", "4,500"),
             ("- ค่าป้ายรณรงค์ 9 ผืน x 500 บาท", "4,500"),
             ("กิจกรรมที่ 3 เวทีคืนข้อมูล 50 คน", "3,000"),
             ("- ค่าอาหารว่าง 50 คน x 2 มื้อ x 30 บาท", "3,000"),
             ("รวมทั้งสิ้น", "12,700")]
    sources = [("ที่มาของงบประมาณ", "กิจกรรมที่ 1", "กิจกรรมที่ 2", "กิจกรรมที่ 3", "รวม"),
               (OFFICE, "5,200", "-", "1,000", "6,200"),
               (FUND, "-", "4,500", "2,000", "6,500"),
               ("รวม", "5,200", "4,500", "3,000", "12,700")]
    path = _word(tmp_path, ["รายงานการประชุม พชอ.ตัวอย่าง ครั้งที่ 2/2568", (costs, []),
                            "แหล่งงบประมาณที่เสนอ", (sources, [])])
    assert _sources(path) == [("ค่าอาหารกลางวัน", 3200.0, OFFICE), ("ค่าตอบแทนวิทยากร", 2000.0, OFFICE),
                              ("ค่าป้ายรณรงค์", 4500.0, FUND), ("ค่าอาหารว่าง", 3000.0, None)]


def test_a_word_activity_amount_with_its_funder_in_brackets_funds_the_later_lines_it_adds_up_to(tmp_path):
    items = [("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน (บาท)"),
             ("1", "ค่าอาหารกลางวัน", "50", "คน", "80.00", "4,000.00"),
             ("2", "ค่าอาหารว่าง", "100", "มื้อ", "25.00", "2,500.00"),
             ("3", "ค่าอาหารอาสาสมัคร", "30", "คน", "100.00", "3,000.00")]
    path = _word(tmp_path, ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2568",
                            "1) อบรมแกนนำสุขภาพ วันที่ 5 ธันวาคม 2567 แกนนำ 50 คน งบประมาณ 6,500.00 บาท (" + OFFICE + ")",
                            "2) ตั้งจุดบริการช่วงเทศกาล อาสาสมัคร 30 คน งบประมาณ 3,000.00 บาท (" + ROADS + ")",
                            "รายละเอียดค่าใช้จ่าย", (items, []),
                            "หมายเหตุ เงินคงเหลือส่งคืนแหล่งงบประมาณแล้ว เมื่อวันที่ 30 กันยายน 2568"])
    assert _sources(path) == [("ค่าอาหารกลางวัน", 4000.0, OFFICE), ("ค่าอาหารว่าง", 2500.0, OFFICE),
                              ("ค่าอาหารอาสาสมัคร", 3000.0, ROADS)]


# --- corpus files of set 47 --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["si-sa-ket-rasi-salai-2567-action-plan.pdf",
                                  "lamphun-pa-sang-2568-progress.docx", "lamphun-pa-sang-2568-progress.pdf"])
def test_funders_from_a_source_table_or_an_activitys_bracket_give_the_gold_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source or "") for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"] or "") for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["nakhon-si-thammarat-thung-yai-2566-minutes.docx",
                                  "nakhon-si-thammarat-thung-yai-2566-minutes.pdf"])
def test_a_transposed_source_table_gives_the_gold_sources_of_the_plans_lines_on_a_real_file(parsed, gold, name):
    found = {(i.amount_baht, i.unit_cost_baht, i.source) for i in extract(parsed(name)).budget_items}
    expected = {(g["amount_baht"], g["unit_cost_baht"], g["source"]) for g in gold(name, "budget_items")}
    assert expected <= found
