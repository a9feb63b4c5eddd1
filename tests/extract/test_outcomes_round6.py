"""Round 6 outcome rules: before/after columns are a baseline and a result, shares of a whole are no outcomes, and a
findings table's column in percent units gives one outcome per district."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_years import column_year
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import Column, label_role


@pytest.mark.parametrize("label, role", [
    ("ก่อนดำเนินโครงการ (ต.ค. 65)", "baseline"),
    ("ก่อนการอบรม", "baseline"),
    ("หลังดำเนินโครงการ (ก.ค. 66)", "result"),
    ("หลังการอบรม", "result"),
])
def test_before_and_after_columns_are_baseline_and_result(label, role):
    assert label_role(label) == role


def test_a_baseline_naming_no_year_is_the_year_before_the_tables():
    assert column_year(Column(1, "baseline", "ก่อนดำเนินโครงการ"), 2566) == 2565
    assert column_year(Column(1, "baseline", "ปี 2563", 2563), 2566) == 2563
    assert column_year(Column(1, "year", "x"), 2566) is None


def test_percent_unit_bracket_is_cut_from_a_label():
    assert rule_re("table", "percent_unit").sub("", "ความก้าวหน้าตามแผน (ร้อยละ)") == "ความก้าวหน้าตามแผน"
    assert rule_re("table", "percent_unit").sub("", "ผลงาน (%)") == "ผลงาน"


def test_budget_shares_by_source_are_no_outcomes(parsed):
    outcomes = extract(parsed("saraburi-wihan-daeng-2566-action-plan.docx")).outcomes
    assert not [o for o in outcomes if o.evidence.table is not None and o.value_pct in (52.45, 100.0)]


def test_findings_table_progress_column_gives_each_districts_outcome(parsed):
    outcomes = extract(parsed("pattani-province-2567-minutes.pdf")).outcomes
    progress = [o for o in outcomes if o.indicator == "ความก้าวหน้าตามแผน"]
    assert len(progress) == 12
    assert len({o.district for o in progress}) == 12


def test_before_after_table_gives_baseline_and_result(parsed):
    outcomes = extract(parsed("yala-raman-2566-project.docx")).outcomes
    dtp = sorted((o.year_be, o.value_pct, o.target_pct) for o in outcomes if "DTP-HB-Hib" in o.indicator)
    assert dtp == [(2565, 74.2, None), (2566, 86.1, 90.0)]
