"""Round 34 (outcomes A): under a header of three rows, an indicator's baselines
("ผลงานย้อนหลัง" over "2566 | 2567") go with that indicator's own current-year
column ("ปี 2568"), not with every indicator's.  Such a measure is named by its
indicator's label without the year label under it, and takes the target that
label states for its current-year figures only.  A year set off by a space
after a count and opening a clause of its own ("... 2 ประเด็น ในปีงบประมาณ
2567 มีอำเภอ...") dates the figures after it.  Figures of two tables naming
different rounds (a quarter's cumulative figure, a year's) stay two records.
Small tables and strings first, then a real corpus file of set 34."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.measure_labels import measure_label
from pcc_ingest.extract.outcomes.merging import merge
from pcc_ingest.extract.outcomes.table_measures import table_measures
from pcc_ingest.extract.outcomes.table_targets import group_bound
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

NAKHON_RATCHASIMA = "nakhon-ratchasima-province-2568-inspection"
CARE = "ร้อยละกลุ่มเปราะบางได้รับการดูแล (เกณฑ์ ≥ ร้อยละ 80)"
ISSUES = "ร้อยละของประเด็นที่บรรลุเป้าหมาย (เป้าหมาย ร้อยละ 70)"


def _two_indicators_by_year() -> Table:
    """อำเภอ | two indicators, each over "ผลงานย้อนหลัง" (2566 | 2567) and "ปี 2568" (รอบ 2)."""
    header = [("อำเภอ", CARE, "", "", ISSUES, "", ""),
              ("", "ผลงานย้อนหลัง", "", "ปี 2568", "ผลงานย้อนหลัง", "", "ปี 2568"),
              ("", "2566", "2567", "(รอบ 2)", "2566", "2567", "(รอบ 2)"),
              ("เมือง", "72.3", "79.1", "84.6", "66.7", "66.7", "33.3")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(header) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2, 3), n_cols=7)
    labels: dict[int, tuple[str, ...]] = {0: ("อำเภอ",)}
    columns = [Column(0, "district", "อำเภอ", own="อำเภอ")]
    for first, top in ((1, CARE), (4, ISSUES)):
        for k, (middle, own, role, year) in enumerate((("ผลงานย้อนหลัง", "2566", "baseline", 2566),
                                                       ("ผลงานย้อนหลัง", "2567", "baseline", 2567),
                                                       ("ปี 2568", "(รอบ 2)", "year", 2568))):
            labels[first + k] = (top, middle, own)
            columns.append(Column(first + k, role, " ".join(labels[first + k]), year_be=year,
                                  own=own if role == "baseline" else middle))
    body = (Row(3, {c: b for (r, c), b in cells.items() if r == 3}),)
    return Table(grid, (0, 1, 2), tuple(columns), body, labels=labels)


def test_baselines_under_an_indicators_label_go_with_its_own_current_year_column() -> None:
    measures = table_measures(_two_indicators_by_year())
    assert [sorted(c.col for c in m.columns) for m in measures] == [[0, 1, 2, 3], [0, 4, 5, 6]]


def test_a_year_measure_is_named_by_its_indicator_without_the_year_label_under_it() -> None:
    table = _two_indicators_by_year()
    assert [measure_label(table, m) for m in table_measures(table)] == [CARE, ISSUES]


def test_a_year_measure_takes_the_target_its_indicators_label_states() -> None:
    table = _two_indicators_by_year()
    assert [group_bound(table, m) for m in table_measures(table)] == [80.0, 70.0]


def test_a_spaced_year_opening_a_clause_dates_the_figures_after_it() -> None:
    text = "กำหนดประเด็นอย่างน้อยอำเภอละ 2 ประเด็น ในปีงบประมาณ 2567 มีอำเภอผ่านเกณฑ์ 28 อำเภอ คิดเป็นร้อยละ 87.50"
    assert year_before(text, text.index("87.50")) == 2567


def test_a_year_after_a_count_and_before_a_change_stays_the_counts() -> None:
    text = "ผู้เสียชีวิตลดลงจาก 31 ราย ในปี 2566 เหลือ 24 ราย คิดเป็นร้อยละ 22.58"
    assert year_before(text, text.index("22.58")) is None
    glued = "ผู้ป่วย 24 รายในปี 2565 ผ่านเกณฑ์ 5 ตำบล คิดเป็นร้อยละ 70.5"
    assert year_before(glued, glued.index("70.5")) is None


def _tabled(indicator: str, table: int) -> OutcomeRecord:
    evidence = Evidence(block=table, start=0, end=4, text="88.2", table=table, row=1, col=3)
    return OutcomeRecord(indicator=indicator, district="3015", value_pct=88.2, target_pct=80.0,
                         year_be=2568, evidence=evidence)


def test_figures_of_two_tables_naming_different_rounds_are_two_records() -> None:
    year = _tabled("ร้อยละกลุ่มเปราะบางได้รับการดูแลช่วยเหลือ", 1)
    quarter = _tabled("ร้อยละกลุ่มเปราะบางได้รับการช่วยเหลือตามสภาพปัญหา ไตรมาส 3", 2)
    assert len(merge([year, quarter])) == 2
    again = _tabled("ร้อยละกลุ่มเปราะบางได้รับการดูแลช่วยเหลือ", 2)
    assert len(merge([year, again])) == 1


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_inspections_indicators_by_district_with_baselines_in_a_real_report(parsed, suffix) -> None:
    got = {(o.indicator, o.district, o.value_pct, o.target_pct, o.year_be)
           for o in extract(parsed(NAKHON_RATCHASIMA + suffix)).outcomes}
    care, issues = "ร้อยละกลุ่มเปราะบางได้รับการดูแลช่วยเหลือ", "ร้อยละของประเด็น พชอ. ที่บรรลุเป้าหมาย"
    assert {(care, "3014", 72.3, None, 2566), (care, "3014", 84.6, 80.0, 2568),
            (issues, "3014", 66.7, None, 2566), (issues, "3014", 33.3, 70.0, 2568),
            (issues, None, 53.3, 70.0, 2568)} <= got
    kpi = "ร้อยละของอำเภอผ่านเกณฑ์การประเมินการพัฒนาคุณภาพชีวิตที่มีคุณภาพ"
    assert (kpi, None, 87.5, None, 2567) in got
    assert any(o[2] == 88.2 and "ไตรมาส 3" in o[0] for o in got)
