"""Round 41 (outcomes C): a table with years as rows reads its row of place
names under a spanning measure as the header's lower row, each place named by
the unit its title reads places by, a column beside them as the whole.  Quarter
columns under a label saying results by quarter ("ผลการดำเนินงานรายไตรมาส")
are results of the table's year.  One indicator name listing dashed sub-items
beside cells stacking as many figures is read as one row per item.  A
headerless table by ตำบล whose every figure is a count over its whole with
its percentage is read with no target.  A ตำบล's figure is not dropped as a
repeat of a district-wide figure that names no ตำบล.  "ขึ้นไป" after a figure
makes it a bar to reach.  Small tables and strings first, then real corpus
files of set 41."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.merging import carried_elsewhere
from pcc_ingest.extract.outcomes.stacked_cells import item_parts, split_row
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.outcomes.target_header_tables import fraction_columns, target_header_outcomes
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.outcomes.year_rows import place_header
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell, text_block

MAE_CHAI = "phayao-mae-chai-2567-action-plan"
CHAWANG = "nakhon-si-thammarat-chawang-2566-progress.pdf"
MEASURE = "ร้อยละผู้ป่วยติดเตียงได้รับการดูแลตาม Care Plan"


def _table(rows: list[tuple[str, ...]], header: tuple[int, ...], columns: tuple[Column, ...],
           labels: dict[int, tuple[str, ...]], title: str = "") -> Table:
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=tuple(range(len(rows))), n_cols=max(len(r) for r in rows))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in range(len(rows)) if r not in header)
    return Table(grid, header, columns, body, title=(text_block(title),) if title else (), labels=labels)


def _year_rows() -> Table:
    """ปีงบประมาณ | MEASURE (spanning) | ภาพรวมอำเภอ, the place names in the first body row."""
    rows = [("ปีงบประมาณ", MEASURE, "", "ภาพรวมอำเภอ"), ("", "แม่ใจ", "ศรีถ้อย", ""),
            ("2564", "78.50", "81.20", "76.10"), ("2565", "83.30", "85.00", "81.40")]
    columns = (Column(0, "row_year", "ปีงบประมาณ", own="ปีงบประมาณ"), Column(1, "percent", MEASURE, own=MEASURE))
    labels = {0: ("ปีงบประมาณ",), 1: (MEASURE,), 3: ("ภาพรวมอำเภอ",)}
    return _table(rows, (0,), columns, labels, "ตารางที่ 1 ผลการดูแล ย้อนหลัง 3 ปี จำแนกรายตำบล (ร้อยละ)")


def test_a_row_of_place_names_under_a_spanning_measure_is_the_headers_lower_row() -> None:
    table = place_header(_year_rows())
    assert [c.label for c in table.columns_of("percent")] == [
        f"{MEASURE} ตำบลแม่ใจ", f"{MEASURE} ตำบลศรีถ้อย", f"{MEASURE} ภาพรวมอำเภอ"]
    assert [r.cells[0].text for r in table.rows] == ["2564", "2565"]


def test_a_years_as_rows_table_whose_first_row_has_a_year_is_left_alone() -> None:
    table = _year_rows()
    plain = Table(table.grid, (0,), table.columns, table.rows[1:], labels=table.labels)
    assert place_header(plain) is plain


def test_quarters_under_a_label_saying_results_by_quarter_are_results_of_the_tables_year() -> None:
    upper = "ผลการดำเนินงานรายไตรมาส"
    columns = (Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"),
               Column(1, "period", f"{upper} ไตรมาส 1", own="ไตรมาส 1 (ต.ค.–ธ.ค. 65)"))
    labels = {0: ("ตัวชี้วัด",), 1: (upper, "ไตรมาส 1 (ต.ค.–ธ.ค. 65)")}
    table = year_parts(_table([("ตัวชี้วัด", upper), ("", "ไตรมาส 1"), ("ร้อยละ X", "71.11%")], (0, 1), columns, labels))
    assert table.columns[1].role == "year"


def test_one_name_listing_dashed_items_beside_stacked_figures_is_one_row_per_item() -> None:
    name = f"{MEASURE} - ผู้ป่วยติดเตียง - ผู้พิการ"
    assert len(item_parts(name)) == 2 and item_parts(MEASURE) == []
    columns = (Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"), Column(1, "year", "ไตรมาส 1", own="ไตรมาส 1"),
               Column(2, "result", "ผลงานสะสม", own="ผลงานสะสม"))
    table = _table([("ตัวชี้วัด", "ไตรมาส 1", "ผลงานสะสม"), (name, "84.62% 78.40%", "88.46% 85.10%")], (0,),
                   columns, {0: ("ตัวชี้วัด",), 1: ("ไตรมาส 1",), 2: ("ผลงานสะสม",)})
    parts = split_row(table, table.rows[0])
    assert [" ".join(p.cells[0].text.split()) for p in parts] == [f"{MEASURE} ผู้ป่วยติดเตียง", f"{MEASURE} ผู้พิการ"]
    assert [p.cells[1].text.strip() for p in parts] == ["84.62%", "78.40%"]


def test_a_headerless_table_by_subdistrict_of_counts_over_wholes_is_read_with_no_target() -> None:
    rows = [("ตำบล", "หมู่บ้านที่มีค่า HI ไม่เกิน 10"), ("ฉวาง", "8/9 (88.89)"), ("ละอาย", "8/10 (80.00)")]
    table = _table(rows, (), (), {})
    assert fraction_columns(table) == {1: None}
    got = target_header_outcomes([table], Context(year_be=2566, province="80", single="8004", plan=False), [])
    assert [(o.indicator, o.value_pct, o.target_pct) for o in got] == [
        ("หมู่บ้านที่มีค่า HI ไม่เกิน 10 ตำบลฉวาง", 88.89, None), ("หมู่บ้านที่มีค่า HI ไม่เกิน 10 ตำบลละอาย", 80.0, None)]
    counts = _table([("ตำบล", "จำนวน อสม. (คน)"), ("ฉวาง", "120"), ("ละอาย", "98")], (), (), {})
    assert fraction_columns(counts) is None


def test_a_subdistricts_figure_is_no_repeat_of_a_district_wide_figure() -> None:
    def rec(indicator: str, target: float | None, row: int) -> OutcomeRecord:
        return OutcomeRecord(indicator=indicator, district="8004", value_pct=84.62, target_pct=target, year_be=2566,
                             evidence=evidence(grid_cell("84.62", row, 1)))
    whole = rec(f"{MEASURE} ผู้ป่วยติดเตียง ไตรมาส 1", 90.0, 1)
    part = rec("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้านตาม Care Plan ตำบลไสหร้า", None, 5)
    assert not carried_elsewhere(part, [whole, part])


def test_a_figure_followed_by_khuen_pai_is_a_bar_to_reach() -> None:
    figure = cell_figure("ร้อยละ 95 ขึ้นไป")
    assert figure is not None and figure.value == 95.0 and figure.bound


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_plans_baseline_table_with_years_as_rows_in_a_real_file(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(MAE_CHAI + suffix)).outcomes}
    care = "ร้อยละผู้ป่วยติดบ้านติดเตียงได้รับการดูแลตาม Care Plan"
    assert {(f"{care} ตำบลศรีถ้อย", 81.2, None, 2564), (f"{care} ตำบลเจริญราษฎร์", 83.3, None, 2566),
            (f"{care} ภาพรวมอำเภอ", 76.1, None, 2564)} <= got
    assert any(i.startswith("ร้อยละผู้สูงอายุได้รับการคัดกรอง") and t == 95.0 and y == 2567 for i, _, t, y in got)


def test_quarters_stacked_items_and_a_subdistrict_fraction_table_in_a_real_progress_report(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(CHAWANG)).outcomes}
    values = {(v, t) for _, v, t in got}
    assert {(71.11, 80.0), (84.62, 90.0), (78.4, 90.0), (85.1, 90.0), (41.26, 90.0), (42.15, 90.0)} <= values
    assert sum(1 for i, _, t in got if "ตำบล" in i and t is None) == 30
