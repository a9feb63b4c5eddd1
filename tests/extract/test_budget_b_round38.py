"""Round 38 budget rules (budget b): funders told in prose, lines beside an activity, the data period.

A funder that opens the list a sentence introduces ("…ได้รับงบประมาณสนับสนุนจาก 4 แหล่ง ดังนี้
กองทุน… สนับสนุน… ประกอบด้วย …") funds the lines of that list.
A counted funder ("องค์กรปกครองส่วนท้องถิ่น 8 แห่ง สนับสนุน…") funds its lines under its name
without the count.
A funder that supports a named cost outright ("อบจ.X สนับสนุนค่าอาหาร… เป็นเงิน …") funds that line.
A later clause opening with its own giver ("… และเงินบำรุงสำนักงาน… เป็นค่า…") funds its own line,
and a funder a later clause names takes over from the opening giver for the lines after it.
Two or more lines a cell beside the activity spells out, without cost words, that add up to the
row's amount are the row's lines.
A bare product no paragraph tells apart takes its counts from the whole document ("132 คน" in the
plan beside "(132x25x2)": 25 baht x 264).
An inspection form's "ช่วงข้อมูลที่รายงาน" range is the document's period.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, table_doc, text_block

from pcc_ingest.extract.budget.funders import opening_giver
from pcc_ingest.extract.run import extract

FUND = "กองทุนหลักประกันสุขภาพระดับพื้นที่"
LOCAL = "องค์กรปกครองส่วนท้องถิ่น"


# --- rules on small blocks ---------------------------------------------------------------


def test_a_funder_opening_the_list_a_sentence_introduces_funds_its_lines():
    text = (f"ปีงบประมาณ 2568 คณะกรรมการ พชอ. ได้รับงบประมาณสนับสนุนจาก 2 แหล่ง ดังนี้ {FUND} 8 กองทุน "
            "สนับสนุนกิจกรรมอบรม จำนวน 10,000 บาท ประกอบด้วย ค่าอาหารกลางวัน 50 คน × 80 บาท เป็นเงิน 4,000 บาท "
            "และค่าตอบแทนวิทยากร 10 ชั่วโมงๆ ละ 600 บาท เป็นเงิน 6,000 บาท")
    assert opening_giver(text)[0] == FUND
    assert [(d, a, s) for d, a, _, _, s in budget_lines(doc_of([text_block(text)]))] == [
        ("ค่าอาหารกลางวัน", 4000.0, FUND), ("ค่าตอบแทนวิทยากร", 6000.0, FUND)]


def test_a_counted_funder_funds_its_lines_under_its_name_without_the_count():
    text = (f"{LOCAL} 8 แห่ง สนับสนุนประเด็นขยะ จำนวน 9,000 บาท ได้แก่ ค่าอาหารว่าง 100 คน × 30 บาท "
            "เป็นเงิน 3,000 บาท และค่าป้ายไวนิล 12 ป้าย × 500 บาท เป็นเงิน 6,000 บาท")
    assert {s for *_, s in budget_lines(doc_of([text_block(text)]))} == {LOCAL}


def test_a_funder_supporting_a_named_cost_outright_funds_that_line():
    text = "องค์การบริหารส่วนจังหวัดตัวอย่างสนับสนุนค่าอาหารอาสาสมัครประจำด่าน 9 จุด × 7 วัน × 300 บาท เป็นเงิน 18,900 บาท"
    assert budget_lines(doc_of([text_block(text)])) == [
        ("ค่าอาหารอาสาสมัครประจำด่าน", 18900.0, 300.0, 63.0, "องค์การบริหารส่วนจังหวัดตัวอย่าง")]


def test_a_later_clause_opening_with_its_own_giver_funds_its_own_line():
    text = (f"{LOCAL} 8 แห่ง สนับสนุนประเด็นขยะ จำนวน 3,000 บาท ได้แก่ ค่าอาหารว่าง 100 คน × 30 บาท "
            "เป็นเงิน 3,000 บาท และเงินบำรุงสำนักงานสาธารณสุขอำเภอตัวอย่าง เป็นค่าอาหารว่างการประชุม พชอ. "
            "4 ครั้ง ครั้งละ 30 คน คนละ 35 บาท เป็นเงิน 4,200 บาท")
    assert [s for *_, s in budget_lines(doc_of([text_block(text)]))] == [
        LOCAL, "เงินบำรุงสำนักงานสาธารณสุขอำเภอตัวอย่าง"]


def test_a_funder_a_later_clause_names_takes_over_from_the_opening_giver():
    text = ("อบจ.ตัวอย่างสนับสนุนค่าอาหารอาสาสมัคร 9 จุด × 7 วัน × 300 บาท เป็นเงิน 18,900 บาท "
            "ส่วนงบ พชอ. จากสำนักงานสาธารณสุขจังหวัดตัวอย่าง ใช้เป็นค่าอาหารว่างการประชุม 62 คน × 35 บาท "
            "เป็นเงิน 2,170 บาท และค่าน้ำมันเชื้อเพลิงในการเยี่ยมเสริมพลัง เป็นเงิน 3,000 บาท")
    sources = [s for *_, s in budget_lines(doc_of([text_block(text)]))]
    assert sources[0] == "อบจ.ตัวอย่าง"
    assert sources[1] == sources[2] != sources[0]


def test_lines_without_cost_words_beside_the_activity_that_add_up_to_the_amount_are_the_rows_lines():
    doc = table_doc([["ที่", "กิจกรรม", "รายละเอียดการคำนวณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                     ["1", "รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย",
                      "ทรายกำจัดลูกน้ำ 5 ถังๆ ละ 3,200 บาท = 16,000 บาท ป้ายไวนิลรณรงค์ 11 ป้าย × 500 บาท = 5,500 บาท",
                      "21,500", "สสจ.ตัวอย่าง"]])
    assert budget_lines(doc) == [("ทรายกำจัดลูกน้ำ", 16000.0, 3200.0, 5.0, "สสจ.ตัวอย่าง"),
                                 ("ป้ายไวนิลรณรงค์", 5500.0, 500.0, 11.0, "สสจ.ตัวอย่าง")]


def test_a_bare_product_takes_its_counts_from_the_whole_document_when_its_paragraph_tells_none():
    doc = doc_of([cell_block("ประชุมแกนนำหมู่บ้าน จำนวน 132 คน", 1, 1),
                  text_block(f"{LOCAL} สนับสนุนประเด็นขยะ เป็นค่าอาหารว่างการประชุมแกนนำหมู่บ้าน (132x25x2) "
                             "เป็นเงิน 6,600 บาท")])
    assert [(u, q) for _, _, u, q, _ in budget_lines(doc)] == [(25.0, 264.0)]


def test_an_inspection_forms_reported_data_range_is_the_period():
    doc = doc_of([text_block("แบบรายงานผลการตรวจราชการ"),
                  text_block("ประจำปีงบประมาณ พ.ศ. 2566 รอบที่ 2"),
                  text_block("จังหวัด ตัวอย่าง วันที่ตรวจ 14 – 16 ส.ค. 66"),
                  text_block("ช่วงข้อมูลที่รายงาน 1 ตุลาคม 2565 – 31 กรกฎาคม 2566")])
    facts = extract(doc).document
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-07-31")


# --- corpus files of set 38 ----------------------------------------------------------------


def test_a_prose_budget_of_four_funders_gives_the_gold_sources_on_a_real_file(parsed, gold):
    name = "sing-buri-bang-rachan-2568-progress.pdf"
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    assert {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items")} <= found


@pytest.mark.parametrize("name", ["pattani-sai-buri-2567-action-plan.docx", "pattani-sai-buri-2567-action-plan.pdf"])
def test_a_working_cell_beside_the_activity_gives_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = {(i.description, i.amount_baht, i.unit_cost_baht, i.quantity) for i in extract(parsed(name)).budget_items}
    assert ("ทรายกำจัดลูกน้ำ", 16000.0, 3200.0, 5.0) in found
    assert ("ป้ายไวนิลรณรงค์", 5500.0, 500.0, 11.0) in found


@pytest.mark.parametrize("name", ["chanthaburi-province-2566-inspection.docx", "chanthaburi-province-2566-inspection.pdf"])
def test_an_inspections_data_range_gives_the_gold_period_on_a_real_file(parsed, gold, name):
    facts = extract(parsed(name)).document
    expected = gold(name, "document")
    assert (facts.period_start, facts.period_end) == (expected["period_start"], expected["period_end"])
