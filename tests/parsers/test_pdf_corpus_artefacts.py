"""PDF artefacts met in the corpus (real LibreOffice exports, built by scripts/build_corpus.py).

Each test names the artefact and the corpus file that shows it; the .docx twin,
where there is one, says what the text must be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.model import Document
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _parse(name: str) -> Document:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} not built")
    return parse(path)


def test_marks_drawn_after_the_next_letter_go_back_over_their_letter():
    pdf = _parse("phrae-wang-chin-2567-project.pdf")
    docx = _parse("phrae-wang-chin-2567-project.docx")
    assert "เรียนร้" not in pdf.text and "ความร้ต" not in pdf.text
    for word in ("เรียนรู้", "ความรู้ตาม", "นโยบายการ"):
        assert pdf.text.count(word) == docx.text.count(word) > 0


def test_thanthakhat_drawn_late_goes_back_over_its_letter():
    text = _parse("phichit-province-2565-progress.pdf").text
    assert "โพธิ์ประทับช้าง" in text
    assert "โพธิป์" not in text


def test_mark_after_a_space_is_joined_without_the_space():
    text = _parse("chiang-mai-mae-chaem-2567-progress.pdf").text
    assert "ฝุ่น" in text and "ฝุ ่น" not in text


def test_repeated_two_row_table_heading_is_marked_header():
    doc = _parse("chiang-rai-province-2566-action-plan.pdf")
    repeated = [(b.page, b.row, b.text) for b in doc.blocks if b.kind == "header" and b.table is not None]
    assert {text for _, _, text in repeated} == {"ที่", "อำเภอ", "ประเด็นขับเคลื่อน", "ประเด็นที่ 1", "ประเด็นที่ 2"}
    assert {page for page, _, _ in repeated} == {2}


def test_row_cut_in_every_column_by_a_page_break_is_joined():
    doc = _parse("khon-kaen-province-2565-inspection.pdf")
    cells = [b.text for b in doc.blocks if b.kind == "table_cell"]
    assert any("6. สรุปผลการดำเนินงาน รอบที่ 1 7. ติดตามเยี่ยมเสริมพลัง พชต." in c for c in cells)
    assert not any(c.startswith("7. ติดตามเยี่ยมเสริมพลัง") for c in cells)


def test_unnumbered_rest_of_a_numbered_row_cut_by_a_page_break_is_joined():
    """The row's one line above the break gives no sign of the cut; the missing row number below does."""
    doc = _parse("surin-province-2568-action-plan.pdf")
    docx = _parse("surin-province-2568-action-plan.docx")
    row = next(line for line in docx.text.splitlines() if line.startswith("2. อบรมเชิงปฏิบัติการ"))
    assert row in doc.text.splitlines()
    assert not any(b.text.startswith("ประเมิน UCCARE") for b in doc.blocks)


def test_bold_font_by_name_makes_a_heading():
    doc = _parse("chiang-rai-province-2566-action-plan.pdf")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "1. หลักการและเหตุผล" in headings


def test_no_space_is_made_up_where_a_latin_letter_meets_a_thai_digit():
    pdf = _parse("lampang-chae-hom-2565-minutes.pdf")
    docx = _parse("lampang-chae-hom-2565-minutes.docx")
    assert "PM 2.5" not in pdf.text
    assert pdf.text.count("(PM2.5)") == docx.text.count("(PM2.5)") > 0


def test_a_latin_cell_and_the_thai_digits_of_the_next_cell_stay_apart():
    rows = [line for line in _parse("bueng-kan-seka-2568-action-plan.pdf").text.splitlines() if "Care Plan\t" in line]
    assert any("Care Plan\t92.31" in row for row in rows)


def test_space_pdfium_makes_up_after_a_mark_shifted_left_over_its_letter_is_dropped():
    """The tone over ป stops short of the letter, so pdfium saw a gap before "วย"."""
    pdf = _parse("kalasin-province-2566-inspection.pdf")
    docx = _parse("kalasin-province-2566-inspection.docx")
    assert "ป่ ว" not in pdf.text
    for word in ("ผู้ป่วยติดเตียง", "อัตราป่วย"):
        assert pdf.text.count(word) == docx.text.count(word) > 0

