"""Round 34 budget and issue rules, on small strings and lines, then on set-34 corpus files.

A summary by issue or by source that a PDF page break cut after any number of rows, whose pieces together add up to all the other lines, gives no lines; the same cut table adding up to nothing else keeps its rows.
Money received that the words after the receipt name as a cost ("ได้รับการสนับสนุนงบประมาณจาก… เป็นค่าอาหาร…") is that cost's line, while an allocation received naming no cost is none.
A bullet opening with the body that gives its money ("- อบจ.X สนับสนุน… เป็นค่า…", "- สำนักงาน… (งบสนับสนุน พชอ.) เป็นค่า…") funds every line of the bullet, its bracket a channel and not the funder.
A cost after "เป็น" or "และ" ("… สนับสนุนการควบคุมโรค เป็นค่าทราย…", "และค่าน้ำยา…") opens the line's description.
A results table's caption breaking an issue down by place or period ("ประเด็น… จำแนกรายตำบล") is no issue.
"""

from __future__ import annotations

import pytest
from blocks import doc_of, text_block

from pcc_ingest.extract.budget import describe, is_not_a_line, text_items
from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import recap_tables
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.run import extract

# --- rules on small strings and lines ----------------------------------------------------


def _line(amount: float, row: tuple[int, int] | None, span: tuple[int, int]) -> PlacedLine:
    block = text_block(f"ค่าใช้จ่าย {amount:,.0f} บาท")
    item = BudgetItemRecord(description="ค่าใช้จ่าย", amount_baht=amount, evidence=evidence(block))
    return PlacedLine(item=item, activity=None, span=span, row=row)


COSTS = [_line(a, (0, r), (0, 10)) for r, a in enumerate([2450.0, 5600.0, 8400.0, 9600.0, 36000.0, 12400.0], 1)]


def test_a_summary_cut_by_a_page_break_after_three_rows_adding_up_to_the_other_lines_gives_none():
    summary = [_line(8050.0, (1, 1), (20, 30)), _line(21600.0, (1, 2), (20, 30)),
               _line(36000.0, (1, 3), (20, 30)), _line(8800.0, (2, 1), (20, 30))]
    assert recap_tables(COSTS + summary) == COSTS


def test_a_table_cut_by_a_page_break_adding_up_to_nothing_else_keeps_its_rows():
    cut = [_line(1000.0, (1, 1), (20, 30)), _line(2000.0, (1, 2), (20, 30)),
           _line(3000.0, (1, 3), (20, 30)), _line(4000.0, (2, 1), (20, 30))]
    assert recap_tables(COSTS + cut) == COSTS + cut


def test_money_received_named_as_a_cost_is_that_costs_line():
    assert not is_not_a_line("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง "
                             "สำหรับการอบรม อสม. เป็นค่าอาหารกลางวันและอาหารว่าง 120 คน × 150 บาท เป็นเงิน ")
    assert is_not_a_line("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง จำนวน ")
    assert is_not_a_line("ได้รับจัดสรรงบประมาณ เป็นค่าใช้จ่ายในการดำเนินงาน พชอ. จำนวน ")


def test_a_received_cost_in_a_spending_paragraph_is_read_with_its_funder():
    text = ("ในรอบ 6 เดือน ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง สำหรับการอบรม อสม. "
            "เป็นค่าอาหารกลางวันและอาหารว่าง 120 คน × 150 บาท เป็นเงิน 18,000 บาท และค่าตอบแทนวิทยากร 6 ชั่วโมง "
            "ชั่วโมงละ 600 บาท เป็นเงิน 3,600 บาท")
    found = [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in text_items(text_block(text))]
    assert found[0] == ("ค่าอาหารกลางวันและอาหารว่าง", 18000.0, 150.0, 120.0,
                        "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")
    assert found[1][1:] == (3600.0, 600.0, 6.0, "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")


def test_a_bullet_opening_with_its_giver_funds_each_of_its_lines():
    text = ("- องค์การบริหารส่วนจังหวัดตัวอย่าง สนับสนุนการควบคุมโรคไข้เลือดออก เป็นค่าทรายกำจัดลูกน้ำยุงลาย 20 ถัง "
            "ถังละ 2,650 บาท เป็นเงิน 53,000 บาท และค่าน้ำยาพ่นหมอกควัน 10 ลิตร × 1,850 บาท = 18,500 บาท รวม 71,500 บาท")
    found = [(i.description, i.amount_baht, i.source) for i in text_items(text_block(text))]
    assert found == [("ค่าทรายกำจัดลูกน้ำยุงลาย", 53000.0, "องค์การบริหารส่วนจังหวัดตัวอย่าง"),
                     ("ค่าน้ำยาพ่นหมอกควัน", 18500.0, "องค์การบริหารส่วนจังหวัดตัวอย่าง")]


def test_a_channel_bracket_after_an_opening_giver_is_not_the_funder():
    text = ("- สำนักงานสาธารณสุขจังหวัดตัวอย่าง (งบสนับสนุน พชอ.) เป็นค่าอาหารว่างผู้ร่วมกิจกรรม 200 คน คนละ 25 บาท "
            "= 5,000 บาท ค่าถุงมือและถุงขยะ 3,500 บาท")
    assert [i.source for i in text_items(text_block(text))] == ["สำนักงานสาธารณสุขจังหวัดตัวอย่าง"] * 2


def test_a_cost_after_pen_or_lae_opens_the_description():
    assert describe("- อบจ.ตัวอย่าง สนับสนุนการควบคุมโรค เป็นค่าทรายกำจัดลูกน้ำยุงลาย 20 ถัง ถังละ 2,650 บาท") == \
        "ค่าทรายกำจัดลูกน้ำยุงลาย"
    assert describe("และค่าน้ำยาพ่นหมอกควัน 10 ลิตร × 1,850 บาท =") == "ค่าน้ำยาพ่นหมอกควัน"


def test_a_caption_breaking_an_issue_down_by_subdistrict_is_no_issue():
    caption = doc_of([text_block("3.1 ประเด็นไข้เลือดออกและยาเสพติด จำแนกรายตำบล"), text_block("ผลการดำเนินงาน")])
    named = doc_of([text_block("3.1 ประเด็นไข้เลือดออกและยาเสพติด"), text_block("ผลการดำเนินงาน")])
    assert extract(caption).issues == []
    assert [i.text for i in extract(named).issues] == ["ไข้เลือดออกและยาเสพติด"]


# --- corpus files of set 34 ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["trang-sikao-2567-progress.pdf", "sukhothai-kong-krailat-2567-progress.pdf"])
def test_spending_paragraphs_give_the_gold_lines_and_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))


def test_a_by_issue_summary_cut_by_a_page_break_gives_no_lines_on_a_real_file(parsed, gold):
    name = "chiang-mai-doi-saket-2568-action-plan.pdf"
    found = sorted(i.amount_baht for i in extract(parsed(name)).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))


def test_a_results_caption_is_no_issue_on_a_real_file(parsed, gold):
    name = "trang-sikao-2567-progress.pdf"
    assert len(extract(parsed(name)).issues) == len(gold(name, "issues"))
