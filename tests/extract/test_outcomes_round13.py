"""Round 13 outcome rules: a cell holding a figure with its bound or its
counts is data, never a header label; a numbered list inside a district's
section ("1. ...", "2. ..." under "2.2 อำเภอ...") does not close the section.
Strings first, then a real .docx file and a corpus file."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.outline import in_list
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import is_figure_cell, read_tables
from pcc_ingest.parsers import parse


@pytest.mark.parametrize("text", ["≥ 75", "≤ 16", "> 80", "ไม่น้อยกว่า 90", "ไม่เกิน 5",
                                  "78.64 (162/206)", "87.22 (1,024/1,174)", "60 (3 จาก 5)"])
def test_a_figure_with_its_bound_or_counts_is_a_data_cell(text):
    assert is_figure_cell(text)


@pytest.mark.parametrize("text", ["2567", "ปี 2567", "6 เดือน", "ร้อยละ", "เป้าหมาย (ร้อยละ)",
                                  "ผลงาน (ต.ค. 67 – มิ.ย. 68)", "รอบที่ 2"])
def test_a_header_label_is_no_figure_cell(text):
    assert not is_figure_cell(text)


@pytest.mark.parametrize(("number", "enclosing", "last_item"), [
    ((1,), (2, 2), None),      # "1." under "2.2 อำเภอ..." starts a list
    ((2,), (2, 2), (1,)),      # "2." counts on from it
    ((3,), (2, 2), (2,)),      # and "3." too, though it would move the outline on
    ((1,), (3,), None),        # "1." under "3." starts a list
])
def test_a_list_counting_from_one_under_a_heading_is_inside_its_section(number, enclosing, last_item):
    assert in_list(number, enclosing, last_item)


@pytest.mark.parametrize(("number", "enclosing", "last_item"), [
    ((3,), (2, 2), None),      # "3." after "2.2": the next chapter
    ((2, 3), (2, 2), None),    # "2.3" after "2.2": the next district
    ((4, 2), (83, 33), None),  # a heading after a wrapped decimal ("83.33 ผ่าน...")
    ((3,), (2, 2), (1,)),      # "3." after a list that stopped at "1."
])
def test_a_heading_moving_the_outline_on_is_no_list_item(number, enclosing, last_item):
    assert not in_list(number, enclosing, last_item)


SECTIONS = [
    "2. ผลการตรวจติดตามรายอำเภอ",
    "2.1 อำเภอปะเหลียน",
    "พชอ.ปะเหลียน เลือกขับเคลื่อน 1 ประเด็น คือ การจัดการขยะ",
    "2.2 อำเภอนาโยง",
    "ประเด็นการพัฒนาคุณภาพชีวิต พชอ.นาโยง กำหนดประเด็นขับเคลื่อน 2 ประเด็น ดังนี้",
    "1. การจัดการขยะต้นทางและสิ่งแวดล้อมในชุมชน",
    "2. การป้องกันและลดอุบัติเหตุทางถนน",
    "ผลการดำเนินงานตามตัวชี้วัด",
]
RESULTS = [
    ["ตัวชี้วัด", "เป้าหมาย", "ผลงาน", "สรุปผล"],
    ["ร้อยละครัวเรือนมีการคัดแยกขยะต้นทาง", "≥ 80", "82.35 (840/1,020)", "ผ่าน"],
    ["ร้อยละการสวมหมวกนิรภัย", "≥ 60", "57.50 (230/400)", "ไม่ผ่าน"],
]


def test_a_results_table_after_a_numbered_issue_list_is_the_sections_district(tmp_path):
    doc = parse(write_docx(tmp_path / "sections.docx", paragraphs=SECTIONS, rows=RESULTS,
                           after=["3. การประเมินภาพรวม", "ภาพรวมจังหวัดตรัง ร้อยละ 80"]))
    rows = {(o.value_pct, o.target_pct, o.district) for o in extract(doc).outcomes}
    assert (82.35, 80, "9208") in rows
    assert (57.5, 60, "9208") in rows


def test_bound_and_counted_cells_leave_the_header_one_row(parsed):
    tables = [t for t in read_tables(parsed("trang-province-2568-inspection.pdf")) if t.columns]
    first = tables[0]
    assert [c.label for c in first.columns] == ["ตัวชี้วัด", "เป้าหมาย", "ผลงาน (ต.ค. 67 – มิ.ย. 68)", "สรุปผล"]
    assert len(first.rows) == 3


def test_a_district_sections_results_table_gives_its_rows_with_target_and_district(parsed):
    outcomes = extract(parsed("trang-province-2568-inspection.pdf")).outcomes
    found = {(o.value_pct, o.target_pct, o.district, o.year_be) for o in outcomes}
    assert (78.64, 75, "9204", 2568) in found   # ≥ 75 | 78.64 (162/206) under "2.1 อำเภอปะเหลียน"
    assert (82.35, 80, "9208", 2568) in found   # under "2.2 อำเภอนาโยง", after its "1. 2. 3." issue list
    assert (68.5, None, "9208", 2567) in found  # the 2567 column is a baseline without target
