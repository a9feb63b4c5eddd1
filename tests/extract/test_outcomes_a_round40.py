"""Round 40 (outcomes A): a district written in brackets after a row's
indicator is the row's district and no part of the indicator, and a bracket
naming no district stays.  A target cell holding a range sets its lower end
as the row's target.  A row whose indicator cell lists several indicators
and whose figure cells each stack as many figures is read as one row per
indicator, and the records read from a part keep the whole cell's evidence.
Strings and small tables first, then a real corpus file of set 40."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.bracket_districts import bracket_district
from pcc_ingest.extract.outcomes.range_targets import range_target
from pcc_ingest.extract.outcomes.stacked_cells import figure_parts, name_parts, stacked_rows
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

SARABURI = "saraburi-province-2567-inspection"
SARABURI_CODE = "19"
STACKED = "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี ร้อยละผู้ป่วยความดันโลหิตสูงควบคุมความดันได้ดี (หนองแค)"


def _quarter_table() -> Table:
    """ตัวชี้วัด (อำเภอ) | ค่าเป้าหมาย | ไตรมาส 1 | ไตรมาส 2 with one stacked row and one plain row."""
    rows = [("ตัวชี้วัด (อำเภอ)", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"),
            (STACKED, "≥ 40 ≥ 60", "28.40 48.20", "32.60 52.70"),
            ("ร้อยละผู้ผ่านการบำบัดกลับไปเสพซ้ำ (พระพุทธบาท)", "ไม่เกิน 5", "3.20", "4.10")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2), n_cols=4)
    columns = (Column(0, "indicator", rows[0][0], own=rows[0][0]), Column(1, "target", rows[0][1], own=rows[0][1]),
               Column(2, "period", rows[0][2], own=rows[0][2]), Column(3, "period", rows[0][3], own=rows[0][3]))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in (1, 2))
    return Table(grid, (0,), columns, body)


def test_a_bracketed_district_after_an_indicator_is_the_rows_district() -> None:
    found = bracket_district("ร้อยละผู้ผ่านการบำบัดกลับไปเสพซ้ำ (พระพุทธบาท)", SARABURI_CODE)
    assert found == ("1909", "ร้อยละผู้ผ่านการบำบัดกลับไปเสพซ้ำ")


def test_a_bracket_naming_no_district_stays_part_of_the_indicator() -> None:
    assert bracket_district("ร้อยละผู้สูงอายุได้รับการดูแลตาม (Care Plan)", SARABURI_CODE) is None
    assert bracket_district("อัตราป่วยโรคไข้เลือดออก (ต่อแสนประชากร)", SARABURI_CODE) is None
    assert bracket_district("ร้อยละผู้ผ่านการบำบัดกลับไปเสพซ้ำ (พระพุทธบาท)", None) is None


def test_a_target_range_sets_its_lower_end() -> None:
    assert range_target(grid_cell("85–90", 1, 1)) == 85.0
    assert range_target(grid_cell("ร้อยละ 80-90", 1, 1)) == 80.0
    assert range_target(grid_cell("90–85", 1, 1)) is None  # no range: the ends run the wrong way
    assert range_target(grid_cell("100-150", 1, 1)) is None  # counts, no percentage
    assert range_target(grid_cell("ไม่เกิน 5", 1, 1)) is None


def test_stacked_figures_and_names_are_split_apart() -> None:
    assert len(figure_parts("28.40 48.20")) == 2 and len(figure_parts("≥ 40 ≥ 60")) == 2
    assert figure_parts("รอผล") == [] and figure_parts("106 จาก 123 ร้าน") == []
    parts = name_parts(STACKED)
    assert [STACKED[s:e].strip() for s, e in parts] == [
        "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", "ร้อยละผู้ป่วยความดันโลหิตสูงควบคุมความดันได้ดี"]


def test_a_row_stacking_two_indicators_is_read_as_two_rows() -> None:
    table = stacked_rows(_quarter_table())
    assert len(table.rows) == 3
    first, second, plain = table.rows
    assert " ".join(first.cells[0].text.split()) == "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี (หนองแค)"
    assert first.cells[2].text.strip() == "28.40" and second.cells[2].text.strip() == "48.20"
    assert second.cells[1].text.strip() == "≥ 60"
    assert len(first.cells[2].text) == len("28.40 48.20")  # a part keeps its place in the cell
    assert plain.cells[2].text == "3.20"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_stacked_rows_bracketed_districts_and_ranges_in_a_real_inspection(parsed, suffix) -> None:
    doc = parsed(SARABURI + suffix)
    outs = extract(doc).outcomes
    got = {(o.district, o.indicator, o.value_pct, o.target_pct) for o in outs}
    assert {("1903", "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี ไตรมาส 1", 28.4, 40.0),
            ("1903", "ร้อยละผู้ป่วยความดันโลหิตสูงควบคุมความดันได้ดี ไตรมาส 3", 57.3, 60.0),
            ("1909", "ร้อยละร้านอาหารในแหล่งท่องเที่ยวผ่านเกณฑ์ Clean Food Good Taste ไตรมาส 1", 42.5, 85.0),
            ("1909", "ร้อยละผู้ผ่านการบำบัดกลับไปเสพซ้ำ ไตรมาส 2", 4.1, 5.0),
            ("1911", "ร้อยละเกษตรกรมีผลตรวจสารเคมีในเลือดระดับไม่ปลอดภัย ไตรมาส 3", 26.4, 25.0)} <= got
    assert not any(o.value_pct is None and o.evidence.table is not None for o in outs)  # §3's targets merged
    for o in outs:  # every record's evidence is the document's own text
        assert doc.blocks[o.evidence.block].text[o.evidence.start:o.evidence.end] == o.evidence.text
