"""Round 43 budget line rules (set 43, budget b).

A table whose header names one funder a column before a total column still reads each row's money
under its funder when one line is shared by two funders and a grand total row follows.
A row that shows the working of its own cost ("ถังขยะ 300 ใบ × 120.50 บาท") with figures under two
funders is a shared line, so the table is no summary of sums itemised elsewhere.
An activity cell of such a table that works two products, each with its own amount ("อาหารกลางวัน
… = 9,000 บาท อาหารว่าง … = 7,500 บาท"), under one funder's figure that is their sum gives both lines.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, table_doc
from docx_builder import write_docx

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

FUND = "กองทุนหลักประกันสุขภาพ (กปท.)"
HOSPITAL = "เงินบำรุง รพ.ตัวอย่าง"
PAO = "อบจ.ตัวอย่าง"
HEADER = ["กิจกรรม / รายละเอียด", FUND, HOSPITAL, PAO, "รวม"]
ROWS = [HEADER,
        ["อบรมผู้ดูแล: อาหารกลางวัน 40 คน × 50 บาท × 2 วัน = 4,000 บาท อาหารว่าง 2 มื้อๆ ละ 25 บาท x 40 คน x 2 วัน "
         "= 4,000 บาท", "8,000.00", "-", "-", "8,000.00"],
        ["คัดกรองผู้สูงอายุ: แบบคัดกรอง (1,000 ชุด x 2.50 บาท)", "-", "2,500.00", "-", "2,500.00"],
        ["ถังขยะเปียก 100 ใบ × 120 บาท", "5,000.00", "-", "7,000.00", "12,000.00"],
        ["รวม", "13,000.00", "2,500.00", "7,000.00", "22,500.00"]]


def _amounts(lines) -> list[tuple[float, str | None]]:
    return sorted((a, s) for _, a, _, _, s in lines)


def test_a_funder_per_column_table_with_one_shared_line_and_a_total_row_reads_each_funders_lines():
    lines = budget_lines(table_doc(ROWS))
    assert (2500.0, HOSPITAL) in _amounts(lines)


def test_an_activity_cell_working_two_products_under_one_funders_sum_gives_both_lines():
    lines = budget_lines(table_doc(ROWS))
    assert [(a, u, q, s) for _, a, u, q, s in lines if s == FUND] == [(4000.0, 50.0, 80.0, FUND),
                                                                        (4000.0, 25.0, 160.0, FUND)]


def test_a_working_line_under_two_funders_does_not_make_the_table_a_summary(tmp_path):
    """A variant as a real .docx: other funders, Thai digits, funder columns in another order."""
    rows = [["กิจกรรม / รายละเอียด", "อบต.หนองใหม่", "เงินบำรุง รพ.สต.หนองใหม่", "กองทุนหลักประกันสุขภาพ อบต.หนองใหม่",
             "รวม"],
            ["ป้ายรณรงค์ ๑๐ ผืน × ๔๕๐ บาท", "-", "-", "๔,๕๐๐.๐๐", "๔,๕๐๐.๐๐"],
            ["ค่าอาหารว่าง ๖๐ คน × ๒๕ บาท × ๒ มื้อ = ๓,๐๐๐ บาท ค่าวิทยากร ๓ ชั่วโมง × ๖๐๐ บาท = ๑,๘๐๐ บาท",
             "๔,๘๐๐.๐๐", "-", "-", "๔,๘๐๐.๐๐"],
            ["ชุดตรวจ ๒๐ ชุด × ๑๕๐ บาท", "-", "๒,๐๐๐.๐๐", "-", "๒,๐๐๐.๐๐"],
            ["ถังขยะ ๕๐ ใบ × ๑๒๐ บาท", "๑,๐๐๐.๐๐", "-", "๕,๐๐๐.๐๐", "๖,๐๐๐.๐๐"],
            ["รวม", "๕,๘๐๐.๐๐", "๒,๐๐๐.๐๐", "๙,๕๐๐.๐๐", "๑๗,๓๐๐.๐๐"]]
    items, _ = extract_budget(parse(write_docx(tmp_path / "minutes.docx", ["งบประมาณจำแนกตามแหล่ง"], rows)),
                              DocumentFacts())
    found = sorted((i.amount_baht, i.source) for i in items)
    assert (4500.0, "กองทุนหลักประกันสุขภาพ อบต.หนองใหม่") in found
    assert (3000.0, "อบต.หนองใหม่") in found and (1800.0, "อบต.หนองใหม่") in found


# --- a corpus file of set 43 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["chai-nat-wat-sing-2566-minutes.docx", "chai-nat-wat-sing-2566-minutes.pdf"])
def test_a_minutes_table_by_funder_gives_each_worked_product_as_a_line_on_a_real_file(parsed, gold, name):
    found = {i.amount_baht for i in extract(parsed(name)).budget_items}
    assert {9000.0, 7500.0, 10800.0, 19200.0, 9750.0, 8500.0} <= found
    assert {9000.0, 7500.0, 10800.0, 19200.0} <= {g["amount_baht"] for g in gold(name, "budget_items")}
