"""A page number drawn under side-by-side signature blocks stays page furniture, so the body floor
it would lower no longer hides that a full page cut a plan row in two (real PDFs and line geometry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_side_by_side import side_by_side_rows
from pcc_ingest.parsers.pdf_text import PAGE_NUMBER_RE, TextLine

from .table_rows import rows_of

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
PLAN = CORPUS / "kalasin-kuchinarai-2568-action-plan.pdf"


def line(text: str, left: float, baseline: float, width: float = 150.0) -> TextLine:
    return TextLine(text=text, left=left, right=left + width, baseline=baseline, size=16.0, bold=False, trailing_space=False)


@pytest.mark.parametrize("text", ["หน้า 4", "- 3 -", "หน้า ๒/๑๒", "Page 7", "12"])
def test_a_page_number_line_is_told_by_its_shape(text):
    assert PAGE_NUMBER_RE.match(text)


@pytest.mark.parametrize("text", ["ประธานคณะกรรมการ", "หน้าที่รับผิดชอบ", "(นายสมชาย ใจดี)"])
def test_a_signature_line_is_no_page_number(text):
    assert not PAGE_NUMBER_RE.match(text)


def test_a_page_number_drawn_under_the_last_signature_block_stays_out_of_the_row():
    left = [line("ลงชื่อ ....................", 90, 140), line("(นายหนึ่ง สองสาม)", 90, 120), line("นายอำเภอ", 90, 100)]
    right = [line("ลงชื่อ ....................", 450, 140), line("(นายสี่ ห้าหก)", 450, 120), line("ประธานกรรมการ", 450, 100)]
    page_number = line("หน้า 4", 480, 70, width=40.0)
    rest, rows = side_by_side_rows(left + right + [page_number])
    assert [ln.text for ln in rest] == ["หน้า 4"]
    [row] = rows
    assert [len(c.pieces) for c in row.cells] == [3, 3]


def test_a_plan_row_cut_at_the_page_foot_is_joined_to_its_rest():
    """"ไตรมาส" ends page 3 and "ละ 1 ครั้ง" opens page 4; the cost line keeps its 35 people x 35 baht."""
    rows = rows_of(PLAN)
    [meeting] = [r for r in rows if r[0] == "4.1"]
    assert meeting[1] == "ประชุมคณะกรรมการ พชอ. ไตรมาสละ 1 ครั้ง"
    assert "ค่าอาหารว่างและเครื่องดื่ม 4 ครั้ง x 35 คน x 35 บาท" in meeting
    assert not any("ละ 1 ครั้ง" in c for r in rows if r[0] != "4.1" for c in r)


def test_a_cost_line_with_its_own_amount_after_a_page_break_stays_a_row_of_its_own():
    rows = rows_of(PLAN)
    [training] = [r for r in rows if r[0] == "2.1"]
    assert not any("4 มื้อ x 25 บาท" in c for c in training)
    assert any("ค่าอาหารว่างและเครื่องดื่ม 4 มื้อ x 25 บาท x 80 คน" in r and "8,000" in r for r in rows)


def test_the_page_number_under_the_signatures_is_a_footer_not_a_signature():
    doc = parse(PLAN)
    assert not any(b.text.endswith("หน้า 4") for b in doc.body())
    assert any(b.kind == "footer" and b.text == "หน้า 4" for b in doc.blocks)
