"""The PDF reader: ruled tables as cells, prose as paragraphs, running lines marked, pages kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.model import RawBlock
from pcc_ingest.parsers.docx import read_docx
from pcc_ingest.parsers.pdf import read_pdf
from pcc_ingest.parsers.pdf_text import join_lines

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def mixed() -> tuple[list[RawBlock], int]:
    return read_pdf(FIXTURES / "mixed_report.pdf")


@pytest.fixture(scope="module")
def heavy() -> list[RawBlock]:
    return read_pdf(FIXTURES / "table_heavy.pdf")[0]


@pytest.fixture(scope="module")
def fixtures_docx_paragraphs() -> list[str]:
    """The body paragraphs of prose_long.docx, white space removed (the PDF may lose a space at a wrap)."""
    return ["".join(b.raw_text.split()) for b in read_docx(FIXTURES / "prose_long.docx") if b.kind == "paragraph"]


def _index(blocks: list[RawBlock], text: str) -> int:
    return next(i for i, b in enumerate(blocks) if text in b.raw_text)


def test_every_block_has_a_one_based_page(mixed):
    blocks, pages = mixed
    assert pages == 3
    assert {b.page for b in blocks} == {1, 2, 3}


def test_table_cells_are_blocks_in_row_order(mixed):
    blocks, _ = mixed
    cells = [b for b in blocks if b.kind == "table_cell" and b.table == 0]
    assert [(b.row, b.col, b.raw_text) for b in cells[:8]] == [
        (0, 0, "ลำดับ"),
        (0, 1, "ประเด็น"),
        (0, 2, "งบประมาณ (บาท)"),
        (0, 3, "ผลการดำเนินงาน"),
        (1, 0, "๑"),
        (1, 1, "การจัดการขยะในครัวเรือน"),
        (1, 2, "25,000"),
        (1, 3, "ดำเนินการแล้วเสร็จ"),
    ]


def test_merged_cells_sit_at_their_first_row_and_column(mixed):
    blocks, _ = mixed
    first_page = {(b.row, b.col): b.raw_text for b in blocks if b.table == 0}
    assert first_page[2, 1] == "อุบัติเหตุทางถนน"  # spans rows 2-3
    assert (3, 1) not in first_page
    second_page = {(b.row, b.col): b.raw_text for b in blocks if b.table == 1}
    total_row = min(r for (r, c), text in second_page.items() if text == "รวม")
    assert second_page[total_row, 0] == "รวม"  # spans columns 0-1
    assert (total_row, 1) not in second_page


def test_prose_and_tables_interleave_where_they_stand(mixed):
    blocks, _ = mixed
    caption = _index(blocks, "ตารางที่ ๑")
    note = _index(blocks, "หมายเหตุ")
    table_positions = [i for i, b in enumerate(blocks) if b.kind == "table_cell"]
    assert caption < min(table_positions) and max(table_positions) < note
    assert _index(blocks, "2.1 ลงพื้นที่") == caption - 1
    assert blocks[caption + 1].kind == "table_cell"


def test_nested_table_cells_follow_their_cell(mixed):
    blocks, _ = mixed
    nested = [b for b in blocks if b.parent_table is not None]
    assert [b.raw_text for b in nested] == ["เป้าหมาย", "ผลงาน", "๗๕", "๘๒"]
    assert {(b.row, b.col) for b in nested} == {(0, 0), (0, 1), (1, 0), (1, 1)}
    first = blocks.index(nested[0])
    holder = blocks[first - 1]  # the cell the nested table is drawn in, read without it
    assert (holder.table, holder.raw_text) == (nested[0].parent_table, "หมาย")
    assert blocks[first + 4].table == holder.table  # the holding table goes on after it


def test_wrapped_lines_of_a_paragraph_are_one_block(mixed):
    blocks, _ = mixed
    body = blocks[_index(blocks, "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอได้ประชุม")]
    assert body.kind == "paragraph"
    assert body.raw_text.endswith("และงบประมาณที่ใช้ในการดำเนินงาน")  # five lines on the page


def test_list_items_keep_the_label_the_page_shows(mixed):
    blocks, _ = mixed
    items = [(b.list_label, b.raw_text) for b in blocks if b.kind == "list_item"][:4]
    assert items == [
        ("1.", "1. การประชุมคณะกรรมการ"),
        ("1.1", "1.1 ประชุมครั้งที่ ๑ เดือนธันวาคม"),
        ("1.2", "1.2 ประชุมครั้งที่ ๒ เดือนมีนาคม"),
        ("ก)", "ก) วาระการประชุมที่สำคัญ"),
    ]


def test_larger_type_is_a_heading(mixed):
    blocks, _ = mixed
    headings = [b.raw_text for b in blocks if b.kind == "heading"]
    assert headings[0].startswith("รายงานผลการดำเนินงาน") and headings[0].endswith("๒๕๖๗")
    assert "ส่วนที่ ๑ ความเป็นมา" in headings


def test_running_header_and_page_number_footer_are_marked(mixed):
    blocks, _ = mixed
    headers = [(b.page, b.raw_text) for b in blocks if b.kind == "header"]
    footers = [(b.page, b.raw_text) for b in blocks if b.kind == "footer"]
    assert headers == [(p, "เอกสารประกอบการประชุมคณะกรรมการ พชอ.") for p in (1, 2, 3)]
    assert footers == [(1, "หน้า 1"), (2, "หน้า 2"), (3, "หน้า 3")]


def test_running_header_and_footer_lines_follow_the_body(mixed):
    """As the .docx reader gives them: a page's furniture does not cut the body's flow."""
    blocks, _ = mixed
    running = [i for i, b in enumerate(blocks) if b.kind in ("header", "footer") and b.table is None]
    body = [i for i, b in enumerate(blocks) if b.kind not in ("header", "footer")]
    assert running and body and min(running) > max(body)


def test_heading_row_repeated_on_the_next_page_is_marked_header(heavy):
    repeated = [b for b in heavy if b.kind == "header" and b.table is not None]
    assert {b.raw_text for b in repeated} == {"ที่", "รายการ", "ราคาต่อหน่วย (บาท)", "จำนวน", "รวมเงิน (บาท)"}
    assert {b.page for b in repeated} == {2, 3, 4, 5, 6, 7}  # table 1 runs to page 6, table 2 to page 7
    first = [b for b in heavy if b.table == 0 and b.row == 0]
    assert all(b.kind == "table_cell" and b.page == 1 for b in first)


def test_row_broken_across_pages_is_joined_to_its_start(heavy):
    cells = [b.raw_text for b in heavy if b.kind == "table_cell"]
    assert "ค่าวัสดุสำนักงานและอุปกรณ์ ตำบลหนองบัว" in cells
    assert "อุปกรณ์ ตำบลหนองบัว" not in cells


def test_landscape_table_keeps_its_columns(heavy):
    table = next(b.table for b in heavy if b.raw_text == "ตัวชี้วัด")
    row = [b.raw_text for b in heavy if b.table == table and b.row == 1]
    assert row[:5] == ["ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ", "๗๕", "70.00", "80.5", "ผ่าน"]


def test_paragraph_running_over_a_page_break_is_one_block_on_its_first_page():
    blocks, _ = read_pdf(FIXTURES / "prose_long.pdf")
    body = [b for b in blocks if b.kind not in ("header", "footer")]
    joined = next(b for b in body if b.raw_text.startswith("ผู้รับผิดชอบแต่ละประเด็นจัดทำแผน") and b.page == 1)
    assert joined.raw_text.endswith("(Data Sharing) และการติดตามผลทุกเดือน")  # its last lines are on page 2
    assert not any(b.raw_text.startswith("การเบิกจ่ายงบประมาณ") for b in body)


def test_wrapped_lines_join_into_the_paragraphs_of_the_source(fixtures_docx_paragraphs):
    """Justified Thai prose with first-line indents: every Word paragraph is one PDF block."""
    blocks, _ = read_pdf(FIXTURES / "prose_long.pdf")
    texts = ["".join(b.raw_text.split()) for b in blocks if b.kind == "paragraph"]
    assert [p for p in fixtures_docx_paragraphs if p not in texts] == []


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["ผู้รับผิดชอบแต่ละประเด็นจัดทำแผน", "ปฏิบัติการ"], "ผู้รับผิดชอบแต่ละประเด็นจัดทำแผนปฏิบัติการ"),
        (["ระบบข้อมูลร่วมกัน (Data", "Sharing) และ"], "ระบบข้อมูลร่วมกัน (Data Sharing) และ"),
        (["ความต้องการของชุมชน ", "ผู้รับผิดชอบ"], "ความต้องการของชุมชน ผู้รับผิดชอบ"),
        (["งบประมาณ", "125,000 บาท"], "งบประมาณ 125,000 บาท"),
        (["ประจ ำปี"], "ประจำปี"),
        (["ได้แก่ (1) หมอกควัน (", "2) ผู้สูงอายุ"], "ได้แก่ (1) หมอกควัน (2) ผู้สูงอายุ"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_page_turned_by_rotate_reads_like_the_upright_page(heavy):
    """rotated_landscape.pdf is table_heavy's landscape page 8 drawn sideways on a portrait page with /Rotate 90."""
    turned, pages = read_pdf(FIXTURES / "rotated_landscape.pdf")
    page = [b for b in heavy if b.page == 8]
    running = sorted(b.raw_text for b in page if b.kind in ("header", "footer") and b.table is None)
    assert pages == 1
    assert running
    # one page alone cannot show its header repeated: there it is read as text, in its place
    assert sorted(b.raw_text for b in turned if b.raw_text in running) == running
    assert [(b.table is not None, b.row, b.col, b.raw_text) for b in turned if b.raw_text not in running] == [
        (b.table is not None, b.row, b.col, b.raw_text) for b in page if b.raw_text not in running
    ]
