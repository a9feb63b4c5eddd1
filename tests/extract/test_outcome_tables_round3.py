"""Results tables of KPIs: targets set for each coming year (under one
"ค่าเป้าหมาย" label or one label per year), a unit column that says which
rows are percentages, targets written with a bound or a change in a cell,
and a target in brackets inside the indicator's cell.  Pure rules on
strings first, then real .docx files built here, then corpus files."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes import cell_figure, cell_target
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role, map_columns, target_year_of
from pcc_ingest.parsers import parse


@pytest.mark.parametrize(("text", "value", "marked", "bound", "change"), [
    ("90", 90.0, False, False, ""),
    ("ร้อยละ 100", 100.0, True, False, ""),
    ("85.5%", 85.5, True, False, ""),
    ("ไม่น้อยกว่าร้อยละ 90", 90.0, True, True, ""),
    ("ร้อยละ ≥ 80", 80.0, True, True, ""),
    ("≤ 26.00", 26.0, False, True, ""),
    ("ลดลงร้อยละ 10", 10.0, True, False, "ลดลง"),
    ("เพิ่มขึ้น 5%", 5.0, True, False, "เพิ่มขึ้น"),
    ("2,418", 2418.0, False, False, ""),
])
def test_a_cell_figure_keeps_its_percent_mark_bound_and_change(text, value, marked, bound, change):
    figure = cell_figure(text)
    assert figure is not None
    assert (figure.value, figure.marked, figure.bound, figure.change) == (value, marked, bound, change)


@pytest.mark.parametrize("text", ["ผ่าน", "20 หมู่บ้าน", "80 - 90", "", "ร้อยละ"])
def test_a_cell_of_words_a_count_or_a_range_holds_no_single_figure(text):
    assert cell_figure(text) is None


@pytest.mark.parametrize(("text", "target", "words"), [
    ("ร้อยละของครัวเรือนคัดแยกขยะ (ไม่น้อยกว่าร้อยละ 70)", 70.0, "ร้อยละของครัวเรือนคัดแยกขยะ"),
    ("ร้อยละของตำบลที่ทำ CBTx (ร้อยละ 100 ภายในปี 2568)", 100.0, "ร้อยละของตำบลที่ทำ CBTx"),
    ("ร้อยละของหมู่บ้านปลอดลูกน้ำ (≥ 80%)", 80.0, "ร้อยละของหมู่บ้านปลอดลูกน้ำ"),
    ("หมู่บ้านมีค่า HI<10 (เป้า ≥ 80%)", 80.0, "หมู่บ้านมีค่า HI<10"),
    ("ร้อยละของบ้านคนพิการที่ได้รับการปรับปรุง (เป้าหมายทั้งปี 20 หลัง)", None,
     "ร้อยละของบ้านคนพิการที่ได้รับการปรับปรุง"),
    ("ร้อยละของผู้สูงอายุได้รับการดูแลตาม Care Plan (LTC)", None,
     "ร้อยละของผู้สูงอายุได้รับการดูแลตาม Care Plan (LTC)"),
    ("ผู้สูงอายุ (อายุ 60 ปีขึ้นไป) ได้รับการคัดกรอง", None, "ผู้สูงอายุ (อายุ 60 ปีขึ้นไป) ได้รับการคัดกรอง"),
])
def test_a_bracketed_target_leaves_the_indicator_and_a_bracketed_count_gives_none(text, target, words):
    assert cell_target(text) == (target, words)


@pytest.mark.parametrize(("label", "role"), [
    ("หน่วยนับ", "unit"), ("หน่วยวัด", "unit"), ("หน่วย", "unit"),
    ("หน่วยงานรับผิดชอบ", "owner"), ("ราคาต่อหน่วย", "unit_cost"),
])
def test_a_unit_column_is_told_from_an_owner_and_a_unit_cost(label, role):
    assert label_role(label) == role


def test_years_under_a_target_label_are_the_targets_of_those_years():
    columns = map_columns({0: ["ตัวชี้วัด"], 1: ["ข้อมูลพื้นฐาน", "2565"], 2: ["ค่าเป้าหมาย", "2567"],
                           3: ["ค่าเป้าหมาย", "2568"]})
    assert [(c.role, c.year_be) for c in columns] == [
        ("indicator", None), ("baseline", 2565), ("target_year", 2567), ("target_year", 2568)]


def test_target_labels_naming_two_years_are_targets_by_year_and_one_alone_is_not():
    assert target_year_of("ค่าเป้าหมาย ปี 2569") == 2569 and target_year_of("เป้าหมายปี 70") == 2570
    by_year = map_columns({0: ["ตัวชี้วัด"], 1: ["ค่าเป้าหมาย ปี 2568"], 2: ["ค่าเป้าหมาย ปี 2569"]})
    assert [(c.role, c.year_be) for c in by_year[1:]] == [("target_year", 2568), ("target_year", 2569)]
    alone = map_columns({0: ["ตัวชี้วัด"], 1: ["ค่าเป้าหมาย ปี 2566"], 2: ["ผลงาน"]})
    assert [c.role for c in alone] == ["indicator", "target", "result"]


# --- real .docx files ----------------------------------------------------------------------

# A province plan's KPI table: a unit column, baselines and the targets of
# four years under two merged labels; one row counts points, one is a rate.
KPI_ROWS = [
    ["ที่", "ตัวชี้วัด", "หน่วยนับ", "ข้อมูลพื้นฐาน", "", "ค่าเป้าหมาย", "", ""],
    ["", "", "", "2565", "2566", "2567", "2568", "2569"],
    ["1", "ร้อยละของหมู่บ้านที่มีธนาคารขยะ", "ร้อยละ", "55.20", "61.75", "70", "75", "80"],
    ["2", "จำนวนผู้ป่วยโรคไข้เลือดออก", "ราย", "412", "388", "ลดลงร้อยละ 5", "ลดลงร้อยละ 5", "ลดลงร้อยละ 5"],
    ["3", "อัตราตายจากโรคหลอดเลือดสมอง", "ต่อแสนประชากร", "35.10", "33.80", "≤ 32", "≤ 30", "≤ 28"],
]
KPI_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 7)]


def test_a_kpi_tables_years_give_baselines_and_targets_and_its_unit_says_which_are_percentages(tmp_path):
    paragraphs = ["แผนปฏิบัติการขับเคลื่อน พชอ. จังหวัดน่าน ปีงบประมาณ 2567", "3. ตัวชี้วัดและค่าเป้าหมาย"]
    doc = parse(write_docx(tmp_path / "kpi.docx", paragraphs, KPI_ROWS, KPI_MERGES))
    tabled = {(o.indicator, o.value_pct, o.target_pct, o.year_be)
              for o in extract(doc).outcomes if o.evidence.table is not None}
    bank, fever = "ร้อยละของหมู่บ้านที่มีธนาคารขยะ", "จำนวนผู้ป่วยโรคไข้เลือดออก ลดลง"
    assert tabled == {
        (bank, 55.2, None, 2565), (bank, 61.75, None, 2566),
        (bank, None, 70.0, 2567), (bank, None, 75.0, 2568), (bank, None, 80.0, 2569),
        (fever, None, 5.0, 2567), (fever, None, 5.0, 2568), (fever, None, 5.0, 2569),
    }


# A district report's results table: the target column written with a
# bound, the results of two years under one "ผลงาน" label.
RESULT_ROWS = [
    ["ตัวชี้วัด", "ค่าเป้าหมาย ปี 2566", "ผลงาน", "", "ผลการประเมิน"],
    ["", "", "ปี 2565", "ปี 2566", ""],
    ["ร้อยละของเด็กอายุ 0-5 ปี ได้รับการคัดกรองพัฒนาการ", "ไม่น้อยกว่าร้อยละ 90", "88.40", "93.10", "ผ่าน"],
    ["ร้อยละของหมู่บ้านที่มีกติกางดเผา", "ร้อยละ 100", "60.00", "100", "ผ่าน"],
    ["จำนวนครัวเรือนที่ปลูกผักปลอดสารพิษ", "500 ครัวเรือน", "320", "410", "ไม่ผ่าน"],
]
RESULT_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]


def test_a_target_with_a_bound_joins_this_years_result_and_last_years_is_a_baseline(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ. อำเภอเวียงสา จังหวัดน่าน ปีงบประมาณ 2566", "4. ผลการดำเนินงาน"]
    doc = parse(write_docx(tmp_path / "results.docx", paragraphs, RESULT_ROWS, RESULT_MERGES))
    tabled = {(o.district, o.value_pct, o.target_pct, o.year_be)
              for o in extract(doc).outcomes if o.evidence.table is not None}
    assert tabled == {("5507", 93.1, 90.0, 2566), ("5507", 88.4, None, 2565),
                      ("5507", 100.0, 100.0, 2566), ("5507", 60.0, None, 2565)}


# Results by indicator, the issue merged over its two indicators, each
# indicator's target in brackets after its name.
BRACKET_ROWS = [
    ["ประเด็น", "ตัวชี้วัด", "เป้าหมาย", "ผลงาน", "ร้อยละ"],
    ["1. ยาเสพติด", "ร้อยละของผู้ผ่านการบำบัดได้รับการติดตาม (ไม่น้อยกว่าร้อยละ 80)", "50", "43", "86.00"],
    ["", "ร้อยละของหมู่บ้านที่ทำชุมชนล้อมรักษ์ (ร้อยละ 100 ภายในปี 2568)", "12", "9", "75.00"],
    ["2. คนพิการ", "ร้อยละของบ้านคนพิการที่ได้รับการปรับปรุง (เป้าหมายทั้งปี 10 หลัง)", "10", "4", "40.00"],
]


def test_a_bracketed_target_in_an_indicator_cell_is_its_rows_target(tmp_path):
    paragraphs = ["รายงานผลการดำเนินงาน พชอ. อำเภอเวียงสา จังหวัดน่าน ปีงบประมาณ 2568",
                  "4. ผลการดำเนินงานตามตัวชี้วัด"]
    doc = parse(write_docx(tmp_path / "bracket.docx", paragraphs, BRACKET_ROWS, [(1, 0, 2, 0)]))
    tabled = {(o.indicator, o.value_pct, o.target_pct)
              for o in extract(doc).outcomes if o.evidence.table is not None}
    assert tabled == {
        ("ร้อยละของผู้ผ่านการบำบัดได้รับการติดตาม", 86.0, 80.0),
        ("ร้อยละของหมู่บ้านที่ทำชุมชนล้อมรักษ์", 75.0, 100.0),
        ("ร้อยละของบ้านคนพิการที่ได้รับการปรับปรุง", 40.0, None),
    }


# One target column per year, each labelled with its year, no unit column.
YEAR_TARGET_ROWS = [
    ["ตัวชี้วัด", "ค่าเป้าหมาย ปี 2568", "ค่าเป้าหมาย ปี 2569", "ค่าเป้าหมาย ปี 2570"],
    ["ร้อยละของผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan", "90", "92", "95"],
    ["อัตราตายจากอุบัติเหตุทางถนนต่อประชากรแสนคน", "20", "18", "16"],
    ["จำนวนหมู่บ้านจัดการขยะต้นทาง", "120 หมู่บ้าน", "130 หมู่บ้าน", "140 หมู่บ้าน"],
]


def test_target_columns_labelled_by_year_set_a_percentage_indicators_target_for_each_year(tmp_path):
    paragraphs = ["แผนปฏิบัติการ พชอ. อำเภอเวียงสา จังหวัดน่าน ปีงบประมาณ 2568", "ค่าเป้าหมายการดำเนินงาน"]
    doc = parse(write_docx(tmp_path / "years.docx", paragraphs, YEAR_TARGET_ROWS))
    tabled = {(o.value_pct, o.target_pct, o.year_be) for o in extract(doc).outcomes if o.evidence.table is not None}
    assert tabled == {(None, 90.0, 2568), (None, 92.0, 2569), (None, 95.0, 2570)}


# --- corpus files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["phayao-province-2567-action-plan.docx", "phayao-province-2567-action-plan.pdf"])
def test_a_plans_kpi_table_gives_baselines_and_each_years_target_but_no_counts_or_rates(parsed, name):
    tabled = [o for o in extract(parsed(name)).outcomes if o.evidence.table is not None]
    years = {o.year_be for o in tabled}
    assert years == {2564, 2565, 2566, 2567, 2568, 2569, 2570}
    assert all(o.target_pct is None for o in tabled if o.year_be < 2567)
    assert all(o.value_pct is None for o in tabled if o.year_be >= 2567)
    reduced = [o for o in tabled if "Hotspot" in o.indicator]
    assert {(o.target_pct, o.year_be) for o in reduced} == {(10.0, 2567), (10.0, 2568), (10.0, 2569), (10.0, 2570)}
    assert all(o.indicator.endswith("ลดลง") for o in reduced)
    assert not [o for o in tabled if o.value_pct is not None and o.value_pct > 100]  # point counts
    assert not [o for o in tabled if "อุบัติเหตุ" in o.indicator]  # deaths per 100,000


@pytest.mark.parametrize("name", ["sa-kaeo-watthana-nakhon-2568-progress.docx",
                                  "sa-kaeo-watthana-nakhon-2568-progress.pdf"])
def test_bracketed_targets_in_a_results_tables_indicators_are_their_rows_targets(parsed, name):
    tabled = [o for o in extract(parsed(name)).outcomes if o.evidence.table is not None]
    assert {(o.value_pct, o.target_pct) for o in tabled} == {
        (66.98, 70.0), (70.16, 60.0), (82.88, 80.0), (63.64, 100.0), (96.6, 95.0), (45.0, None)}
    assert not [o for o in tabled if "(" in o.indicator and "ร้อยละ" in o.indicator.split("(")[-1]]


def test_a_bounded_target_column_joins_the_years_result_under_a_results_label(parsed):
    tabled = [o for o in extract(parsed("mae-hong-son-pai-2566-progress.pdf")).outcomes if o.evidence.table is not None]
    assert {(o.value_pct, o.target_pct, o.year_be) for o in tabled} == {
        (100.0, 100.0, 2566), (96.5, 90.0, 2566), (96.49, 95.0, 2566), (71.5, 80.0, 2566),
        (71.43, None, 2565), (89.21, None, 2565), (91.3, None, 2565), (64.25, None, 2565)}
