"""Round 38 (b): a percent column's cell written as a count over its total
with the percentage in brackets ("212/498 (42.57)") gives that percentage.
An indicator closing with its unit in brackets ("... (ร้อยละ)") has
percentages in its row's bare figures.  Round columns of the current year
("ไตรมาส 1 | ไตรมาส 2") beside a running total ("ผลงานสะสม") are figures of
their own, the round the running total restates kept once.  A table row of
one ตำบล does not restate or carry a figure running text gives for the
whole district, unless the text names that ตำบล.  Count columns under the
current year's label ("กลุ่มเปราะบาง (คน) | ได้รับการดูแล (คน) | ร้อยละ") are no
rounds: their counts are never read as percentages.
Strings and records first, then real corpus files of set 38."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.merging import carried_elsewhere, other_part, restated
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract

BANG_RACHAN = "sing-buri-bang-rachan-2568-progress.pdf"
THA_UTHEN = "nakhon-phanom-tha-uthen-2568-progress.pdf"


def _record(indicator: str, value: float, target: float | None, table: int | None) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="4803", value_pct=value, target_pct=target, year_be=2568,
                         evidence=Evidence(block=1, table=table, start=0, end=1, text="x"))


@pytest.mark.parametrize(("text", "value"), [
    ("212/498 (42.57)", 42.57),
    ("1,862/2,204 (84.48)", 84.48),
    ("975/2,394 (40.73)", 40.73),
])
def test_a_count_over_its_total_with_the_percentage_in_brackets_gives_the_percentage(text: str, value: float) -> None:
    assert fraction_percent(text) == value


def test_a_count_over_its_total_with_another_figure_in_brackets_gives_none() -> None:
    assert fraction_percent("212/498 (50.00)") is None


def test_an_indicator_closing_with_its_unit_in_brackets_names_a_percentage() -> None:
    rule = rule_re("table", "percent_indicator")
    assert rule.match("อัตราผู้ป่วยเบาหวานรายใหม่จากกลุ่มเสี่ยงเบาหวาน (ร้อยละ)")
    assert rule.match("ร้อยละผู้ป่วยความดันโลหิตสูงควบคุมความดันได้ดี")
    assert not rule.match("อัตราการเสียชีวิตจากอุบัติเหตุทางถนน (ต่อประชากรแสนคน)")
    assert not rule.match("ผู้ป่วยเบาหวาน (ร้อยละ) รายใหม่")


def test_a_tambon_row_does_not_restate_a_figure_for_the_whole_district() -> None:
    text = _record("ผู้ป่วยติดเตียงได้รับการจัดทำแผนการดูแลรายบุคคล (Care Plan) ครบทุกราย", 100.0, None, None)
    row = _record("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านโดย CG ตำบลท่าอุเทน", 100.0, 100.0, 1)
    assert other_part(row, text)
    assert not restated(text, [text, row])
    assert not carried_elsewhere(text, [text, row])


def test_a_tambon_row_restates_a_figure_the_text_gives_for_that_tambon() -> None:
    text = _record("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านโดย CG ตำบลท่าอุเทน ครบทุกราย", 100.0, None, None)
    row = _record("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านโดย CG ตำบลท่าอุเทน", 100.0, 100.0, 1)
    assert not other_part(row, text)
    assert carried_elsewhere(text, [text, row])


def test_the_current_year_cells_of_a_table_by_tambon_written_as_fractions(parsed) -> None:
    figures = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(BANG_RACHAN)).outcomes}
    assert {(42.57, 40.0, 2568), (84.48, 80.0, 2568), (40.73, 40.0, 2568), (83.14, 80.0, 2568)} <= figures
    assert {(34.2, None, 2566), (79.8, None, 2567)} <= figures


def test_quarters_beside_a_running_total_and_a_district_figure_beside_a_tambon_table(parsed) -> None:
    outcomes = extract(parsed(THA_UTHEN)).outcomes
    figures = {(o.value_pct, o.target_pct) for o in outcomes}
    assert {(0.42, 1.75), (0.51, 1.75), (0.93, 1.75), (28.6, 40.0), (33.9, 40.0), (61.25, 80.0), (66.8, 80.0)} <= figures
    assert (100.0, None) in figures
    assert [o.value_pct for o in outcomes].count(58.1) == 1  # quarter 2 restated by the running total


def test_count_columns_under_the_current_years_label_give_no_percentages(parsed) -> None:
    outcomes = extract(parsed("ang-thong-province-2566-summary.pdf")).outcomes
    assert outcomes and all(o.value_pct is None or o.value_pct <= 100 for o in outcomes)
    assert (88.52, 2566) in {(o.value_pct, o.year_be) for o in outcomes}
