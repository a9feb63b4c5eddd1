"""Round 43 (outcomes B): a results table with indicators as rows, ตำบล as
columns and the target last reads each place cell as the row's indicator for
that place, named "<indicator> ตำบล<place>" (the unit from the caption's
"รายตำบล" or from a "ภาพรวมอำเภอ" column), the whole-district column as
"<indicator> ภาพรวมอำเภอ", and the last column as each row's target.  The
place names may stand in the header or in a row under a spanning label
("ผลงานรายตำบล").  A percent column naming a measure ("ตำบลผ่านเกณฑ์ พชต.
คุณภาพ") is no place.  A table whose first column names no indicators is
left as it was.  Small tables first, then a variant built as a real .docx,
then the real corpus files of set 43."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.place_columns import place_columns, place_of
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

ONE_ROW = [["ตัวชี้วัด (ร้อยละ)", "คลองหาด", "ไทยอุดม", "ภาพรวมอำเภอ", "ค่าเป้าหมาย"],
           ["ครัวเรือนคัดแยกขยะต้นทาง", "82.40", "76.90", "75.20", "ร้อยละ 70"]]


def test_place_names_in_the_header_become_percent_columns_named_with_their_unit() -> None:
    table = place_columns(read_tables(table_doc(ONE_ROW))[0])
    assert [(c.role, c.own) for c in table.columns] == [
        ("indicator", "ตัวชี้วัด (ร้อยละ)"), ("percent", "ตำบลคลองหาด"), ("percent", "ตำบลไทยอุดม"),
        ("percent", "ภาพรวมอำเภอ"), ("target_pct", "ค่าเป้าหมาย")]


def test_place_names_under_a_spanning_label_are_the_header_lower_row() -> None:
    rows = [["ตัวชี้วัด", "ผลงานรายตำบล", None, "ภาพรวมอำเภอ", "ค่าเป้าหมาย"],
            [None, "วัดสิงห์", "หนองบัว", None, None],
            ["ผู้สูงอายุได้รับการคัดกรอง", "88.4", "93.0", "89.1", "≥ 85"]]
    table = place_columns(read_tables(table_doc(rows))[0])
    assert [c.own for c in table.columns_of("percent")] == ["ตำบลวัดสิงห์", "ตำบลหนองบัว", "ภาพรวมอำเภอ"]
    assert len(table.rows) == 1


def test_a_first_column_naming_no_indicators_changes_nothing() -> None:
    rows = [["ตำบล", "คลองหาด", "ไทยอุดม", "ค่าเป้าหมาย"], ["ปี 2566", "82.40", "76.90", "70"]]
    table = read_tables(table_doc(rows))[0]
    assert place_columns(table) == table


def test_a_percent_column_naming_a_measure_is_no_place() -> None:
    table = place_columns(read_tables(table_doc(ONE_ROW))[0])
    assert place_of(table, Column(1, "percent", "x", own="ตำบลผ่านเกณฑ์ พชต. คุณภาพ")) == ""
    assert place_of(table, table.columns[1]) == "ตำบลคลองหาด"


def test_a_built_docx_variant_names_each_place_and_the_whole(tmp_path) -> None:
    """Other words and order: "ตัวชี้วัดสำคัญ", Thai digits, a "รายตำบล" caption, another district."""
    rows = [["ตัวชี้วัดสำคัญ", "ผลงานรายตำบล", "", "", "ภาพรวมอำเภอ", "ค่าเป้าหมาย"],
            ["", "บ้านกลาง", "ท่าช้าง", "นาดี", "", ""],
            ["หมู่บ้านมีค่า HI น้อยกว่า ๑๐", "๘๐.๕", "๗๒.๐", "๙๑.๒", "๘๑.๒", "≥ ๘๐"]]
    path = write_docx(tmp_path / "r.docx", ["ตารางที่ ๒ ผลการดำเนินงานรายตำบล อำเภอนาดี ปีงบประมาณ ๒๕๖๗ (ร้อยละ)"],
                      rows, merges=[(0, 1, 0, 3), (0, 0, 1, 0), (0, 4, 1, 4), (0, 5, 1, 5)])
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert {("หมู่บ้านมีค่า HI น้อยกว่า 10 ตำบลบ้านกลาง", 80.5, 80.0),
            ("หมู่บ้านมีค่า HI น้อยกว่า 10 ตำบลนาดี", 91.2, 80.0),
            ("หมู่บ้านมีค่า HI น้อยกว่า 10 ภาพรวมอำเภอ", 81.2, 80.0)} <= got


@pytest.mark.parametrize("name", ["sa-kaeo-khlong-hat-2566-progress.pdf", "chai-nat-wat-sing-2566-minutes.docx"])
def test_indicator_rows_by_place_in_real_set_43_reports(parsed, name) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(name)).outcomes}
    wanted = {"sa-kaeo-khlong-hat-2566-progress.pdf": {("ครัวเรือนคัดแยกขยะต้นทาง ตำบลคลองหาด", 82.4, 70.0),
                                                      ("หมู่บ้านมีธนาคารขยะชุมชน ภาพรวมอำเภอ", 79.75, 75.0)},
              "chai-nat-wat-sing-2566-minutes.docx": {("ผู้สูงอายุได้รับการคัดกรองสุขภาพ 10 เรื่อง ตำบลวัดสิงห์", 88.4, 85.0),
                                                      ("เกษตรกรมีผลตรวจสารเคมีในเลือดอยู่ในระดับปลอดภัย ภาพรวมอำเภอ", 58.5, 60.0)}}
    assert wanted[name] <= got
