"""Round 35 (activities): a bare number after a multiplication sign inside a plan cell's item
("... 7,850 ชุด x 2 บาท = 15,700 บาท") stays in that item and opens no new activity; a dashed
cost line that works out to its amount ("- เงินรางวัล 3 รางวัล (...) = 10,000 บาท") ends the
name, whatever it bought; a responsibility label ("ผู้รับผิดชอบ:") ends the name, and so does a
bracketed "(วันที่ ..." with no "(" left behind; an activity cell whose cost lines work out to
the amount its row states elsewhere (one money column per funder and their total) is paid that
sum, and a row stating no such figure (the cell read again under a page's repeated header) is
not; a calendar row that tells its own date or head count is the plan's row, keeping its name
while the numbered account of its results gives it head count and money.  Small strings and
rows first, then the two set-35 files of these layouts."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.cell_money import worked_in_cell
from pcc_ingest.extract.activities.tables import _item_spans
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import Row
from tests.extract.blocks import cell_block

KHANU = "kamphaeng-phet-khanu-woralaksaburi-2568-action-plan"
KRA_BURI = "ranong-kra-buri-2568-project"


def _title(text: str) -> str:
    span = title_span(text, 0, len(text), cell=True)
    assert span is not None
    return text[span[0]:span[1]]


def test_a_factor_after_a_multiplication_sign_opens_no_new_item_of_a_plan_cell():
    text = "1. คัดกรองสุขภาพผู้สูงอายุ 10 เรื่อง โดย อสม. - ค่าจัดพิมพ์แบบคัดกรอง 7,850 ชุด x 2 บาท = 15,700 บาท"
    assert len(_item_spans(text)) == 1


def test_a_dashed_cost_line_working_out_to_its_amount_ends_the_name():
    assert _title("ประกวดหมู่บ้านปลอดการเผา - เงินรางวัล 3 รางวัล (5,000 + 3,000 + 2,000) = 10,000 บาท") \
        == "ประกวดหมู่บ้านปลอดการเผา"
    assert _title("เยี่ยมบ้านผู้สูงอายุติดเตียง - ชุดเวชภัณฑ์และอุปกรณ์ทำแผล 186 ชุดๆ ละ 150 บาท = 27,900 บาท") \
        == "เยี่ยมบ้านผู้สูงอายุติดเตียง"


def test_a_responsibility_label_ends_the_name():
    assert _title("ติดตามและรายงานผลต่อ สสจ. รายไตรมาส ผู้รับผิดชอบ: สสอ.") == "ติดตามและรายงานผลต่อ สสจ. รายไตรมาส"


def test_a_bracketed_day_ends_the_name_without_its_bracket():
    assert _title("ประชุมคณะกรรมการ พชอ. คืนข้อมูลและคัดเลือกประเด็น (วันที่ 18 พ.ย. 67 จำนวน 45 คน)") \
        == "ประชุมคณะกรรมการ พชอ. คืนข้อมูลและคัดเลือกประเด็น"


def _row(activity: str, *others: str) -> tuple[Row, object]:
    cell = cell_block(activity, 1, 1)
    cells = {1: cell, **{k + 2: cell_block(t, 1, k + 2) for k, t in enumerate(others)}}
    return Row(1, cells), cell


COSTED = "1. ประชุมคณะทำงาน - ค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 40 คน = 2,000 บาท - ค่าอาหารกลางวัน 40 คน × 70 บาท = 2,800 บาท"


def test_cost_lines_worked_out_in_the_activity_cell_pay_a_row_stating_their_sum():
    row, cell = _row(COSTED, "-", "4,800", "-", "4,800")
    assert worked_in_cell(row, cell) == 4800


def test_cost_lines_of_a_row_stating_no_such_sum_pay_nothing():
    row, cell = _row(COSTED, "กปท.", "สสจ.", "อปท.", "รวม")
    assert worked_in_cell(row, cell) is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_plan_pays_each_row_from_its_cell_s_worked_cost_lines(parsed, suffix):
    acts = {a.title: a for a in extract(parsed(KHANU + suffix)).activities}
    assert not any(t.startswith("บาท") for t in acts)
    assert acts["ประกวดหมู่บ้านปลอดการเผาและคัดแยกขยะ"].budget_baht == 10000
    assert acts["ประชุมคณะกรรมการ พชอ. 4 ครั้ง (รายไตรมาส)"].budget_baht == 13300
    screening = acts["คัดกรองสุขภาพผู้สูงอายุ 10 เรื่อง (Geriatric Screening) โดย อสม."]
    assert (screening.participants, screening.budget_baht) == (8090, 15700)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_s_calendar_rows_are_its_activities_paid_by_the_budget_table(parsed, suffix):
    acts = {a.title: a for a in extract(parsed(KRA_BURI + suffix)).activities}
    checkpoint = acts["ตั้งด่านชุมชนและรณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์"]
    assert (checkpoint.start, checkpoint.end, checkpoint.participants, checkpoint.budget_baht) == (
        "2025-04-11", "2025-04-17", 84, 15050)
    assert acts["อบรมเชิงปฏิบัติการพัฒนาศักยภาพ พชต. และแกนนำ อสม."].budget_baht == 32500
    assert "ติดตามและรายงานผลต่อ สสจ.ระนอง รายไตรมาส" in acts
