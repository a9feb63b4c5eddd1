"""Round 45 budget rules (budget a).

A budget table comparing fiscal years, one amount column per year, gives the latest year's amounts.
A table title naming what the table compares after its source label ("จำแนกตามแหล่งงบประมาณ
เปรียบเทียบปีงบประมาณ …") names no source.
An activity table that names each row's funder and recaps a later line-items table run by run
lends each row's funder to the cost lines its run adds up to.
A line that is nothing but a funder's name, a glossing bracket aside, over bulleted cost lines
funds the lines under it, not those above it.
"ทั้ง N กิจกรรม งบประมาณรวม …" sums the items told before it: a total, no line.
A funder a line names for its own amount is no document-wide source for the lines near it.
A bare product in a bulleted list takes its price from the price a sibling line of the list states.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blocks import budget_lines, doc_of, text_block
from docx import Document as Word

from pcc_ingest.extract.budget import is_total_context
from pcc_ingest.extract.budget.sources import source_lines
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
OFFICE = "สสจ.ตัวอย่าง"


def _word(tmp_path: Path, paragraphs: list[str], tables: list[list[tuple[str, ...]]] = ()) -> Path:
    """A .docx of ``paragraphs`` then ``tables``, one row of cells a tuple."""
    word = Word()
    for text in paragraphs:
        word.add_paragraph(text)
    for rows in tables:
        table = word.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        word.add_paragraph("")
    path = tmp_path / "plan.docx"
    word.save(path)
    return path


def _lines(path: Path) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
            for i in extract(parse(path)).budget_items]


# --- rules on small blocks -------------------------------------------------------------


def test_a_count_of_activities_before_a_budget_in_all_makes_it_a_total():
    assert is_total_context("มติที่ประชุม เห็นชอบแผนกิจกรรมทั้ง 3 กิจกรรม งบประมาณรวม ")
    assert is_total_context("อนุมัติทั้ง ๒ โครงการ เป็นเงินรวม ")
    assert not is_total_context("ค่าอาหาร 2 มื้อ 60 คน รวม ")


def test_a_title_naming_what_a_table_compares_after_the_source_label_names_no_source():
    doc = doc_of([text_block("5. งบประมาณจำแนกตามแหล่งงบประมาณ เปรียบเทียบปีงบประมาณ 2566 และ 2567"),
                  text_block("งบประมาณจำแนกตามแหล่งงบประมาณ รายไตรมาส")])
    assert source_lines(doc) == []


def test_a_funder_heading_funds_the_bullets_under_it_not_those_above():
    doc = doc_of([text_block(f"แหล่งงบประมาณ: {OFFICE}"),
                  text_block("- ค่าวัสดุสำนักงาน = 1,000 บาท"),
                  text_block("กองทุนหลักประกันสุขภาพระดับพื้นที่ (กองทุนตำบล 4 แห่ง)"),
                  text_block("- ทรายกำจัดลูกน้ำ 10 ถัง ถังละ 500 บาท = 5,000 บาท")])
    assert [(d, s) for d, _, _, _, s in budget_lines(doc)] == [("ค่าวัสดุสำนักงาน", OFFICE),
                                                               ("ทรายกำจัดลูกน้ำ", "กองทุนหลักประกันสุขภาพระดับพื้นที่")]


# --- the layouts on Word files built here ---------------------------------------------------


def test_a_word_table_comparing_fiscal_years_gives_the_latest_years_amounts(tmp_path):
    rows = [("กิจกรรม", "ปี ๒๕๖๘ (บาท)", "ปี ๒๕๖๗ (บาท)"),
            ("ประชุมคณะกรรมการ พชอ.เมืองตัวอย่าง", "๘,๐๐๐", "๖,๐๐๐"),
            ("อบรมแกนนำชุมชนลดเค็ม", "๑๒,๕๐๐", "๑๐,๐๐๐")]
    path = _word(tmp_path, ["แผนปฏิบัติการ พชอ.เมืองตัวอย่าง ปีงบประมาณ ๒๕๖๘",
                            "งบประมาณเปรียบเทียบปีงบประมาณ ๒๕๖๗ และ ๒๕๖๘"], [rows])
    assert sorted(a for _, a, *_ in _lines(path)) == [8000.0, 12500.0]


def test_a_word_activity_table_lends_its_funders_to_the_cost_lines_it_recaps(tmp_path):
    plan = [("ที่", "กิจกรรม", "งบประมาณ (บาท)", "แหล่งงบประมาณ"),
            ("๑", "ตรวจคัดกรองเบาหวานเชิงรุก", "๙,๐๐๐", OFFICE),
            ("๒", "อบรมผู้ดูแลผู้สูงอายุ", "๗,๒๐๐", FUND)]
    costs = [("รายการ", "จำนวน", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
             ("ค่าแถบตรวจน้ำตาล", "๓๐๐", "๓๐", "๙,๐๐๐"),
             ("ค่าอาหารกลางวัน", "๖๐", "๖๐", "๓,๖๐๐"),
             ("ค่าตอบแทนวิทยากร", "๖", "๖๐๐", "๓,๖๐๐")]
    path = _word(tmp_path, ["แผนปฏิบัติการ พชอ.เมืองตัวอย่าง ปีงบประมาณ ๒๕๖๘"], [plan, costs])
    assert [(d, a, s) for d, a, _, _, s in _lines(path)] == [("ค่าแถบตรวจน้ำตาล", 9000.0, OFFICE),
                                                             ("ค่าอาหารกลางวัน", 3600.0, FUND),
                                                             ("ค่าตอบแทนวิทยากร", 3600.0, FUND)]


def test_a_word_report_with_funder_headings_over_bullets_sources_each_group(tmp_path):
    path = _word(tmp_path, ["รายงานผลการดำเนินงาน พชอ.เมืองตัวอย่าง ปีงบประมาณ ๒๕๖๗",
                            "องค์การบริหารส่วนจังหวัดตัวอย่าง",
                            "• ค่าป้ายไวนิลรณรงค์ ๔ ป้าย × ๕๐๐ บาท = ๒,๐๐๐ บาท",
                            "• ค่าหมวกนิรภัยเด็ก ๒๐ ใบ × ๒๕๐ บาท = ๕,๐๐๐ บาท",
                            "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง (กองทุนตำบล ๒ แห่ง)",
                            "• ค่าอาหารว่าง ๕๐ คน × ๒๕ บาท = ๑,๒๕๐ บาท"])
    assert [s for *_, s in _lines(path)] == ["องค์การบริหารส่วนจังหวัดตัวอย่าง"] * 2 + [
        "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง"]


def test_a_word_resolution_summing_the_planned_items_and_a_claimed_funder(tmp_path):
    path = _word(tmp_path, ["รายงานการประชุม พชอ.เมืองตัวอย่าง ครั้งที่ ๒/๒๕๖๗",
                            "๑. เยี่ยมบ้านผู้ป่วยติดเตียง ๓ ตำบล ใช้งบ อบต.ตัวอย่าง ๒,๐๐๐ บาท",
                            "๒. ประชุมสรุปบทเรียน ผู้เข้าร่วม ๓๐ คน งบประมาณ ๓๐ คน × ๑๐๐ บาท = ๓,๐๐๐ บาท",
                            "มติที่ประชุม อนุมัติแผนทั้ง ๒ กิจกรรม งบประมาณรวม ๕,๐๐๐ บาท"])
    assert [(a, s) for _, a, _, _, s in _lines(path)] == [(2000.0, "อบต.ตัวอย่าง"), (3000.0, None)]


def test_a_word_bare_product_takes_its_price_from_a_sibling_bullet(tmp_path):
    path = _word(tmp_path, ["รายงานผลการใช้จ่ายงบประมาณ พชอ.เมืองตัวอย่าง",
                            "• ค่าอาหารว่างการประชุม (๓๐x๓๕x๒) = ๒,๑๐๐ บาท",
                            "• ค่าอาหารว่างการอบรม ๒ มื้อๆ ละ ๓๕ บาท x ๕๐ คน = ๓,๕๐๐ บาท"])
    assert [(a, u, q) for _, a, u, q, _ in _lines(path)] == [(2100.0, 35.0, 60.0), (3500.0, 35.0, 100.0)]


# --- corpus files of set 45 ----------------------------------------------------------


def _pairs(items) -> list[tuple[float, float | None, float | None, str | None]]:
    return sorted((i["amount_baht"], i["unit_cost_baht"], i["quantity"], i["source"]) if isinstance(i, dict)
                  else (i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items)


def test_a_plan_comparing_years_over_its_itemised_costs_on_a_real_file(parsed, gold):
    name = "tak-umphang-2567-action-plan.pdf"
    assert _pairs(extract(parsed(name)).budget_items) == _pairs(gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["prachin-buri-na-di-2568-progress.docx", "prachin-buri-na-di-2568-progress.pdf"])
def test_funder_headings_and_a_sibling_price_on_a_real_file(parsed, gold, name):
    office = "สำนักงานสาธารณสุขจังหวัดปราจีนบุรี"  # the first group's source, written with its category
    found = [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in extract(parsed(name)).budget_items]
    assert sorted((a, u, q, s) for a, u, q, s in found if s and office not in s) == sorted(
        (g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"])
        for g in gold(name, "budget_items") if g["source"] != office)
    assert sorted(f[:3] for f in found) == sorted(
        (g["amount_baht"], g["unit_cost_baht"], g["quantity"]) for g in gold(name, "budget_items"))


def test_a_resolution_total_and_an_unsourced_plan_line_on_a_real_file(parsed, gold):
    name = "ranong-suk-samran-2566-minutes.docx"
    assert _pairs(extract(parsed(name)).budget_items) == _pairs(gold(name, "budget_items"))
