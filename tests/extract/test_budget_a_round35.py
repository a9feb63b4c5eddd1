"""Budget rules of set 35's round (part a), each pinned on small blocks and on set 35's files.

A district table heading each funder's column with the funder alone and closing on a total column
("อำเภอ | สสจ.X | กองทุน… | รวม (บาท)") gives one line per district and funder, described by the
money its title names and the district, sourced by the column; "-" cells and the total row give none.
A district row whose funder figures do not add up to its total is read as before, one line of it.
A paragraph opening with the body that supports something and then lists its costs ("กองทุน…X
สนับสนุนการอบรม… จำนวน 48,600 บาท ประกอบด้วย ค่า…") has that body pay for its lines.
"ส่วนงบ สสจ.X ใช้เป็นค่า…" has X pay for the lines after it, as "ใช้งบ สสจ.X เป็นค่า…" does.
"… และจาก Y จำนวน 25,000 บาท" after money received from X is received money too, no line.
"งบประมาณ ศอ.ปส.อ.X 67,500 บาท" names the drug-control centre as the line's funder.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, text_block

from pcc_ingest.extract.run import extract

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"
TITLE = "6. งบประมาณสนับสนุนการขับเคลื่อน พชอ. จำแนกตามแหล่งงบประมาณ"
HEADER = ["อำเภอ", f"{OFFICE} (งบ สป.สธ.)", FUND, "อปท. / ที่ว่าการอำเภอ", "รวม (บาท)"]


def _titled_table(title: str, rows: list[list[str]]) -> list:
    return [text_block(title)] + [cell_block(t, r, c) for r, cells in enumerate(rows) for c, t in enumerate(cells)]


# --- rules on small documents ----------------------------------------------------------


def test_funder_headed_columns_with_a_total_column_give_one_line_per_district_and_funder():
    doc = doc_of(_titled_table(TITLE, [HEADER,
                                       ["เหนือ", "20,000", "185,000", "-", "205,000"],
                                       ["ใต้", "20,000", "96,000", "150,000", "266,000"],
                                       ["รวม", "40,000", "281,000", "150,000", "471,000"]]))
    money = "งบประมาณสนับสนุนการขับเคลื่อน พชอ."
    assert budget_lines(doc) == [(f"{money} อำเภอเหนือ", 20000.0, None, None, OFFICE),
                                 (f"{money} อำเภอเหนือ", 185000.0, None, None, FUND),
                                 (f"{money} อำเภอใต้", 20000.0, None, None, OFFICE),
                                 (f"{money} อำเภอใต้", 96000.0, None, None, FUND),
                                 (f"{money} อำเภอใต้", 150000.0, None, None, "อปท. / ที่ว่าการอำเภอ")]


def test_a_district_row_whose_funder_figures_miss_its_total_is_read_as_one_line():
    doc = doc_of(_titled_table(TITLE, [HEADER, ["เหนือ", "20,000", "185,000", "-", "300,000"]]))
    assert [line[1] for line in budget_lines(doc)] == [300000.0]


def test_a_paragraph_opening_with_a_supporting_body_before_its_costs_has_that_body_pay_for_them():
    fund = "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง"
    doc = doc_of([text_block(f"{fund} สนับสนุนการอบรมแกนนำ อสม. จำนวน 21,600 บาท ประกอบด้วย "
                             "ค่าอาหารกลางวัน 180 คน คนละ 70 บาท เป็นเงิน 12,600 บาท "
                             "ค่าอาหารว่างและเครื่องดื่ม 2 มื้อ มื้อละ 25 บาท จำนวน 180 คน เป็นเงิน 9,000 บาท"),
                  text_block(f"{OFFICE} สนับสนุนการประชุมคณะกรรมการ พชอ. 4 ครั้ง จำนวน 12,000 บาท ได้แก่ "
                             "ค่าอาหารกลางวัน (40 คน x 75 บาท x 4 ครั้ง) เป็นเงิน 12,000 บาท")])
    assert [(line[0], line[1], line[4]) for line in budget_lines(doc)] == [
        ("ค่าอาหารกลางวัน", 12600.0, fund), ("ค่าอาหารว่างและเครื่องดื่ม", 9000.0, fund),
        ("ค่าอาหารกลางวัน", 12000.0, OFFICE)]


def test_money_word_then_funder_then_spent_on_has_that_funder_pay_for_the_lines_after():
    doc = doc_of([text_block("ในรอบ 6 เดือน ส่วนงบ สสจ.ตัวอย่าง ใช้เป็นค่าอาหารกลางวัน 60 คน × 120 บาท = 7,200 บาท "
                             "ค่าตอบแทนวิทยากร 3 ชม. × 600 บาท = 1,800 บาท")])
    assert [(line[0], line[1], line[4]) for line in budget_lines(doc)] == [
        ("ค่าอาหารกลางวัน", 7200.0, OFFICE), ("ค่าตอบแทนวิทยากร", 1800.0, OFFICE)]


def test_another_giver_added_to_money_received_is_received_money_not_a_line():
    doc = doc_of([text_block("ปีงบประมาณ 2567 พชอ.ตัวอย่าง ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพ "
                             "อบต.ตัวอย่าง จำนวน 40,000 บาท และจากสำนักงานสาธารณสุขจังหวัดตัวอย่าง จำนวน 25,000 บาท "
                             "รวมงบประมาณทั้งสิ้น 65,000 บาท")])
    assert budget_lines(doc) == []


def test_a_drug_control_centre_after_the_money_word_is_the_lines_funder():
    doc = doc_of([text_block("- ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติด (CBTx) ผู้เข้าค่าย 45 คน "
                             "งบประมาณ ศอ.ปส.อ.ตัวอย่าง 67,500 บาท")])
    assert [(line[1], line[4]) for line in budget_lines(doc)] == [(67500.0, "ศอ.ปส.อ.ตัวอย่าง")]


# --- corpus files of set 35 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["chiang-rai-province-2568-inspection.docx",
                                  "chiang-rai-province-2568-inspection.pdf"])
def test_a_district_by_funder_table_gives_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = sorted((i.description, i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["description"], g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["samut-sakhon-ban-phaeo-2566-progress.pdf",
                                  "chanthaburi-pong-nam-ron-2567-progress.pdf"])
def test_budgets_told_in_prose_by_funder_give_the_gold_amounts_and_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))
