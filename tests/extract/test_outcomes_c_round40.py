"""Round 40 (outcomes C): a target written as a range in brackets in a row's
indicator cell ("(ร้อยละ 70–80)") is that row's target, its lower end, and no
part of the indicator.  A bare figure in a cell of a table not read by header
is named by the row's cell under the indicator column's label, not by the
issue cell before it.  A range alone in a target column's cell ("ร้อยละ
75–80") is a target, its lower end; a range in running text stays a spread.
Places listed with one measure and their figures "ตามลำดับ" give one result
per place, named by the measure and the place.  Strings and small tables
first, then a real corpus file of set 40."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.respective_lists import respective_figures
from pcc_ingest.extract.outcomes.running_text import prose_outcomes
from pcc_ingest.extract.outcomes.table_targets import cell_target
from pcc_ingest.extract.run import extract
from tests.extract.blocks import table_doc

THUNG_SALIAM = "sukhothai-thung-saliam-2567-minutes"
CANE = "ร้อยละเกษตรกรชาวไร่อ้อยที่ตัดอ้อยสดไม่เผา"
TEEN = "ร้อยละการตั้งครรภ์ซ้ำในหญิงอายุน้อยกว่า 20 ปี"
CTX = Context(year_be=2567, province=None, single="6409", plan=False)


def _targets_table(issue: str, indicator: str, target: str) -> list[tuple[str, float | None, float | None]]:
    """The prose reader's records of a one-row issues × indicators × targets table."""
    doc = table_doc([["ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย ปี 2567"], [issue, indicator, target]])
    return [(o.indicator, o.value_pct, o.target_pct) for o in prose_outcomes(doc, CTX, set())]


def test_a_bracketed_range_in_the_indicator_cell_is_its_lower_end_as_target() -> None:
    assert cell_target(f"{CANE} (ร้อยละ 70–80)") == (70.0, CANE)
    assert cell_target(f"{CANE} (70-80%)") == (70.0, CANE)


def test_a_bare_target_cell_is_named_by_the_indicator_column_not_the_issue() -> None:
    got = _targets_table("2) การป้องกันการตั้งครรภ์ในวัยรุ่น", TEEN, "ไม่เกินร้อยละ 10")
    assert got == [(TEEN, None, 10.0)]


def test_a_range_alone_in_a_target_column_cell_is_its_lower_end() -> None:
    got = _targets_table("3) การลดการเผาในที่โล่งและฝุ่น PM2.5", CANE, "ร้อยละ 75–80")
    assert got == [(CANE, None, 75.0)]


def test_a_range_in_running_text_is_still_no_figure() -> None:
    assert list(percentages("ตำบลที่เหลืออยู่ระหว่างร้อยละ 75.00 – 80.00")) == []


def test_places_and_their_figures_respectively_give_one_result_each() -> None:
    text = "ทั้งนี้ ต.ทุ่งเสลี่ยม และ ต.กลางดง มีอัตราการสวมหมวกนิรภัยต่ำสุด คือร้อยละ 63.5 และ 65.8 ตามลำดับ"
    got = [(name, value) for name, value, _, _ in respective_figures(text)]
    assert got == [("อัตราการสวมหมวกนิรภัย ต.ทุ่งเสลี่ยม", 63.5), ("อัตราการสวมหมวกนิรภัย ต.กลางดง", 65.8)]


def test_places_and_figures_differing_in_number_are_left_to_the_reader() -> None:
    text = "ต.ทุ่งเสลี่ยม ต.กลางดง และ ต.บ้านใหม่ มีอัตราการสวมหมวกนิรภัยต่ำสุด คือร้อยละ 63.5 และ 65.8 ตามลำดับ"
    assert respective_figures(text) == []


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_minutes_results_and_next_years_targets(parsed, suffix: str) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(THUNG_SALIAM + suffix)).outcomes}
    assert {(CANE, 66.2, 70.0, 2566), (CANE, None, 75.0, 2567), (TEEN, None, 10.0, 2567),
            ("ร้อยละผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี", None, 40.0, 2567),
            ("อัตราการสวมหมวกนิรภัย ต.ทุ่งเสลี่ยม", 63.5, None, 2566),
            ("อัตราการสวมหมวกนิรภัย ต.กลางดง", 65.8, None, 2566)} <= got
