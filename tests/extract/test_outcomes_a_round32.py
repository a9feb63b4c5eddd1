"""Round 32 (outcomes A): a column label naming a measure with its unit and
its target in brackets ("DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)") heads a percent
column.  In a table with one percent column per indicator and no label
spanning them, each column's own label names its indicator, and its target is
the one its label states in brackets, or the one its cell of a target row under
the header states ("(เป้าหมาย ≥ 80)"), not the first target of the header.
A total row giving again the result, target, district and year an earlier
table gave is no second record.  Strings and small tables first, then real
corpus files of set 32."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.column_labels import own_bound, own_label
from pcc_ingest.extract.outcomes.restated_totals import drop_restated_totals
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

THAT_PHANOM = "nakhon-phanom-that-phanom-2568-minutes"
CHA_AM = "phetchaburi-cha-am-2566-progress.pdf"


def _by_subdistrict(rows: list[tuple[str, ...]], labels: tuple[str, ...]) -> Table:
    """ตำบล | one percent column per label, the given body rows under a one-row header."""
    texts = [("ตำบล", *labels), *rows]
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row) if t}
    grid = Grid(table=0, cells=cells, rows=tuple(range(len(texts))), n_cols=len(labels) + 1)
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(i + 1, "percent", label, own=label) for i, label in enumerate(labels)))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in range(1, len(texts)))
    return Table(grid, (0,), columns, body, labels={c.col: (c.label,) for c in columns})


def test_a_measure_label_ending_in_its_unit_and_bracketed_target_heads_a_percent_column() -> None:
    assert label_role("DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)") == "percent"
    assert label_role("ผู้สูงอายุพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ (เป้า ≥ 90)") == "percent"
    assert label_role("ผู้เสพเข้ารับการบำบัด (ราย)") is None


def test_a_percent_column_is_named_by_its_own_label_without_its_target() -> None:
    table = _by_subdistrict([("ธาตุพนม", "94.7", "30.2")],
                            ("ผู้สูงอายุพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ (เป้า ≥ 90)", "DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)"))
    assert own_label(Measure(table.columns[1], table.columns)) == "ผู้สูงอายุพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ"
    assert own_label(Measure(table.columns[2], table.columns)) == "DM ควบคุมได้ ร้อยละ"
    bare = _by_subdistrict([("ธาตุพนม", "94.7")], ("ร้อยละ",))
    assert own_label(Measure(bare.columns[1], bare.columns)) == ""


def test_each_percent_column_takes_the_target_its_own_label_states() -> None:
    table = _by_subdistrict([("ธาตุพนม", "94.7", "30.2")],
                            ("ผู้สูงอายุพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ (เป้า ≥ 90)", "DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)"))
    assert own_bound(table, Measure(table.columns[1], table.columns)) == 90.0
    assert own_bound(table, Measure(table.columns[2], table.columns)) == 40.0


def test_each_percent_column_takes_the_target_of_a_target_row_under_the_header() -> None:
    table = _by_subdistrict([("", "(เป้าหมาย ≥ 80)", "(เป้าหมาย 90)"), ("ชะอำ", "76.4", "80.0")],
                            ("ร้อยละครัวเรือนคัดแยกขยะ", "ร้อยละหมู่บ้าน HI < 10"))
    assert own_bound(table, Measure(table.columns[1], table.columns)) == 80.0
    assert own_bound(table, Measure(table.columns[2], table.columns)) == 90.0
    plain = _by_subdistrict([("ชะอำ", "76.4")], ("ร้อยละครัวเรือนคัดแยกขยะ",))
    assert own_bound(plain, Measure(plain.columns[1], plain.columns)) is None  # a result row sets no target


def _record(indicator: str, value: float, target: float, table: int, row: int) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="4805", value_pct=value, target_pct=target, year_be=2568,
                         evidence=Evidence(block=table * 100 + row, table=table, row=row, start=0, end=4, text="x"))


def test_a_total_row_restating_an_earlier_tables_figure_is_no_second_record() -> None:
    table = _by_subdistrict([("ธาตุพนม", "30.2"), ("รวมอำเภอ", "33.5")], ("DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)",))
    table = Table(Grid(table=1, cells=table.grid.cells, rows=table.grid.rows, n_cols=table.grid.n_cols),
                  table.header_rows, table.columns, table.rows, labels=table.labels)
    kpi = _record("ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", 33.5, 40.0, 0, 4)
    row = _record("DM ควบคุมได้ ร้อยละ ธาตุพนม", 30.2, 40.0, 1, 1)
    total = _record("DM ควบคุมได้ ร้อยละ", 33.5, 40.0, 1, 2)
    assert drop_restated_totals([table], [kpi, row, total], {}) == [kpi, row]
    other = total.model_copy(update={"target_pct": 50.0})  # another target: another figure
    assert drop_restated_totals([table], [kpi, row, other], {}) == [kpi, row, other]
    # the table's first part, before a page break, is no earlier table
    assert drop_restated_totals([table], [kpi, row, total], {1: 0}) == [kpi, row, total]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_results_table_by_subdistrict_in_a_real_file(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in extract(parsed(THAT_PHANOM + suffix)).outcomes}
    assert got[(94.7, 90.0, 2568)].startswith("ผู้สูงอายุพึ่งพิงได้รับการดูแลตาม Care Plan ร้อยละ")
    assert got[(30.2, 40.0, 2568)].startswith("DM ควบคุมได้ ร้อยละ")
    assert got[(55.4, 60.0, 2568)].startswith("HT ควบคุมได้ ร้อยละ")
    assert got[(33.5, 40.0, 2568)] == "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี (HbA1c < 7%)"  # the total row's is the KPI's


def test_a_progress_reports_table_with_a_target_row_under_its_header_in_a_real_file(parsed) -> None:
    got = [(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(CHA_AM)).outcomes]
    assert ("ร้อยละครัวเรือนคัดแยกขยะ ตำบลชะอำ", 76.4, 80.0) in got
    assert ("ร้อยละหมู่บ้าน HI < 10 ตำบลชะอำ", 80.0, 90.0) in got
    assert ("ร้อยละครัวเรือนคัดแยกขยะ", 82.2, 80.0) in got  # the total row, stated nowhere else
    assert not any(i == "ร้อยละสวมหมวกนิรภัย" for i, _, _ in got)  # restates the quarter table's 71.9
