"""Round 42 (outcomes B): a table whose one header row names a year label and
bare places beside a column for the whole district ("ปีงบประมาณ | ท่าทองใหม่ |
… | ภาพรวมอำเภอ") reads each place as a percent column of its title's measure,
the places named as ตำบล; a table whose first cell names the ตำบล column and
whose measure headers each state a bracketed target reads every row's figures
with those targets, a header stating two measures giving a stacked cell's two
figures to them in order; a headerless layout of other words stays unread; a
table whose first row repeats the first row of the table before it (its header
repeated on the next page) is that table's second part.  Small tables first,
then a real corpus file of set 42."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes import continued_tables
from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.target_header_tables import bracket_measures, target_header_outcomes
from pcc_ingest.extract.outcomes.year_rows import title_places
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from tests.extract.blocks import cell_block, doc_of, table_doc

KANCHANADIT = "surat-thani-kanchanadit-2567-progress"
TITLE = "3.4 ร้อยละครัวเรือนที่คัดแยกขยะต้นทาง เปรียบเทียบ 3 ปี (เป้าหมายปี 2567 ร้อยละ 70)"
HI = "หมู่บ้านค่า HI < 10 (เป้าหมาย ร้อยละ 90) หมู่บ้าน/ทั้งหมด (ร้อยละ)"
HELMET = "สวมหมวกนิรภัย (%) ผู้ขับขี่ (เป้าหมาย 80%) ผู้ซ้อนท้าย (เป้าหมาย 60%)"
VISITS = "ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน (เป้าหมายร้อยละ 95) ราย/ทั้งหมด (ร้อยละ)"


def _titled(rows: list[list[str]]):
    """One table of ``rows`` under the heading ``TITLE``."""
    heading = Block(kind="heading", raw_text=TITLE, text=TITLE, order=0, start=0, end=len(TITLE))
    cells = [cell_block(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return read_tables(doc_of([heading, *cells]))[0]


def test_a_year_label_beside_bare_places_reads_each_place_as_a_percent_column_of_the_title() -> None:
    table = title_places(_titled([["ปีงบประมาณ", "ท่าทองใหม่", "ภาพรวมอำเภอ"],
                                  ["2566", "58.40", "55.84"], ["2567 (6 เดือน)", "66.75", "64.92"]]))
    assert [(c.col, c.role, c.own) for c in table.columns] == [
        (0, "row_year", "ปีงบประมาณ"), (1, "percent", "ตำบลท่าทองใหม่"), (2, "percent", "ภาพรวมอำเภอ")]
    assert table.labels[1] == ("ร้อยละครัวเรือนที่คัดแยกขยะต้นทาง", "ตำบลท่าทองใหม่")
    assert [r.cells[0].text for r in table.rows] == ["2566", "2567 (6 เดือน)"]


def test_a_year_label_beside_role_words_or_non_year_rows_stays_unread() -> None:
    roles = _titled([["ปีงบประมาณ", "ร้อยละ", "เป้าหมาย"], ["2566", "58.40", "80"]])
    assert title_places(roles) is roles
    rows = _titled([["ปีงบประมาณ", "ท่าทองใหม่", "กะแดะ"], ["ไตรมาส 1", "58.40", "55.84"]])
    assert not title_places(rows).columns


def _bracketed():
    """A ตำบล table the header reader finds no roles in, two measures stacked in its third column."""
    rows = [["ตำบล", HI, HELMET, VISITS], ["ท่าทอง", "8/9 (88.89)", "79.50 55.20", "-"],
            ["รวมอำเภอ", "100/117 (85.47)", "78.18", "208/212 (98.11)"]]
    return read_tables(table_doc(rows))[0]


def test_measure_headers_with_bracketed_targets_give_each_measure_its_target() -> None:
    assert bracket_measures(_bracketed()) == {
        1: [("หมู่บ้านค่า HI < 10", 90.0)], 2: [("สวมหมวกนิรภัย (%) ผู้ขับขี่", 80.0), ("ผู้ซ้อนท้าย", 60.0)],
        3: [("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน", 95.0)]}


def test_a_stacked_cell_gives_its_figures_to_the_headers_measures_in_order() -> None:
    got = {(o.indicator, o.value_pct, o.target_pct)
           for o in target_header_outcomes([_bracketed()], Context(year_be=2567, province="84", single="8402", plan=False), [])}
    assert got == {("หมู่บ้านค่า HI < 10 ตำบลท่าทอง", 88.89, 90.0), ("สวมหมวกนิรภัย (%) ผู้ขับขี่ ตำบลท่าทอง", 79.5, 80.0),
                   ("ผู้ซ้อนท้าย ตำบลท่าทอง", 55.2, 60.0), ("หมู่บ้านค่า HI < 10 รวมอำเภอ", 85.47, 90.0),
                   ("สวมหมวกนิรภัย (%) ผู้ขับขี่ รวมอำเภอ", 78.18, 80.0),
                   ("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน รวมอำเภอ", 98.11, 95.0)}


def test_a_header_without_a_target_in_every_measure_is_no_bracketed_layout() -> None:
    table = read_tables(table_doc([["ตำบล", HI, VISITS, "จำนวน อสม. (คน)"],
                                   ["ท่าทอง", "8/9 (88.89)", "17/17 (100.00)", "120"]]))[0]
    assert bracket_measures(table) is None


def test_a_table_repeating_the_first_row_of_the_one_before_is_its_second_part() -> None:
    header = ["ตำบล", HI, HELMET, VISITS]  # no roles found: the reader cannot tell the second part by its header
    rows = [header, ["ท่าทอง", "8/9 (88.89)", "79.50 55.20", "17/17 (100.00)"]]
    first = [cell_block(t, r, c, table=0) for r, row in enumerate(rows) for c, t in enumerate(row)]
    again = [cell_block(t, r, c, table=1) for r, row in enumerate([header, ["กะแดะ", "7/8 (87.50)", "81.30", "-"]])
             for c, t in enumerate(row)]
    tables = read_tables(doc_of([*first, *again]))
    assert not tables[1].continues and continued_tables(tables) == {1: 0}
    other = read_tables(doc_of([*first, *[cell_block(t, r, c, table=1) for r, row in enumerate(rows[1:])
                                          for c, t in enumerate(row)]]))
    assert continued_tables(other) == {}


@pytest.mark.parametrize("suffix", [".pdf"])
def test_results_by_subdistrict_with_bracketed_and_stacked_targets_and_years_as_rows_in_a_real_report(
        parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(KANCHANADIT + suffix)).outcomes}
    assert {("หมู่บ้านค่า HI < 10 ตำบลคลองสระ", 85.71, 90.0, 2567),
            ("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน ตำบลกะแดะ", 100.0, 95.0, 2567),
            ("ผู้ซ้อนท้าย ตำบลท่าทอง", 55.2, 60.0, 2567),
            ("ร้อยละครัวเรือนที่คัดแยกขยะต้นทาง ตำบลกะแดะ", 52.1, None, 2565),
            ("ร้อยละครัวเรือนที่คัดแยกขยะต้นทาง ภาพรวมอำเภอ", 64.92, 70.0, 2567)} <= got
