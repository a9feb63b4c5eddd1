"""Round 50 budget rules.

An activity table whose header heads two or more amount columns with funders and the unit, then a total
column ("กิจกรรม | สสจ.X (บาท) | กปท. (บาท) | อปท. (บาท) | รวม (บาท) | บาท/คน | ยอดสะสม (บาท)"), every
row's funder figures adding up to its total and some rows paid by two funders, gives one line per funder
figure, described by the activity and sourced by its column; "-" is no figure, and the columns after the
total (cost per head, running total) are no funders; a row of each funder's share in percent is no line.
A figure in millions of baht in running text ("รวมทั้งสิ้น 2.50 ล้านบาท") is background money: no line and
no grand total.  Money left over or paid back ("คืนเงินเหลือจ่าย จำนวน 1,500.50 บาท (…)") is no grand total,
even written in words too.
"""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_docx
from tests.extract.extracted import budget_lines

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


_SPLIT = [
    ("กิจกรรม", "สสจ.ตัวอย่าง (บาท)", "กปท. (บาท)", "อปท. (บาท)", "รวม (บาท)", "บาท/คน", "ยอดสะสม (บาท)"),
    ("1. ประชุมคณะกรรมการตัวอย่าง", "6,000", "-", "-", "6,000", "300", "6,000"),
    ("2. อบรมแกนนำตัวอย่าง", "4,000", "9,000", "-", "13,000", "130", "19,000"),
    ("3. รณรงค์ตัวอย่าง", "-", "2,000", "3,000", "5,000", "50", "24,000"),
    ("4. เยี่ยมบ้านตัวอย่าง", "-", "-", "-", "-", "-", "24,000"),
    ("รวมทั้งสิ้น", "10,000", "11,000", "3,000", "24,000", "-", "-"),
]


def test_split_funder_rows_give_one_line_per_funder(tmp_path):
    lines = budget_lines(write_docx(tmp_path / "plan.docx", ["งบประมาณ จำแนกตามแหล่งงบประมาณ"], _SPLIT))
    assert ("อบรมแกนนำตัวอย่าง", 4000, "สสจ.ตัวอย่าง") in lines
    assert ("อบรมแกนนำตัวอย่าง", 9000, "กปท.") in lines
    assert ("รณรงค์ตัวอย่าง", 3000, "อปท.") in lines


def test_one_payer_rows_of_a_split_table_take_their_column_as_source(tmp_path):
    lines = budget_lines(write_docx(tmp_path / "plan.docx", ["งบประมาณ จำแนกตามแหล่งงบประมาณ"], _SPLIT))
    assert ("ประชุมคณะกรรมการตัวอย่าง", 6000, "สสจ.ตัวอย่าง") in lines


def test_running_total_and_cost_per_head_are_no_lines(tmp_path):
    lines = budget_lines(write_docx(tmp_path / "plan.docx", ["งบประมาณ จำแนกตามแหล่งงบประมาณ"], _SPLIT))
    amounts = sorted(a for _, a, _ in lines)
    assert amounts == [2000, 3000, 4000, 6000, 9000]


def test_minutes_plan_table_by_funder_in_the_corpus():
    lines = budget_lines(CORPUS / "ubon-ratchathani-trakan-phuet-phon-2566-minutes.docx")
    sourced = {(a, s) for _, a, s in lines}
    assert {(20000, "อบจ.อุบลราชธานี"), (15000, "สสจ.อุบลราชธานี"), (8000, "สสจ.อุบลราชธานี")} <= sourced


def test_plan_table_by_funder_in_the_damaged_pdf():
    lines = budget_lines(CORPUS / "yasothon-sai-mun-2569-action-plan.pdf")
    sourced = {(a, s) for _, a, s in lines}
    assert {(15000, "อปท."), (14000, "กปท."), (10000, "สสจ.ยโสธร"), (30000, "อปท.")} <= sourced


def test_a_row_of_funders_shares_in_percent_is_no_line(tmp_path):
    rows = [*_SPLIT, ("สัดส่วนของงบประมาณ", "41.67%", "45.83%", "12.50%", "100%", "", "")]
    lines = budget_lines(write_docx(tmp_path / "plan.docx", ["งบประมาณ จำแนกตามแหล่งงบประมาณ"], rows))
    assert all(a >= 1000 for _, a, _ in lines)


def test_money_in_millions_in_prose_is_no_line_and_no_total(tmp_path):
    path = write_docx(tmp_path / "plan.docx", [
        "องค์กรปกครองส่วนท้องถิ่นในอำเภอตัวอย่างตั้งงบประมาณด้านสาธารณสุขไว้ รวมทั้งสิ้น 2.50 ล้านบาท",
        "กิจกรรมอบรมแกนนำตัวอย่าง ค่าอาหารกลางวัน 40 คน คนละ 70 บาท เป็นเงิน 2,800 บาท",
        "รวมงบประมาณทั้งสิ้น 2,800 บาท",
    ])
    facts = extract(parse(path))
    assert all(i.amount_baht < 1_000_000 for i in facts.budget_items)
    assert facts.budget_total is not None and facts.budget_total.amount_baht == 2800


def test_money_paid_back_is_no_grand_total(tmp_path):
    path = write_docx(tmp_path / "report.docx", ["ผลการใช้จ่ายงบประมาณ ดังนี้"], [
        ("กิจกรรม", "งบประมาณที่ได้รับ (บาท)", "ใช้จ่ายจริง (บาท)", "คงเหลือ (บาท)"),
        ("1. ประชุมคณะกรรมการตัวอย่าง", "5,000.00", "4,200.00", "800.00"),
        ("2. อบรมแกนนำตัวอย่าง", "6,000.00", "5,299.50", "700.50"),
        ("รวม", "11,000.00", "9,499.50", "1,500.50"),
    ], after=["ทั้งนี้ ได้ดำเนินการคืนเงินเหลือจ่าย จำนวน 1,500.50 บาท (หนึ่งพันห้าร้อยบาทห้าสิบสตางค์) ให้แก่กองทุนตัวอย่าง"])
    total = extract(parse(path)).budget_total
    assert total is None or total.amount_baht != 1500.5


def test_set50_totals_skip_millions_and_balances():
    minutes = extract(parse(CORPUS / "ubon-ratchathani-trakan-phuet-phon-2566-minutes.docx"))
    report = extract(parse(CORPUS / "khon-kaen-chum-phae-2567-progress.docx"))
    assert minutes.budget_total.amount_baht == 174500
    assert report.budget_total.amount_baht == 71793.5
