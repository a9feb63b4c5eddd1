"""Round 31 (outcomes B): a baseline column whose total row is no sum of the
rows above it holds percentages in every row, not only in the total row.  A
table nested in an outer table's row reports on the district that row
names.  A bar picking out the areas below it ("ให้ตำบลที่...ต่ำกว่าร้อยละ
60") is a selection cut-off, no figure, while "ไม่ต่ำกว่า" still sets a
target.  A running-text figure that a ตำบล row and the total row of one
table both give restates the row named more nearly like it (the total), and
the ตำบล row keeps its own record.  Strings and small records first, then
real corpus files of set 31."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.merging import merge
from pcc_ingest.extract.outcomes.row_outcomes import row_outcomes
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.outcomes.table_measures import table_measures
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

INSPECTION = "nakhon-si-thammarat-province-2568-inspection"
PRASAT = "surin-prasat-2566-progress.pdf"
CARE_PLAN = "ร้อยละกลุ่มเปราะบางได้รับการดูแลตามแผนการดูแลรายบุคคล (Care Plan)"
HI = "ร้อยละของหมู่บ้านที่มีค่า HI ไม่เกิน 10"


def _baseline_table() -> Table:
    """อำเภอ | ข้อมูลพื้นฐาน 2566 | เป้าหมาย (คน) | ผลงาน (คน) | ร้อยละ, two districts and their total."""
    rows = [("อำเภอ", "2566", "เป้าหมาย (คน)", "ผลงาน (คน)", "ร้อยละ"),
            ("ฉวาง", "78.45", "412", "361", "87.62"),
            ("ร่อนพิบูลย์", "71.20", "538", "409", "76.02"),
            ("รวม 2 อำเภอ", "74.30", "950", "770", "81.05")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts)}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2, 3), n_cols=5)
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               Column(1, "baseline", "ข้อมูลพื้นฐาน 2566", year_be=2566, own="2566"),
               Column(2, "target", "เป้าหมาย (คน)", own="เป้าหมาย (คน)"),
               Column(3, "result", "ผลงาน (คน)", own="ผลงาน (คน)"),
               Column(4, "percent", "ร้อยละ", own="ร้อยละ"))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in (1, 2, 3))
    labels = {c.col: (c.label,) for c in columns}
    return Table(grid, (0,), columns, body, labels=labels)


def test_a_baseline_column_whose_total_is_no_sum_holds_percentages_in_every_row() -> None:
    table = _baseline_table()
    measure = table_measures(table)[0]
    t = TableContext(table, measure, 2568, 80.0, "กลุ่มเปราะบางได้รับการดูแล")
    got = {(o.value_pct, o.year_be) for row in table.rows for o in row_outcomes(t, row, Context(2568, "80", None, plan=False))}
    assert {(78.45, 2566), (71.2, 2566), (74.3, 2566)} <= got


def test_a_bar_picking_out_the_areas_below_it_is_no_figure() -> None:
    cut = "มติที่ประชุม รับทราบ และให้ตำบลที่ครัวเรือนคัดแยกขยะต่ำกว่าร้อยละ 60 (ตำบลบ้านหว้า) จัดทำแผนเร่งรัด"
    assert list(percentages(cut)) == []
    kept = "เพื่อให้หมู่บ้านที่มีการคัดแยกขยะไม่ต่ำกว่าร้อยละ 70"
    assert [v for v, _, _ in percentages(kept)] == [70.0]


def _record(indicator: str, table: int | None, row: int | None, block: int) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="3205", value_pct=87.5, target_pct=90.0, year_be=2566,
                         evidence=Evidence(block=block, table=table, row=row, start=0, end=5, text="87.50"))


def test_a_text_figure_restates_the_total_row_not_a_subdistrict_row_sharing_it() -> None:
    text = _record("หมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกิน 10", None, None, 1)
    subdistrict = _record(f"{HI} ปรือ", 0, 5, 2)
    total = _record(HI, 0, 19, 3)
    kept = merge([text, subdistrict, total])
    assert subdistrict in kept and text in kept and total not in kept


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_baselines_by_district_and_a_nested_tables_district_in_a_real_file(parsed, suffix) -> None:
    got = {(o.indicator, o.district, o.value_pct, o.year_be) for o in extract(parsed(INSPECTION + suffix)).outcomes}
    assert any(i.startswith(CARE_PLAN) and (d, v, y) == ("8004", 78.45, 2566) for i, d, v, y in got)
    assert any(i.startswith(CARE_PLAN) and (d, v, y) == ("8011", 86.72, 2567) for i, d, v, y in got)
    assert ("ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", "8016", 31.25, 2568) in got


def test_a_subdistrict_row_sharing_the_totals_figure_keeps_its_record_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(PRASAT)).outcomes}
    assert (f"{HI} ตำบลปรือ", 87.5, 90.0) in got  # the gold names the unit
    assert sum(1 for _, v, _ in got if v == 87.5) == 2
