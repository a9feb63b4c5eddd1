"""Round 32 (outcomes b): a results table with its indicators as columns and
a header row of targets under them ("... (ร้อยละ)" over "เป้าหมาย ≥ 80") reads
each column's body cells as results and its lowest label as their target.
A year label with its results word in brackets ("ปีงบประมาณ 2567 (ผลสะสม)")
over quarter columns makes them that year's results, and each round's result
is named with its round, months left out, so two rounds sharing a figure
stay two records.  A running-text figure followed by the count it was
worked out from ("ร้อยละ 93.3 (112 คน จาก 120 คน)") is a result, even after
"ผ่านเกณฑ์".  A group named right after a population's count ("ประชากร ...
124,860 คน ผู้สูงอายุ 21,347 คน (ร้อยละ 17.1)") is a background share.  A
form's cell right of a label naming only a target ("เกณฑ์เป้าหมาย") is a
target.  Strings and small tables first, then real corpus files of set 32."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.cell_fractions import counted_after
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.merging import merge
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.outcomes.target_rows import own_label_target, target_rows
from pcc_ingest.extract.outcomes.year_parts import part_name, year_parts
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

MAE_MO = "lampang-mae-mo-2568-project"
KHLUNG = "chanthaburi-khlung-2566-progress.pdf"
PHITSANULOK = "phitsanulok-province-2567-inspection"
UTHUMPHON = "si-sa-ket-uthumphon-phisai-2567-action-plan"


def _table(header: list[tuple[str, ...]], roles: list[Column], body: list[list[str]]) -> Table:
    """A table whose columns carry ``header`` labels (top first) and ``body`` rows from row 2."""
    cells = {(r + 2, c): grid_cell(t, r + 2, c) for r, texts in enumerate(body) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=tuple(range(2, 2 + len(body))), n_cols=len(header))
    rows = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in grid.rows)
    return Table(grid, (0, 1), tuple(roles), rows, labels=dict(enumerate(header)))


def _transposed() -> Table:
    """ตำบล | two indicators "(ร้อยละ)" over "เป้าหมาย ≥ 80" / "เป้าหมาย 100"."""
    header = [("ตำบล",), ("ครัวเรือนลงนามงดเผาในที่โล่ง (ร้อยละ)", "เป้าหมาย ≥ 80"),
              ("ผู้สูงอายุได้รับการเยี่ยมบ้าน (ร้อยละ)", "เป้าหมาย 100")]
    roles = [Column(0, "subdistrict", "ตำบล", own="ตำบล"),
             Column(1, "target", " ".join(header[1]), own=header[1][-1]),
             Column(2, "target", " ".join(header[2]), own=header[2][-1])]
    return _table(header, roles, [["สบป้าด", "86.4", "100"], ["นาสัก", "78.5", "95.7"]])


def test_a_header_row_of_targets_under_indicator_columns_makes_them_percent_columns() -> None:
    table = target_rows(_transposed())
    assert [c.role for c in table.columns] == ["subdistrict", "percent", "percent"]
    targets = [own_label_target(table, Measure(c, table.columns)) for c in table.columns_of("percent")]
    assert targets == [80.0, 100.0]


def test_a_target_column_whose_cells_hold_bounds_stays_a_target_column() -> None:
    table = _transposed()
    bounded = _table([table.labels[c] for c in range(3)], list(table.columns),
                     [["สบป้าด", "≥ 80", "100"], ["นาสัก", "≥ 80", "100"]])
    assert [c.role for c in target_rows(bounded).columns][1] == "target"


def _quarters() -> Table:
    header = [("ตัวชี้วัด",), ("ปีงบประมาณ 2567 (ผลสะสม)", "ไตรมาส 1 (ต.ค.–ธ.ค. 66)"),
              ("ปีงบประมาณ 2567 (ผลสะสม)", "ไตรมาส 2 (ม.ค.–มี.ค. 67)")]
    roles = [Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"),
             Column(1, "period", " ".join(header[1]), own=header[1][-1]),
             Column(2, "period", " ".join(header[2]), own=header[2][-1])]
    return _table(header, roles, [["ร้อยละของกลุ่มเปราะบางได้รับการดูแล", "100", "100"]])


def test_a_year_label_with_a_bracketed_results_word_makes_its_quarters_results() -> None:
    table = year_parts(_quarters())
    assert [(c.role, c.year_be) for c in table.columns[1:]] == [("year", 2567), ("year", 2567)]
    assert [part_name(table, c) for c in table.columns] == ["", "ไตรมาส 1", "ไตรมาส 2"]
    assert rule_re("table", "year_results").match("ปี 2567") is None  # a bare year may head a timetable


def _record(indicator: str, col: int) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="2202", value_pct=100.0, target_pct=100.0, year_be=2566,
                         evidence=Evidence(block=col, table=0, row=3, col=col, start=0, end=3, text="100"))


def test_two_rounds_of_one_row_sharing_a_figure_stay_two_records() -> None:
    rounds = [_record("ร้อยละผู้ป่วยได้รับการควบคุมโรค ไตรมาส 1", 2),
              _record("ร้อยละผู้ป่วยได้รับการควบคุมโรค ไตรมาส 4", 5)]
    assert len(merge(rounds)) == 2
    assert len(merge([_record("ร้อยละผู้ป่วยได้รับการควบคุมโรค", 2),
                      _record("ร้อยละผู้ป่วยได้รับการควบคุมโรค", 5)])) == 1


def test_a_figure_followed_by_the_count_it_was_worked_out_from_is_a_result() -> None:
    text = "- ผู้เข้าอบรม อสม. มีความรู้ผ่านเกณฑ์ ร้อยละ 93.3 (112 คน จาก 120 คน)"
    start = text.index("ร้อยละ")
    assert counted_after(text, start, text.index(" (112"))
    assert [f.target for f, _ in block_figures(text, False)] == [False]
    assert not counted_after("ร้อยละ 80 (112 คน จาก 120 คน)", 0, len("ร้อยละ 80"))  # 93.33, not 80


def test_a_group_named_after_a_populations_count_is_a_background_share() -> None:
    share = rule_re("figure", "share_before")
    assert share.search("ประชากรตามทะเบียนราษฎร์ 124,860 คน ผู้สูงอายุ 21,347 คน (")
    assert not share.search("ประชากร 500 คน ได้รับวัคซีน 450 คน (")


def test_a_form_label_naming_only_a_target_marks_the_cell_right_of_it() -> None:
    form = rule_re("target_column", "form_label")
    assert form.match("เกณฑ์เป้าหมาย") and form.match("ค่าเป้าหมาย")
    assert not form.match("กลุ่มเป้าหมาย") and not form.match("ร้อยละของอำเภอผ่านเกณฑ์")


def _figures(outcomes: list[OutcomeRecord]) -> set[tuple[float | None, float | None, int | None]]:
    return {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_transposed_results_table_by_tambon_in_a_real_project_report(parsed, suffix) -> None:
    outcomes = extract(parsed(MAE_MO + suffix)).outcomes
    figures = _figures(outcomes)
    assert {(86.4, 80.0, 2568), (62.5, 70.0, 2568), (95.7, 100.0, 2568), (85.6, 80.0, 2568)} <= figures
    assert (93.3, None, 2568) in figures and (None, 93.3, 2568) not in figures
    assert not any(v is None for v, _, _ in figures)


def test_quarters_sharing_a_figure_in_a_real_progress_report(parsed) -> None:
    named = {o.indicator for o in extract(parsed(KHLUNG)).outcomes if o.value_pct == 100.0 and o.target_pct == 100.0}
    assert any(i.endswith("3-3-1 ไตรมาส 1") for i in named) and any(i.endswith("3-3-1 ไตรมาส 4") for i in named)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_cumulative_quarters_and_a_form_target_in_a_real_inspection_report(parsed, suffix) -> None:
    outcomes = extract(parsed(PHITSANULOK + suffix)).outcomes
    figures = _figures(outcomes)
    assert {(32.1, 80.0, 2567), (58.47, 80.0, 2567), (79.42, 80.0, 2567), (71.4, None, 2565)} <= figures
    assert (80.0, None, 2567) not in figures


def test_a_population_share_is_no_outcome_in_a_real_plan(parsed) -> None:
    assert not any(17.1 in (o.value_pct, o.target_pct) for o in extract(parsed(UTHUMPHON + ".docx")).outcomes)
