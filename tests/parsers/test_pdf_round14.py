"""Round 14: a repeated two-row table heading whose wrapped cell ends fall into the row below."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_repeated_heading import repeated_heading_cells
from pcc_ingest.parsers.pdf_tables import Cell, Table

from .table_rows import rows_of

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
LAMPANG = CORPUS / "lampang-soem-ngam-2568-action-plan.pdf"


def test_a_row_cut_under_a_two_row_heading_with_wrapped_ends_goes_back_to_its_row():
    rows = rows_of(LAMPANG)
    [meeting] = [r for r in rows if r and r[0] == "3.1"]
    assert meeting[1].endswith("(ธรรมนูญหมู่บ้าน) - ค่าอาหารว่างและเครื่องดื่ม 10 หมู่บ้าน x 30 คน x 25 บาท = 7,500 บาท")
    assert not any(c in ("(บาท)", "ณ") for r in rows for c in r)


def test_the_repeated_heading_gets_its_wrapped_ends_back_and_is_marked_header():
    doc = parse(LAMPANG)
    budget = [b for b in doc.blocks if b.text.startswith("งบประมาณ") and b.table is not None]
    assert [b.text for b in budget] == ["งบประมาณ (บาท)", "งบประมาณ (บาท)"]
    assert [b.kind for b in budget] == ["table_cell", "header"]
    months = [b for b in doc.blocks if b.text == "ต.ค." and b.table is not None]
    assert [b.kind for b in months] == ["table_cell", "header"]


def _cell(row: int, left: float, right: float, text: str) -> Cell:
    return Cell(box=(left, -100.0 - 20 * row, right, -80.0 - 20 * row), row=row, col=int(left), text=text)


def _table(cells: list[Cell]) -> Table:
    return Table(cells=cells, col_lefts=sorted({c.box[0] for c in cells}), left=0.0, right=300.0, top=0.0, bottom=0.0)


def _upper() -> Table:
    return _table([_cell(0, 0, 100, "ที่"), _cell(0, 100, 200, "งบประมาณ (บาท)"), _cell(1, 0, 100, "1"), _cell(1, 100, 200, "500")])


def test_a_heading_cell_read_short_counts_when_the_row_below_holds_its_missing_words():
    lower = _table([
        _cell(0, 0, 100, "ที่"), _cell(0, 100, 200, "งบประมาณ"),
        _cell(1, 0, 100, "ค่าป้าย"), _cell(1, 100, 200, "(บาท)"),
        _cell(2, 0, 100, "2"), _cell(2, 100, 200, "700"),
    ])
    heading = repeated_heading_cells(_upper(), lower)
    assert {c.row for c in heading} == {0}
    assert [c.text for c in lower.cells if c.row in (0, 1)] == ["ที่", "งบประมาณ (บาท)", "ค่าป้าย", ""]


def test_a_heading_cell_read_short_does_not_count_when_its_missing_words_are_not_below():
    lower = _table([
        _cell(0, 0, 100, "ที่"), _cell(0, 100, 200, "งบประมาณ"),
        _cell(1, 0, 100, "2"), _cell(1, 100, 200, "700"),
    ])
    assert repeated_heading_cells(_upper(), lower) == []
    assert [c.text for c in lower.cells] == ["ที่", "งบประมาณ", "2", "700"]
