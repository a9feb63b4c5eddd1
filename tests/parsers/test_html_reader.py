"""An HTML page saved as .doc (what web systems "export to Word") is read like a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcc_ingest.parsers import parse


def test_exported_doc_html_keeps_paragraphs_and_table_cells(copy_as):
    doc = parse(copy_as("mixed_report.html", "exported.doc"))
    assert doc.format == "html"
    texts = [b.text for b in doc.blocks]
    assert "ส่วนที่ 1 ความเป็นมา" in texts
    cells = {(b.table, b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells[0, 0, 0] == "ลำดับ"
    assert cells[0, 2, 1] == "อุบัติเหตุทางถนน"
    assert (0, 3, 1) not in cells  # covered by the rowspan above
    assert cells[0, 4, 2] == "52,500"  # after a colspan of two


def test_table_inside_a_cell_is_a_nested_table(fixtures: Path):
    doc = parse(fixtures / "mixed_report.html")
    nested = [b for b in doc.blocks if b.parent_table is not None]
    assert [b.text for b in nested] == ["เป้าหมาย", "ผลงาน", "75", "82"]
    holder = doc.blocks[doc.blocks.index(nested[0]) - 1]
    assert holder.text == "ผลงานเทียบเป้าหมาย"


def test_list_items_get_the_number_a_browser_draws(fixtures: Path):
    doc = parse(fixtures / "mixed_report.html")
    items = [(b.list_label, b.text) for b in doc.blocks if b.kind == "list_item"]
    assert ("3.", "3. รณรงค์สวมหมวกนิรภัย") in items  # <ol start="3">
    assert ("•", "• ผู้สูงอายุที่มีภาวะพึ่งพิง") in items


def test_libreoffice_header_and_footer_divs_are_running_lines(fixtures: Path):
    doc = parse(fixtures / "mixed_report.html")
    assert [b.text for b in doc.blocks if b.kind == "header"] == ["เอกสารประกอบการประชุมคณะกรรมการ พชอ."]
    assert [b.kind for b in doc.blocks][-1] == "footer"


@pytest.mark.parametrize(
    "name",
    ["exported_cp874.doc", "exported_web_page.doc"],
    ids=["windows-874 page", "MHTML single-file web page"],
)
def test_thai_legacy_encoding_and_mhtml_read_the_same_text(fixtures: Path, name: str):
    reference = parse(fixtures / "mixed_report.html")
    doc = parse(fixtures / name)
    assert doc.format == "html"
    assert doc.text == reference.text
    assert "ผลงานเทียบเป้าหมาย" in doc.text
