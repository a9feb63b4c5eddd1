"""Round-22 table reader rules: a form table's first data row is no second
header row; a page-broken table's first row numbered as the next sibling of
the last row ("6.3" after "6.2") is a row of its own; an agency column
("หน่วยงาน") names the owner role.  Each rule on strings or built files
first, then on real corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.table_pages import sub_item_of
from pcc_ingest.extract.tables import label_role, read_tables
from pcc_ingest.parsers import parse


def _one_table(path: Path, rows: list[list[str]], merges=()):
    (table,) = read_tables(parse(write_docx(path, [], rows, merges)))
    return table


def test_a_form_tables_first_label_value_row_is_no_header_row(tmp_path):
    rows = [
        ["หัวข้อ", "รายละเอียด"],
        ["ชื่อโครงการ", "โครงการเกษตรปลอดภัย ลดใช้สารเคมี ปีงบประมาณ 2568"],
        ["ระยะเวลาดำเนินการ", "1 ธันวาคม 2567 – 31 สิงหาคม 2568"],
    ]
    table = _one_table(tmp_path / "form.docx", rows)
    assert table.header_rows == ()
    assert not any("โครงการเกษตร" in label for labels in table.labels.values() for label in labels)


def test_a_second_row_breaking_a_spanning_label_down_is_still_a_header_row(tmp_path):
    rows = [
        ["หมู่ที่", "ลูกน้ำยุงลาย", ""],
        ["", "พบ", "HI (ร้อยละ)"],
        ["1", "3", "8.5"],
    ]
    table = _one_table(tmp_path / "larvae.docx", rows, [(0, 0, 1, 0), (0, 1, 0, 2)])
    assert table.header_rows == (0, 1)
    assert {c.col: c.role for c in table.columns}[2] == "percent"


@pytest.mark.parametrize("name", [
    "ratchaburi-damnoen-saduak-2568-project.docx",
    "ratchaburi-damnoen-saduak-2568-project.pdf",
    "trat-khao-saming-2567-inspection.docx",
])
def test_corpus_form_tables_take_no_data_row_as_header(parsed, name):
    first = read_tables(parsed(name))[0]
    assert first.header_rows == () and first.columns == ()


@pytest.mark.parametrize(("prev", "head", "continues"), [
    ("1. ประชุมคณะกรรมการ", "1.1 จัดทำคำสั่งแต่งตั้ง ", True),
    ("1. สำรวจข้อมูล 2. ประชุมคณะทำงาน", "2.1 สรุปผล ", True),
    ("6.2 อบรมแกนนำชุมชน", "6.3 ด่านชุมชนช่วงเทศกาลปีใหม่ ", False),
    ("1. ประชุมคณะกรรมการ", "2.1 อบรม ", False),
    ("ประชุมคณะกรรมการ", "1.1 อบรม ", False),
])
def test_a_sub_number_continues_only_its_own_parent_item(prev, head, continues):
    assert sub_item_of(prev, head) is continues


def test_corpus_page_broken_budget_table_keeps_the_next_activity_as_its_own_row(parsed):
    tables = read_tables(parsed("loei-phu-ruea-2566-project.pdf"))
    first, cont = tables[0], tables[1]
    assert cont.continues
    last = first.rows[-1]
    assert first.text(last, "budget_amount") == "3,600"
    assert first.text(last, "source") == first.text(first.rows[0], "source")
    assert cont.text(cont.rows[0], "activity").startswith("6.3")


@pytest.mark.parametrize("label", [
    "หน่วยงาน", "หน่วยงานหลัก", "หน่วยงานร่วม", "หน่วยงานที่เกี่ยวข้อง", "หน่วยงานที่ดำเนินการ",
    "ส่วนราชการ", "เจ้าภาพ", "หน่วยงานเจ้าภาพ", "ภาคีเครือข่าย", "ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ",
])
def test_an_agency_label_names_the_owner_column(label):
    assert label_role(label) == "owner"


@pytest.mark.parametrize(("label", "role"), [("จำนวนหน่วยงาน", "target"), ("หน่วยนับ", "unit")])
def test_labels_counting_agencies_or_naming_units_keep_their_roles(label, role):
    assert label_role(label) == role


@pytest.mark.parametrize("name", [
    "chon-buri-phanat-nikhom-2567-minutes.docx",
    "nakhon-si-thammarat-pak-phanang-2568-minutes.pdf",
    "ubon-ratchathani-det-udom-2567-progress.pdf",
])
def test_corpus_agency_column_is_read_as_owner(parsed, name):
    roles = [{c.col: c.role for c in t.columns}.get(0) for t in read_tables(parsed(name))
             if t.labels.get(0) == ("หน่วยงาน",)]
    assert roles and set(roles) == {"owner"}
