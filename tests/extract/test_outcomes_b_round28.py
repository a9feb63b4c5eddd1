"""Round 28 (b): a year column counting heads ("ปี 2566 (คน)") beside that
year's percent column under one percent label is a count column, so the
table by ตำบล is read as results, baselines and the current year with the
header's target.  A row whose target cell is written as a percentage
("ร้อยละ 80") has percentages in its bare baseline cells (up to 100), and a
row whose target is a rate ("ไม่เกิน 50 ต่อแสนประชากร") does not.  A value
cell stating a rate ("26.73 (ต่อแสนประชากร)") gives no percentage.  A figure
opening or closing a range ("ระหว่างร้อยละ 75.00 – 80.00") is no outcome.
A column group's short label is named in full by the table's numbered
caption ("ร้อยละผู้ขับขี่รถจักรยานยนต์สวมหมวกนิรภัย" for "สวมหมวกนิรภัย").
Comparison words nearer a figure than a target word ("ยังไม่ผ่านเกณฑ์ แต่
เพิ่มขึ้นจากร้อยละ 61.20") make it the earlier result, no target.
Strings and blocks first, then real corpus files of set 28."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pcc_ingest.extract.outcomes.caption_names import caption_named
from pcc_ingest.extract.outcomes.figures import is_target, percentages
from pcc_ingest.extract.outcomes.row_outcomes import is_rate, target_unit
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.outcomes.year_parts import is_year_count
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Row
from pcc_ingest.model import Block

BAN_HONG = "lamphun-ban-hong-2566-minutes"
SI_MAHA_PHOT = "prachin-buri-si-maha-phot-2568-progress.pdf"
SCREENED = "ร้อยละผู้สูงอายุได้รับการคัดกรองสุขภาพ (ค่าเป้าหมาย ร้อยละ 80)"


def _cell(text: str) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text), table=0, row=3, col=3)


def _target_row(text: str) -> tuple[Measure, Row]:
    target = Column(col=3, role="target", label="ปีงบประมาณ 2568 เป้าหมาย", own="เป้าหมาย")
    return Measure(value=None, columns=(target,)), Row(index=3, cells={3: _cell(text)})


def test_a_year_column_counting_heads_is_a_count_column() -> None:
    table = SimpleNamespace(labels={4: (SCREENED, "ปี 2566 (คน)"), 5: (SCREENED, "ปี 2566 (ร้อยละ)"),
                                    2: (SCREENED, "ปี 2564")})
    assert is_year_count(table, Column(col=4, role="percent", label="", own=SCREENED))
    assert not is_year_count(table, Column(col=5, role="year", label="", year_be=2566))
    assert not is_year_count(table, Column(col=2, role="year", label="", year_be=2564))


def test_a_target_written_as_a_percentage_makes_the_rows_bare_figures_percentages() -> None:
    assert target_unit(*_target_row("ร้อยละ 80")) is True
    assert target_unit(*_target_row("ไม่เกิน 50 ต่อแสนประชากร")) is False
    assert target_unit(*_target_row("80")) is None


def test_a_value_cell_stating_a_rate_is_no_percentage() -> None:
    assert is_rate(_cell("26.73 (ต่อแสนประชากร)"))
    assert not is_rate(_cell("77.23"))
    assert not is_rate(None)


@pytest.mark.parametrize("text", [
    "ตำบลที่เหลืออยู่ระหว่างร้อยละ 75.00 – 80.00",
    "อยู่ระหว่างร้อยละ 60 - ร้อยละ 70",
    "ผลงานอยู่ในช่วง 60% - 70%",
])
def test_the_ends_of_a_range_are_no_figures(text: str) -> None:
    assert list(percentages(text)) == []


def test_a_figure_beside_a_fraction_is_no_range() -> None:
    text = "ตำบลหาดยางร้อยละ 85.71 ส่วนตำบลท่าตูม ร้อยละ 63.64 (7 จาก 11 หมู่บ้าน)"
    assert [v for v, _, _ in percentages(text)] == [85.71, 63.64]


def test_a_caption_names_a_column_groups_short_label_in_full() -> None:
    caption = "ร้อยละครัวเรือนคัดแยกขยะต้นทาง และร้อยละผู้ขับขี่รถจักรยานยนต์สวมหมวกนิรภัย จำแนกรายตำบล"
    assert caption_named(caption, "สวมหมวกนิรภัย (ร้อยละ)") == "ร้อยละผู้ขับขี่รถจักรยานยนต์สวมหมวกนิรภัย"
    assert caption_named(caption, "ครัวเรือนคัดแยกขยะต้นทาง") == "ร้อยละครัวเรือนคัดแยกขยะต้นทาง"
    assert caption_named(caption, "ผู้สูงอายุได้รับการดูแล") == "ผู้สูงอายุได้รับการดูแล"
    assert caption_named("", "สวมหมวกนิรภัย") == "สวมหมวกนิรภัย"


def test_comparison_words_nearer_than_a_target_word_make_an_earlier_result() -> None:
    assert not is_target("ร้อยละ 68.50 (เป้าหมาย ร้อยละ 70) ยังไม่ผ่านเกณฑ์ แต่เพิ่มขึ้นจาก", default=False)
    assert is_target("เมื่อเทียบกับเป้าหมาย ", default=False)


def _figures(outcomes: list[OutcomeRecord]) -> set[tuple[float | None, float | None, int | None]]:
    return {(o.value_pct, o.target_pct, o.year_be) for o in outcomes}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_table_by_tambon_with_a_count_column_of_the_current_year(parsed, suffix) -> None:
    figures = _figures(extract(parsed(BAN_HONG + suffix)).outcomes)
    assert {(78.4, None, 2564), (82.6, None, 2565), (71.0, 80.0, 2566)} <= figures
    assert {(78.69, None, 2564), (83.26, None, 2565), (78.79, 80.0, 2566)} <= figures
    assert (None, 80.0, 2566) not in figures


def test_baselines_of_percentage_targets_and_no_rates_in_a_real_report(parsed) -> None:
    outcomes = extract(parsed(SI_MAHA_PHOT)).outcomes
    figures = _figures(outcomes)
    assert {(62.5, None, 2566), (71.3, None, 2567), (86.12, None, 2566), (88.4, None, 2567)} <= figures
    assert not any(v in (148.35, 96.2, 26.73) for v, _, _ in figures)
    assert not any(v == 75.0 for v, _, _ in figures)
