"""Round 12 outcome rules: a breakdown table takes its KPI's target only when
the text says its rows were measured against it; a target in a spanning
header label is its column group's only; a bare figure proved a percentage
by its bracketed count; "ผลปี 2566" is a year column.  Strings first, then
real .docx files and corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.breakdown import says_rows_measured
from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role, label_year
from pcc_ingest.parsers import parse


@pytest.mark.parametrize("text", [
    "ผลการคัดกรองเพิ่มขึ้นเป็นร้อยละ 94.25 ทุกตำบลผ่านเกณฑ์ค่าเป้าหมาย",
    "ผ่านเกณฑ์ร้อยละ 90 ทุกตำบล",
    "ผ่านค่าเป้าหมายครบทุกหมู่บ้าน",
    "มีตำบลที่ไม่ผ่านเกณฑ์เป้าหมาย 2 ตำบล",
    "ทุกอำเภอมีผลงานสูงกว่าเป้าหมาย",
])
def test_a_sentence_saying_the_units_met_the_target_measures_the_rows(text):
    assert says_rows_measured(text)


@pytest.mark.parametrize("text", [
    "จำแนกหมู่บ้านที่ผ่านเกณฑ์หมู่บ้านสีขาวรายตำบล ดังนี้",
    "ผลการดำเนินงานจำแนกรายตำบล",
    "หมู่บ้านผ่านเกณฑ์หมู่บ้านสีขาว 38 หมู่บ้าน",
])
def test_a_named_criterion_or_a_lead_in_says_nothing_of_the_kpis_target(text):
    assert not says_rows_measured(text)


@pytest.mark.parametrize(("text", "value"), [
    ("87.50 (105/120 คน)", 87.5), ("42.5 (34 คน/80 คน)", 42.5), ("80.00 (12 จาก 15 จุด)", 80.0),
])
def test_a_figure_its_bracketed_count_works_out_to_is_a_percentage(text, value):
    assert fraction_percent(text) == value


@pytest.mark.parametrize("text", ["50 (105/120 คน)", "120 (3/31 แห่ง)", "87.50", "105/120"])
def test_a_figure_its_count_does_not_give_is_no_proved_percentage(text):
    assert fraction_percent(text) is None


def test_a_short_result_of_year_label_names_a_year_column():
    assert label_role("ผลปี 2566 (ร้อยละ)") == "year"
    assert label_year("ผลปี 2566 (ร้อยละ)") == 2566


BREAKDOWN_ROWS = [["ตำบล", "ผู้สูงอายุ (คน)", "ได้รับการคัดกรอง (คน)", "ร้อยละ"],
                  ["ม่วงกลวง", "682", "648", "95.01"], ["บางหิน", "467", "439", "94.00"],
                  ["รวม", "1,149", "1,087", "94.60"]]
KPI_LINES = ["รายงานผลการดำเนินงาน อำเภอกะเปอร์ จังหวัดระนอง ปีงบประมาณ 2567",
             "ตัวชี้วัด ร้อยละของผู้สูงอายุได้รับการคัดกรองสุขภาพ ค่าเป้าหมาย ร้อยละ 90 ผลงาน ร้อยละ 94.60",
             "ผลการคัดกรองจำแนกรายตำบล ดังนี้"]


@pytest.mark.parametrize(("after", "target"), [
    (["ทุกตำบลผ่านเกณฑ์ค่าเป้าหมาย"], 90.0),
    (["ผู้สูงอายุกลุ่มเสี่ยงได้รับการส่งต่อ"], None),
])
def test_a_breakdown_restating_a_kpi_takes_its_target_only_when_the_text_says_so(tmp_path, after, target):
    doc = parse(write_docx(tmp_path / "breakdown.docx", paragraphs=KPI_LINES, rows=BREAKDOWN_ROWS, after=after))
    rows = [o for o in extract(doc).outcomes if o.value_pct in (95.01, 94.0)]
    assert len(rows) == 2
    assert all(o.target_pct == target for o in rows)


@pytest.mark.parametrize("name", ["phetchabun-wichian-buri-2566-progress.docx",
                                  "phetchabun-wichian-buri-2566-progress.pdf"])
def test_breakdown_rows_by_subdistrict_take_no_target_of_the_kpi_table(name, parsed):
    outcomes = extract(parsed(name)).outcomes
    by_place = [o for o in outcomes if o.value_pct in (33.33, 92.08, 96.34)]
    assert len(by_place) == 3
    assert all(o.target_pct is None for o in by_place)


@pytest.mark.parametrize("name", ["phayao-dok-khamtai-2567-progress.docx", "phayao-dok-khamtai-2567-progress.pdf"])
def test_each_column_groups_own_target_goes_to_its_measure(name, parsed):
    outcomes = extract(parsed(name)).outcomes
    assert {o.target_pct for o in outcomes if o.value_pct in (97.53, 94.85)} == {90.0}
    assert {o.target_pct for o in outcomes if o.value_pct in (88.68, 78.32)} == {80.0}


@pytest.mark.parametrize("name", ["chaiyaphum-province-2567-inspection.docx",
                                  "chaiyaphum-province-2567-inspection.pdf"])
def test_a_groups_target_is_not_the_other_groups_and_a_result_of_year_is_a_baseline(name, parsed):
    outcomes = extract(parsed(name)).outcomes
    plans = [o for o in outcomes if o.value_pct in (88.89, 81.82)]
    assert plans and all(o.target_pct is None for o in plans)
    assert any(o.value_pct == 90.05 and o.target_pct == 80.0 for o in outcomes)
    assert any(o.value_pct == 86.4 and o.year_be == 2566 and o.target_pct is None for o in outcomes)


def test_before_and_after_cells_with_counts_are_results(tmp_path):
    doc = parse(write_docx(
        tmp_path / "before_after.docx",
        paragraphs=["โครงการป้องกันการจมน้ำ อำเภอหลังสวน จังหวัดชุมพร ปีงบประมาณ 2566",
                    "ผลการดำเนินงานเปรียบเทียบก่อนและหลังดำเนินโครงการ"],
        rows=[["ตัวชี้วัด", "เป้าหมาย", "ก่อนดำเนินโครงการ", "หลังดำเนินโครงการ"],
              ["ร้อยละของเด็กที่ว่ายน้ำได้ 15 เมตร", "ร้อยละ 80", "28.33 (34/120 คน)", "87.50 (105/120 คน)"]]))
    found = {(o.value_pct, o.target_pct) for o in extract(doc).outcomes}
    assert {(28.33, None), (87.5, 80.0)} <= found
