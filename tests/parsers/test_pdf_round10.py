"""A row a page cut goes back to its row by the numbers of any column, and signature blocks set
side by side without rulings read as one table row, as in the .docx (real PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_row_numbers import comes_next, row_number

from .table_rows import rows_of

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"


@pytest.mark.parametrize(("text", "number"), [("2.1 ประชุม", (2, 1)), ("๓.๒ กิจกรรม", (3, 2)), ("(4) ค่า", (4,)),
                                              ("10.", (10,)), ("สามชุก", None), ("- ค่าน้ำดื่ม", None)])
def test_a_cell_number_is_read_in_ascii_or_thai_digits(text, number):
    assert row_number(text) == number


@pytest.mark.parametrize(("before", "after", "next_"), [
    ((1, 2), (1, 3), True), ((2, 2), (3, 1), True), ((2, 2), (3,), True), ((2,), (2, 1), True),
    ((5,), (10,), False), ((1, 2), (1, 4), False), ((2, 2), (3, 2), False), ((3, 1), (2, 2), False), ((2, 1), (2,), False),
])
def test_the_next_number_of_an_outline_is_told_from_a_jump(before, after, next_):
    assert comes_next(before, after) is next_


def test_a_cost_line_cut_under_a_numbered_activity_column_goes_back_to_its_row():
    """The issue column is merged down, so the numbers are in the second column (3.2 ... 3.3)."""
    rows = rows_of(CORPUS / "suphan-buri-sam-chuk-2568-action-plan.pdf")
    [clean_up] = [r for r in rows if any(c.startswith("3.2 ") for c in r)]
    assert any(c.endswith("ตลาดสามชุก") for c in clean_up)
    [costs] = [c for c in clean_up if "ค่าอุปกรณ์ทำความสะอาด 8,000 บาท" in c]
    assert "ค่าน้ำดื่ม 200 คน x 20 บาท = 4,000 บาท" in costs
    assert not any(c == "สามชุก" for r in rows for c in r)


def test_a_prize_note_cut_before_the_next_issue_goes_back_to_its_activity():
    rows = rows_of(CORPUS / "nakhon-si-thammarat-sichon-2567-progress.pdf")
    [contest] = [r for r in rows if any(c.startswith("2.2 ") for c in r)]
    assert any(c.endswith("(เงินรางวัล 3,000 / 2,000 / 1,000 บาท)") for c in contest)


def test_a_list_label_wrapped_in_its_box_is_no_signature_block():
    """"10." drawn as "1" over "0." beside a name stays prose, not a borderless row."""
    rows = rows_of(CORPUS / "maha-sarakham-kosum-phisai-2566-minutes.pdf")
    assert not any(c.startswith("นางสุภาวดี") for r in rows for c in r)


def test_signature_blocks_side_by_side_read_as_one_row_like_the_docx():
    pdf_rows = rows_of(HERE / "borderless_signature_row.pdf")
    docx_rows = rows_of(HERE / "borderless_signature_row.docx")
    assert len(pdf_rows) == 1 and len(pdf_rows[0]) == 2
    assert ["".join(c.split()) for c in pdf_rows[0]] == ["".join(c.split()) for c in docx_rows[0]]


def test_a_tab_aligned_committee_list_stays_lines():
    doc = parse(HERE / "borderless_signature_row.pdf")
    members = [b for b in doc.body() if b.text.startswith(("1. ", "2. "))]
    assert len(members) == 2 and all(b.kind != "table_cell" for b in members)
    assert "ประธานกรรมการ" in members[0].text
