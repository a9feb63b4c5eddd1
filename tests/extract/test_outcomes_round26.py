"""Round 26: an indicator column headed "ตัวชี้วัด (ค่าเป้าหมาย)" is read as
the indicator column, not a target column.  A row's bracketed percentage
target, an upper bound ("ไม่เกินร้อยละ 10") included, makes its bare year
figures percentages.  Beside year columns such bracketed targets make no
findings table.  A KPI named before "กำหนดเป้าหมายไม่น้อยกว่า" keeps its name
as the indicator.  Results its own paragraph gives under a results label
("ผลการดำเนินงานปี 2568 ...") take the KPI's name and target.  A figure
compared with "ปีก่อน" is of the year before.  A second compared year whose
figures stand in brackets is compared too.  The share of counted cases that
were one kind of person ("ร้อยละ 80 เป็นผู้ขับขี่...") is background.  Strings first, then real corpus
files of set 26."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.figure_years import of_year_before, year_before
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.findings_tables import is_findings_table
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns
from pcc_ingest.extract.outcomes.kpi_names import attach_kpi_targets, name_by_kpi
from pcc_ingest.extract.outcomes.kpi_paragraphs import reported_in_paragraph
from pcc_ingest.extract.outcomes.table_measures import row_in_percent
from pcc_ingest.extract.outcomes.table_targets import cell_target
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

CHACHOENGSAO = "chachoengsao-province-2568-summary"
MAE_SOT = "tak-mae-sot-2566-progress.pdf"
KPI = "ร้อยละของอำเภอที่มีคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ที่มีคุณภาพ"


def _three_year_table(label: str = "ตัวชี้วัด (ค่าเป้าหมาย)") -> Table:
    """A district's indicators with bracketed targets beside their 2566–2568 figures."""
    head = ("อำเภอ", label, "2566", "2567", "2568")
    body = [("บางคล้า", "ครัวเรือนคัดแยกขยะต้นทาง (ไม่น้อยกว่าร้อยละ 80)", "71.2", "78.9", "84.6"),
            ("ท่าตะเกียบ", "การตั้งครรภ์ซ้ำในหญิงอายุน้อยกว่า 20 ปี (ไม่เกินร้อยละ 10)", "14.2", "11.6", "8.3")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate([head, *body]) for c, t in enumerate(texts)}
    grid = Grid(table=0, cells=cells, rows=(0, 1, 2), n_cols=5)
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"), Column(1, "target", label, own=label),
               *(Column(c, "year", f"ผลการดำเนินงาน ปีงบประมาณ {y}", year_be=y, own=str(y))
                 for c, y in ((2, 2566), (3, 2567), (4, 2568))))
    rows = tuple(Row(r, {c: cells[(r, c)] for c in range(5)}) for r in (1, 2))
    return Table(grid, (0,), columns, rows)


def _record(indicator: str, value: float | None, target: float | None, year: int, start: int) -> OutcomeRecord:
    ev = Evidence(block=4, start=start, end=start + 5, text="ร้อยละ")
    return OutcomeRecord(indicator=indicator, value_pct=value, target_pct=target, year_be=year, evidence=ev)


def test_an_indicator_column_headed_with_its_targets_is_the_indicator_column() -> None:
    table = indicator_columns(_three_year_table())
    assert table.column("indicator") is not None and table.column("target") is None


@pytest.mark.parametrize("label", ["ค่าเป้าหมาย", "จำนวน (เป้าหมาย)"])
def test_a_target_column_not_headed_as_indicators_stays_a_target_column(label: str) -> None:
    table = _three_year_table(label)
    assert indicator_columns(table) is table


def test_a_bracketed_upper_bound_is_a_rows_target() -> None:
    assert cell_target("การตั้งครรภ์ซ้ำในหญิงอายุน้อยกว่า 20 ปี (ไม่เกินร้อยละ 10)") == (
        10.0, "การตั้งครรภ์ซ้ำในหญิงอายุน้อยกว่า 20 ปี")


def test_a_rows_bracketed_percentage_target_makes_its_bare_figures_percentages() -> None:
    table = indicator_columns(_three_year_table())
    assert [row_in_percent(table, r) for r in table.rows] == [True, True]


def test_bracketed_targets_beside_year_columns_make_no_findings_table() -> None:
    assert not is_findings_table(indicator_columns(_three_year_table()))


def test_a_kpi_named_before_its_target_verb_keeps_its_name() -> None:
    assert indicator_words(f"ตัวชี้วัด {KPI} กำหนดเป้าหมายไม่น้อยกว่า") == KPI


def test_a_target_verb_before_the_subject_still_leaves_the_subject() -> None:
    assert indicator_words("กำหนดเป้าหมายให้ผู้สูงอายุได้รับการคัดกรอง") == "ผู้สูงอายุได้รับการคัดกรอง"


def test_results_under_a_results_label_in_the_kpis_paragraph_take_its_name_and_target() -> None:
    label = "ผลการดำเนินงานปี 2568 อำเภอผ่านเกณฑ์"
    records = [_record(KPI, None, 80.0, 2568, 100), _record(label, 90.91, None, 2568, 180),
               _record(label, 81.82, None, 2566, 200), _record(label + " ปี 2567", 90.91, None, 2567, 230)]
    out = attach_kpi_targets(name_by_kpi(records))
    assert [(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in out] == [
        (KPI, 90.91, 80.0, 2568), (KPI, 81.82, None, 2566), (KPI, 90.91, None, 2567)]


def test_a_result_of_other_words_without_a_results_label_is_not_the_kpis() -> None:
    kpi = _record(KPI, None, 80.0, 2568, 100)
    assert not reported_in_paragraph(kpi, _record("ครัวเรือนคัดแยกขยะต้นทาง", 84.6, None, 2568, 180))
    assert not reported_in_paragraph(kpi, _record("ผลการดำเนินงาน อำเภอผ่านเกณฑ์", 84.6, None, 2569, 180))


def test_a_figure_compared_with_the_year_before_in_words_is_of_that_year() -> None:
    assert of_year_before("หญิงตั้งครรภ์ฝากครรภ์ครั้งแรก ร้อยละ 68.9 เพิ่มขึ้นจากปีก่อน (")
    assert not of_year_before("ลดลงจากปีก่อนร้อยละ ")  # the size of the change, of its own year


def test_a_second_compared_year_with_a_bracketed_figure_is_compared_too() -> None:
    text = "เท่ากับร้อยละ 84.2 แต่ดีขึ้นจากปี 2564 (ร้อยละ 75.9) และปี 2565 (ร้อยละ 78.6)"
    assert year_before(text, text.rindex("ร้อยละ")) == 2565


def test_the_share_of_counted_cases_of_one_kind_is_no_outcome() -> None:
    text = "ปี 2567 ผู้เสียชีวิตจำนวน 10 ราย ร้อยละ 80 เป็นผู้ขับขี่รถจักรยานยนต์ที่ไม่สวมหมวกนิรภัย"
    assert list(percentages(text)) == []
    assert [v for v, _, _ in percentages("ผู้ป่วยได้รับการเยี่ยมบ้าน ร้อยละ 80 เป็นไปตามเป้าหมาย")] == [80.0]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_summarys_kpi_sentence_and_three_year_table_in_a_real_report(parsed, suffix) -> None:
    got = {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be)
           for o in extract(parsed(CHACHOENGSAO + suffix)).outcomes}
    assert {(None, KPI, 90.91, 80.0, 2568), (None, KPI, 81.82, None, 2566), (None, KPI, 90.91, None, 2567)} <= got
    waste = "ครัวเรือนคัดแยกขยะต้นทาง"
    assert {("2402", waste, 71.2, None, 2566), ("2402", waste, 78.9, None, 2567),
            ("2402", waste, 84.6, 80.0, 2568)} <= got
    assert ("2410", "การตั้งครรภ์ซ้ำในหญิงอายุน้อยกว่า 20 ปี", 8.3, 10.0, 2568) in got
    assert not any(g[1].startswith("อัตราการเสียชีวิต") for g in got)  # a rate per 100,000


def test_baselines_compared_in_words_and_in_brackets_in_a_real_report(parsed) -> None:
    got = {(o.value_pct, o.year_be) for o in extract(parsed(MAE_SOT)).outcomes}
    assert {(61.4, 2565), (75.9, 2564), (78.6, 2565)} <= got
    assert (78.6, 2566) not in got and (61.4, 2566) not in got
