"""Round 8 outcome rules: two-row merged headers of results by village, a
pass bar written in a header label, a target column dated the year of the
result beside it, and the names of a group's measure and of numbered
villages.  Strings first, then real .docx files and a corpus file."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.measure_labels import value_name
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import Column, follows_years, label_role, read_tables
from pcc_ingest.parsers import parse


@pytest.mark.parametrize("label", ["หมู่ที่", "หมู่", "หมู่บ้าน", "ชื่อหมู่บ้าน"])
def test_village_number_label_names_a_place_column(label):
    assert label_role(label) == "subdistrict"


def test_a_word_starting_with_mu_is_no_place_column():
    assert label_role("หมู่บ้านที่ผ่านเกณฑ์ทั้งหมด") != "subdistrict"


@pytest.mark.parametrize(("label", "bar"), [
    ("ผลการประเมิน (HI < 10)", 10.0), ("ผ่านเกณฑ์ (≥ 80%)", 80.0), ("ไม่เกิน 30", 30.0),
    ("ไม่น้อยกว่าร้อยละ 85", 85.0), ("ผล (CI ‹ 5)", 5.0),
])
def test_a_bound_in_a_header_label_is_a_pass_bar(label, bar):
    m = rule_re("table", "label_bound").search(label)
    assert m is not None and float(m["t"]) == bar


@pytest.mark.parametrize("label", ["HI (ร้อยละ)", "ผลการประเมิน", "ช่วงอายุ 60-69 ปี", "อายุ > 60/70"])
def test_a_label_without_a_bound_states_no_pass_bar(label):
    assert rule_re("table", "label_bound").search(label) is None


def _col(col: int, role: str, year: int | None = None, own: str = "") -> Column:
    return Column(col, role, own, year, own)


def test_target_dated_the_last_years_year_closes_a_row_of_years():
    cols = (_col(0, "indicator"), _col(1, "year", 2565), _col(2, "year", 2566), _col(3, "target"),
            _col(4, "year", 2567))
    assert follows_years(cols, 2567)


def test_target_of_a_year_before_the_figures_closes_no_row_of_years():
    cols = (_col(0, "indicator"), _col(1, "year", 2566), _col(2, "year", 2567), _col(3, "target"))
    assert not follows_years(cols, 2566)


def test_target_beside_its_own_percent_column_is_that_columns_whole():
    cols = (_col(0, "indicator"), _col(1, "year", 2566), _col(2, "target"), _col(3, "percent"))
    assert not follows_years(cols, 2567)


@pytest.mark.parametrize(("own", "name"), [
    ("HI (ร้อยละ)", "HI"), ("อัตราการสวมหมวก (%)", "อัตราการสวมหมวก"), ("ร้อยละ", ""), ("%", ""),
])
def test_a_percent_columns_own_words_name_its_figure(own, name):
    assert value_name(_col(3, "percent", own=own)) == name


VILLAGE_ROWS = [
    ["หมู่", "ครัวเรือนทั้งหมด", "ค่า CI ในโรงเรียน", "", "", "คัดแยกขยะ", ""],
    ["", "", "พบ (แห่ง)", "CI (ร้อยละ)", "ผล (CI ≤ 5)", "ครัวเรือน", "ร้อยละ"],
    ["1", "120", "2", "3.10", "ผ่าน", "80", "66.67"],
    ["2", "98", "9", "7.40", "ไม่ผ่าน", "71", "72.45"],
]
VILLAGE_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 6)]


def _village_doc(tmp_path):
    return parse(write_docx(
        tmp_path / "villages.docx",
        paragraphs=["รายงานผลการดำเนินงาน พชต.บ้านใหม่ อำเภอองครักษ์ จังหวัดนครนายก ปีงบประมาณ 2567",
                    "ผลการสำรวจจำแนกรายหมู่บ้าน"],
        rows=VILLAGE_ROWS, merges=VILLAGE_MERGES))


def test_two_row_merged_header_is_read_as_one_header(tmp_path):
    table = next(t for t in read_tables(_village_doc(tmp_path)) if t.rows)
    roles = {c.col: c.role for c in table.columns}
    assert roles[0] == "subdistrict" and roles[3] == "percent" and roles[6] == "percent"
    assert [r.cells[0].text for r in table.rows] == ["1", "2"]


def test_pass_bar_in_a_group_label_is_the_target_of_that_groups_measure_only(tmp_path):
    outcomes = extract(_village_doc(tmp_path)).outcomes
    by_value = {o.value_pct: o for o in outcomes}
    assert by_value[3.10].target_pct == 5.0 and by_value[7.40].target_pct == 5.0
    assert by_value[66.67].target_pct is None and by_value[72.45].target_pct is None


def test_numbered_village_rows_are_named_with_their_column_label(tmp_path):
    outcomes = extract(_village_doc(tmp_path)).outcomes
    by_value = {o.value_pct: o for o in outcomes}
    assert by_value[3.10].indicator.endswith("หมู่ 1")
    assert "CI" in by_value[3.10].indicator
    assert by_value[72.45].indicator.endswith("หมู่ 2")


NAKHON_NAYOK = "nakhon-nayok-ban-na-2567-progress.pdf"


def test_results_by_village_under_a_merged_header_are_outcomes(parsed):
    outcomes = extract(parsed(NAKHON_NAYOK)).outcomes
    hi = [o for o in outcomes if o.target_pct == 10.0]
    assert len(hi) >= 12
    assert all("HI" in o.indicator for o in hi)
    assert any(o.value_pct == 11.19 and o.indicator.endswith("หมู่ที่ 3") for o in hi)


def test_target_column_dated_the_result_year_sets_that_years_target(parsed):
    outcomes = extract(parsed(NAKHON_NAYOK)).outcomes
    pairs = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}
    assert {(83.33, 80.0, 2567), (32.8, 30.0, 2567), (53.46, 50.0, 2567)} <= pairs
    assert (58.33, None, 2565) in pairs


@pytest.mark.parametrize("text", [
    "ประชากรตามทะเบียนราษฎร์ 21,684 คน เป็นผู้สูงอายุ 3,046 คน (ร้อยละ 14.05) และมีแนวโน้มเพิ่มขึ้น",
    "ประชากรทั้งหมด 5,120 คน แยกเป็นเด็ก 0-5 ปี 410 คน คิดเป็นร้อยละ 8.01",
])
def test_a_groups_share_of_the_population_is_background(text):
    assert list(percentages(text)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("ประชากร 500 คน ได้รับวัคซีน 450 คน (ร้อยละ 90)", 90.0),
    ("ประชากรกลุ่มเป้าหมาย 500 คน เป็นผู้ได้รับวัคซีน 450 คน (ร้อยละ 90)", 90.0),
])
def test_people_served_out_of_a_population_are_a_result(text, value):
    assert [v for v, _, _ in percentages(text)] == [value]


def test_older_peoples_share_of_the_population_is_no_outcome(parsed):
    outcomes = extract(parsed("ranong-kapoe-2567-project.docx")).outcomes
    assert outcomes and all(o.value_pct != 14.05 for o in outcomes)


def test_a_baseline_of_the_targets_year_is_no_result_of_that_year():
    cols = (_col(0, "indicator"), _col(1, "baseline", 2566), _col(2, "baseline", 2567), _col(3, "target"))
    assert not follows_years(cols, 2567)


@pytest.mark.parametrize("label", ["ปีงบประมาณ", "ปี", "พ.ศ.", "ปี พ.ศ."])
def test_a_bare_year_label_names_a_column_of_row_years(label):
    assert label_role(label) == "row_year"


def test_a_label_naming_its_year_is_still_a_year_column():
    assert label_role("ปีงบประมาณ 2567") == "year"


def test_rows_of_years_report_each_years_figure_without_this_years_target(tmp_path):
    doc = parse(write_docx(
        tmp_path / "years.docx",
        paragraphs=["รายงานผลการตรวจราชการ จังหวัดสระบุรี ปีงบประมาณ 2566",
                    "ตัวชี้วัด ร้อยละของตำบลที่มีการคัดแยกขยะ (เป้าหมาย ร้อยละ 80)",
                    "ผลการดำเนินงานย้อนหลัง 3 ปี ดังนี้"],
        rows=[["ปีงบประมาณ", "จำนวนตำบลทั้งหมด", "ตำบลที่คัดแยกขยะ", "ร้อยละ"],
              ["2563", "40", "18", "45.00"], ["2564", "40", "26", "65.00"]]))
    found = {(o.value_pct, o.year_be, o.target_pct) for o in extract(doc).outcomes}
    assert {(45.0, 2563, None), (65.0, 2564, None)} <= found


@pytest.mark.parametrize("name", ["ranong-kapoe-2567-project.docx", "ranong-kapoe-2567-project.pdf"])
def test_a_breakdown_whose_total_restates_a_kpi_takes_the_kpis_target(name, parsed):
    outcomes = extract(parsed(name)).outcomes
    by_place = [o for o in outcomes if o.value_pct in (95.01, 93.19, 94.56, 94.0)]
    assert len(by_place) == 4
    assert all(o.target_pct == 90.0 for o in by_place)


def test_a_breakdown_whose_total_restates_no_kpi_takes_no_target(tmp_path):
    doc = parse(write_docx(
        tmp_path / "breakdown.docx",
        paragraphs=["รายงานผลการดำเนินงาน อำเภอกะเปอร์ จังหวัดระนอง ปีงบประมาณ 2567"],
        rows=[["ตำบล", "ผู้สูงอายุ (คน)", "ได้รับการคัดกรอง (คน)", "คิดเป็น %"],
              ["ม่วงกลวง", "682", "648", "95.01"], ["บางหิน", "467", "439", "94.00"],
              ["รวม", "1,149", "1,087", "94.60"]]))
    outcomes = extract(doc).outcomes
    assert any(o.value_pct == 95.01 for o in outcomes)
    assert all(o.target_pct is None for o in outcomes)
