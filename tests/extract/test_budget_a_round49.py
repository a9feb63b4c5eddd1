"""Round 49 budget rules (budget a).

- A table with one column per funder and closing-dash amounts ("16,200.-", "-" for nothing) whose lines each
  one funder pays keeps those lines though one row splits its money between funders; that split row gives no
  line when a run of unsourced cost lines elsewhere adds up to it, and those lines take the funders its
  figures pick out, part (paragraph or table) by part (``split_sources``).
- A table of activities whose only money column is the money actually spent ("ค่าใช้จ่ายจริง (บาท)") gives no
  lines beside a table of planned money (``spent_tables``); alone, it still does.
- An activity heading's amount in running text ("กิจกรรมที่ 1 … งบประมาณรวม 49,800 บาท") that the lines right
  after it add up to is their subtotal (``heading_sums``).
- A sentence naming a table row's activity and repeating its amount ("… งบประมาณเดิม 8,000 บาท") retells
  the row's money: no line (``retold_rows``).
- "โดยขอรับการสนับสนุนจาก X" closing a list of proposals names the funder of each of its lines.
- A cost word in a bracket with no figure ("เยี่ยมบ้าน… (ค่าน้ำมันเชื้อเพลิง)") qualifies the activity's
  name: the description is not cut at it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx, write_parts
from extracted import budget_lines

from pcc_ingest.extract.budget.lines import describe
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUNDERS = ("กิจกรรม", "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง", "สสจ.ตัวอย่าง", "รวม (บาท)")


def _amounts(path: Path) -> list[float]:
    return sorted(i.amount_baht for i in extract(parse(path)).budget_items)


# --- rules on small strings -----------------------------------------------------------------


def test_a_bracketed_cost_word_with_no_figure_stays_in_the_activity_name():
    assert describe("6. เยี่ยมบ้านผู้ป่วยตัวอย่าง (ค่าน้ำมันเชื้อเพลิง)").startswith("เยี่ยมบ้านผู้ป่วยตัวอย่าง")


def test_a_bracket_of_workings_still_starts_the_cost_line():
    assert describe("ประชุมตัวอย่าง (ค่าอาหารว่าง 32 คน × 35 บาท") == "ค่าอาหารว่าง"


# --- layouts as built variants --------------------------------------------------------------


def test_one_split_row_among_one_payer_rows_leaves_the_rows_lines(tmp_path):
    path = write_docx(tmp_path / "plan.docx", rows=[
        FUNDERS,
        ("1. คัดกรองตัวอย่าง (1.1–1.2)", "5,000.-", "7,000.-", "12,000.-"),
        ("2. ตั้งด่านตัวอย่าง", "-", "21,000.-", "21,000.-"),
        ("3. อบรมตัวอย่าง", "12,000.-", "-", "12,000.-"),
        ("รวม", "17,000.-", "28,000.-", "45,000.-"),
    ])
    lines = budget_lines(path)
    assert ("ตั้งด่านตัวอย่าง", 21000.0, "สสจ.ตัวอย่าง") in lines
    assert ("อบรมตัวอย่าง", 12000.0, "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง") in lines


def test_a_split_rows_funders_pay_the_parts_costed_elsewhere_and_it_is_no_line(tmp_path):
    path = write_parts(tmp_path / "minutes.docx", [
              "1.1 ตรวจตัวอย่าง ค่าอาหารว่าง 100 คน × 30 บาท = 3,000 บาท ค่าวัสดุตรวจ 100 ราย × 40 บาท = 4,000 บาท",
              "1.2 อบรมตัวอย่าง ค่าอาหารกลางวัน 50 คน × 100 บาท = 5,000 บาท",
              [FUNDERS,
               ("1. คัดกรองตัวอย่าง (1.1–1.2)", "5,000.-", "7,000.-", "12,000.-"),
               ("2. ตั้งด่านตัวอย่าง", "-", "21,000.-", "21,000.-"),
               ("3. อบรมขับขี่ตัวอย่าง", "12,000.-", "-", "12,000.-"),
               ("รวม", "17,000.-", "28,000.-", "45,000.-")],
    ])
    lines = budget_lines(path)
    assert 12000.0 not in [a for d, a, _ in lines if d.startswith("คัดกรอง")]
    assert ("ค่าอาหารว่าง", 3000.0, "สสจ.ตัวอย่าง") in lines
    assert ("ค่าวัสดุตรวจ", 4000.0, "สสจ.ตัวอย่าง") in lines
    assert ("ค่าอาหารกลางวัน", 5000.0, "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง") in lines


def test_a_spent_table_beside_a_plan_table_gives_no_lines(tmp_path):
    path = write_parts(tmp_path / "minutes.docx", [
              [("กิจกรรม", "งบประมาณ (บาท)"), ("1. อบรมตัวอย่าง", "10,000"), ("2. ประชุมตัวอย่าง", "6,000")],
              "ผลการดำเนินงานไตรมาส 1–2",
              [("กิจกรรม", "วันที่ดำเนินการ", "ค่าใช้จ่ายจริง (บาท)", "สถานะ"),
               ("1. อบรมตัวอย่าง", "12 ธ.ค. 66", "9,850.50", "ดำเนินการแล้ว"),
               ("2. ประชุมตัวอย่าง", "15 ม.ค. 67", "5,400.00", "ดำเนินการแล้ว")],
    ])
    assert _amounts(path) == [6000.0, 10000.0]


def test_a_spent_table_alone_still_gives_its_lines(tmp_path):
    path = write_docx(tmp_path / "report.docx", rows=[
        ("กิจกรรม", "วันที่ดำเนินการ", "ค่าใช้จ่ายจริง (บาท)", "สถานะ"),
        ("1. อบรมตัวอย่าง", "12 ธ.ค. 66", "9,850.50", "ดำเนินการแล้ว"),
        ("2. ประชุมตัวอย่าง", "15 ม.ค. 67", "5,400.00", "ดำเนินการแล้ว"),
    ])
    assert _amounts(path) == [5400.0, 9850.5]


def test_an_activity_headings_amount_the_lines_after_it_add_up_to_is_no_line(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", paragraphs=[
        "กิจกรรมที่ 1 การคัดกรองตัวอย่าง งบประมาณรวม 12,000 บาท",
        "1.1 ตรวจตัวอย่าง ค่าอาหารว่าง 100 คน × 30 บาท = 3,000 บาท ค่าวัสดุตรวจ 100 ราย × 40 บาท = 4,000 บาท",
        "1.2 อบรมตัวอย่าง ค่าอาหารกลางวัน 50 คน × 100 บาท = 5,000 บาท",
    ])
    assert _amounts(path) == [3000.0, 4000.0, 5000.0]


def test_a_sentence_retelling_a_rows_money_by_its_name_is_no_line(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", rows=[
        ("กิจกรรม", "งบประมาณ (บาท)"),
        ("1. ประกวดผู้สูงอายุตัวอย่าง", "8,000"),
        ("2. อบรมแกนนำตัวอย่าง", "12,000"),
    ], after=["4.1 การเลื่อนกิจกรรมประกวดผู้สูงอายุตัวอย่าง เลขานุการเสนอเลื่อนเป็นวันที่ 19 มิถุนายน 2567 "
              "งบประมาณเดิม 8,000 บาท"])
    assert _amounts(path) == [8000.0, 12000.0]


def test_asking_a_funder_for_a_list_of_proposals_funds_each_of_them(tmp_path):
    path = write_docx(tmp_path / "minutes.docx", paragraphs=[
        "4.3 กิจกรรมเพิ่มเติม ผู้ช่วยเลขานุการเสนอ (1) รณรงค์ตัวอย่างในงานบุญ วันที่ 5 พ.ค. 67 งบประมาณ 5,000 บาท "
        "(2) ค่ายเยาวชนตัวอย่าง วันที่ 18 ก.ค. 67 งบประมาณ 14,400 บาท โดยขอรับการสนับสนุนจากกองทุนหลักประกันสุขภาพ "
        "อบต.ตัวอย่าง",
    ])
    assert {s for _, _, s in budget_lines(path)} == {"กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"}


# --- corpus files of set 49 ----------------------------------------------------------------


def test_the_minutes_funder_table_gives_its_one_payer_lines_on_a_real_file(parsed, gold):
    name = "sakon-nakhon-kusuman-2567-minutes.docx"
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    wanted = {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items")}
    assert wanted <= found | {(6000.0, "กองทุนหลักประกันสุขภาพ ทต.กุสุมาลย์")}
    assert not any(i.amount_baht in (49800.0, 19814.0, 17880.0)
                   for i in extract(parsed(name)).budget_items)


@pytest.mark.parametrize("name", ["sakon-nakhon-kusuman-2567-minutes.docx", "sakon-nakhon-kusuman-2567-minutes.pdf"])
def test_proposals_asked_of_a_fund_take_it_on_a_real_file(parsed, name):
    asked = [i for i in extract(parsed(name)).budget_items if i.amount_baht in (5000.0, 14400.0, 6000.0)
             and "พ.ค." not in i.description and i.source and "อุ่มจาน" in i.source]
    assert len(asked) == 3


@pytest.mark.parametrize("name", ["sakon-nakhon-kusuman-2567-minutes.docx", "sakon-nakhon-kusuman-2567-minutes.pdf"])
def test_the_grand_total_is_the_planned_one_on_a_real_file(parsed, name):
    assert extract(parsed(name)).budget_total.amount_baht == 148200.0
