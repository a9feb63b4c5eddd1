"""Round 5 rules for outcomes and document facts: a KPI stated with its result
names and sets the target of the district table after it, a lone dated target
column after baseline years is that year's target, a target's setting verb is
no indicator, and the period of a project form, a multi-year plan and minutes.
Edge cases on strings first, then each rule on a real corpus file."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.document_facts import extract_facts, year_span
from pcc_ingest.extract.outcomes import indicator_words
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import Column, follows_years, read_tables
from pcc_ingest.model import Block


def _block(text: str) -> Block:
    return Block(order=0, kind="heading", text=text, raw_text=text, start=0, end=len(text))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("แผนพัฒนาคุณภาพชีวิตระดับอำเภอ ระยะ 3 ปี (พ.ศ. 2567 – 2569)", "2023-10-01", "2026-09-30"),
    ("แผนปฏิบัติการ ปีงบประมาณ 2566-2570", "2022-10-01", "2027-09-30"),
])
def test_a_span_of_years_in_a_title_is_the_plans_period(text, start, end):
    found = year_span(_block(text))
    assert found is not None
    assert tuple(d.isoformat() for d in found.value) == (start, end)


@pytest.mark.parametrize("text", [
    "รายงานผลการดำเนินงาน ปีงบประมาณ 2566",  # one year
    "ข้อมูลประชากร พ.ศ. 2500 – 2566",  # too long a span for a plan
    "ผลงานปี 2566 เทียบกับปี 2565",  # no range
])
def test_one_year_or_a_long_span_is_no_plan_period(text):
    assert year_span(_block(text)) is None


def _col(col: int, role: str, year: int | None = None) -> Column:
    return Column(col=col, role=role, label="", year_be=year)


def test_a_target_after_earlier_years_reads_across_years():
    cols = (_col(0, "indicator"), _col(1, "baseline", 2566), _col(2, "baseline", 2567))
    assert follows_years(cols, 2568)
    assert not follows_years(cols, 2567)  # not after every year
    assert not follows_years((*cols, _col(3, "result")), 2568)  # a count's whole, beside its result
    assert not follows_years((_col(0, "indicator"),), 2568)  # no years before it


@pytest.mark.parametrize(("clause", "words"), [
    ("กำหนดค่าเป้าหมาย", ""),
    ("ตั้งเป้าหมาย", ""),
    ("ครัวเรือนคัดแยกขยะ ค่าเป้าหมาย", "ครัวเรือนคัดแยกขยะ"),
])
def test_the_verb_setting_a_target_is_no_indicator(clause, words):
    assert indicator_words(clause) == words


def test_a_kpi_stated_with_its_result_names_and_targets_the_district_table(parsed):
    outcomes = extract(parsed("phetchabun-province-2566-progress.pdf")).outcomes
    rows = [o for o in outcomes if o.evidence.table is not None]
    assert rows and all(o.indicator.startswith("ร้อยละของ") for o in rows)
    assert {o.target_pct for o in rows} == {95.0, 80.0, 90.0}
    children = [o for o in outcomes if "เด็ก" in o.indicator]  # 11 districts and the province
    assert len(children) == 12 and {o.target_pct for o in children} == {90.0}


def test_a_kpi_of_another_subject_gives_a_table_no_target(parsed):
    outcomes = extract(parsed("ubon-ratchathani-province-2566-progress.pdf")).outcomes
    rows = [o for o in outcomes if o.evidence.table is not None and o.year_be == 2566]
    assert rows and all(o.target_pct is None and "พชต" in o.indicator for o in rows)


def test_the_target_column_of_the_plan_year_sets_that_years_target(parsed):
    outcomes = extract(parsed("bueng-kan-seka-2568-action-plan.docx")).outcomes
    targets = sorted(o.target_pct for o in outcomes if o.year_be == 2568 and o.value_pct is None)
    assert targets == [75.0, 95.0, 100.0, 100.0]


def test_a_result_after_a_set_target_joins_its_kpi(parsed):
    outcomes = extract(parsed("phetchabun-province-2566-progress.pdf")).outcomes
    prose = [o for o in outcomes if o.evidence.table is None and o.value_pct == 82.62]
    assert [(o.target_pct, o.indicator[:8]) for o in prose] in ([], [(80.0, "ร้อยละขอ")])
    assert not any(o.indicator == "กำหนด" for o in outcomes)


@pytest.mark.parametrize(("name", "start", "end"), [
    ("krabi-khlong-thom-2566-project.pdf", "2022-12-01", "2023-08-31"),  # a form's duration cell
    ("phetchaburi-tha-yang-2567-action-plan.docx", "2023-10-01", "2026-09-30"),  # a three-year plan
    ("rayong-province-2567-minutes.pdf", "2023-10-01", "2024-09-30"),  # minutes: the fiscal year
    ("tak-ban-tak-2566-summary.pdf", "2022-10-01", "2023-05-31"),  # a memo's fiscal-year range
])
def test_the_period_a_document_states(parsed, name, start, end):
    facts = extract_facts(parsed(name))
    assert (facts.period_start, facts.period_end) == (start, end)


def test_a_plan_tables_duration_header_is_no_period(parsed):
    doc = parsed("bueng-kan-seka-2568-action-plan.docx")
    assert any(c.role == "period" for t in read_tables(doc) for c in t.columns)
    facts = extract_facts(doc)
    assert (facts.period_start, facts.period_end) == ("2024-10-01", "2025-09-30")
