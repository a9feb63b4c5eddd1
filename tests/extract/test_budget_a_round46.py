"""Round 46 budget rules (budget a).

A districts × funders grid gives one line per district and funder, described by the money its title names
(the fiscal year cut off) and the district, whether the funders head amount columns with the unit or stand
in a lower header row under one spanning amount label; its share row in percent gives none.
Two or more year columns under a spanning money label ("งบประมาณ (บาท)" over "ปี 2565 | ปี 2566") are
amount columns, and the latest year's gives the lines.
An amount followed by a bracket whose lines add up to it ("งบประมาณ 36,000 บาท (ค่าอาหาร… = 20,000 บาท
ค่าที่พัก… = 16,000 บาท)") is their subtotal.
A paragraph whose every amount restates the sum of a table's lines or of another paragraph's lines gives no
line, and lends its funder to those lines.
A row naming an activity that gives no line of its own ("กิจกรรมที่ 2 … | 60,000", a subtotal) heads the
cost lines under it, and a plan table's row for that activity which those lines add up to is their subtotal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blocks import budget_lines, doc_of, text_block
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพ อปท."
OFFICE = "สสจ.ตัวอย่าง"


def _word(tmp_path: Path, paragraphs: list[str], tables: list[tuple[list[tuple[str, ...]], list]] = ()) -> Path:
    """A .docx of ``paragraphs`` then ``tables``: each its rows (a tuple of cells each) and the
    ((row, col), (row, col)) pairs of cells to merge."""
    word = Word()
    for text in paragraphs:
        word.add_paragraph(text)
    for rows, merges in tables:
        add_table(word, rows, [(*a, *b) for a, b in merges])
        word.add_paragraph("")
    path = tmp_path / "report.docx"
    word.save(path)
    return path


def _lines(path: Path) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
            for i in extract(parse(path)).budget_items]


# --- rules on small strings and blocks ----------------------------------------------------


@pytest.mark.parametrize(("title", "money"), [
    ("10. งบประมาณสนับสนุนการขับเคลื่อน พชอ. ปีงบประมาณ 2567", "งบประมาณสนับสนุนการขับเคลื่อน พชอ."),
    ("๓. งบประมาณขับเคลื่อน พชอ. ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "งบประมาณขับเคลื่อน พชอ."),
    ("4.1 งบประมาณขับเคลื่อน พชอ. จำแนกตามแหล่งงบประมาณ", "งบประมาณขับเคลื่อน พชอ."),
])
def test_a_money_title_loses_its_fiscal_year(title, money):
    assert rule_re("line.title_trim").sub("", title).strip() == money


@pytest.mark.parametrize(("label", "share"), [
    ("สัดส่วน (%)", True), ("สัดส่วน (ร้อยละ)", True), ("ร้อยละ", True), ("ร้อยเอ็ด", False), ("รวม", False),
])
def test_a_share_row_label_is_told_apart(label, share):
    assert bool(rule_re("line.share_row").match(label)) is share


@pytest.mark.parametrize(("label", "money"), [
    ("งบประมาณ (บาท)", True), ("จำนวนเงิน (บาท)", True), ("งบประมาณ", True), ("ผลงาน (ร้อยละ)", False),
])
def test_a_money_label_spanning_years_is_told_apart(label, money):
    assert bool(rule_re("line.money_span").match(label)) is money


def test_a_bracket_whose_lines_add_up_to_the_amount_before_it_makes_it_a_subtotal():
    text = ("อบรมแกนนำ วันที่ 3 มี.ค. 68 ผู้เข้าร่วม 30 คน งบประมาณ 12,000 บาท (ค่าอาหาร 30 คน × 2 วัน × 100 บาท "
            "= 6,000 บาท ค่าวิทยากร 10 ชั่วโมง × 600 บาท = 6,000 บาท)")
    assert [(a, u, q) for _, a, u, q, _ in budget_lines(doc_of([text_block(text)]))] == [
        (6000.0, 100.0, 60.0), (6000.0, 600.0, 10.0)]


def test_a_paragraph_restating_another_paragraphs_sum_gives_no_line_and_lends_its_funder():
    told = text_block("กิจกรรมระดับจังหวัด ค่าอาหาร 50 คน × 100 บาท = 5,000 บาท ค่าป้าย 2 ผืน × 500 บาท = 1,000 บาท")
    recap = text_block("รวมงบประมาณทั้งสิ้น 6,000 บาท (งบจัดกิจกรรมระดับจังหวัด 6,000 บาท จาก สสจ.ตัวอย่าง)")
    assert [(a, s) for _, a, _, _, s in budget_lines(doc_of([told, recap]))] == [(5000.0, OFFICE), (1000.0, OFFICE)]


# --- the layouts, on Word files built here ------------------------------------------------


def test_a_word_districts_by_funders_grid_under_one_amount_label_gives_a_line_per_cell(tmp_path):
    rows = [("อำเภอ", "จำนวนเงิน (บาท)", "", "", ""),
            ("", "กองทุนหลักประกันสุขภาพ อปท.", OFFICE, "สปสช.เขต 9", "รวม"),
            ("ดอนตูม", "๔๐,๐๐๐", "๑๕,๐๐๐", "๒๐,๐๐๐", "๗๕,๐๐๐"),
            ("บางเลน", "๓๒,๕๐๐", "๑๕,๐๐๐", "๒๐,๐๐๐", "๖๗,๕๐๐"),
            ("รวม", "๗๒,๕๐๐", "๓๐,๐๐๐", "๔๐,๐๐๐", "๑๔๒,๕๐๐")]
    path = _word(tmp_path, ["รายงานการตรวจราชการ ประเด็น พชอ. จังหวัดตัวอย่าง ปีงบประมาณ ๒๕๖๘",
                            "๕. งบประมาณสนับสนุน พชอ. ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
                 [(rows, [((0, 1), (0, 4)), ((0, 0), (1, 0))])])
    assert sorted((d, a, s) for d, a, _, _, s in _lines(path)) == sorted([
        ("งบประมาณสนับสนุน พชอ. อำเภอดอนตูม", 40000.0, FUND),
        ("งบประมาณสนับสนุน พชอ. อำเภอดอนตูม", 15000.0, OFFICE),
        ("งบประมาณสนับสนุน พชอ. อำเภอดอนตูม", 20000.0, "สปสช.เขต 9"),
        ("งบประมาณสนับสนุน พชอ. อำเภอบางเลน", 32500.0, FUND),
        ("งบประมาณสนับสนุน พชอ. อำเภอบางเลน", 15000.0, OFFICE),
        ("งบประมาณสนับสนุน พชอ. อำเภอบางเลน", 20000.0, "สปสช.เขต 9"),
    ])


def test_a_word_grid_with_the_unit_in_each_funders_label_skips_its_share_row(tmp_path):
    rows = [("อำเภอ", "สสจ.ตัวอย่าง (บาท)", "ศอ.บต. (บาท)", "รวม (บาท)"),
            ("เมืองตัวอย่าง", "30,000", "12,000", "42,000"),
            ("นาดี", "25,000", "10,000", "35,000"),
            ("รวม", "55,000", "22,000", "77,000"),
            ("สัดส่วน (%)", "71.43", "28.57", "100.00")]
    path = _word(tmp_path, ["รายงานการตรวจราชการ จังหวัดตัวอย่าง ปีงบประมาณ 2568",
                            "4.1 งบประมาณขับเคลื่อน พชอ. จำแนกตามแหล่งงบประมาณ"], [(rows, [])])
    assert sorted((d, a, s) for d, a, _, _, s in _lines(path)) == sorted([
        ("งบประมาณขับเคลื่อน พชอ. อำเภอเมืองตัวอย่าง", 30000.0, OFFICE),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอเมืองตัวอย่าง", 12000.0, "ศอ.บต."),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาดี", 25000.0, OFFICE),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาดี", 10000.0, "ศอ.บต."),
    ])


def test_a_word_plan_with_year_columns_under_a_money_label_itemised_by_a_later_cost_table(tmp_path):
    plan = [("กิจกรรม", "ระยะเวลา", "จำนวนเงิน (บาท)", "", "แหล่งงบประมาณ"),
            ("", "", "ปี ๒๕๖๗", "ปี ๒๕๖๘", ""),
            ("๑. ประชุมคณะทำงาน พชอ.", "พ.ย. ๖๗", "๓,๐๐๐", "๓,๕๐๐", OFFICE),
            ("๒. อบรมแกนนำชุมชนลดเค็ม", "ก.พ. ๖๘", "๘,๐๐๐", "๙,๖๐๐", FUND),
            ("รวม", "", "๑๑,๐๐๐", "๑๓,๑๐๐", "")]
    costs = [("รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน (บาท)"),
             ("กิจกรรมที่ ๒ อบรมแกนนำชุมชนลดเค็ม", "", "", "๙,๖๐๐"),
             ("- ค่าอาหารกลางวัน", "๖๐", "๑๐๐", "๖,๐๐๐"),
             ("- ค่าวิทยากร", "๖", "๖๐๐", "๓,๖๐๐")]
    path = _word(tmp_path, ["แผนปฏิบัติการ พชอ.เมืองตัวอย่าง ปีงบประมาณ ๒๕๖๘"],
                 [(plan, [((0, 2), (0, 3)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 4), (1, 4))]), (costs, [((1, 0), (1, 2))])])
    assert sorted(a for _, a, *_ in _lines(path)) == [3500.0, 3600.0, 6000.0]


# --- set 46 files ---------------------------------------------------------------------------


def _pairs(items) -> list[tuple[float, float, float]]:
    rows = [(i["amount_baht"], i["unit_cost_baht"], i["quantity"]) if isinstance(i, dict)
            else (i.amount_baht, i.unit_cost_baht, i.quantity) for i in items]
    return sorted((a, u or 0.0, q or 0.0) for a, u, q in rows)


@pytest.mark.parametrize("name", ["yala-province-2567-inspection.docx", "yala-province-2567-inspection.pdf"])
def test_an_inspection_reports_districts_by_funders_grid_on_a_real_file(parsed, gold, name):
    found = extract(parsed(name)).budget_items
    assert _pairs(found) == _pairs(gold(name, "budget_items"))
    grid = {(g["description"], g["amount_baht"], g["source"]) for g in gold(name, "budget_items") if "อำเภอ" in g["description"]}
    assert grid <= {(i.description, i.amount_baht, i.source) for i in found}


def test_a_plan_comparing_two_years_itemised_by_a_cost_table_on_a_real_file(parsed, gold):
    name = "kalasin-somdet-2566-action-plan.pdf"
    assert _pairs(extract(parsed(name)).budget_items) == _pairs(gold(name, "budget_items"))
