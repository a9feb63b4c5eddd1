"""Round 36 (outcomes C): quarter columns under a results label naming no year
("ผลการดำเนินงานสะสม") are year columns of no year, whose year the table's
caption, section or fiscal year gives.  Quarter columns under no label are
year columns too when the caption names results by quarter
("ผลการดำเนินงานรายไตรมาส"), but not in a plan's timetable.  A cell's figure
stands before the count it comes to in brackets ("42.19 (1,620 คน)"), not
before an age ("(50 ปี)").  A cumulative figure that did not move since the
round before it in the same row is recorded once, at its first round, while
rounds apart sharing a figure stay two.  Small tables and records first, then
real corpus files of set 36."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.round_columns import drop_restated_rounds
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from tests.extract.blocks import cell_block, doc_of, text_block

YASOTHON = "yasothon-kham-khuean-kaeo-2567-project"
PHATTHALUNG = "phatthalung-pa-bon-2566-minutes"
QUARTERS = ["ไตรมาส 1 (ต.ค.–ธ.ค. 66)", "ไตรมาส 2 (ม.ค.–มี.ค. 67)"]


def _roles(caption: str, rows: list[list[str]]) -> list[tuple[str, int | None]]:
    """The role and year of each column of a one-table document under ``caption``."""
    cells = [cell_block(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t]
    table = year_parts(read_tables(doc_of([text_block(caption), *cells]))[0])
    return [(c.role, c.year_be) for c in table.columns]


def _round(quarter: int, value: float) -> OutcomeRecord:
    """A round's record of one table row, its cell in column ``quarter + 1``."""
    return OutcomeRecord(indicator=f"ร้อยละ อสม. ที่ผ่านการอบรม ไตรมาส {quarter}", district="3504",
                         value_pct=value, target_pct=100.0, year_be=2567,
                         evidence=Evidence(block=quarter, table=0, row=2, col=quarter + 1, start=0, end=1, text="x"))


def test_quarters_under_a_results_label_naming_no_year_are_year_columns_of_no_year() -> None:
    rows = [["ตัวชี้วัด", "เป้าหมาย", "ผลการดำเนินงานสะสม", ""], ["", "", *QUARTERS],
            ["ร้อยละผู้ป่วยความดันโลหิตสูงที่ควบคุมได้ดี", "≥ ร้อยละ 60", "48.75", "53.12"]]
    assert _roles("6.1 ผลการดำเนินงานรายไตรมาส ปีงบประมาณ 2567", rows)[2:] == [("year", None), ("year", None)]


def test_quarters_under_no_label_are_year_columns_only_under_a_results_by_quarter_caption() -> None:
    rows = [["ตัวชี้วัด", "เป้าหมาย", *QUARTERS], ["ร้อยละหมู่บ้านที่มีค่า HI < 10", "≥ 80", "82.00", "84.00"]]
    assert _roles("ผลการดำเนินงานรายไตรมาส (ข้อมูล ณ วันที่ 31/01/2566)", rows)[2:] == [("year", None)] * 2
    assert all(role == "period" for role, _ in _roles("แผนการดำเนินงาน ปีงบประมาณ 2567", rows)[2:])


def test_a_figure_stands_before_the_count_it_comes_to_in_brackets_but_not_before_an_age() -> None:
    figure = cell_figure("42.19 (1,620 คน)")
    assert figure is not None and figure.value == 42.19 and not figure.marked
    assert cell_figure("45 (50 ปี)") is None


def test_a_cumulative_figure_that_did_not_move_is_recorded_once_at_its_first_round() -> None:
    kept = drop_restated_rounds([_round(2, 84.62), _round(3, 100.0), _round(4, 100.0)])
    assert [o.indicator[-8:] for o in kept] == ["ไตรมาส 2", "ไตรมาส 3"]
    apart = drop_restated_rounds([_round(1, 100.0), _round(2, 90.0), _round(3, 100.0)])
    assert len(apart) == 3


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_results_by_quarter_in_a_real_minutes_caption_and_count_cells(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(PHATTHALUNG + suffix)).outcomes}
    assert {(42.19, 95.0, 2566), (68.75, 95.0, 2566), (82.0, 80.0, 2566), (84.0, 80.0, 2566)} <= got
    assert sum(1 for v, t, _ in got if v == 100.0 and t == 100.0) == 1  # Q1 and Q2 both 100: one figure


def test_results_by_quarter_under_a_yearless_label_in_a_real_project_report(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(YASOTHON + ".docx")).outcomes}
    assert {(28.4, 40.0, 2567), (41.02, 40.0, 2567), (48.75, 60.0, 2567), (61.44, 60.0, 2567),
            (84.62, 100.0, 2567), (100.0, 100.0, 2567)} <= got
    assert not any(v is None and t == 100.0 for v, t, _ in got)  # no target-only record beside the quarters
