"""The .docx reader: reading order, merged and nested cells, running headers, Word's list labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.model import RawBlock
from pcc_ingest.parsers.docx import read_docx
from pcc_ingest.parsers.docx_number_format import format_number


@pytest.fixture(scope="module")
def blocks() -> list[RawBlock]:
    return read_docx(Path(__file__).parent / "fixtures" / "mixed_report.docx")


def _index(blocks: list[RawBlock], text: str) -> int:
    return next(i for i, b in enumerate(blocks) if text in b.raw_text)


def _cells(blocks: list[RawBlock], table: int) -> dict[tuple[int, int], str]:
    return {(b.row, b.col): b.raw_text for b in blocks if b.kind == "table_cell" and b.table == table}


def test_table_stands_between_the_paragraphs_around_it(blocks):
    caption = _index(blocks, "ตารางที่ ๑")
    after = _index(blocks, "หมายเหตุ")
    table_positions = [i for i, b in enumerate(blocks) if b.table == 0]
    assert caption < min(table_positions) and max(table_positions) < after
    assert all(b.kind == "table_cell" for b in blocks[caption + 1 : after])


def test_table_cells_come_in_row_order(blocks):
    rows = [(b.row, b.col) for b in blocks if b.table == 0]
    assert rows == sorted(rows)
    assert _cells(blocks, 0)[0, 2] == "งบประมาณ (บาท)"


def test_vertically_merged_cell_is_read_once_at_its_first_row(blocks):
    cells = _cells(blocks, 0)
    assert cells[2, 1] == "อุบัติเหตุทางถนน"
    assert (3, 1) not in cells
    assert sum("อุบัติเหตุทางถนน" in b.raw_text for b in blocks) == 1


def test_horizontally_merged_cell_is_read_once_at_its_first_column(blocks):
    cells = _cells(blocks, 0)
    assert cells[4, 0] == "รวม"
    assert (4, 1) not in cells
    assert cells[4, 2] == "52,500"


def test_cell_paragraphs_are_joined_on_one_line(blocks):
    assert _cells(blocks, 0)[4, 3] == "ครบถ้วน ตามแผนที่กำหนด"


def test_nested_table_follows_its_cell_with_its_own_index(blocks):
    parent = _index(blocks, "ผลงานเทียบเป้าหมาย")
    nested = blocks[parent + 1 : parent + 5]
    assert [(b.table, b.parent_table, b.row, b.col, b.raw_text) for b in nested] == [
        (1, 0, 0, 0, "เป้าหมาย"),
        (1, 0, 0, 1, "ผลงาน"),
        (1, 0, 1, 0, "๗๕"),
        (1, 0, 1, 1, "๘๒"),
    ]
    assert blocks[parent + 5].table == 0  # the parent table goes on after it


def test_headers_and_footers_come_last_and_once(blocks):
    kinds = [b.kind for b in blocks]
    first_running = kinds.index("header")
    assert set(kinds[first_running:]) == {"header", "footer"}
    assert [b.raw_text for b in blocks if b.kind == "header"] == ["เอกสารประกอบการประชุมคณะกรรมการ พชอ."]
    assert [b.raw_text for b in blocks if b.kind == "footer"] == ["หน้า 1"]


def test_heading_styles_are_headings(blocks):
    headings = [b.raw_text for b in blocks if b.kind == "heading"]
    assert headings[1:] == ["ส่วนที่ ๑ ความเป็นมา", "ส่วนที่ ๒ กิจกรรม"]
    assert headings[0].startswith("รายงานผลการดำเนินงาน")  # the Title style


def test_thai_numbering_with_nested_levels_and_restart(blocks):
    labels = [(b.list_label, b.raw_text) for b in blocks[_index(blocks, "การประชุมคณะกรรมการ") :][:6]]
    assert labels == [
        ("๑.", "๑. การประชุมคณะกรรมการ"),
        ("๑.๑", "๑.๑ ประชุมครั้งที่ ๑ เดือนธันวาคม"),
        ("๑.๒", "๑.๒ ประชุมครั้งที่ ๒ เดือนมีนาคม"),
        ("ก)", "ก) วาระการประชุมที่สำคัญ"),
        ("๒.", "๒. การติดตามผลการดำเนินงาน"),
        ("๒.๑", "๒.๑ ลงพื้นที่ติดตามทุกตำบล"),  # level 2 restarted under item ๒
    ]
    assert all(b.kind == "list_item" for b in blocks if b.list_label)


def test_decimal_numbering_restarts_where_word_overrides_the_start(blocks):
    start = _index(blocks, "ประชุมเชิงปฏิบัติการ")
    labels = [b.list_label for b in blocks[start : start + 9]]
    assert labels == ["1.", "1.1.", "2.", None, "1.", "2.", "ข้อ 3", "ข้อ 4", "-"]


def test_paragraph_index_counts_body_paragraphs(blocks):
    indices = [b.paragraph for b in blocks if b.paragraph is not None]
    assert indices == sorted(indices) and len(set(indices)) == len(indices)
    assert all(b.paragraph is None for b in blocks if b.kind in ("table_cell", "header", "footer"))


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (12, "thaiNumbers", "๑๒"),
        (1, "thaiLetters", "ก"),
        (4, "thaiLetters", "ง"),
        (28, "lowerLetter", "bb"),
        (14, "upperRoman", "XIV"),
        (7, "decimalZero", "07"),
        (5, "cardinalText", "5"),  # a format not rendered falls back to digits
    ],
)
def test_word_number_formats(value, fmt, expected):
    assert format_number(value, fmt) == expected


def test_text_box_is_read_once_after_its_anchor_paragraph():
    blocks = read_docx(Path(__file__).parent / "fixtures" / "text_box_note.docx")
    assert [(b.paragraph, b.raw_text) for b in blocks[:2]] == [
        (0, "ข้อสังเกตจากการลงพื้นที่"),
        (None, "กล่องข้อความ: ติดตามผลทุกไตรมาส"),  # DrawingML box; its VML fallback copy is skipped
    ]
    assert blocks[2].paragraph == 1
    assert sum("กล่องข้อความ" in b.raw_text for b in blocks) == 1
