"""Round 22 outcome rules: a result judged against "the target" in words is
the KPI's; a percent column whose header names another measure than the
KPI takes neither its name nor its target; a column measured before the
work ("ก่อนดำเนินโครงการ") is of the table's own year.
Each rule on strings first, then on a real corpus file."""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_years import column_year
from pcc_ingest.extract.outcomes.target_verdicts import judges_target
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column
from pcc_ingest.model import Document


@pytest.mark.parametrize("after", [
    " ผ่านค่าเป้าหมาย ในรอบนี้คณะตรวจราชการได้ลงพื้นที่",
    " สูงกว่าเกณฑ์เป้าหมาย อำเภอที่ยังไม่ผ่านคือ",
    ") ซึ่งไม่ผ่านเป้าหมายที่กำหนด",
    " ต่ำกว่าค่าเป้าหมาย",
])
def test_a_verdict_without_a_figure_judges_the_result_against_the_stated_target(after: str) -> None:
    assert judges_target(after)


@pytest.mark.parametrize("after", [
    " ผ่านเป้าหมายร้อยละ 70",  # the result's own target follows
    " ซึ่งผ่านค่าเป้าหมาย (ร้อยละ 75)",
    " ต่ำกว่าเป้าหมายที่กำหนดไว้ร้อยละ 40",
    " ผ่านเกณฑ์ อำเภอที่ยังไม่ผ่าน",  # a criterion, not the target
    " สูงกว่าค่าเป้าหมายของตัวชี้วัด",
])
def test_no_verdict_when_a_figure_follows_or_no_target_is_named(after: str) -> None:
    assert not judges_target(after)


@pytest.mark.parametrize(("label", "year"), [
    ("ก่อนดำเนินโครงการ", 2566),
    ("ก่อนการอบรม", 2566),
    ("Base line", 2565),
    ("ก่อนดำเนินโครงการ (ต.ค. 65)", 2565),  # a dated label is not a pretest of this year
])
def test_a_column_measured_before_the_work_is_of_the_tables_year(label: str, year: int) -> None:
    assert column_year(Column(col=2, role="baseline", label=label, own=label), 2566) == year


def test_a_result_judged_against_the_target_is_the_kpis(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("si-sa-ket-province-2568-inspection.pdf")).outcomes
    kpi = [o for o in outcomes if o.value_pct == 81.82]
    assert [(o.indicator.startswith("ร้อยละของอำเภอที่มีคณะกรรมการ"), o.target_pct) for o in kpi] == [(True, 80.0)]
    assert not [o for o in outcomes if o.value_pct is None]  # the KPI's bare target is spent


def test_a_header_naming_another_measure_takes_no_kpi_target(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("si-sa-ket-province-2568-inspection.pdf")).outcomes
    tabled = [o for o in outcomes if o.evidence.table in (1, 2)]
    assert len(tabled) == 10
    assert all(o.target_pct is None for o in tabled)
    assert {o.indicator for o in tabled if o.evidence.table == 1} == {"พชต. มีแผนและขับเคลื่อนประเด็น"}
    assert all("เบิกจ่าย" in o.indicator for o in tabled if o.evidence.table == 2)


def test_a_results_heading_still_takes_the_kpi_target(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("phuket-province-2564-progress.docx")).outcomes
    current = [o for o in outcomes if o.evidence.table == 0 and o.year_be == 2564]
    assert current and all(o.target_pct == 75.0 for o in current)


def test_pretest_values_are_of_the_project_year_without_target(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("loei-phu-ruea-2566-project.docx")).outcomes
    before = [o for o in outcomes if o.value_pct in (55.0, 48.5)]
    assert [(o.year_be, o.target_pct) for o in before] == [(2566, None), (2566, None)]


@pytest.mark.parametrize(("label", "heading"), [
    ("ผลการดำเนินงานเชิงปริมาณ (ระหว่างวันที่ 1 ตุลาคม – 31 ธันวาคม 2563)", True),
    ("ปีงบประมาณ 2567 ผลงาน", True),
    ("ปี 2566", True),
    ("ก่อนดำเนินโครงการ", True),
    ("พชต. มีแผนและขับเคลื่อนประเด็น", False),
    ("ร้อยละการเบิกจ่าย เบิกจ่าย ได้รับจัดสรร", False),
])
def test_a_results_heading_names_no_measure_of_its_own(label: str, heading: bool) -> None:
    assert bool(rule_re("table", "result_heading").match(label)) is heading
