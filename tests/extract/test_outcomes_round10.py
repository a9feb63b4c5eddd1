"""Outcome rules of round 10: a table under a district's heading is that
district's, counts in brackets leave an indicator, recommendations and pass
marks are no outcomes, a title's comparison year is not the table's own, and
an undated situation figure a results table gives is kept once."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import drop_counts
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import is_bound
from pcc_ingest.extract.outcomes.row_subjects import drop_count_bracket
from pcc_ingest.extract.run import extract


@pytest.mark.parametrize("words, kept", [
    ("ร้อยละของผู้เดินทางได้รับการคัดกรอง (1,214/1,231 ราย)", "ร้อยละของผู้เดินทางได้รับการคัดกรอง"),
    ("ร้อยละของหมู่บ้านที่มีค่า HI ไม่เกิน 10 (119/161 หมู่บ้าน)", "ร้อยละของหมู่บ้านที่มีค่า HI ไม่เกิน 10"),
    ("ผู้ผ่านการบำบัดได้รับการติดตาม (28 ราย จาก 62 ราย)", "ผู้ผ่านการบำบัดได้รับการติดตาม"),
])
def test_a_bracketed_count_out_of_a_total_leaves_the_indicator(words, kept):
    assert drop_count_bracket(words) == kept


@pytest.mark.parametrize("words", [
    "ร้อยละของหมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกิน 10",
    "ผู้สูงอายุได้รับการดูแลตาม Care Plan (ร้อยละ 90)",
])
def test_a_bracket_that_is_no_count_stays_in_the_indicator(words):
    assert drop_count_bracket(words) == words


def test_a_percentage_and_above_before_a_count_is_a_pass_mark():
    text = "มีคะแนนผ่านเกณฑ์ร้อยละ 70 ขึ้นไป จำนวน 79 คน คิดเป็นร้อยละ 89.77"
    bar = text.index("ร้อยละ 70")
    assert is_bound(text, bar, bar + len("ร้อยละ 70"))
    result = text.index("ร้อยละ 89.77")
    assert not is_bound(text, result, result + len("ร้อยละ 89.77"))


def test_a_percentage_and_above_with_no_count_after_is_a_figure():
    text = "ผลงานร้อยละ 70 ขึ้นไปทุกตำบล"
    start = text.index("ร้อยละ 70")
    assert not is_bound(text, start, start + len("ร้อยละ 70"))


def test_a_fiscal_year_before_a_unit_word_is_no_count():
    assert drop_counts("ปีงบประมาณ 2562 อำเภอผ่านเกณฑ์ 16 อำเภอ") == "ปีงบประมาณ 2562 อำเภอผ่านเกณฑ์"


@pytest.mark.parametrize("label, advice", [
    ("ข้อเสนอแนะ", True), ("ข้อเสนอแนะ/แนวทางแก้ไข", True), ("แนวทางการพัฒนา", True),
    ("สิ่งที่ควรดำเนินการ", True), ("โอกาสพัฒนา", True),
    ("ผลการดำเนินงาน", False), ("ประเด็นที่พบ", False), ("ผลงาน รอบ 1", False),
])
def test_a_recommendation_column_is_told_by_its_label(label, advice):
    assert bool(rule_re("advice", "label").match(label)) is advice


def test_tables_under_district_headings_are_those_districts_and_advice_is_no_outcome(parsed):
    outcomes = extract(parsed("udon-thani-province-2564-inspection.pdf")).outcomes
    tabled = {(o.district, o.value_pct, o.target_pct) for o in outcomes if o.evidence.table is not None}
    assert {("4111", 98.62, 100.0), ("4106", 92.47, 90.0), ("4119", 45.16, 60.0), ("4118", 38.2, 50.0)} <= tabled
    assert not any(o.evidence.table is not None and o.district is None and o.value_pct == 98.62 for o in outcomes)
    assert not any("(" in o.indicator and "/" in o.indicator for o in outcomes)
    assert not any("ก่อนเทศกาล" in o.evidence.context for o in outcomes)


def test_a_title_comparing_with_an_earlier_year_leaves_the_target_on_the_current_year(parsed):
    outcomes = extract(parsed("si-sa-ket-khukhan-2566-project.pdf")).outcomes
    cells = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.evidence.table is not None}
    assert {(68.18, None, 2565), (90.91, 80.0, 2566), (72.0, None, 2565), (78.85, 80.0, 2566)} <= cells
    trained = [o for o in outcomes if o.value_pct == 89.77]
    assert [o.target_pct for o in trained] == [None]
    assert not any(o.target_pct == 70.0 and o.value_pct is None for o in outcomes)


@pytest.mark.parametrize("name", ["nakhon-si-thammarat-sichon-2567-progress.docx",
                                  "nakhon-si-thammarat-sichon-2567-progress.pdf"])
def test_an_undated_problem_figure_the_kpi_table_gives_is_kept_once_in_its_year(parsed, name):
    outcomes = extract(parsed(name)).outcomes
    assert [o.year_be for o in outcomes if o.value_pct == 48.3] == [2566]
