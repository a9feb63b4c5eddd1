"""Round 33 (b): under a three-row header (an indicator's label over "ปี 2564 |
ปี 2565 | ปี 2566", its target under the last), a percent column's baselines
are the columns under its own outermost label, not every indicator's.  Year
columns under another indicator's label naming a percentage and reaching the
table's latest year ("ผลงานย้อนหลัง 2564 | 2565 | ปี 2566 (เกณฑ์ ≥ 80)")
beside a percent column measure that indicator, with their own target; earlier
years alone stay the percent column's baselines, the latest year taken from any header
label as well.  A bound written right before
a figure ("ไม่น้อยกว่าร้อยละ 75 (9 จาก 12 ตำบล)") keeps it a target though
the count it stands for follows, while a result with its count stays a result.
Strings and small tables first, then real corpus files of set 33."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.column_groups import outer_span, value_group, year_spans
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.table_measures import table_measures
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table

TAMBON_TABLE = "lop-buri-tha-wung-2566-minutes"
DISTRICT_TABLE = "songkhla-province-2566-inspection"
PLAN = "nakhon-sawan-lat-yao-2567-action-plan"
DM = "ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี"
WASTE = "ร้อยละครัวเรือนคัดแยกขยะต้นทาง"


def _table(columns: list[Column], labels: dict[int, tuple[str, ...]]) -> Table:
    grid = Grid(table=0, cells={}, rows=(), n_cols=len(columns))
    return Table(grid=grid, header_rows=(0, 1, 2), columns=tuple(columns), rows=(), labels=labels)


def _three_row_header() -> Table:
    """Two indicators, each over "ปี 2564 | ปี 2565 | ปี 2566" with a target under the last."""
    labels = {0: ("ตำบล",)}
    columns = [Column(col=0, role="subdistrict", label="ตำบล", own="ตำบล")]
    for first, name, bound in ((1, DM, "เป้าหมาย ≥ 40"), (4, WASTE, "เป้าหมาย ≥ 70")):
        for i, year in enumerate((2564, 2565)):
            labels[first + i] = (name, f"ปี {year}")
            columns.append(Column(col=first + i, role="year", label=f"{name} ปี {year}", year_be=year, own=f"ปี {year}"))
        labels[first + 2] = (name, "ปี 2566", bound)
        columns.append(Column(col=first + 2, role="percent", label=f"{name} ปี 2566 {bound}", own="ร้อยละ"))
    return _table(columns, labels)


def _years_beside_percent(earliest: int, latest: int) -> Table:
    """One indicator's year columns beside another's "ตำบล (มีแผน/ทั้งหมด) | ร้อยละ"."""
    first, other = "ร้อยละกลุ่มเปราะบางได้รับการดูแลตามแผน", "ร้อยละตำบลมี พชต. และแผน"
    labels = {0: ("อำเภอ",), 1: (first, "ผลงานย้อนหลัง", str(earliest)),
              2: (first, "ปี 2566" if latest == 2566 else "ผลงานย้อนหลัง", str(latest)),
              3: (other, "ปี 2566", "ตำบล (มีแผน/ทั้งหมด)"), 4: (other, "ปี 2566", "ร้อยละ (เกณฑ์ 100)")}
    columns = [Column(col=0, role="district", label="อำเภอ", own="อำเภอ"),
               Column(col=1, role="baseline", label="", year_be=earliest, own=str(earliest)),
               Column(col=2, role="year", label="", year_be=latest, own=str(latest)),
               Column(col=3, role="subdistrict", label="", own="ตำบล (มีแผน/ทั้งหมด)"),
               Column(col=4, role="percent", label="", own="ร้อยละ (เกณฑ์ 100)")]
    return _table(columns, labels)


def test_a_percent_columns_baselines_are_those_under_its_outermost_label() -> None:
    table = _three_row_header()
    assert outer_span(table, 3) == (1, 2, 3)
    assert value_group(table, table.columns[3], (table.columns[3], table.columns[6])) == {1, 2, 3}
    measures = table_measures(table)
    assert [[c.col for c in m.columns] for m in measures] == [[0, 1, 2, 3], [0, 4, 5, 6]]


def test_an_outermost_label_over_two_percent_columns_groups_neither() -> None:
    table = _three_row_header()
    labels = {c: (DM, *rest[1:]) for c, rest in table.labels.items() if c}
    shared = _table(list(table.columns), {0: ("ตำบล",), **labels})
    assert value_group(shared, shared.columns[3], (shared.columns[3], shared.columns[6])) == {3}


def test_another_indicators_years_reaching_the_latest_year_are_a_measure_of_their_own() -> None:
    table = _years_beside_percent(2565, 2566)
    assert [[c.col for c in span] for span in year_spans(table, {3, 4})] == [[1, 2]]
    measures = table_measures(table)
    assert [(m.value.col if m.value else None, [c.col for c in m.columns]) for m in measures] == [
        (4, [0, 3, 4]), (None, [0, 1, 2])]


def test_earlier_years_alone_stay_the_percent_columns_baselines() -> None:
    table = _years_beside_percent(2564, 2565)
    latest = _table([*table.columns[:4], Column(col=4, role="percent", label="", year_be=None, own="ร้อยละ"),
                     Column(col=5, role="year", label="", year_be=2566, own="ปี 2566")],
                    {**table.labels, 5: ("ผลงาน", "ปี 2566")})
    assert year_spans(latest, {3, 4}) == []


@pytest.mark.parametrize(("text", "value", "target"), [
    ("พชต. ผ่านเกณฑ์ไม่น้อยกว่าร้อยละ 75 (9 จาก 12 ตำบล)", 75.0, True),
    ("ปีนี้ทำได้ร้อยละ 66.67 (28 จาก 42 ราย)", 66.67, False),
])
def test_a_bound_right_before_a_counted_figure_keeps_it_a_target(text: str, value: float, target: bool) -> None:
    figures = [f for f, _ in block_figures(text, False)]
    assert [(f.value, f.target) for f in figures] == [(value, target)]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_baselines_of_each_indicator_under_a_three_row_header(parsed, suffix) -> None:
    outcomes = extract(parsed(TAMBON_TABLE + suffix)).outcomes
    named = {(o.value_pct, o.year_be): o.indicator for o in outcomes}
    assert named[(52.1, 2564)].startswith(WASTE) and named[(60.4, 2565)].startswith(WASTE)
    assert named[(28.4, 2564)].startswith(DM) and named[(66.3, 2566)].startswith(WASTE)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_year_columns_beside_another_indicators_percent_column(parsed, suffix) -> None:
    outcomes = extract(parsed(DISTRICT_TABLE + suffix)).outcomes
    figures = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in outcomes}
    for key in ((71.25, None, 2564), (78.4, None, 2565), (86.32, 80.0, 2566), (85.1, 80.0, 2566)):
        assert figures[key].startswith("ร้อยละกลุ่มเปราะบาง")
    assert figures[(100.0, 100.0, 2566)].startswith("ร้อยละตำบลมี พชต.")


def test_a_plans_bound_with_its_count_is_a_bare_target(parsed) -> None:
    figures = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(PLAN + ".docx")).outcomes}
    assert (None, 75.0, 2567) in figures
    assert (75.0, None, 2567) not in figures


def test_years_ending_before_a_year_named_over_the_value_column_stay_baselines(parsed) -> None:
    """"ผลงานปีที่ผ่านมา (ร้อยละ)" over 2564 | 2565 beside "ปี 2566 (…)" over "ร้อยละ": the latest
    year is named only in the value column's label, and the earlier years keep the table's indicator."""
    outcomes = extract(parsed("chon-buri-province-2566-progress.pdf")).outcomes
    baselines = [o for o in outcomes if o.year_be in (2564, 2565) and o.evidence.table is not None]
    assert baselines and not any(o.indicator.startswith("ผลงานปีที่ผ่านมา") for o in baselines)
    assert all("Care Plan" in o.indicator for o in baselines if o.value_pct in (91.2, 93.5))
