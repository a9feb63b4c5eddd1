"""Outcome rules of round 11: district group rows head the indicator rows of
a combined results table, a bound target column beside year columns of
percentages sets the current year's target, a rate per so many of a
qualified population is no percentage, and money split by funding source
gives shares, not results."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.group_rows import group_district
from pcc_ingest.extract.outcomes.table_measures import is_funding_split
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables

SUMMARY = ["sa-kaeo-province-2567-summary.docx", "sa-kaeo-province-2567-summary.pdf"]
SA_KAEO = "27"


@pytest.mark.parametrize("indicator", [
    "อัตราการคลอดมีชีพในหญิงอายุ 15 – 19 ปี (ต่อประชากรหญิงอายุ 15 – 19 ปี 1,000 คน)",
    "อัตราการคลอดมีชีพในหญิงอายุ 15-19 ปี ต่อประชากรหญิงอายุ 15-19 ปี พันคน",
    "อัตราตายจากอุบัติเหตุทางถนนต่อแสนประชากร",
    "อัตราตายทารกต่อการเกิดมีชีพ 1,000 ราย",
])
def test_a_rate_per_a_qualified_population_is_a_rate(indicator):
    assert rule_re("table", "rate_indicator").search(indicator)


@pytest.mark.parametrize("indicator", [
    "ร้อยละของหมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) น้อยกว่า 10",
    "ร้อยละของผู้ป่วยที่ได้รับการรักษาต่อเนื่อง 1,000 วัน",
    "ร้อยละของผู้สูงอายุติดบ้านติดเตียงได้รับการดูแลตาม Care Plan",
])
def test_a_percentage_indicator_is_no_rate(indicator):
    assert not rule_re("table", "rate_indicator").search(indicator)


def _results_rows(doc):
    """(table, row) of the indicator tables with year columns (a PDF page
    break may cut one table in two)."""
    return [(t, r) for t in read_tables(doc) if t.column("indicator") and t.columns_of("year") for r in t.rows]


@pytest.mark.parametrize("name", SUMMARY)
def test_a_district_group_row_heads_the_indicator_rows_under_it(parsed, name):
    rows = _results_rows(parsed(name))

    def district_of(opening: str) -> str | None:
        table, row = next((t, r) for t, r in rows if r.texts()[0].startswith(opening))
        return group_district(table, row, SA_KAEO)

    assert district_of("อัตราความสำเร็จการรักษา") == resolve_district("อำเภอตาพระยา", SA_KAEO)[0]
    assert district_of("ร้อยละของกลุ่มเปราะบาง") == resolve_district("อำเภอคลองหาด", SA_KAEO)[0]


@pytest.mark.parametrize("name", SUMMARY)
def test_a_bound_target_column_sets_the_current_years_target_only(parsed, name):
    outcomes = [o for o in extract(parsed(name)).outcomes if "วัณโรค" in o.indicator and o.value_pct is not None]
    by_year = {o.year_be: o for o in outcomes}
    assert by_year[2567].target_pct == 88.0
    assert by_year[2565].target_pct is None and by_year[2566].target_pct is None
    assert {o.district for o in outcomes} == {resolve_district("อำเภอตาพระยา", SA_KAEO)[0]}


@pytest.mark.parametrize("name", SUMMARY)
def test_a_birth_rate_per_thousand_under_a_percent_header_is_no_outcome(parsed, name):
    assert not [o for o in extract(parsed(name)).outcomes if "คลอด" in o.indicator]


def test_money_by_funding_source_cut_by_a_page_break_gives_no_outcomes(parsed):
    doc = parsed("maha-sarakham-na-chueak-2565-inspection.pdf")
    funding = [t for t in read_tables(doc) if t.column("source") and t.columns_of("percent")]
    assert funding and all(is_funding_split(t) for t in funding)
    values = {o.value_pct for o in extract(doc).outcomes}
    assert not values & {64.91, 5.72, 29.37}


def test_an_indicator_table_is_no_funding_split(parsed):
    doc = parsed("maha-sarakham-na-chueak-2565-inspection.pdf")
    indicators = [t for t in read_tables(doc) if t.column("indicator")]
    assert indicators and not any(is_funding_split(t) for t in indicators)
