"""Round 25 outcome rules (tables by ตำบล and issues tables).

A bare percent column under a year label ("ปี 2564" over "ร้อยละ") of a year
before the latest such column's is a year column of that year, a baseline
without the table's target.  A table of year columns only measures one
thing per label spanning its year columns, named by that label without its
unit.  Year columns by ตำบล headed as percentages make a results table.  A
percentage in a column headed as the situation of a year ("สถานการณ์ปัญหา
(ปี 2565)") is a result of that year.  A target cell naming only a change
("ลดลงเหลือไม่เกินร้อยละ 30") measures what its row's situation cell names.
Each rule on small strings or blocks first, then on a real corpus file of
set 25.
"""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.outcomes.measure_labels import measure_label
from pcc_ingest.extract.outcomes.results_tables import is_results_table
from pcc_ingest.extract.outcomes.sections import situation_cells, situation_subject
from pcc_ingest.extract.outcomes.table_measures import table_measures
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table
from pcc_ingest.model import Block, Document

SUKHOTHAI = "sukhothai-ban-dan-lan-hoi-2566-progress.pdf"
SAN_PA_TONG = "chiang-mai-san-pa-tong-2567-action-plan.pdf"


def _block(text: str, order: int = 0, kind: str = "table_cell", **place: int) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=order, start=0, end=len(text), **place)


def _table(columns: tuple[Column, ...], labels: dict[int, tuple[str, ...]]) -> Table:
    first = _block("ตำบล", table=0, row=0, col=0)
    grid = Grid(table=0, cells={(0, 0): first}, rows=(0,), n_cols=len(columns))
    return Table(grid, (0,), columns, (), labels=labels)


def _three_row_header() -> Table:
    group = "ผลการคัดกรอง (เป้าหมายร้อยละ 90)"
    labels = {0: ("ตำบล",), 1: (group, "ปี 2564", "ร้อยละ"), 2: (group, "ปี 2565", "ร้อยละ"),
              3: (group, "ปี 2566 (ต.ค. 65 – มี.ค. 66)", "ร้อยละ")}
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(c, "percent", " ".join(labels[c]), own="ร้อยละ") for c in (1, 2, 3)))
    return _table(columns, labels)


def test_a_bare_percent_column_under_an_earlier_year_is_that_years_column() -> None:
    cols = year_parts(_three_row_header()).columns
    assert [(c.role, c.year_be) for c in cols[1:]] == [("year", 2564), ("year", 2565), ("percent", None)]


def test_a_bare_percent_column_under_the_only_year_stays_a_percent_column() -> None:
    labels = {0: ("ตำบล",), 1: ("ปี 2566", "ร้อยละ")}
    table = _table((Column(0, "subdistrict", "ตำบล", own="ตำบล"),
                    Column(1, "percent", "ปี 2566 ร้อยละ", own="ร้อยละ")), labels)
    assert year_parts(table) is table


def _year_groups_table() -> Table:
    hot, care = "จุดความร้อนสะสม (จุด)", "ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan (ร้อยละ)"
    labels = {0: ("ตำบล",), 1: (hot, "ปี 2565"), 2: (hot, "ปี 2566"), 3: (care, "ปี 2565"), 4: (care, "ปี 2566")}
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(c, "year", " ".join(labels[c]), 2564 + (c + 1) % 2 + 1, labels[c][1]) for c in (1, 2, 3, 4)))
    return _table(columns, labels)


def test_year_columns_by_subdistrict_headed_as_percentages_make_a_results_table() -> None:
    assert is_results_table(_year_groups_table())


def test_a_table_of_years_measures_one_thing_per_spanning_label_named_without_its_unit() -> None:
    table = _year_groups_table()
    names = [measure_label(table, m) for m in table_measures(table)]
    assert names == ["จุดความร้อนสะสม (จุด)", "ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan"]


def _issues_doc() -> Document:
    cells = [("ประเด็น", 0, 0), ("สถานการณ์ปัญหา (ปี 2565)", 0, 1), ("เป้าหมาย ปี 2566", 0, 2),
             ("เกษตรปลอดภัย", 1, 0), ("เกษตรกรมีสารเคมีตกค้างในเลือด ร้อยละ 41.20", 1, 1),
             ("ลดลงเหลือไม่เกินร้อยละ 30", 1, 2)]
    blocks = [_block(text, i, table=0, row=r, col=c) for i, (text, r, c) in enumerate(cells)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=blocks)


def test_a_situation_column_of_a_year_dates_its_cells() -> None:
    assert situation_cells(_issues_doc()) == {4: 2565}


@pytest.mark.parametrize(("words", "subject"), [
    ("ลดลงเหลือ", "เกษตรกรมีสารเคมีตกค้างในเลือด"),
    ("เพิ่มขึ้นเป็น", "เกษตรกรมีสารเคมีตกค้างในเลือด"),
    ("ผู้ป่วยได้รับการรักษา", ""),  # a target naming its own subject keeps it
])
def test_a_target_naming_only_a_change_measures_the_situation_of_its_row(words: str, subject: str) -> None:
    doc = _issues_doc()
    assert situation_subject(doc, doc.blocks[5], words, situation_cells(doc)) == subject


def test_a_three_row_header_gives_baselines_and_the_issue_target_meets_its_result(
    parsed: Callable[[str], Document],
) -> None:
    outcomes = extract(parsed(SUKHOTHAI)).outcomes
    screened = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.evidence.table == 3}
    assert {(82.15, None, 2564), (87.6, None, 2565), (91.01, 90.0, 2566)} <= screened
    chemicals = sorted((o.value_pct, o.target_pct, o.year_be) for o in outcomes if "สารเคมี" in o.indicator)
    assert chemicals == [(34.33, 30.0, 2566), (41.2, None, 2565)]


def test_a_plans_baseline_table_by_subdistrict_gives_its_percentages(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed(SAN_PA_TONG)).outcomes
    care = [o for o in outcomes if o.indicator.startswith("ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan")
            and o.value_pct is not None]
    assert len(care) == 24
    assert {o.year_be for o in care} == {2565, 2566}
    assert all(o.target_pct is None for o in care)
