"""Round 28 (outcomes A): an indicator column with bracketed targets is known
by its own label under a group label spanning it.  A result cell's figure
stands before a note that states no other percentage (a verdict, a rate per
100,000) or before the count it was worked out from after "ร้อยละ".  A
table of indicators by year whose result cells carry such notes is a table of
figures, no findings.  A district cell's bracketed count of its ตำบล is no
part of its name.  A target figure followed by a rate's unit is no
percentage target, and a target word may name a long indicator before
"ร้อยละ".  A change figure is a result when the row's indicator measures that
change.  Strings and small tables first, then a real corpus file of set 28."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.findings_tables import is_findings_table, row_district
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns
from pcc_ingest.extract.outcomes.row_outcomes import measures_change
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.outcomes.table_measures import Measure, cell_figure
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

NAKHON_PATHOM = "nakhon-pathom-province-2567-summary"
GROUP = "ผลลัพธ์ตัวชี้วัด"


def _issue_table() -> Table:
    """อำเภอ | ตัวชี้วัด (ค่าเป้าหมาย) | ผลงาน ปี 2567 under one group label, two body rows."""
    rows = [("อำเภอ", GROUP, ""), ("", "ตัวชี้วัด (ค่าเป้าหมาย)", "ผลงาน ปี 2567"),
            ("เมืองนครปฐม (25 ตำบล)", "ร้อยละครัวเรือนคัดแยกขยะต้นทาง (ร้อยละ 75)",
             "ร้อยละ 81.20 (42,318 จาก 52,118 ครัวเรือน)"),
            ("นครชัยศรี (24 ตำบล)", "ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน 10 (ร้อยละ 80)",
             "ร้อยละ 76.50 (ไม่ผ่านเกณฑ์ อัตราป่วย 87.41 ต่อแสนประชากร)")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2, 3), n_cols=3)
    labels = {0: ("อำเภอ",), 1: (GROUP, "ตัวชี้วัด (ค่าเป้าหมาย)"), 2: (GROUP, "ผลงาน ปี 2567")}
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               Column(1, "target", " ".join(labels[1]), own=labels[1][-1]),
               Column(2, "year", " ".join(labels[2]), year_be=2567, own=labels[2][-1]))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in (2, 3))
    return Table(grid, (0, 1), columns, body, labels=labels)


def test_an_indicator_column_with_targets_is_known_by_its_own_label_under_a_group() -> None:
    table = indicator_columns(_issue_table())
    assert table.column("indicator") is not None and table.column("indicator").col == 1
    assert table.column("target") is None


def test_a_result_figure_stands_before_a_note_stating_no_other_percentage() -> None:
    assert cell_figure("88.75 (ต่ำกว่าเป้าหมาย)").value == 88.75
    noted = cell_figure("ร้อยละ 84.60 อัตราฆ่าตัวตายสำเร็จ 5.82 ต่อแสนประชากร")
    assert noted is not None and noted.value == 84.6 and noted.marked
    assert cell_figure("ร้อยละ 76.50 (ไม่ผ่านเกณฑ์ อัตราป่วย 87.41 ต่อแสนประชากร)").value == 76.5
    assert cell_figure("80 (ร้อยละ 60)") is None  # a second percentage: no single figure
    assert cell_figure("81.20 92.50") is None


def test_a_marked_figure_is_proved_by_the_count_after_it() -> None:
    assert cell_figure("ร้อยละ 81.20 (42,318 จาก 52,118 ครัวเรือน)").value == 81.2
    assert cell_figure("ร้อยละ 50.00 (12 จาก 60 คน)") is None  # the count gives 20: not the cell's figure


def test_a_table_of_indicators_by_year_with_noted_results_is_no_findings_table() -> None:
    assert not is_findings_table(indicator_columns(_issue_table()))


def test_a_district_cells_bracketed_count_of_its_subdistricts_is_no_part_of_its_name() -> None:
    table = _issue_table()
    assert row_district(table, table.rows[0], "เมืองนครปฐม (25 ตำบล)", "73") == ("7301", "เมืองนครปฐม")


def test_a_rate_after_a_target_word_is_no_percentage_target_and_a_long_name_may_precede_it() -> None:
    text = ("ค่าเป้าหมายระดับจังหวัดของผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan ในปี 2567 "
            "กำหนดไว้ไม่น้อยกว่าร้อยละ 90 ส่วนอัตราการเสียชีวิตจากอุบัติเหตุทางถนน (เป้าหมายไม่เกิน 18 ต่อแสนประชากร)")
    found = stated_target(text)
    assert found is not None and float(found["t"]) == 90.0
    assert stated_target("อัตราการเสียชีวิต (เป้าหมายไม่เกิน 18 ต่อแสนประชากร)") is None


def test_a_change_figure_is_a_result_when_the_rows_indicator_measures_that_change() -> None:
    table = indicator_columns(_issue_table())
    hotspot = Row(2, {1: grid_cell("จุดความร้อน (Hotspot) ลดลงจากปี 2566 (ร้อยละ 20)", 2, 1)})
    t = TableContext(table, Measure(None, table.columns), 2567, None, "")
    assert measures_change(t, hotspot, "ลดลง")
    assert not measures_change(t, table.rows[0], "ลดลง")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_issue_table_with_noted_results_and_a_three_year_table_in_a_real_summary(parsed, suffix) -> None:
    got = {(o.district, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(NAKHON_PATHOM + suffix)).outcomes}
    assert {("7301", 81.2, 75.0, 2567), ("7303", 84.6, 80.0, 2567), ("7303", 76.5, 80.0, 2567),
            ("7305", 32.4, 20.0, 2567), ("7307", 64.2, 60.0, 2567)} <= got  # the issue table
    assert {("7305", 88.75, 90.0, 2567), (None, 93.46, 90.0, 2567), ("7301", 88.4, None, 2565)} <= got
    assert not any(t == 18.0 for _, _, t, _ in got)  # a rate's target is no percentage's
