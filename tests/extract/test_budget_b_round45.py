"""Round 45 budget rules (budget b).

An activity's heading row merged across a line-items table over its subtotal, before its cost
lines, is no line when the rows under it down to the next such heading add up to it; the funder
in the bracket closing its label pays for those lines.
A heading whose rows do not add up to it stays a line.
A sentence's cost line that a budget table's row states again with the same working is no line
of its own, nor is the sentence's amount right before such lines that they add up to; the row
keeps its own words.
A cost line with other working than any row stays a line.
"ผลการเบิกจ่าย ใช้จ่ายจริง …" opens a total, no line.
A report's spending to date in the paragraph right under a budget table whose total row says
only "รวม" is the report's total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from blocks import budget_lines, cell_block, doc_of, text_block
from docx_builder import write_docx

from pcc_ingest.extract.budget import extract_budget, is_total_context
from pcc_ingest.extract.budget.subrows import subtotal_parents
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง"
HEADER = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]


def _items_doc(tmp_path: Path, rows: list[list[str]], heads: tuple[int, ...], before: tuple[str, ...] = (),
               after: tuple[str, ...] = ()) -> Path:
    """A real .docx of a line-items table whose ``heads`` rows merge their label over the middle columns."""
    merges = [(r, 0, r, len(rows[0]) - 2) for r in heads]
    return write_docx(tmp_path / "items.docx", before, rows, merges, after)


def _lines(path: Path) -> list[tuple[float, float | None, str | None]]:
    items, _ = extract_budget(parse(path), None)
    return [(i.amount_baht, i.unit_cost_baht, i.source) for i in items]


# --- rules on small inputs ---------------------------------------------------------------


def test_a_merged_heading_row_is_the_subtotal_of_the_rows_down_to_the_next_heading():
    heads = [True, False, False, True, False, False]
    assert subtotal_parents([None] * 6, [3000, 1000, 2000, 900, 400, 500], None, heads) == {0: [1, 2], 3: [4, 5]}


def test_a_merged_heading_whose_rows_do_not_add_up_to_it_is_no_subtotal():
    assert subtotal_parents([None] * 3, [5000, 1000, 2000], None, [True, False, False]) == {}


def test_a_heading_row_merged_over_its_subtotal_gives_its_bracketed_funder_to_its_lines(tmp_path):
    rows = [HEADER,
            [f"กิจกรรมที่ 1 ประชุมคณะทำงาน ({OFFICE})", "", "", "", "1,750"],
            ["ค่าอาหารว่าง ครั้งที่ 1", "25", "คน", "35", "875"],
            ["ค่าอาหารว่าง ครั้งที่ 2", "25", "คน", "35", "875"],
            [f"กิจกรรมที่ 2 อบรมแกนนำ ({FUND})", "", "", "", "9,600"],
            ["ค่าอาหารกลางวัน", "80", "คน", "60", "4,800"],
            ["ค่าอาหารว่าง", "160", "มื้อ", "30", "4,800"]]
    path = _items_doc(tmp_path, rows, (1, 4))
    assert _lines(path) == [(875.0, 35.0, OFFICE), (875.0, 35.0, OFFICE),
                            (4800.0, 60.0, FUND), (4800.0, 30.0, FUND)]


def test_a_merged_heading_row_whose_lines_do_not_add_up_to_it_stays_a_line(tmp_path):
    rows = [HEADER,
            [f"กิจกรรมที่ 1 ประชุมคณะทำงาน ({OFFICE})", "", "", "", "5,000"],
            ["ค่าอาหารว่าง", "25", "คน", "35", "875"]]
    path = _items_doc(tmp_path, rows, (1,))
    assert [a for a, *_ in _lines(path)] == [5000.0, 875.0]


def test_a_sentences_cost_lines_a_table_row_restates_are_dropped_with_the_amount_they_make(tmp_path):
    rows = [HEADER,
            [f"กิจกรรมที่ 1 ประชุมคณะทำงาน ({OFFICE})", "", "", "", "1,750"],
            ["ค่าอาหารว่างและเครื่องดื่ม ครั้งที่ 1", "25", "คน", "35", "875"],
            ["ค่าอาหารว่างและเครื่องดื่ม ครั้งที่ 2", "25", "คน", "35", "875"]]
    before = ("1. ประชุมคณะทำงาน จำนวน 2 ครั้ง งบประมาณรวม 1,750 บาท",
              "1.1 ประชุมครั้งที่ 1 ผู้เข้าร่วม 25 คน ค่าอาหารว่าง 25 คน × 35 บาท = 875 บาท",
              "1.2 ประชุมครั้งที่ 2 ผู้เข้าร่วม 25 คน ค่าอาหารว่าง 25 คน × 35 บาท = 875 บาท")
    items, _ = extract_budget(parse(_items_doc(tmp_path, rows, (1,), before)), None)
    assert [(i.description, i.source) for i in items] == [("ค่าอาหารว่างและเครื่องดื่ม ครั้งที่ 1", OFFICE),
                                                         ("ค่าอาหารว่างและเครื่องดื่ม ครั้งที่ 2", OFFICE)]


def test_a_sentences_cost_line_with_other_working_than_the_rows_stays_a_line():
    doc = doc_of([text_block("ค่าอาหารว่าง 30 คน × 35 บาท = 1,050 บาท"),
                  cell_block(HEADER[0], 0, 0), cell_block(HEADER[4], 0, 1),
                  cell_block("ค่าอาหารกลางวัน", 1, 0), cell_block("4,800", 1, 1)])
    assert [a for _, a, *_ in budget_lines(doc)] == [1050.0, 4800.0]


@pytest.mark.parametrize("before", ["ผลการเบิกจ่าย ใช้จ่ายจริง ", "ผลการใช้จ่ายงบประมาณ: เบิกจ่ายจริง "])
def test_a_spending_heading_then_the_spending_opens_a_total(before):
    assert is_total_context(before)


def test_spending_to_date_under_a_budget_table_with_a_plain_total_row_is_the_total(tmp_path):
    rows = [["กิจกรรม", "ไตรมาส ๒", "ไตรมาส ๓", "รวม (บาท)", "แหล่งงบประมาณ"],
            ["๑. ประชุมชี้แจง", "๑๐,๐๐๐", "-", "๑๐,๐๐๐", OFFICE],
            ["๒. อบรมพี่เลี้ยง", "-", "๒๐,๐๐๐", "๒๐,๐๐๐", OFFICE],
            ["รวม", "๑๐,๐๐๐", "๒๐,๐๐๐", "๓๐,๐๐๐", ""]]
    path = write_docx(tmp_path / "inspection.docx", ["งบประมาณระดับจังหวัด"], rows,
                      after=["ผลการเบิกจ่าย ณ ๓๑ มีนาคม ๒๕๖๘ เบิกจ่ายแล้ว ๑๘,๕๐๐ บาท คิดเป็นร้อยละ ๖๑.๖๗"])
    doc = parse(path)
    facts = extract(doc).document
    _, total = extract_budget(doc, facts.model_copy(update={"doc_type": "inspection_report"}))
    assert total is not None and total.amount_baht == 18500.0


# --- corpus files of set 45 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["phang-nga-takua-pa-2568-project.docx", "phang-nga-takua-pa-2568-project.pdf"])
def test_merged_activity_headings_give_the_gold_lines_sources_and_total_on_a_real_file(parsed, gold, name):
    result = extract(parsed(name))
    found = sorted((i.amount_baht, i.unit_cost_baht, i.source) for i in result.budget_items)
    assert found == sorted((g["amount_baht"], g["unit_cost_baht"], g["source"]) for g in gold(name, "budget_items"))
    assert result.budget_total is not None and result.budget_total.amount_baht == 108550.0


@pytest.mark.parametrize("name", ["chai-nat-province-2567-inspection.docx", "chai-nat-province-2567-inspection.pdf"])
def test_spending_to_date_under_the_province_budget_table_is_the_total_on_a_real_file(parsed, name):
    total = extract(parsed(name)).budget_total
    assert total is not None and total.amount_baht == 58740.0
