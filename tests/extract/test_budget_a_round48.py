"""Round 48 budget rules (budget a).

A table whose unit is stated once above it or in its header as thousands of baht ("หน่วย : พันบาท") gives
its lines in baht, the unit read from that text and never from the figures' size; a unit cost worked in words
("(35 คน x 100 บาท x 4 ครั้ง)" beside "14.0") is already in baht and is read against the amount in baht.
A caption line stating only the unit is no title: the money the title names is found one paragraph above it.
A districts × funders grid whose header names no unit ("อำเภอ | สสจ.X | … | อปท. | รวม") is read through that
header: one line per district and funder, the total column a subtotal, also in baht.
A plan table with its money split by quarter under a spanning money label, then a "รวม" column, gives one
line per activity at that total (the quarters a time split of it), each activity's name in the row above
its figures; the funder its amounts' footnote symbol stands for pays it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse


def _word(tmp_path: Path, paragraphs: list[str], rows: list[tuple[str, ...]], after: list[str] = ()) -> Path:
    """A .docx of ``paragraphs``, one table of ``rows`` and the ``after`` paragraphs under it."""
    word = Word()
    for text in paragraphs:
        word.add_paragraph(text)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for text in after:
        word.add_paragraph(text)
    path = tmp_path / "report.docx"
    word.save(path)
    return path


def _lines(path: Path) -> list[tuple[str, float, float | None, float | None, str | None]]:
    return sorted((i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
                  for i in extract(parse(path)).budget_items)


# --- rules on small strings ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "thousands"), [
    ("หน่วย : พันบาท", True), ("(หน่วย: พันบาท)", True), ("งบประมาณ (พันบาท)", True),
    ("หน่วย : บาท", False), ("งบประมาณ (บาท)", False), ("สองพันบาท", True),
])
def test_a_stated_unit_of_thousands_is_told_apart(text, thousands):
    assert bool(rule_re("line.thousands_unit").search(text)) is thousands


@pytest.mark.parametrize(("text", "unit_only"), [
    ("หน่วย : พันบาท", True), ("(หน่วย: บาท)", True), ("หน่วย:พันบาท", True),
    ("5. งบประมาณสนับสนุน (หน่วย : พันบาท)", False), ("รวมงบประมาณ 848,500 บาท", False),
])
def test_a_caption_line_stating_only_the_unit_is_told_apart(text, unit_only):
    assert bool(rule_re("line.unit_line").match(text)) is unit_only


# --- layouts as built variants --------------------------------------------------------------


def test_a_funder_grid_in_thousands_with_its_title_above_the_unit_line_gives_baht_lines(tmp_path):
    path = _word(tmp_path, ["๓. งบประมาณขับเคลื่อน พชอ. จำแนกตามแหล่งงบประมาณ", "(หน่วย: พันบาท)"], [
        ("อำเภอ", "อปท.", "สสอ.ตัวอย่าง", "รวม"),
        ("นาดี", "๑๒.๕", "๓๐.๐", "๔๒.๕"),
        ("นาใต้", "๘.๐", "๒๐.๐", "๒๘.๐"),
        ("รวม", "๒๐.๕", "๕๐.๐", "๗๐.๕"),
        ("สัดส่วน (ร้อยละ)", "๒๙.๐๘", "๗๐.๙๒", "๑๐๐.๐๐"),
    ])
    assert _lines(path) == sorted([
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาดี", 12500.0, None, None, "อปท."),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาดี", 30000.0, None, None, "สสอ.ตัวอย่าง"),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาใต้", 8000.0, None, None, "อปท."),
        ("งบประมาณขับเคลื่อน พชอ. อำเภอนาใต้", 20000.0, None, None, "สสอ.ตัวอย่าง"),
    ])


def test_a_funder_grid_with_no_unit_stated_keeps_its_figures_as_written(tmp_path):
    path = _word(tmp_path, ["4. งบประมาณสนับสนุนการขับเคลื่อน พชอ."], [
        ("อำเภอ", "สสจ.ตัวอย่าง", "กองทุนหลักประกันสุขภาพ อบต.", "รวม"),
        ("เขาดิน", "15,000", "25,000", "40,000"),
        ("ท่าทราย", "10,000", "20,000", "30,000"),
    ])
    assert [(d, a) for d, a, *_ in _lines(path)] == [
        ("งบประมาณสนับสนุนการขับเคลื่อน พชอ. อำเภอท่าทราย", 10000.0),
        ("งบประมาณสนับสนุนการขับเคลื่อน พชอ. อำเภอท่าทราย", 20000.0),
        ("งบประมาณสนับสนุนการขับเคลื่อน พชอ. อำเภอเขาดิน", 15000.0),
        ("งบประมาณสนับสนุนการขับเคลื่อน พชอ. อำเภอเขาดิน", 25000.0),
    ]


def test_a_quarterly_plan_in_thousands_gives_each_activity_its_total_and_footnoted_funder(tmp_path):
    path = _word(tmp_path, ["2. แผนงานและงบประมาณ ปีงบประมาณ 2567", "หน่วย : พันบาท"], [
        ("ประเด็น", "ระยะเวลาดำเนินการ", "กลุ่มเป้าหมาย (คน)", "งบประมาณรายไตรมาส", "", "", "", "รวม",
         "ผู้รับผิดชอบ"),
        ("", "", "", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "", ""),
        ("ยาเสพติด", "1.1 อบรมแกนนำเยาวชน (๕๐ คน x ๓ มื้อ x ๘๐ บาท)", "", "", "", "", "", "", ""),
        ("", "ม.ค. – ก.พ. 67", "50", "-", "12.0#", "-", "-", "12.0", "สสอ.ตัวอย่าง"),
        ("", "1.2 ค่ายบำบัดผู้ใช้สารเสพติด", "", "", "", "", "", "", ""),
        ("", "เม.ย. – มิ.ย. 67", "30", "-", "-", "25.5##", "-", "25.5", "รพ.ตัวอย่าง"),
        ("รวมทั้งสิ้น", "", "", "-", "12.0", "25.5", "-", "37.5", ""),
    ], ["หมายเหตุ แหล่งงบประมาณ", "# งบ อบต.นาดี", "## งบ กองทุนหลักประกันสุขภาพ อบต.นาใต้"])
    assert _lines(path) == sorted([
        ("อบรมแกนนำเยาวชน", 12000.0, 80.0, 150.0, "อบต.นาดี"),
        ("ค่ายบำบัดผู้ใช้สารเสพติด", 25500.0, None, None, "กองทุนหลักประกันสุขภาพ อบต.นาใต้"),
    ])


# --- corpus files of set 48 -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["bueng-kan-province-2566-inspection.docx",
                                  "bueng-kan-province-2566-inspection.pdf"])
def test_a_districts_by_funders_grid_in_thousands_gives_the_gold_amounts_on_a_real_file(parsed, gold, name):
    found = sorted((i.description, i.amount_baht) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["description"], g["amount_baht"]) for g in gold(name, "budget_items"))


def test_a_quarterly_plan_in_thousands_gives_the_gold_amounts_and_workings_on_a_real_file(parsed, gold):
    name = "rayong-wang-chan-2568-action-plan.pdf"
    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity) for i in extract(parsed(name)).budget_items)
    expected = sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"]) for g in gold(name, "budget_items"))
    assert found == expected
