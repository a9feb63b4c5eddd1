"""Round 7 outcome and document-fact rules: a base-value column is a baseline, a year column may say which part of
the year it covers, a table of indicators by year is a results table, a document whose sections open other districts
is not a single-district document, a report's fiscal-year-to-date range in prose is its period, and a fiscal year
before the committees existed is a misread."""

from __future__ import annotations

from datetime import date

import pytest

from pcc_ingest.extract.document_facts import is_fiscal_to_date, is_plausible_year
from pcc_ingest.extract.outcomes import single_district
from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.figure_years import year_after
from pcc_ingest.extract.outcomes.figures import cue_targets
from pcc_ingest.extract.outcomes.merging import same_subject
from pcc_ingest.extract.records import DistrictRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import baseline_year, label_role, label_year


@pytest.mark.parametrize("label", ["ค่าฐาน (ปี 2566)", "ค่าฐาน", "ข้อมูลฐาน ปี 2565", "ปีฐาน 2565"])
def test_base_value_columns_are_baselines(label):
    assert label_role(label) == "baseline"


def test_base_value_column_keeps_the_year_it_names():
    assert baseline_year("ค่าฐาน (ปี 2566)") == 2566


@pytest.mark.parametrize("label, year", [
    ("ปี 2566 (รอบ 2)", 2566), ("2566 (ไตรมาส 3)", 2566), ("ปี 2565 (6 เดือน)", 2565),
    ("ปี 2566 (สะสม)", 2566), ("ปี 2564", 2564),
])
def test_year_column_may_name_the_part_of_the_year_it_covers(label, year):
    assert label_year(label) == year


def test_year_column_with_money_unit_is_no_year_column():
    assert label_year("ปี 2566 (บาท)") is None


@pytest.mark.parametrize("label", ["ผลการดำเนินงานตามตัวชี้วัด", "ชื่อตัวชี้วัด", "ตัวชี้วัด"])
def test_label_ending_in_indicator_names_the_indicator_column(label):
    assert label_role(label) == "indicator"


def test_target_of_an_indicator_is_still_a_target():
    assert label_role("เป้าหมายตัวชี้วัด") == "target"


def _district(code: str) -> DistrictRecord:
    return DistrictRecord.model_construct(code=code, name="", evidence=None)


def test_single_district_gives_way_to_sections_of_other_districts(parsed):
    doc = parsed("trat-province-2566-inspection.pdf")
    assert single_district(doc, [_district("2301")], "23") is None
    assert single_district(doc, [_district("2301"), _district("2302")], "23") is None


def test_single_district_document_keeps_its_district(parsed):
    doc = parsed("phra-nakhon-si-ayutthaya-phachi-2567-action-plan.docx")
    assert single_district(doc, [_district("1409")], "14") == "1409"


def test_per_district_sections_give_their_districts_figures(parsed):
    outcomes = extract(parsed("trat-province-2566-inspection.pdf")).outcomes
    by_value = {o.value_pct: o.district for o in outcomes if o.value_pct is not None}
    assert by_value[61.2] == "2302"
    assert by_value[33.1] == "2303"
    assert by_value[87.5] == "2305"


def test_indicator_by_year_table_gives_each_years_result(parsed):
    outcomes = extract(parsed("trat-province-2566-inspection.pdf")).outcomes
    tabled = {o.year_be: o.value_pct for o in outcomes
              if o.evidence.table is not None and o.indicator.startswith("ร้อยละของอำเภอผ่านเกณฑ์")}
    assert tabled == {2564: 71.43, 2565: 85.71}


@pytest.mark.parametrize("name", [
    "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.docx",
    "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.pdf",
])
def test_kpi_table_base_value_is_last_years_result_and_target_this_years(name, parsed):
    outcomes = extract(parsed(name)).outcomes
    adl = {(o.year_be, o.value_pct, o.target_pct) for o in outcomes if "ADL" in o.indicator and o.evidence.table is not None}
    assert (2566, 88.45, None) in adl
    assert (2567, None, 95.0) in adl


def test_range_from_fiscal_start_to_a_quarter_end_is_to_date():
    assert is_fiscal_to_date((date(2022, 10, 1), date(2023, 6, 30)), 2566)
    assert is_fiscal_to_date((date(2022, 10, 1), date(2022, 12, 31)), 2566)


@pytest.mark.parametrize("period, fy", [
    ((date(2022, 10, 1), date(2023, 6, 15)), 2566),   # ends mid-month: an activity's dates
    ((date(2023, 1, 1), date(2023, 6, 30)), 2566),    # starts after the fiscal year's start
    ((date(2021, 10, 1), date(2022, 6, 30)), 2566),   # another fiscal year
    ((date(2022, 10, 1), date(2023, 6, 30)), None),
])
def test_other_ranges_are_not_to_date(period, fy):
    assert not is_fiscal_to_date(period, fy)


def test_report_states_its_cumulative_period_in_prose(parsed):
    facts = extract(parsed("trat-province-2566-inspection.pdf")).document
    assert (facts.period_start, facts.period_end) == ("2022-10-01", "2023-06-30")


@pytest.mark.parametrize("year, plausible", [(2520, False), (2559, False), (2560, True), (2567, True)])
def test_fiscal_years_before_the_committees_are_misreads(year, plausible):
    assert is_plausible_year(year) is plausible


def test_ocr_misread_title_year_is_not_the_fiscal_year(parsed):
    facts = extract(parsed("phrae-wang-chin-2567-project-scan.pdf")).document
    assert facts.fiscal_year_be is None or facts.fiscal_year_be >= 2560
    assert facts.period_start is None or facts.period_start >= "2016-10-01"


def test_year_written_right_after_a_figure_is_its_year():
    text = "การสวมหมวกนิรภัย เพิ่มขึ้นจากร้อยละ 41.20 ในปี 2563 เป็นร้อยละ 48.75 ในปี 2564"
    assert year_after(text, text.index("41.20") + len("41.20")) == 2563
    assert year_after(text, text.index("48.75") + len("48.75")) == 2564
    assert year_after("ร้อยละ 80 ของครัวเรือน ปี 2563", len("ร้อยละ 80")) is None


def test_a_figures_year_is_no_part_of_the_next_figures_subject(parsed):
    outcomes = extract(parsed("chai-nat-sankhaburi-2564-progress.docx")).outcomes
    helmets = {o.value_pct: o for o in outcomes if o.value_pct in (41.2, 48.75)}
    assert helmets[41.2].year_be == 2563
    assert helmets[48.75].year_be == 2564
    assert "2563" not in helmets[48.75].indicator


def test_stock_words_shared_by_two_indicators_are_no_shared_subject():
    assert not same_subject("ผู้สูงอายุติดบ้านติดเตียงได้รับการเยี่ยมบ้านและมี Care Plan",
                            "ผู้ติดเชื้อได้รับการดูแลแบบแยกกักตัวที่บ้าน")
    assert same_subject("ร้อยละของอำเภอผ่านเกณฑ์การประเมิน", "อำเภอผ่านเกณฑ์ 6 อำเภอ")


def test_bracket_phrase_never_begins_an_indicator():
    words = indicator_words("ตำบลในอำเภอเป้าหมายมีคณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.) ขับเคลื่อนประเด็นเดียวกับอำเภอ")
    assert words.startswith("ตำบลในอำเภอเป้าหมาย")


def test_number_of_times_to_complete_stays_in_the_indicator():
    words = indicator_words("ผู้ผ่านการบำบัดได้รับการติดตามครบ 4 ครั้ง 38 ราย จาก 45 ราย คิดเป็น")
    assert words == "ผู้ผ่านการบำบัดได้รับการติดตามครบ 4 ครั้ง"


@pytest.mark.parametrize("text", ["(ปี 2565 ผ่านเกณฑ์ 4 ใน 6 อำเภอ คิดเป็นร้อยละ 66.67)",
                                  "ผ่านเกณฑ์ 5 จาก 7 แห่ง ร้อยละ 71.43"])
def test_count_that_passed_is_no_target(text):
    assert not list(cue_targets(text))


def test_bare_figure_after_target_word_is_still_a_target():
    assert [t[0] for t in cue_targets("ร้อยละ 68 (เป้า 70)")] == [70.0]


def test_result_a_summary_table_restates_is_kept_once_with_its_target(parsed):
    outcomes = extract(parsed("trat-province-2566-inspection.pdf")).outcomes
    current = [o for o in outcomes if o.year_be == 2566 and o.value_pct == 85.71]
    assert [(o.district, o.target_pct) for o in current] == [(None, 80.0)]
