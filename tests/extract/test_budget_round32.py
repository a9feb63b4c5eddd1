"""Round 32 budget rules.

A budget table whose source label spans one amount column per funder, the funders named in the row
under it, gives each cost line the funder whose column holds its money, and that row of names is no
line.
A table with a single source column still reads its source cell as written.
A "ใช้งบประมาณจาก X สำหรับ …" clause after an amount opens the next lines' clause: it funds none of
the lines before it, which keep the funder their own clause named.
A bracket of cost lines closed by "งบ" and the paying body ("… = 1,120 บาท งบ สสจ.X)") names
the source of its lines.
A figure before a unit word run straight into "ละ" ("ที่ 2 อำเภอละ 10,000 บาท") counts nothing: the
word opens a price; "12 วันๆ ละ" still counts.
A line that allots money from a fund ("จัดสรร…จาก…") funds the lines spent from it after it,
unless a line names a funding body of its own; a fund that is the subject of "สนับสนุนโครงการ"
is that line's giver.
A bare product in a paragraph with no stated count takes as its price the figure the paragraph
states as a price elsewhere ("60 คน × 110 บาท" beside "(45x110)").
A key-value table's label cell ("ช่วงข้อมูล") cues the reporting period in the value cell beside it.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, table_doc, text_block

from pcc_ingest.extract.budget.funders import inline_source
from pcc_ingest.extract.budget.rules import quantity_re
from pcc_ingest.extract.document_facts.period import stated_period
from pcc_ingest.extract.run import extract

OFFICE = "สสอ.ตัวอย่าง"
FUND = "กองทุนพัฒนาตัวอย่าง"
HOSPITAL = "รพ.ตัวอย่าง"


# --- rules on small documents ----------------------------------------------------------


def test_one_amount_column_per_funder_gives_each_line_the_funder_whose_column_holds_its_money():
    doc = table_doc([["ที่", "รายการ", "แหล่งงบประมาณ (บาท)", None, None, "รวม (บาท)"],
                     [None, None, OFFICE, FUND, HOSPITAL, None],
                     ["1", "ค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 35 คน", "1,750", "-", "-", "1,750"],
                     ["2", "ค่าตอบแทนวิทยากร 6 ชม. ชม.ละ 600 บาท", "-", "3,600", "-", "3,600"],
                     ["3", "หน้ากาก N95 จำนวน 1,200 ชิ้น ชิ้นละ 15 บาท", "-", "-", "18,000", "18,000"],
                     ["รวมทั้งสิ้น", None, "1,750", "3,600", "18,000", "23,350"]])
    assert budget_lines(doc) == [("ค่าอาหารว่าง", 1750.0, 25.0, 70.0, OFFICE),
                                 ("ค่าตอบแทนวิทยากร", 3600.0, 600.0, 6.0, FUND),
                                 ("หน้ากาก N95", 18000.0, 15.0, 1200.0, HOSPITAL)]


def test_a_single_source_column_still_gives_its_cell_as_the_source():
    doc = table_doc([["ที่", "รายการ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                     ["1", "ค่าป้ายไวนิลรณรงค์", "1,500", OFFICE]])
    assert budget_lines(doc) == [("ค่าป้ายไวนิลรณรงค์", 1500.0, None, None, OFFICE)]


def test_a_use_clause_after_an_amount_funds_the_lines_after_it_not_those_before():
    text = ("ใช้งบประมาณจากกองทุนหลักประกันสุขภาพตัวอย่าง สำหรับการอบรม ประกอบด้วยค่าอาหารกลางวัน 90 คน "
            "คนละ 60 บาท เป็นเงิน 5,400 บาท และค่าตอบแทนวิทยากร 6 ชั่วโมง ชั่วโมงละ 600 บาท เป็นเงิน 3,600 บาท "
            "ใช้งบประมาณจากโรงพยาบาลตัวอย่างสำหรับการควบคุมโรค ได้แก่ ค่าทรายกำจัดลูกน้ำ 12 ถังๆ ละ 2,900 บาท "
            "เป็นเงิน 34,800 บาท")
    assert [s for *_, s in budget_lines(doc_of([text_block(text)]))] == [
        "กองทุนหลักประกันสุขภาพตัวอย่าง", "กองทุนหลักประกันสุขภาพตัวอย่าง", "โรงพยาบาลตัวอย่าง"]


def test_a_bracket_closed_by_a_paying_body_names_the_source():
    assert inline_source(" งบ สสจ.ตัวอย่าง)") == "สสจ.ตัวอย่าง"
    assert inline_source(" งบกองทุนหลักประกันสุขภาพเทศบาลตัวอย่าง)") == "กองทุนหลักประกันสุขภาพเทศบาลตัวอย่าง"
    assert inline_source(" งบกองทุน 5 แห่ง)") is None


def test_a_unit_word_run_into_la_opens_a_price_and_the_figure_before_it_counts_nothing():
    assert [m["n"] for m in quantity_re().finditer("เขตสุขภาพที่ 2 อำเภอละ 10,000 บาท รวม 5 อำเภอ") if m["n"]] == ["5"]
    assert [m["n"] for m in quantity_re().finditer("เคลื่อนที่ 12 วันๆ ละ 1,500 บาท") if m["n"]] == ["12"]


def test_an_allotment_funds_the_lines_spent_from_it_and_a_supporting_fund_gives_its_own():
    text = ("สำนักงานตัวอย่างจัดสรรงบประมาณสนับสนุนการขับเคลื่อน พชอ. จากงบดำเนินงานเขตสุขภาพที่ 2 "
            "อำเภอละ 10,000 บาท รวม 5 อำเภอ เป็นเงิน 50,000 บาท ใช้จ่ายในการประชุมชี้แจงแนวทาง "
            "เป็นค่าอาหารกลางวันและอาหารว่าง (45x110) เป็นเงิน 4,950 บาท ประชุมทีมพี่เลี้ยง ค่าอาหารและอาหารว่าง "
            "60 คน × 110 บาท × 2 วัน เป็นเงิน 13,200 บาท นอกจากนี้กองทุนหลักประกันสุขภาพระดับท้องถิ่น (กปท.) "
            "ในพื้นที่ 5 อำเภอ สนับสนุนโครงการ จำนวน 38 โครงการ เป็นเงิน 1,246,500 บาท")
    lines = budget_lines(doc_of([text_block(text)]))
    assert [(a, u, q) for _, a, u, q, _ in lines] == [(50000.0, 10000.0, 5.0), (4950.0, 110.0, 45.0),
                                                       (13200.0, 110.0, 120.0), (1246500.0, None, None)]
    assert [s.startswith("งบดำเนินงานเขตสุขภาพที่ 2") for *_, s in lines[:3]] == [True, True, True]
    assert lines[3][4] == "กองทุนหลักประกันสุขภาพระดับท้องถิ่น (กปท.)"


def test_a_label_cell_cues_the_reporting_period_in_the_value_cell_beside_it():
    doc = doc_of([text_block("รายงานผลการดำเนินงาน"),
                  cell_block("ช่วงข้อมูล", 0, 0), cell_block("1 ตุลาคม 2566 – 30 มิถุนายน 2567", 0, 1)])
    found = stated_period(doc, [], 2567, "progress_report")
    assert found is not None and tuple(d.isoformat() for d in found.value) == ("2023-10-01", "2024-06-30")


# --- corpus files of set 32 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["lampang-mae-mo-2568-project.docx", "lampang-mae-mo-2568-project.pdf"])
def test_funder_columns_give_the_gold_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))


def test_brackets_closed_by_their_funder_give_the_gold_sources_on_a_real_file(parsed, gold):
    name = "phetchaburi-cha-am-2566-progress.pdf"
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    expected = sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))
    assert [a for a, _ in found] == [a for a, _ in expected]
    assert all(f in e or e in f for (_, f), (_, e) in zip(found, expected))
