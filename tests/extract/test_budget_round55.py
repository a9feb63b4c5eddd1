"""Round 55 budget rules.

- A quarter table with plan | spent | balance under each quarter and no total column is the plan
  table ``quarter_total`` reads, without its "รวม": each activity row is one line at the sum of its
  plan cells; spent and balance cells are no lines (thousands.quarter_total widened through
  quarter_plans.planned_quarters).
- A quarter's share of the plan's money named by nothing but the quarter ("แผนการใช้จ่ายไตรมาส
  1–2 จำนวน 150,000 บาท ไตรมาส 3–4 จำนวน 50,000 บาท", "และแผนไตรมาส 4 อีก 22,000 บาท") is no
  line (line.not_purpose, widened).
- "รวมใช้จ่ายไตรมาส 1–2 จำนวน 129,270 บาท" is a period's spending in all: a total, no line
  (total.any's period subtotal, widened), and in a report the spent total (total.grand's "รวมใช้
  …ไตรมาส", total.spent's period number, widened to a span of quarters).
- A note that an activity used no project money ("… ไม่ได้ใช้งบประมาณของโครงการ") and a proposal
  that a body consider funding ("เสนอ อปท. พิจารณาจัดสรรงบประมาณ…") name no funder of the lines
  (source.advice, widened).
- A funders' table's row of money received under its totals ("งบประมาณที่ได้รับอนุมัติ | 44,000 |
  …") restates the allocation: no lines when other lines itemise the spending
  (received.received_splits, widened from header rows).
- A funders' table by activity shown to restate the cost table's activities also restates an
  activity with one cost line of the same amount; that line takes the row's funder
  (itemised.itemised_in_tables, widened).
- A line two funders share in a funders' table with a total column is worth its total
  (funder_columns.funder_cell, widened).
- A bracket closing a cost's name, its price in the table's columns, names the line's funder when
  it opens as funders are named ("ค่าอาหารกลางวัน (กองทุน…)") (source.priced_bracket, widened).
- "ผลการเบิกจ่ายงบประมาณรอบ 9 เดือน 141,450 บาท" is the spending so far, no line (line.not_purpose's
  disbursement as of a date, widened to a round of months); with the plan table's spent column
  adding up to it, it is the report's total.
"""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from tests.extract.docx_builder import write_parts

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _lines(path: Path) -> list[tuple[str, float]]:
    return sorted((i.description, i.amount_baht) for i in extract(parse(path)).budget_items)


def _quarter_table(planned: str = "แผน") -> list[tuple[str, ...]]:
    return [
        ("กิจกรรม", "ไตรมาส 1", "", "", "ไตรมาส 2", "", ""),
        ("", planned, "ใช้จริง", "คงเหลือ", planned, "ใช้จริง", "คงเหลือ"),
        ("1. ประชุมคณะทำงานตัวอย่าง", "2,000", "1,800", "200", "3,000", "2,900", "100"),
        ("2. อบรมแกนนำตัวอย่าง", "-", "-", "-", "12,000", "11,500", "500"),
        ("รวม", "2,000", "1,800", "200", "15,000", "14,400", "600"),
    ]


_MERGES = {0: [(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)]}
_INTRO = "ผลการใช้จ่ายงบประมาณรายไตรมาส (หน่วย : บาท)"


def test_quarter_plan_cells_sum_to_one_line_per_activity(tmp_path):
    lines = _lines(write_parts(tmp_path / "q.docx", [_INTRO, _quarter_table()], _MERGES))
    assert lines == [("ประชุมคณะทำงานตัวอย่าง", 5000.0), ("อบรมแกนนำตัวอย่าง", 12000.0)]


def test_quarter_plan_label_may_name_the_allocation(tmp_path):
    lines = _lines(write_parts(tmp_path / "q.docx", [_INTRO, _quarter_table("จัดสรร")], _MERGES))
    assert [amount for _, amount in lines] == [5000.0, 12000.0]


def test_a_quarters_share_of_the_plan_is_no_line(tmp_path):
    parts = ["โครงการตัวอย่างได้รับจัดสรรงบประมาณ จำนวน 20,000 บาท แผนการใช้จ่ายไตรมาส 1–2 "
             "จำนวน 17,000 บาท ไตรมาส 3–4 จำนวน 3,000 บาท ผลการใช้จ่ายรายไตรมาส ดังนี้",
             _quarter_table(), "คงเหลือ 600 บาท และแผนไตรมาส 3 อีก 3,000 บาท"]
    lines = _lines(write_parts(tmp_path / "q.docx", parts, {1: _MERGES[0]}))
    assert [amount for _, amount in lines] == [5000.0, 12000.0]


def test_spending_of_a_span_of_quarters_is_the_reports_total(tmp_path):
    parts = ["แบบรายงานการตรวจราชการ จังหวัดตัวอย่าง", _INTRO, _quarter_table(),
             "รวมใช้จ่ายไตรมาส 1–2 จำนวน 16,200 บาท คิดเป็นร้อยละ 95.29"]
    result = extract(parse(write_parts(tmp_path / "q.docx", parts, {0: _MERGES[0]})))
    assert 16200.0 not in [i.amount_baht for i in result.budget_items]
    assert result.budget_total is not None and result.budget_total.amount_baht == 16200


def test_corpus_quarter_tables_give_planned_lines():
    for name in ("tak-province-2566-inspection.docx", "tak-province-2566-inspection.pdf"):
        result = extract(parse(CORPUS / name))
        assert sorted(i.amount_baht for i in result.budget_items) == [25000, 35000, 36000, 54000]
        assert result.budget_total is not None and result.budget_total.amount_baht == 129270
    for name in ("ubon-ratchathani-sirindhorn-2568-minutes.docx", "ubon-ratchathani-sirindhorn-2568-minutes.pdf"):
        amounts = sorted(i.amount_baht for i in extract(parse(CORPUS / name)).budget_items)
        assert sorted([6000, 16000, 10000, 24000, 10000, 8000, 3200, 2400, 3600, 2520]) == amounts
        assert 22000 not in amounts and 50000 not in amounts


def test_money_not_used_and_proposals_name_no_funder(tmp_path):
    rows = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
            ("ค่าอาหารว่างตัวอย่าง", "40", "คน", "35", "1,400")]
    parts = ["งบประมาณ", rows,
             "หมายเหตุ : กิจกรรมที่ 2 ใช้งบประมาณของหน่วยบริการตัวอย่าง ไม่ได้ใช้งบประมาณของโครงการ",
             "ข้อเสนอ", "1. เสนอ อปท. พิจารณาจัดสรรงบประมาณกองทุนตัวอย่าง ในปีถัดไป"]
    items = extract(parse(write_parts(tmp_path / "n.docx", parts))).budget_items
    assert [(i.amount_baht, i.source) for i in items] == [(1400.0, None)]


def _funders_report() -> list:
    costs = [("รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
             ("กิจกรรมที่ 1 ประชุมตัวอย่าง", "", "", "", ""),
             ("ค่าอาหารว่างและเครื่องดื่ม", "40", "คน", "35", "1,400"),
             ("กิจกรรมที่ 2 อบรมตัวอย่าง", "", "", "", ""),
             ("ค่าอาหารกลางวัน", "100", "คน", "80", "8,000"),
             ("ค่าตอบแทนวิทยากร", "6", "ชั่วโมง", "600", "3,600"),
             ("รวมค่าใช้จ่ายทั้งสิ้น", "", "", "", "13,000")]
    funders = [("กิจกรรม", "สสจ.ตัวอย่าง (บาท)", "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง (บาท)", "รวม (บาท)"),
               ("1. ประชุมตัวอย่าง", "1,400", "-", "1,400"),
               ("2. อบรมตัวอย่าง", "6,000", "5,600", "11,600"),
               ("รวมใช้จ่ายจริง", "7,400", "5,600", "13,000"),
               ("งบประมาณที่ได้รับอนุมัติ", "8,000", "6,000", "14,000")]
    return ["6.1 รายละเอียดค่าใช้จ่าย", costs, "6.2 งบประมาณจำแนกตามแหล่งงบประมาณ", funders]


_COST_MERGES = {0: [(1, 0, 1, 4), (3, 0, 3, 4), (6, 0, 6, 3)]}


def test_funders_table_restates_cost_lines_and_lends_a_lone_lines_funder(tmp_path):
    items = extract(parse(write_parts(tmp_path / "f.docx", _funders_report(), _COST_MERGES))).budget_items
    got = sorted((i.amount_baht, i.source) for i in items)
    assert [a for a, _ in got] == [1400.0, 3600.0, 8000.0]
    assert dict(got)[1400.0] == "สสจ.ตัวอย่าง"


def test_a_line_two_funders_share_is_worth_its_total(tmp_path):
    rows = [("ที่", "กิจกรรม", "กองทุนหลักประกันสุขภาพ ทต.ตัวอย่าง", "เงินบำรุง สสอ.ตัวอย่าง", "รวม"),
            ("1", "ประชุมตัวอย่าง", "-", "7,000", "7,000"),
            ("2", "อบรมตัวอย่าง", "15,300", "-", "15,300"),
            ("3", "เวทีตัวอย่าง", "16,800", "11,100", "27,900"),
            ("รวม", "", "32,100", "18,100", "50,200")]
    lines = _lines(write_parts(tmp_path / "s.docx", ["สรุปงบประมาณจำแนกตามแหล่งงบประมาณ", rows]))
    assert [amount for _, amount in lines if amount > 20000] == [27900.0]


def test_bracket_closing_a_costs_name_is_its_funder(tmp_path):
    rows = [("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"),
            ("1", "ค่าอาหารกลางวัน (กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง)", "120", "คน", "70", "8,400"),
            ("2", "ค่าโล่รางวัล (เงินบำรุง สสอ.ตัวอย่าง)", "3", "อัน", "1,200", "3,600"),
            ("3", "ค่าป้าย (ขนาด 1x3 เมตร)", "1", "ผืน", "500", "500")]
    items = extract(parse(write_parts(tmp_path / "b.docx", ["รายละเอียดงบประมาณ", rows]))).budget_items
    assert sorted((i.amount_baht, i.source) for i in items) == [
        (500.0, None), (3600.0, "เงินบำรุง สสอ.ตัวอย่าง"), (8400.0, "กองทุนหลักประกันสุขภาพเทศบาลตำบลตัวอย่าง")]


def test_disbursement_for_a_round_of_months_is_no_line(tmp_path):
    rows = [("กิจกรรม", "งบประมาณ (บาท)", "ผลการเบิกจ่าย (บาท)", "แหล่งงบประมาณ"),
            ("ประชุมคณะกรรมการตัวอย่าง", "6,000", "4,450", "สสจ.ตัวอย่าง"),
            ("อบรมแกนนำตัวอย่าง", "12,000", "11,000", "อปท.ตัวอย่าง"),
            ("รวม", "18,000", "15,450", "")]
    parts = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง", rows,
             "ผลการเบิกจ่ายงบประมาณรอบ 9 เดือน 15,450 บาท จากงบประมาณทั้งสิ้น 18,000 บาท คิดเป็นร้อยละ 85.83"]
    result = extract(parse(write_parts(tmp_path / "r.docx", parts)))
    assert sorted(i.amount_baht for i in result.budget_items) == [6000.0, 12000.0]
    assert result.budget_total is not None and result.budget_total.amount_baht == 15450


def test_corpus_funders_tables_restate_and_lend_funders():
    for name in ("maha-sarakham-borabue-2567-project.docx", "maha-sarakham-borabue-2567-project.pdf"):
        items = extract(parse(CORPUS / name)).budget_items
        assert len(items) == 10 and not [i for i in items if i.amount_baht in (44000, 22000, 12000)]
        assert {i.amount_baht: i.source for i in items}[5635] == "อปท."
    items = extract(parse(CORPUS / "chiang-rai-phan-2567-action-plan.pdf")).budget_items
    assert len(items) == 18 and {i.amount_baht: i.source for i in items}[7500] == "เงินบำรุง สสอ.พาน"
