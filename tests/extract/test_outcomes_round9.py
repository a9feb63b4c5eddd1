"""Round-9 outcome rules: a quarter column under a results label, whole
thousands-grouped counts in a table's title, ตำบล rows, a figure given to
hundredths stated twice, and a quoted KPI name between a result and its target.
Each rule on strings first, then on a real corpus file."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.figure_pairs import pairs_up
from pcc_ingest.extract.outcomes.figures import Figure
from pcc_ingest.extract.outcomes.merging import is_precise
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role, map_columns, part_year


@pytest.mark.parametrize(("label", "year"), [
    ("ไตรมาส 1/2568", 2568), ("ไตรมาสที่ 2 ปี 2567", 2567), ("รอบ 6 เดือน ปี 2568", 2568),
    ("Q1/2568", 2568), ("ไตรมาส 3/68", 2568),
])
def test_a_label_naming_part_of_a_year_gives_that_year(label, year):
    assert part_year(label) == year


@pytest.mark.parametrize("label", ["ไตรมาส 1", "ไตรมาสที่ 4", "ระยะเวลา"])
def test_a_quarter_without_a_year_names_no_year(label):
    assert part_year(label) is None


def test_a_quarter_column_under_a_results_label_is_that_years_result():
    columns = map_columns({0: ["ตัวชี้วัด"], 1: ["ผลการดำเนินงาน", "ปี 2567"], 2: ["ผลการดำเนินงาน", "ไตรมาส 1/2568"]})
    quarter = next(c for c in columns if c.col == 2)
    assert (quarter.role, quarter.year_be) == ("year", 2568)


def test_a_quarter_column_elsewhere_stays_a_schedule():
    assert label_role("ไตรมาส 1/2568") == "period"
    columns = map_columns({0: ["กิจกรรม"], 1: ["ไตรมาส 1/2568"]})
    assert next(c for c in columns if c.col == 1).role == "period"


def test_the_first_digits_of_a_grouped_count_are_no_target():
    assert stated_target("มีผู้ส่งตรวจ 1,297 คน จากเป้าหมาย 1,400 คน") is None
    m = stated_target("ค่าเป้าหมาย ร้อยละ 80")
    assert m is not None and float(m["t"]) == 80


@pytest.mark.parametrize(("value", "precise"), [(92.64, True), (7.25, True), (96.5, False), (80.0, False), (100.0, False)])
def test_only_a_figure_given_to_hundredths_is_too_precise_to_repeat_by_chance(value, precise):
    assert is_precise(value) is precise


def test_a_quoted_kpi_name_between_result_and_target_does_not_part_them():
    text = ('คิดเป็นร้อยละ 85.71 สูงกว่าค่าเป้าหมายของตัวชี้วัด '
            '"ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ" (ร้อยละ 75)')
    result_at = text.index("ร้อยละ 85.71")
    target_at = text.index("ร้อยละ 75")
    result = Figure(85.71, result_at, result_at + len("ร้อยละ 85.71"), False)
    target = Figure(75.0, target_at, target_at + len("ร้อยละ 75"), True)
    assert pairs_up(text, result, target)
    unquoted = text.replace('"', "")
    moved = unquoted.index("ร้อยละ 75")
    assert not pairs_up(unquoted, result, Figure(75.0, moved, moved + len("ร้อยละ 75"), True))


@pytest.mark.parametrize("name", ["songkhla-chana-2568-progress.docx", "songkhla-chana-2568-progress.pdf"])
def test_a_quarter_result_column_gives_the_years_result_with_its_target(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    current = {(o.value_pct, o.target_pct) for o in outcomes if o.year_be == 2568}
    assert {(61.29, 60.0), (93.57, 90.0), (58.85, 66.0), (98.19, 100.0)} <= current
    assert not any(o.value_pct is None and o.target_pct == 60.0 for o in outcomes)


@pytest.mark.parametrize("name", ["ubon-ratchathani-phibun-mangsahan-2565-project.docx",
                                  "ubon-ratchathani-phibun-mangsahan-2565-project.pdf"])
def test_a_table_by_subdistrict_reports_the_documents_district_without_a_count_target(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    tabled = [o for o in outcomes if o.evidence.table is not None and o.target_pct is None]
    assert len(tabled) >= 28
    assert {o.district for o in outcomes} == {"3419"}
    assert not any(o.target_pct == 1.0 for o in outcomes)
    # the total row's 92.64 is kept once, with the KPI table's target
    assert [o.target_pct for o in outcomes if o.value_pct == 92.64] == [90.0]


@pytest.mark.parametrize("name", ["chiang-mai-province-2565-summary.docx", "chiang-mai-province-2565-summary.pdf"])
def test_a_result_takes_the_target_stated_after_a_quoted_kpi_name(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    province_wide = [o for o in outcomes if o.district is None and o.value_pct == 85.71 and o.year_be == 2565]
    assert [o.target_pct for o in province_wide] == [75.0]
    assert not any(o.value_pct is None and o.target_pct == 75.0 and o.district is None for o in outcomes)
