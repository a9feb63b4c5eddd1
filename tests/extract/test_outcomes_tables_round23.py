"""Round 23 outcome rules for tables and lists.

A quarter or round column under a year's results label ("ผลงานปี 2567" over
"ไตรมาส 1 | ไตรมาส 2") is a result column of that year, read with the row's
target.  A district cell merged over a page break is carried past a header
fragment repeated at the top of the next page.  The year a change is counted
from ("ลดลงร้อยละ 20 จากปี 2567") belongs to that change, not to the figures
listed after it, which stay targets of the list's year.  The items listed
under a heading of success indicators are targets even with no target word.
Each rule on small strings or blocks first, then on a real corpus file of
set 23.
"""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.outcomes.clause_words import qualifier
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.kpi_lists import kpi_items
from pcc_ingest.extract.outcomes.page_breaks import carry_districts
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from pcc_ingest.model import Block, Document


def _block(text: str, order: int = 0, kind: str = "paragraph", **place: int) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text), **place)


def _table(columns: tuple[Column, ...], labels: dict[int, tuple[str, ...]], rows: tuple[Row, ...] = (),
           n: int = 0, continues: bool = False) -> Table:
    first = _block("x", table=n, row=0, col=0)
    grid = Grid(table=n, cells={(0, 0): first}, rows=(0,), n_cols=len(columns))
    return Table(grid, (0,), columns, rows, continues=continues, labels=labels)


@pytest.mark.parametrize(("upper", "year"), [
    ("ผลงานปี 2567", 2567),
    ("ผลการดำเนินงาน ปีงบประมาณ 2566", 2566),
    ("ผลงาน พ.ศ. 2568", 2568),
])
def test_a_quarter_under_a_years_results_label_is_that_years_result_column(upper: str, year: int) -> None:
    quarter = Column(col=1, role="period", label=f"{upper} ไตรมาส 1", own="ไตรมาส 1")
    table = year_parts(_table((Column(0, "indicator", "ตัวชี้วัด", own="ตัวชี้วัด"), quarter),
                              {0: ("ตัวชี้วัด",), 1: (upper, "ไตรมาส 1")}))
    assert (table.columns[1].role, table.columns[1].year_be) == ("year", year)


@pytest.mark.parametrize("upper", ["ปี 2567", "ระยะเวลาดำเนินการ", "ปีงบประมาณ 2568"])
def test_a_quarter_under_a_bare_year_or_schedule_stays_a_period(upper: str) -> None:
    quarter = Column(col=1, role="period", label=f"{upper} ไตรมาส 1", own="ไตรมาส 1")
    table = _table((Column(0, "activity", "กิจกรรม", own="กิจกรรม"), quarter),
                   {0: ("กิจกรรม",), 1: (upper, "ไตรมาส 1")})
    assert year_parts(table) is table


def test_a_district_merged_over_a_page_break_passes_a_repeated_header_fragment() -> None:
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"), Column(1, "percent", "ร้อยละ", own="ร้อยละ"),
               Column(2, "budget_amount", "งบประมาณ", own="งบประมาณ"))
    labels = {0: ("อำเภอ",), 1: ("ร้อยละ",), 2: ("งบประมาณ",)}
    name = _block("ป่าบอน", 1, "table_cell", table=0, row=1, col=0)
    before = _table(columns, labels, (Row(1, {0: name, 1: _block("28.60", 2, "table_cell")}),))
    fragment = Row(1, {1: _block("(ร้อยละ)", 3, "table_cell")})
    cut = Row(2, {0: _block("", 4, "table_cell"), 1: _block("31.50", 5, "table_cell")})
    total = Row(3, {0: _block("รวมอำเภอป่าบอน", 6, "table_cell")})
    after = _table(columns, labels, (fragment, cut, total), n=1, continues=True)
    carried = carry_districts([before, after])[1]
    assert [r.cells.get(0).text if r.cells.get(0) else None for r in carried.rows] == [None, "ป่าบอน", "รวมอำเภอป่าบอน"]


def test_nothing_is_carried_after_a_total_row_ends_the_page() -> None:
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"), Column(1, "percent", "ร้อยละ", own="ร้อยละ"))
    labels = {0: ("อำเภอ",), 1: ("ร้อยละ",)}
    before = _table(columns, labels, (Row(1, {0: _block("รวม", 1, "table_cell")}),))
    after = _table(columns, labels, (Row(1, {0: _block("", 2, "table_cell"), 1: _block("50", 3)}),),
                   n=1, continues=True)
    assert carry_districts([before, after])[1] is after


LIST = ("โดยกำหนดเป้าหมายปี 2568 ได้แก่ จุดความร้อนลดลงร้อยละ 20 จากปี 2567, ผู้ผ่านการบำบัดได้รับการติดตาม"
        "ครบตามเกณฑ์ร้อยละ 80 และผู้สูงอายุได้รับการดูแลตาม Care Plan ร้อยละ 90")


def test_the_year_a_change_is_counted_from_is_part_of_that_change() -> None:
    first = LIST.index("ร้อยละ 20") + len("ร้อยละ 20")
    assert qualifier(LIST, first) == "จากปี 2567"
    assert bool(rule_re("figure", "qualifier_after").match(" จากปี 2566 ที่ร้อยละ 60"))


def test_figures_listed_after_a_changes_base_year_keep_the_lists_year_and_stay_targets() -> None:
    figures = block_figures(LIST, False, 2568)
    assert [f.target for f, _ in figures] == [True, True, True]
    assert [year_before(LIST, f.start) for f, _ in figures] == [2568, 2568, 2568]


def test_the_items_under_a_success_indicator_heading_are_targets_until_the_next_heading() -> None:
    texts = ["8. ตัวชี้วัดความสำเร็จ", "1. เกษตรกรไม่เผาตอซัง ไม่น้อยกว่าร้อยละ 80",
             "2. โรงเรียนมีระบบแจ้งเตือนค่าฝุ่น ร้อยละ 100 (30 แห่ง)", "9. ผลที่คาดว่าจะได้รับ",
             "- ฝุ่นละอองลดลงร้อยละ 10"]
    doc = Document(path="x.docx", sha256="0", format="docx",
                   blocks=[_block(t, i) for i, t in enumerate(texts)])
    assert kpi_items(doc) == {1, 2}


@pytest.mark.parametrize(("heading", "opens"), [
    ("ตัวชี้วัด", True),
    ("5.2 ตัวชี้วัดความสำเร็จ", True),
    ("ตัวชี้วัดโครงการ :", True),
    ("4.2 ผลตามตัวชี้วัดโครงการ", False),
    ("ตัวชี้วัดความสำเร็จของแผนปี 2569 ได้แก่ ผู้ผ่านการบำบัด ร้อยละ 70", False),
])
def test_only_a_heading_naming_success_indicators_opens_a_target_list(heading: str, opens: bool) -> None:
    assert bool(rule_re("section", "kpi_heading").match(heading)) is opens


def test_a_kpi_tables_quarter_columns_give_results_with_the_row_target(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("rayong-klaeng-2567-progress.docx")).outcomes
    helmets = [(o.value_pct, o.target_pct, o.year_be) for o in outcomes if "หมวกนิรภัย" in o.indicator]
    assert helmets == [(68.2, None, 2566), (71.35, 80.0, 2567), (76.4, 80.0, 2567)]
    assert not [o for o in outcomes if o.value_pct is None]  # no bare targets left beside the quarters


def test_a_row_cut_by_a_page_break_keeps_its_district(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("phatthalung-province-2568-action-plan.pdf")).outcomes
    blood = [o for o in outcomes if "ผลเลือด" in o.indicator]
    assert {o.district for o in blood} == {"9308"} and len(blood) == 2


def test_a_minutes_list_of_coming_targets_stays_targets(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("phayao-chiang-kham-2568-minutes.docx")).outcomes
    coming = [(o.value_pct, o.target_pct) for o in outcomes if o.year_be == 2568]
    assert coming == [(None, 20.0), (None, 80.0), (None, 90.0)]


def test_a_success_indicator_without_target_word_is_a_target(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("nakhon-pathom-kamphaeng-saen-2568-project.pdf")).outcomes
    flags = [o for o in outcomes if "ธงสี" in o.indicator]
    assert [(o.value_pct, o.target_pct, o.year_be) for o in flags] == [(None, 100.0, 2568)]
