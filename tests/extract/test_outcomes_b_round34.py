"""Round 34 (outcomes B): a target written in one grouped column's own header
label is that group's, not the whole table's.  The count columns naming a
percent column stop at another measure's figures and at a rate column.  A
year written right after a percentage with "ในปี" is that figure's, not the
year of the figures after another figure further on.  A figure after an exception ("ยกเว้น
ตำบล...") is a result, never a target.  A share of an amount weighed just
before it is background, no outcome.  A change-led percentage with the count
it comes to in brackets is one marked figure carrying its change.  Strings
first, then real corpus files of set 34."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.figures import is_target, percentages
from pcc_ingest.extract.outcomes.table_measures import CellFigure, cell_figure
from pcc_ingest.extract.run import extract

TRANG = "trang-sikao-2567-progress.pdf"
DOI_SAKET = "chiang-mai-doi-saket-2568-action-plan"

WASTE = ("ผลการดำเนินงานปี 2567 ครัวเรือนที่คัดแยกขยะต้นทางคิดเป็นร้อยละ 71.8 เพิ่มขึ้นจากร้อยละ 63.5 "
         "ในปี 2566 และร้อยละ 55.2 ในปี 2565 เก็บขยะได้ 1,240 กิโลกรัม ปริมาณขยะที่นำเข้าบ่อกำจัดลดลงร้อยละ 12.4")


def test_a_year_written_after_a_percentage_is_not_the_year_of_later_figures() -> None:
    assert year_before(WASTE, WASTE.index("ร้อยละ 12.4")) == 2567


def test_a_figure_after_an_exception_is_a_result_not_a_target() -> None:
    assert not is_target("ผ่านเกณฑ์ ยกเว้นตำบลกะลาเส (", default=False)
    assert is_target("ผ่านเกณฑ์ ", default=False)


def test_a_share_of_a_weighed_amount_is_no_outcome() -> None:
    text = "เก็บขยะได้ 1,240 กิโลกรัม เป็นขยะพลาสติกร้อยละ 64.5 ขยะลดลงร้อยละ 12.4"
    assert [v for v, _, _ in percentages(text)] == [12.4]


def test_a_change_led_percentage_with_its_count_in_brackets_is_one_marked_figure() -> None:
    assert cell_figure("ลดลงร้อยละ 20 (ไม่เกิน 285 จุด)") == CellFigure(20.0, True, False, "ลดลง")
    assert cell_figure("ลดลง 20 (ไม่เกิน 285 จุด)") is None  # no percentage written: a count's change


def test_a_grouped_columns_own_target_and_counts_stop_at_another_measure_in_a_real_report(parsed) -> None:
    got = [o for o in extract(parsed(TRANG)).outcomes if o.evidence.col == 7 and o.evidence.table is not None]
    assert {o.value_pct for o in got} == {68.0, 72.7, 55.6, 61.9, 80.0}
    assert all(o.target_pct != 80.0 for o in got)  # the HI column's "2567 (เป้าหมาย ≥ ร้อยละ 80)" is not theirs
    assert all("อัตราป่วย" not in o.indicator and "2567 (เป้าหมาย" not in o.indicator for o in got)
    prose = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(TRANG)).outcomes if o.evidence.table is None}
    assert (12.4, 10.0, 2567) in prose
    assert not any(v == 64.5 or t == 55.6 for v, t, _ in prose)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_change_target_of_a_count_indicator_in_a_real_plan(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(DOI_SAKET + suffix)).outcomes
           if "Hotspot" in o.indicator}
    assert got == {(None, 20.0, 2568)}
