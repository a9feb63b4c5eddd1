"""Round 31 (outcomes A): a percent column under a spanning year label ("ปี
2565" over "ครัวเรือนคัดแยก | ร้อยละ") reports that year, an earlier year's
group as a baseline with no target.  A percent cell's figure stands before a
bracketed note holding no percentage (a date, a count) or a verdict written
under it ("ผ่านเกณฑ์").  "ผ่านเกณฑ์" before a standard named in Latin
letters is what is measured, no target word; elsewhere it states the bar.
A result to hundredths in a cell of a table not read by header that a
results table gives for the same district, year and subject is the table's
record.  Strings and small tables first, then real corpus files of set 31."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import is_target
from pcc_ingest.extract.outcomes.restated_prose import restated_cell
from pcc_ingest.extract.outcomes.results_tables import group_year
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

AMPHAWA = "samut-songkhram-amphawa-2567-action-plan"
PAK_KHAT = "bueng-kan-pak-khat-2568-progress.pdf"


def _years_table() -> Table:
    """ตำบล | ปี 2565 (ครัวเรือนคัดแยก | ร้อยละ) | ปี 2566 (ครัวเรือนคัดแยก | ร้อยละ), one body row."""
    rows = [("ตำบล", "ปี 2565", "", "ปี 2566", ""), ("", "ครัวเรือนคัดแยก", "ร้อยละ", "ครัวเรือนคัดแยก", "ร้อยละ"),
            ("อัมพวา", "1,190", "61.98", "1,363", "70.99")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2), n_cols=5)
    labels = {0: ("ตำบล",), 1: ("ปี 2565", "ครัวเรือนคัดแยก"), 2: ("ปี 2565", "ร้อยละ"),
              3: ("ปี 2566", "ครัวเรือนคัดแยก"), 4: ("ปี 2566", "ร้อยละ")}
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               Column(1, "year", "ปี 2565 ครัวเรือนคัดแยก", year_be=2565, own="ครัวเรือนคัดแยก"),
               Column(2, "percent", "ปี 2565 ร้อยละ", own="ร้อยละ"),
               Column(3, "year", "ปี 2566 ครัวเรือนคัดแยก", year_be=2566, own="ครัวเรือนคัดแยก"),
               Column(4, "percent", "ปี 2566 ร้อยละ", own="ร้อยละ"))
    body = (Row(2, {c: b for (rr, c), b in cells.items() if rr == 2}),)
    return Table(grid, (0, 1), columns, body, labels=labels)


def test_a_percent_column_under_a_year_label_reports_that_year() -> None:
    table = _years_table()
    assert group_year(table, Measure(table.columns[2], table.columns)) == 2565
    assert group_year(table, Measure(table.columns[4], table.columns)) == 2566
    assert group_year(table, Measure(None, table.columns)) is None


@pytest.mark.parametrize(("text", "figure"), [
    ("88.19 (ข้อมูลถึง 25 มิ.ย. 68)", "88.19"),
    ("86.87 (อสม. ลาออก 3 คน)", "86.87"),
    ("90.59 ผ่านเกณฑ์", "90.59"),
    ("89.64 ไม่ผ่านเกณฑ์", "89.64"),
    ("77.78 (ต่ำกว่าเกณฑ์ อยู่ระหว่างประเมินซ้ำ)", "77.78"),
])
def test_a_percent_cells_note_without_a_percentage_or_its_verdict_is_no_part_of_its_figure(text, figure) -> None:
    assert rule_re("table", "cell_remark").sub("", text) == figure


@pytest.mark.parametrize("text", ["75.00 (เป้าหมาย 80)", "87.50 (105/120 คน)", "60.00 (ร้อยละ 70)"])
def test_a_bracket_holding_a_target_a_fraction_or_a_percentage_is_no_remark(text) -> None:
    assert rule_re("table", "cell_remark").sub("", text) == text


def test_passing_a_standard_named_in_latin_letters_is_what_is_measured_else_it_sets_the_bar() -> None:
    assert not is_target("ร้านอาหารผ่านเกณฑ์ Clean Food Good Taste ปี 2566 ", default=False)
    assert is_target("โดยประเด็นวัคซีนยังไม่ผ่านเกณฑ์", default=False)
    assert is_target("ผลการคัดกรอง (เกณฑ์ ", default=False)
    assert is_target("พชต. ผ่านเกณฑ์การประเมิน ", default=False)


def _record(value: float, year: int, indicator: str, table: int | None) -> OutcomeRecord:
    return OutcomeRecord(indicator=indicator, district="7503", value_pct=value, target_pct=None, year_be=year,
                         evidence=Evidence(block=table or 0, table=table, start=0, end=1, text="x"))


def test_a_cells_result_to_hundredths_that_a_results_table_gives_is_the_tables_record() -> None:
    cited = _record(62.41, 2566, "ขยะตกค้างในลำคลอง ครัวเรือนคัดแยกขยะปี 2566", 0)
    total = _record(62.41, 2566, "ครัวเรือนคัดแยก", 1)
    assert restated_cell(cited, [total])
    assert not restated_cell(cited, [_record(62.41, 2565, "ครัวเรือนคัดแยก", 1)])  # another year
    assert not restated_cell(_record(62.41, 2566, "x", None), [total])  # running text: ``restated``'s


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_plans_subdistrict_table_by_two_years_in_a_real_file(parsed, suffix) -> None:
    got = [(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(AMPHAWA + suffix)).outcomes]
    assert {(61.98, None, 2565), (70.99, None, 2566), (52.55, None, 2565), (62.03, None, 2566),
            (72.94, None, 2566)} <= set(got)
    assert got.count((62.41, None, 2566)) == 1  # the issue table's citation and the total row: one figure


def test_a_progress_reports_noted_cells_and_verdict_total_row_in_a_real_file(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(PAK_KHAT)).outcomes}
    assert {(88.19, 90.0, 2568), (86.87, 90.0, 2568), (90.59, 90.0, 2568), (89.64, 90.0, 2568)} <= got
    assert (90.59, None, 2568) not in got
