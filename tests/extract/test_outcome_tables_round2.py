"""Results tables under two-row headers: a year or an issue spanning its
columns, a per-row target column, a result column written as percentages,
and a district cell merged down over the rows of its findings.  Pure rules
on strings first, then real .docx files built here, then corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes import reports_result, title_subject, written_percent
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role, label_year, read_tables
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("label", "role"), [
    ("เป้าหมาย (ร้อยละ)", "target_pct"),
    ("ค่าเป้าหมาย (%)", "target_pct"),
    ("เกณฑ์ (ร้อยละ)", "target_pct"),
    ("ผลงาน (ร้อยละ)", "percent"),
    ("ผลงานปี 2564 (ร้อยละ)", "year"),
    ("ผลการดำเนินงาน ปี 2566", "year"),
    ("ตำบล (พชต.)", "subdistrict"),
    ("ชื่อหมู่บ้าน", "subdistrict"),
    ("หมู่บ้านคัดแยกขยะ (หมู่บ้าน)", None),
    ("จำนวนหมู่บ้าน", "target"),
])
def test_a_target_in_percent_a_years_results_and_a_tambon_column_are_told_apart(label, role):
    assert label_role(label) == role


def test_the_results_of_a_year_are_that_years_column():
    assert label_year("ผลงานปี 2564 (ร้อยละ)") == 2564
    assert label_year("ผลงาน (ร้อยละ)") is None


@pytest.mark.parametrize(("cell", "value"), [
    ("ร้อยละ 75.00", 75.0),
    ("87.35 %", 87.35),
    ("ร้อยละ 87.35 (5,812 คน จาก 6,654 คน)", 87.35),
    ("14 หมู่บ้าน", None),
    ("75.00", None),
    ("ครัวเรือนคัดแยกขยะ ร้อยละ 78.45", None),
])
def test_a_cell_written_as_one_percentage_gives_its_figure(cell, value):
    assert written_percent(cell) == value


def test_a_caption_joined_to_the_sentence_pointing_to_it_starts_at_its_number():
    text = ("4.2 ผลการประเมิน พชต. รายอำเภอ ดังตารางที่ 1 ตารางที่ 1 "
            "ร้อยละของ พชต. ที่ผ่านเกณฑ์การประเมินคุณภาพ จำแนกรายอำเภอ จังหวัดลำพูน")
    assert title_subject(text) == "ร้อยละของ พชต. ที่ผ่านเกณฑ์การประเมินคุณภาพ"
    assert title_subject("ค่าเป้าหมายรายอำเภอ (ตารางที่ 1) ร้อยละของหมู่บ้าน") == "ค่าเป้าหมายรายอำเภอ (ตารางที่ 1) ร้อยละของหมู่บ้าน"


def test_a_paragraph_of_findings_reports_a_result_and_a_kpi_line_does_not():
    assert reports_result("อำเภอผ่านเกณฑ์ 6 อำเภอ คิดเป็นร้อยละ 85.71 สูงกว่าค่าเป้าหมาย (ร้อยละ 80)")
    assert not reports_result("ตัวชี้วัด ร้อยละของหมู่บ้านคัดแยกขยะ ค่าเป้าหมาย ไม่น้อยกว่าร้อยละ 80")


# --- real .docx files ----------------------------------------------------------------------

# A province report whose table puts the year over its target, count and
# percent columns, and the baseline years under one label.
YEAR_GROUP_ROWS = [
    ["ที่", "อำเภอ", "จำนวนหมู่บ้าน", "ผลงานย้อนหลัง (ร้อยละ)", "", "ปีงบประมาณ 2566", "", "", ""],
    ["", "", "", "2564", "2565", "เกณฑ์ (ร้อยละ)", "ผ่าน (แห่ง)", "ร้อยละ", "ผลการประเมิน"],
    ["1", "เมืองลำพูน", "20", "50.00", "60.00", "70", "16", "80.00", "ผ่าน"],
    ["2", "แม่ทา", "10", "40.00", "55.00", "60", "5", "50.00", "ไม่ผ่าน"],
    ["รวม", "", "30", "46.67", "58.33", "70", "21", "70.00", "ผ่าน"],
]
YEAR_GROUP_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 8), (4, 0, 4, 1)]


def test_a_year_spanning_a_target_column_gives_each_row_its_target_and_result(tmp_path):
    paragraphs = [
        "รายงานผลการดำเนินงาน พชอ. จังหวัดลำพูน ปีงบประมาณ 2566",
        "4.1 อำเภอผ่านเกณฑ์ พชอ. คุณภาพ 6 อำเภอ คิดเป็นร้อยละ 75 สูงกว่าค่าเป้าหมาย (ร้อยละ 60)",
        "4.2 ผลการประเมินหมู่บ้านรายอำเภอ ดังตารางที่ 1 ตารางที่ 1 ร้อยละของหมู่บ้านที่ผ่านเกณฑ์ จำแนกรายอำเภอ",
    ]
    doc = parse(write_docx(tmp_path / "lamphun.docx", paragraphs, YEAR_GROUP_ROWS, YEAR_GROUP_MERGES))
    tabled = [o for o in extract(doc).outcomes if o.evidence.table is not None]
    current = {(o.district, o.value_pct, o.target_pct) for o in tabled if o.year_be == 2566}
    assert current == {("5101", 80.0, 70.0), ("5102", 50.0, 60.0), (None, 70.0, 70.0)}
    baselines = {(o.district, o.year_be, o.value_pct, o.target_pct) for o in tabled if o.year_be != 2566}
    assert ("5102", 2564, 40.0, None) in baselines and (None, 2565, 58.33, None) in baselines
    assert {o.indicator for o in tabled} == {"ร้อยละของหมู่บ้านที่ผ่านเกณฑ์"}


# A one-district report: a ตำบล table with two issues spanning their counts
# and percentages, after the issues' targets.
TAMBON_ROWS = [
    ["ตำบล", "ประเด็นที่ 1 ขยะ", "", "", "ประเด็นที่ 2 ผู้สูงอายุ", "", ""],
    ["", "หมู่บ้านทั้งหมด (หมู่บ้าน)", "หมู่บ้านคัดแยกขยะต้นทาง (หมู่บ้าน)", "ร้อยละ",
     "ผู้สูงอายุติดเตียง (คน)", "ได้รับการดูแลตาม Care Plan (คน)", "ร้อยละ"],
    ["ศรีบัวบาน", "10", "8", "80.00", "20", "19", "95.00"],
    ["ป่าสัก", "10", "6", "60.00", "10", "10", "100"],
    ["รวม", "20", "14", "70.00", "30", "29", "96.67"],
]
TAMBON_MERGES = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]


def test_each_issue_of_a_tambon_table_is_its_own_measure_and_its_target_is_the_districts(tmp_path):
    paragraphs = [
        "รายงานผลการดำเนินงาน พชอ. อำเภอเมืองลำพูน จังหวัดลำพูน ปีงบประมาณ 2566",
        "1. ตัวชี้วัด ร้อยละของผู้สูงอายุติดเตียงได้รับการดูแลตาม Care Plan ไม่น้อยกว่าร้อยละ 90",
        "2. ตัวชี้วัด ร้อยละของหมู่บ้านคัดแยกขยะต้นทาง ไม่น้อยกว่าร้อยละ 75",
        "ผลการดำเนินงานรายตำบล",
    ]
    doc = parse(write_docx(tmp_path / "tambon.docx", paragraphs, TAMBON_ROWS, TAMBON_MERGES))
    tabled = [o for o in extract(doc).outcomes if o.evidence.table is not None]
    assert {(o.value_pct, o.target_pct) for o in tabled} == {
        (80.0, None), (60.0, None), (70.0, 75.0), (95.0, None), (100.0, None), (96.67, 90.0)}
    assert {o.district for o in tabled} == {"5101"}
    tambon = next(o for o in tabled if o.value_pct == 60)
    assert "คัดแยกขยะต้นทาง" in tambon.indicator and "ป่าสัก" in tambon.indicator


# An indicator table: the issue merged down over its indicators, a target
# column, last year's results and this year's written as percentages.
INDICATOR_ROWS = [
    ["ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย ปี 2566", "ผลงานปี 2565", "ผลงานสะสม", "สถานะ"],
    ["1. ขยะ", "ร้อยละของหมู่บ้านคัดแยกขยะ", "ร้อยละ 80", "ร้อยละ 61.40", "ร้อยละ 75.44", "ต่ำกว่าเป้าหมาย"],
    ["", "ธนาคารขยะชุมชน", "12 แห่ง", "7 แห่ง", "12 แห่ง", "ผ่าน"],
    ["2. ผู้สูงอายุ", "ร้อยละของผู้สูงอายุได้รับการคัดกรอง", "ร้อยละ 90", "-", "ร้อยละ 87.35 (5,812 คน จาก 6,654 คน)", "ต่ำกว่าเป้าหมาย"],
]


def test_an_indicator_table_with_results_written_as_percentages_is_read_by_row(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ. อำเภอแม่ทา จังหวัดลำพูน ปีงบประมาณ 2566",
                  "5. ผลการดำเนินงานตามตัวชี้วัด"]
    doc = parse(write_docx(tmp_path / "indicators.docx", paragraphs, INDICATOR_ROWS, [(1, 0, 2, 0)]))
    tabled = {(o.indicator, o.value_pct, o.target_pct, o.year_be)
              for o in extract(doc).outcomes if o.evidence.table is not None}
    assert tabled == {
        ("ร้อยละของหมู่บ้านคัดแยกขยะ", 75.44, 80.0, 2566),
        ("ร้อยละของหมู่บ้านคัดแยกขยะ", 61.4, None, 2565),
        ("ร้อยละของผู้สูงอายุได้รับการคัดกรอง", 87.35, 90.0, 2566),
    }


# A province table of issues whose findings are sentences, the district
# cell merged down over its issues.
FINDINGS_ROWS = [
    ["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ผลการดำเนินงานที่สำคัญ"],
    ["บ้านโฮ่ง", "การจัดการขยะ", "ครัวเรือนคัดแยกขยะต้นทาง ร้อยละ 78.45"],
    ["", "การดูแลผู้สูงอายุ", "ผู้สูงอายุติดเตียงได้รับการดูแลตาม Care plan 216 ราย จาก 222 ราย ร้อยละ 97.30"],
    ["ลี้", "อุบัติเหตุทางถนน", "อัตราการสวมหมวกนิรภัย ร้อยละ 61.20"],
]


def test_findings_in_a_table_belong_to_the_district_merged_down_over_their_rows(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ. จังหวัดลำพูน ปีงบประมาณ 2567",
                  "ประเด็นและผลการดำเนินงานที่สำคัญรายอำเภอ"]
    doc = parse(write_docx(tmp_path / "findings.docx", paragraphs, FINDINGS_ROWS, [(1, 0, 2, 0)]))
    found = {(o.district, o.value_pct) for o in extract(doc).outcomes}
    assert found == {("5103", 78.45), ("5103", 97.3), ("5104", 61.2)}


def test_a_kpi_stated_before_a_findings_table_joins_the_finding_of_its_subject(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ. อำเภอบ้านโฮ่ง จังหวัดลำพูน ปีงบประมาณ 2567",
                  "ตัวชี้วัด ร้อยละของครัวเรือนคัดแยกขยะต้นทาง (ค่าเป้าหมาย ร้อยละ 70)"]
    rows = FINDINGS_ROWS[:3]
    doc = parse(write_docx(tmp_path / "kpi.docx", paragraphs, rows, [(1, 0, 2, 0)]))
    found = {(o.district, o.value_pct, o.target_pct) for o in extract(doc).outcomes}
    assert found == {("5103", 78.45, 70.0), ("5103", 97.3, None)}


# --- corpus files ----------------------------------------------------------------------------


def test_a_per_row_target_column_under_the_years_label_is_each_districts_target(parsed):
    outcomes = extract(parsed("mukdahan-province-2567-progress.pdf")).outcomes
    tabled = {(o.district, o.value_pct, o.target_pct) for o in outcomes
              if o.evidence.table is not None and o.year_be == 2567 and o.value_pct is not None and o.value_pct > 60}
    assert {("4901", 84.62, 70.0), ("4902", 85.71, 80.0), ("4904", 66.67, 70.0), (None, 83.02, 70.0)} <= tabled
    assert not [o for o in outcomes if o.evidence.table == 0 and o.evidence.col == 6]  # the target column
    merged = {(o.district, o.value_pct) for o in outcomes if o.evidence.table in (1, 2)}
    assert {("4901", 78.45), ("4902", 82.56), ("4905", 61.2), ("4905", 48.5), ("4907", 100.0)} <= merged


@pytest.mark.parametrize("name", ["satun-la-ngu-2567-progress.docx", "satun-la-ngu-2567-progress.pdf"])
def test_each_issue_group_of_a_tambon_table_is_read_and_its_tambons_take_no_target(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    tambon = [o for o in outcomes if o.evidence.table == 1]
    assert {79.17, 95.12, 76.92, 55.56} <= {o.value_pct for o in tambon}
    assert all(o.target_pct is None for o in tambon if o.value_pct in (79.17, 95.12, 76.92))
    found = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}
    assert {(75.0, 70.0, 2567), (68.42, None, 2566), (87.35, 90.0, 2567), (75.44, 80.0, 2567)} <= found
    assert (75.44, None, 2567) not in found  # the district's total takes its issue's target


def test_a_years_results_under_a_two_row_header_are_that_years(parsed):
    outcomes = extract(parsed("lop-buri-khok-samrong-2565-project.pdf")).outcomes
    found = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}
    assert {(92.31, 80.0, 2565), (61.54, None, 2564), (76.79, 80.0, 2565), (68.0, None, 2564)} <= found
    assert not [o for o in outcomes if o.value_pct == 80.0]


def test_the_header_groups_of_a_read_table_are_its_spanning_labels(tmp_path):
    doc = parse(write_docx(tmp_path / "groups.docx", [], TAMBON_ROWS, TAMBON_MERGES))
    table = read_tables(doc)[0]
    assert table.group(3) == (1, 2, 3) and table.group(5) == (4, 5, 6) and table.group(0) == (0,)
