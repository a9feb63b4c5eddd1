"""Round 37 (outcomes C): a result cell written count first with its
percentage in brackets ("1,652/2,180 (75.78)") reports that percentage when
n/d x 100 gives it, and not when the bracketed figure is some other number.
A provincial inspection's summary table of issues x indicators x targets,
whose results are written so, gives one record per indicator row with its
target and district instead of target-only records named by the district.
A target said of the result before it pairs with it though a year names
the target ("ต่ำกว่าเป้าหมายปี 2566 ที่ตั้งไว้ 70%").  A round of a year
("รอบที่ 1/2568") dates the figures after it.  A findings cell restating a
results table's figure given to hundredths adds no record, whether it
repeats the row's target or names its district without "อำเภอ".  A bare
target set in a later paragraph for a subject sharing no word with it is
kept though an earlier result carries the same figure as its target; one
stated before the result reported against it is that result's.  Small strings and
records first, then real corpus files of set 37."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes import extract_outcomes
from pcc_ingest.extract.outcomes.bare_targets import share_no_word
from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.restated_prose import restated_cell
from pcc_ingest.extract.records import DocumentFacts, Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from tests.extract.blocks import doc_of, text_block

AYUTTHAYA = "phra-nakhon-si-ayutthaya-province-2568-inspection"
THALANG = "phuket-thalang-2566-minutes"
FACTS = DocumentFacts(doc_type="other", fiscal_year_be=2566)


def _cell(value: float, target: float | None, text: str, table: int, district: str | None = "1411") -> OutcomeRecord:
    """A record read from a cell of ``table``."""
    return OutcomeRecord(indicator="ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", district=district,
                         value_pct=value, target_pct=target, year_be=2568,
                         evidence=Evidence(block=table, table=table, row=1, col=1, start=0, end=5, text=text))


def _prose(*paragraphs: str) -> set[tuple[float | None, float | None]]:
    """(value, target) of each record of a document of ``paragraphs``."""
    return {(o.value_pct, o.target_pct) for o in extract_outcomes(doc_of([text_block(p) for p in paragraphs]), FACTS, [])}


def test_a_count_first_cell_reports_its_bracketed_percentage_when_the_count_proves_it() -> None:
    assert fraction_percent("1,652/2,180 (75.78)") == 75.78
    assert fraction_percent("48/96 (50.00)") == 50.0
    assert fraction_percent("402 คน/428 คน (ร้อยละ 93.93)") == 93.93


def test_a_count_first_cell_whose_bracket_is_not_its_share_reports_none() -> None:
    assert fraction_percent("1,652/2,180 (60.00)") is None
    assert fraction_percent("9.10 ต่อแสน") is None


def test_the_percentage_first_cell_still_reports_its_figure() -> None:
    assert fraction_percent("87.50 (105/120 คน)") == 87.5


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_count_first_results_in_a_real_inspection_summary_table(parsed, suffix) -> None:
    got = {(o.district, o.value_pct, o.target_pct) for o in extract(parsed(AYUTTHAYA + suffix)).outcomes}
    assert {("1402", 75.78, 80.0), ("1405", 55.16, 60.0), ("1405", 50.0, 50.0),
            ("1408", 67.5, 70.0), ("1411", 34.63, 40.0), ("1412", 95.65, 90.0)} <= got
    assert not any(v is None and d is not None for d, v, _ in got)  # no target-only row records


def test_a_target_said_of_the_result_before_it_pairs_though_a_year_names_the_target() -> None:
    got = _prose("ผลการสำรวจการสวมหมวกนิรภัยเดือนธันวาคม 2565 ได้ 62.5% ต่ำกว่าเป้าหมายปี 2566 ที่ตั้งไว้ 70%")
    assert (62.5, 70.0) in got and (None, 70.0) not in got


def test_a_round_of_a_year_dates_the_figure_after_it() -> None:
    text = "ปี 2567 ผ่านเกณฑ์ 14 อำเภอ (ร้อยละ 87.50) ผลการประเมินตนเองรอบที่ 1/2568 ผ่านเกณฑ์ 14 อำเภอ คิดเป็น 87.50%"
    assert year_before(text, text.rindex("87.50%")) == 2568


def test_a_findings_cell_restating_a_tables_figure_and_target_adds_no_record() -> None:
    row = _cell(34.63, 40.0, "1,205/3,480 (34.63)", 1)
    assert restated_cell(_cell(34.63, 40.0, "34.63% ต่ำกว่าเป้าหมายร้อยละ 40", 5), [row])
    assert restated_cell(_cell(34.63, None, "34.63%", 5, district=None), [row])  # district left unread
    assert not restated_cell(_cell(34.63, 50.0, "34.63% ต่ำกว่าเป้าหมายร้อยละ 50", 5), [row])  # another bar


def test_a_findings_cell_given_to_whole_tenths_restates_only_when_written_to_hundredths() -> None:
    row = _cell(67.5, 70.0, "486/720 (67.50)", 1)
    assert restated_cell(_cell(67.5, 70.0, "67.50% ต่ำกว่าเป้าหมายร้อยละ 70", 5), [row])
    assert not restated_cell(_cell(67.5, 70.0, "67.5% ต่ำกว่าเป้าหมายร้อยละ 70", 5), [row])


def test_a_bare_target_set_later_for_another_subject_is_kept() -> None:
    got = _prose("ครัวเรือนคัดแยกขยะต้นทางร้อยละ 46.8 (เป้าหมายร้อยละ 60)",
                 "มติที่ประชุม มอบ สสอ. ติดตามการคัดกรองผู้สูงอายุให้ได้ไม่น้อยกว่าร้อยละ 60 ภายในไตรมาส 2")
    assert {(46.8, 60.0), (None, 60.0)} <= got


def test_a_bare_target_stated_before_the_result_reported_against_it_is_that_results() -> None:
    got = _prose("เป้าหมาย ผู้ขับขี่และผู้ซ้อนท้ายรถจักรยานยนต์สวมหมวกนิรภัยไม่น้อยกว่าร้อยละ 70",
                 "ผลการดำเนินงาน อำเภอมีผู้เสียชีวิต 9 ราย คิดเป็นร้อยละ 68.5 (เป้าหมายร้อยละ 70)")
    assert (68.5, 70.0) in got and (None, 70.0) not in got


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("ครัวเรือนคัดแยกขยะต้นทาง", "การคัดกรองผู้สูงอายุ (ภายในไตรมาส 2)", True),
    ("ร้อยละผู้ขับขี่สวมหมวกนิรภัย", "อัตราการสวมหมวกนิรภัย", False),
])
def test_two_names_sharing_only_a_syllable_name_two_subjects(a: str, b: str, apart: bool) -> None:
    assert share_no_word(a, b) is apart


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_kpi_rounds_and_restated_findings_in_a_real_inspection_report(parsed, suffix) -> None:
    got = {(o.district, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(AYUTTHAYA + suffix)).outcomes}
    assert {(None, 87.5, None, 2567), (None, 87.5, 80.0, 2568), (None, 80.0, None, 2568)} <= got
    assert not any(d is None and v in (34.63, 67.5) for d, v, _, _ in got)  # findings restate section 2


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_results_and_a_resolutions_target_in_real_minutes(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(THALANG + suffix)).outcomes}
    assert {(62.5, 70.0, 2566), (51.3, None, 2564), (57.8, None, 2565), (None, 60.0, 2566)} <= got
