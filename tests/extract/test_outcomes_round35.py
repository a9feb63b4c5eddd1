"""Round 35 (outcomes): a ตำบล × year table is a results table when the heading right above it says
its figures are percentages, while a plain paragraph saying so (not a numbered caption) is not.
A heading's topic before a colon ("การจัดการขยะ: ร้อยละ...") is no part of the measure it names.
A note of the previous table left above the table's heading ("ข้อมูล ณ วันที่ 10/10/2566") does not
date the table, so its latest year column stays the current year and takes the heading's target.
Each round of a year's results ("ไตรมาส 1 | ไตรมาส 2" under "ผลการดำเนินงาน ปี 2567") takes the
target its target-year column sets, not only the first.  A fraction's count label ("หมู่บ้าน
HI<10 / ทั้งหมด") names the percent column beside it by its numerator, and its bar is no target.
A percent column alone under its own label ("หมวกนิรภัย" over "ร้อยละการสวม") is named by both
and takes no count from the group before it.
Strings and small tables first, then real corpus files of set 35."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.measure_labels import measure_label, numerator_label
from pcc_ingest.extract.outcomes.results_tables import is_results_table
from pcc_ingest.extract.outcomes.table_measures import table_measures
from pcc_ingest.extract.outcomes.table_targets import group_bound
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.outcomes.table_years import table_year
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from pcc_ingest.model import Block
from tests.extract.blocks import grid_cell

BAN_PHAEO = "samut-sakhon-ban-phaeo-2566-progress.pdf"
PONG_NAM_RON = "chanthaburi-pong-nam-ron-2567-progress.pdf"
HEADING = "4.2 การจัดการขยะ: ร้อยละครัวเรือนคัดแยกขยะต้นทาง รายตำบล (เป้าหมายปี 2566 ร้อยละ 70)"
NOTE = "หมายเหตุ ข้อมูลจาก HDC ณ วันที่ 10/10/2566 ตัวชี้วัดที่ 3 ยังไม่ผ่านเป้าหมาย"


def _line(kind: str, text: str, order: int) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text))


def _years_table(*title: Block) -> Table:
    """ตำบล | ปี 2564 | ปี 2565 | ปี 2566 with one ตำบล row, under ``title``."""
    texts = [("ตำบล", "ปี 2564", "ปี 2565", "ปี 2566"), ("บ้านแพ้ว", "52.30", "61.45", "74.20")]
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row)}
    grid = Grid(table=0, cells=cells, rows=(0, 1), n_cols=4)
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(c, "year", texts[0][c], year_be=2563 + c, own=texts[0][c]) for c in (1, 2, 3)))
    body = (Row(1, {c: cells[(1, c)] for c in range(4)}),)
    return Table(grid, (0,), columns, body, title=title, labels={c.col: (c.label,) for c in columns})


def test_a_heading_saying_percent_makes_a_subdistrict_years_table_a_results_table() -> None:
    assert is_results_table(_years_table(_line("heading", HEADING, -1)))
    assert not is_results_table(_years_table(_line("paragraph", "ผลการคัดแยกขยะ ร้อยละของครัวเรือน", -1)))


def test_a_headings_topic_before_a_colon_is_no_part_of_the_measure() -> None:
    assert title_subject(HEADING).startswith("ร้อยละครัวเรือนคัดแยกขยะต้นทาง")
    assert title_subject("ตารางที่ 1 ร้อยละของเกษตรกร รายตำบล") == "ร้อยละของเกษตรกร"


def test_a_previous_tables_note_above_the_heading_does_not_date_the_table() -> None:
    table = _years_table(_line("paragraph", NOTE, -2), _line("heading", HEADING, -1))
    assert table_year(table, 2566) == 2566
    assert table_year(_years_table(_line("paragraph", NOTE, -1)), 2566) == 2567  # the table's own note still does


def test_a_subdistrict_years_table_under_a_percent_heading_is_read_in_a_real_file(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be, o.indicator) for o in extract(parsed(BAN_PHAEO)).outcomes
           if o.evidence.table == 2 and "หลักสาม" in o.indicator}
    assert {(v, t, y) for v, t, y, _ in got} == {(48.75, None, 2564), (58.1, None, 2565), (71.36, 70.0, 2566)}
    assert all(i.startswith("ร้อยละครัวเรือนคัดแยกขยะต้นทาง") for *_, i in got)


def _groups_table() -> Table:
    """ตำบล | ไข้เลือดออก over (HI<10 / ทั้งหมด | ร้อยละ | ผู้ป่วย) | หมวกนิรภัย over ร้อยละการสวม."""
    labels = {0: ("ตำบล",), 1: ("ไข้เลือดออก", "หมู่บ้าน HI<10 / ทั้งหมด"), 2: ("ไข้เลือดออก", "ร้อยละ"),
              3: ("ไข้เลือดออก", "ผู้ป่วย (ราย)"), 4: ("หมวกนิรภัย", "ร้อยละการสวม")}
    texts = [("ตำบล", "ไข้เลือดออก", "", "", "หมวกนิรภัย"), ("", *(labels[c][-1] for c in (1, 2, 3, 4))),
             ("ทับไทร", "11/12", "91.67", "14", "58.20")]
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row) if t}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2), n_cols=5)
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"), Column(2, "percent", "ไข้เลือดออก ร้อยละ", own="ร้อยละ"),
               Column(4, "percent", "หมวกนิรภัย ร้อยละการสวม", own="ร้อยละการสวม"))
    body = (Row(2, {c: cells[(2, c)] for c in range(5)}),)
    return Table(grid, (0, 1), columns, body, labels=labels)


def test_a_bar_before_a_fractions_slash_is_no_target() -> None:
    bound = rule_re("table", "label_bound")
    assert bound.search("หมู่บ้าน HI<10 / ทั้งหมด") is None
    assert bound.search("ผลการประเมิน (HI < 10)")["t"] == "10"
    table = _groups_table()
    assert group_bound(table, next(m for m in table_measures(table) if m.value.col == 2)) is None


def test_a_fraction_label_names_the_percent_column_by_its_numerator() -> None:
    table = _groups_table()
    assert numerator_label(table, table.columns[1]) == "หมู่บ้าน HI<10"


def test_a_percent_column_alone_under_its_label_is_named_by_both_and_takes_no_other_groups_count() -> None:
    table = _groups_table()
    assert numerator_label(table, table.columns[2]) == ""
    measure = next(m for m in table_measures(table) if m.value.col == 4)
    assert measure_label(table, measure) == "ร้อยละการสวม หมวกนิรภัย"


def test_each_round_of_a_year_takes_its_target_column_and_a_subdistrict_fraction_table_is_read_in_a_real_file(
        parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.evidence.table) for o in extract(parsed(PONG_NAM_RON)).outcomes}
    assert {(80.43, 80.0, 2), (86.96, 80.0, 2), (50.3, 55.0, 2), (54.1, 55.0, 2), (97.53, 95.0, 2)} <= got
    subdistricts = [o for o in extract(parsed(PONG_NAM_RON)).outcomes if o.evidence.table == 3]
    assert {(o.value_pct, o.target_pct) for o in subdistricts if "ทับไทร" in o.indicator} == {
        (91.67, None), (58.2, None), (98.53, None)}
    assert any(o.indicator.startswith("หมู่บ้าน HI<10") for o in subdistricts)
    assert not any(o.indicator.startswith("ผู้ป่วย") for o in subdistricts)
