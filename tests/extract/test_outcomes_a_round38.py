"""Round 38 (outcomes A): a header word stating indicators with targets
("ตัวชี้วัด (ค่าเป้าหมาย)") spanning several columns that each name an
indicator with its target is taken off their labels, so each column is an
indicator of its own and a column no role names (a rate per 100,000) is left
out, not read as the indicator column.  Over a single indicator column the
header word still makes it the indicator column.  A bare bar in brackets
ending a value column's own label ("(≥ 80)") is that column's target and no
part of its indicator's name.  Strings and small tables first, then a real
corpus file of set 38."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.column_labels import own_bound, own_label
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns, spanned_indicators
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

CHANTHABURI = "chanthaburi-province-2566-inspection"
HEADER = "ตัวชี้วัด (ค่าเป้าหมาย)"
HELMET = "ร้อยละการสวมหมวกนิรภัย (≥ 70)"
WASTE = "ร้อยละครัวเรือนคัดแยกขยะต้นทาง (≥ 80)"
DEATHS = "อัตราตายจากอุบัติเหตุทางถนน ต่อแสนประชากร (≤ 22)"


def _district_table() -> Table:
    """อำเภอ | three indicators with their targets under one header word, districts as rows."""
    rows = [("อำเภอ", HEADER, "", ""), ("", WASTE, HELMET, DEATHS),
            ("เมืองจันทบุรี", "82.4", "68.5", "24.6"), ("แหลมสิงห์", "85.1", "61.2", "19.8")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2, 3), n_cols=4)
    labels = {0: ("อำเภอ",), 1: (HEADER, WASTE), 2: (HEADER, HELMET), 3: (HEADER, DEATHS)}
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               Column(1, "percent", f"{HEADER} {WASTE}", own=WASTE),
               Column(2, "percent", f"{HEADER} {HELMET}", own=HELMET),
               Column(3, "target", f"{HEADER} {DEATHS}", own=HEADER))
    body = tuple(Row(r, {c: b for (rr, c), b in cells.items() if rr == r}) for r in (2, 3))
    return Table(grid, (0, 1), columns, body, labels=labels)


def test_a_header_word_spanning_indicators_with_targets_is_taken_off_their_labels() -> None:
    table = spanned_indicators(_district_table())
    assert [(c.col, c.role, c.own) for c in table.columns] == [
        (0, "district", "อำเภอ"), (1, "percent", WASTE), (2, "percent", HELMET)]
    assert table.labels[2] == (HELMET,) and table.group(2) == (2,)


def test_a_rate_column_under_the_header_word_is_no_indicator_column() -> None:
    table = indicator_columns(_district_table())
    assert table.column("indicator") is None and table.column("target") is None


def test_the_header_word_over_one_column_still_makes_it_the_indicator_column() -> None:
    table = _district_table()
    one = Table(table.grid, table.header_rows, (table.columns[0], Column(1, "target", HEADER, own=HEADER)),
                table.rows, labels={0: ("อำเภอ",), 1: (HEADER,)})
    assert spanned_indicators(one) == one
    assert indicator_columns(one).column("indicator").col == 1


@pytest.mark.parametrize(("own", "target", "name"), [
    (WASTE, 80.0, "ร้อยละครัวเรือนคัดแยกขยะต้นทาง"),
    ("ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน 10 (ไม่น้อยกว่า 80)", 80.0, "ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน 10"),
    ("ร้อยละผู้ป่วย (คน)", None, "ร้อยละผู้ป่วย (คน)"),
])
def test_a_bare_bar_in_brackets_is_the_columns_target_and_no_part_of_its_name(own, target, name) -> None:
    table = _district_table()
    measure = Measure(Column(1, "percent", own, own=own), table.columns)
    assert own_bound(table, measure) == target
    assert own_label(measure) == name


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_results_table_of_districts_by_indicators_in_a_real_inspection_report(parsed, suffix) -> None:
    got = {(o.indicator, o.district, o.value_pct, o.target_pct) for o in extract(parsed(CHANTHABURI + suffix)).outcomes}
    assert {("ร้อยละผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan", "2209", 94.2, 95.0),
            ("ร้อยละครัวเรือนคัดแยกขยะต้นทาง", "2201", 82.4, 80.0),
            ("ร้อยละการสวมหมวกนิรภัย", None, 68.9, 70.0)} <= got
    assert not any(v in (24.6, 19.8) for _, _, v, _ in got)  # the rate per 100,000 column
