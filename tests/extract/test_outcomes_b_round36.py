"""Round 36 (b): a table whose header names only its ตำบล column and gives
each measure's target in a row of its own ("(เป้าหมาย ≥ ร้อยละ 90)") is read as
results by ตำบล, with each column's target, its count column left out and
its total row left out when it restates figures already read.  A quarter's
figure that the row's running-total column restates is one record; two
quarters sharing a figure stay two.  A
paragraph reading a table out ("จากตาราง ...") adds no figure the table gave,
even when a bar it names lent that figure a target.  A share of money and
the fund it came from ("ร้อยละ 56.27 มาจากกองทุน...") is background.  A KPI's
target goes to the later result its paragraph states with that very target,
not to an earlier part-result, and the verb closing a criterion ("ถือว่าเป็น")
opens the next figure's clause.  A bar picking out the areas above it
("หมู่บ้านที่มีอัตราการติดเชื้อเกินร้อยละ 5") is no outcome, and a level a
figure came down to ("ลดลงเหลือร้อยละ 3.48") is a result, not a target.
Strings and records first, then real corpus files of set 36."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.figures import clause_start, is_target, percentages
from pcc_ingest.extract.outcomes.kpi_names import attach_kpi_targets
from pcc_ingest.extract.outcomes.kpi_paragraphs import target_said_later
from pcc_ingest.extract.outcomes.round_columns import drop_restated_rounds
from pcc_ingest.extract.outcomes.target_header_tables import target_header_outcomes
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Grid, Table
from pcc_ingest.extract.table_rows import body_rows
from pcc_ingest.model import Block

PAK_PHLI = "nakhon-nayok-pak-phli-2567-progress.pdf"
LAMPANG = "lampang-province-2567-inspection"
KASET_SOMBUN = "chaiyaphum-kaset-sombun-2568-progress.pdf"
KPI = "ร้อยละของอำเภอที่มี พชอ. ที่มีคุณภาพ"


def _record(indicator: str, value: float | None, target: float | None, *, block: int = 0, start: int = 0,
            table: int | None = None, row: int | None = None, col: int | None = None) -> OutcomeRecord:
    ev = Evidence(block=block, start=start, end=start + 1, text="x", table=table, row=row, col=col)
    return OutcomeRecord(indicator=indicator, value_pct=value, target_pct=target, year_be=2567, evidence=ev)


def _table(rows: list[list[str]]) -> Table:
    cells = {(r, c): Block(kind="table_cell", raw_text=t, text=t, order=10 * r + c, start=0, end=len(t),
                           table=0, row=r, col=c)
             for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    grid = Grid(table=0, cells=cells, rows=tuple(range(len(rows))), n_cols=len(rows[0]))
    return Table(grid, (), (), body_rows(grid, (), ()))


TAMBON_TABLE = [
    ["ตำบล", "คัดกรองเบาหวาน", "พัฒนาการสมวัย", "จำนวน อสม. (คน)"],
    ["", "(เป้าหมาย ≥ ร้อยละ 90)", "(เป้าหมาย ≥ ร้อยละ 85)", ""],
    ["เกาะหวาย", "88.64", "90.48", "96"],
    ["รวมอำเภอ", "86.12", "87.18", "630"],
]
ONE = Context(year_be=2567, province="26", single="2602", plan=False)


def test_targets_in_a_header_row_of_their_own_give_results_by_tambon() -> None:
    earlier = [_record("ร้อยละประชากรได้รับการคัดกรองเบาหวาน", 86.12, 90.0, table=1, row=2, col=6)]
    got = {(o.indicator, o.value_pct, o.target_pct) for o in target_header_outcomes([_table(TAMBON_TABLE)], ONE, earlier)}
    assert got == {("คัดกรองเบาหวาน ตำบลเกาะหวาย", 88.64, 90.0), ("พัฒนาการสมวัย ตำบลเกาะหวาย", 90.48, 85.0),
                   ("พัฒนาการสมวัย รวมอำเภอ", 87.18, 85.0)}


def test_a_table_without_a_targets_row_is_not_read_by_tambon() -> None:
    plain = [TAMBON_TABLE[0], ["เกาะหวาย", "88.64", "90.48", "96"], ["เกาะโพธิ์", "84.15", "85.71", "88"]]
    assert target_header_outcomes([_table(plain)], ONE, []) == []


def test_a_quarter_figure_the_running_total_restates_is_one_record() -> None:
    q1 = _record("ก ไตรมาส 1", 52.33, 90.0, table=1, row=2, col=2)
    q2 = _record("ก ไตรมาส 2", 86.12, 90.0, table=1, row=2, col=3)
    total = _record("ก", 86.12, 90.0, table=1, row=2, col=6)
    other_row = _record("ข", 86.12, 90.0, table=1, row=3, col=3)
    assert drop_restated_rounds([q1, q2, total, other_row]) == [q1, total, other_row]
    q4 = _record("ก ไตรมาส 4", 52.33, 90.0, table=1, row=2, col=5)
    assert drop_restated_rounds([q1, q4]) == [q1, q4]  # two rounds sharing a figure stay two


def test_a_share_of_money_and_the_fund_it_came_from_is_background() -> None:
    text = "รวมงบประมาณ 302,800 บาท ร้อยละ 56.27 มาจากกองทุนหลักประกันสุขภาพ"
    assert list(percentages(text)) == []
    assert [v for v, _, _ in percentages("ผลงานร้อยละ 56.27 จากการคัดกรอง")] == [56.27]


def test_a_bar_picking_out_the_areas_above_it_is_no_outcome() -> None:
    assert list(percentages("ให้สุขศึกษาในหมู่บ้านที่มีอัตราการติดเชื้อเกินร้อยละ 5 จำนวน 9 หมู่บ้าน")) == []
    assert [v for v, _, _ in percentages("อัตราการติดเชื้อไม่เกินร้อยละ 5")] == [5.0]


def test_a_level_a_figure_came_down_to_is_a_result() -> None:
    assert not is_target("สูงกว่าเป้าหมาย อัตราการตรวจพบไข่พยาธิลดลงเหลือ", default=False)
    assert is_target("เป้าหมายให้ลดลงเหลือ", default=False)
    assert is_target("ค่าเป้าหมายลดลงเหลือไม่เกิน", default=False)


def test_a_kpi_target_goes_to_the_result_stated_with_it_not_an_earlier_part() -> None:
    kpi = _record(KPI, None, 80.0, block=1)
    part = _record("อำเภอที่ตรวจเยี่ยมผ่านเกณฑ์ พชอ. ที่มีคุณภาพ", 80.0, None, block=5, start=10)
    whole = _record("ภาพรวมจังหวัดผ่านเกณฑ์ พชอ. ที่มีคุณภาพ", 92.31, 80.0, block=5, start=60)
    assert target_said_later(kpi, part, [whole])
    assert attach_kpi_targets([kpi, part, whole])[1].target_pct is None
    assert attach_kpi_targets([kpi, part])[0].target_pct == 80.0


def test_the_verb_closing_a_criterion_opens_the_next_figures_clause() -> None:
    text = "เกณฑ์ คะแนนเฉลี่ย 3.00 ขึ้นไป ถือว่าเป็น พชอ. ที่มีคุณภาพ อำเภอที่ตรวจเยี่ยมผ่านเกณฑ์ 4 จาก 5 อำเภอ คิดเป็นร้อยละ 80.00"
    start = text.index("ร้อยละ 80")
    assert clause_start(text, 0, start) == text.index("ถือว่าเป็น") + len("ถือว่าเป็น")


def _figures(outcomes: list[OutcomeRecord]) -> set[tuple[float | None, float | None]]:
    return {(o.value_pct, o.target_pct) for o in outcomes}


def test_results_by_tambon_with_targets_in_a_header_row_in_a_real_report(parsed) -> None:
    outcomes = extract(parsed(PAK_PHLI)).outcomes
    tambon = [o for o in outcomes if o.indicator.startswith(("คัดกรองเบาหวาน", "คัดแยกขยะ", "พัฒนาการสมวัย"))]
    assert len(tambon) == 21
    assert {(88.64, 90.0), (81.2, 80.0), (90.48, 85.0), (87.5, 85.0)} <= _figures(tambon)
    assert not any(o.value_pct == 630 for o in outcomes)  # the อสม. count column
    assert [o.value_pct for o in outcomes].count(86.12) == 1  # Q2, cumulative and total row: one record
    assert [o.value_pct for o in outcomes].count(82.61) == 1  # the "จากตาราง" paragraph adds none


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_inspections_budget_share_and_part_result_in_a_real_report(parsed, suffix) -> None:
    figures = _figures(extract(parsed(LAMPANG + suffix)).outcomes)
    assert (80.0, None) in figures and (92.31, 80.0) in figures
    assert not any(v == 56.27 for v, _ in figures)


def test_a_selection_bar_and_a_level_reached_in_a_real_report(parsed) -> None:
    figures = _figures(extract(parsed(KASET_SOMBUN)).outcomes)
    assert (5.0, None) not in figures
    assert (92.36, 3.48) not in figures
