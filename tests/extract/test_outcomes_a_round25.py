"""Round 25 outcome rules (set 25, A).

A bare unit of the breakdown ending a table's title ("... รายตำบล") is no part of what it measures.
A numbered caption naming no percentage names a table's measure when it holds every word of the count.
A clause naming only a period and how its figure came about ("ปี 2568 เพิ่มขึ้นเป็น") keeps the subject before it.
A target after a result and the figure it is compared with ("เพิ่มขึ้นจากปี 2566 ที่ร้อยละ 49.75") is the result's.
A figure compared right after it with a year is not of that year, even when the text wrote that year before it.
A column under a percentage's label whose own header cell counts ("ผ่าน (ตำบล)") holds no percentages.
A remark in words after a percent cell's figure is no part of the figure.
Each rule on small strings or blocks first, then on real corpus files of set 25.
"""

from collections.abc import Callable

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_pairs import pair_figures
from pcc_ingest.extract.outcomes.figure_years import own_year_before
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.measure_words import counts_under_percent
from pcc_ingest.extract.outcomes.running_text import figure_subject
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table
from pcc_ingest.model import Block, Document

HELMETS = ("ในปี 2566 มีผู้เสียชีวิต 22 ราย สำรวจในเดือนมกราคม 2567 พบผู้ขับขี่สวมหมวกนิรภัยร้อยละ 58.40 "
           "เพิ่มขึ้นจากปี 2566 ที่ร้อยละ 49.75 แต่ยังต่ำกว่าเป้าหมายที่ตั้งไว้ร้อยละ 70")


@pytest.mark.parametrize(("title", "subject"), [
    ("ตารางที่ 1 ผลการคัดกรองเบาหวานในประชากรอายุ 35 ปีขึ้นไป รายตำบล", "ผลการคัดกรองเบาหวานในประชากรอายุ 35 ปีขึ้นไป"),
    ("ผลการดูแลผู้สูงอายุ รายอำเภอ ปี 2566", "ผลการดูแลผู้สูงอายุ"),
    ("อัตราป่วยรายใหม่", "อัตราป่วยรายใหม่"),
])
def test_a_bare_breakdown_unit_ends_a_title(title: str, subject: str) -> None:
    assert title_subject(title) == subject


@pytest.mark.parametrize(("before", "reuses"), [
    (" ปี 2568 เพิ่มขึ้นเป็น", True),
    (") ปี 2566 ทำได้", True),
    (" ส่วนผู้สูงอายุได้รับการคัดกรอง", False),
])
def test_a_clause_of_a_period_and_a_verb_keeps_the_subject_before(before: str, reuses: bool) -> None:
    text = f"การสวมหมวกนิรภัย ปี 2567 ร้อยละ 46.50{before}ร้อยละ 71.20"
    fig = block_figures(text, False, 2568)[1][0]
    subject, _ = figure_subject(text, text.index(before), fig, "การสวมหมวกนิรภัย")
    assert (subject == "การสวมหมวกนิรภัย") is reuses


def test_a_target_after_a_compared_figure_is_the_results() -> None:
    figs = block_figures(HELMETS, False, 2567)
    pairs = [(v.value, t.value if t else None) for v, t, _ in pair_figures(figs, HELMETS, 2567)]
    assert pairs == [(58.4, 70.0), (49.75, None)]


def test_a_figure_compared_with_a_year_is_not_of_that_year() -> None:
    figs = [f for f, _ in block_figures(HELMETS, False, 2567)]
    assert [own_year_before(HELMETS, f.start, f.end) for f in figs[:2]] == [None, 2566]


def _block(text: str, col: int) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=col, start=0, end=len(text), table=0, row=0, col=col)


@pytest.mark.parametrize(("own", "counts"), [("ผ่าน (ตำบล)", True), ("ร้อยละ", False), ("ผ่าน (ร้อยละ)", False)])
def test_a_count_under_a_percentage_label_is_no_percent_column(own: str, counts: bool) -> None:
    top = "ร้อยละของ พชต. ที่ผ่านเกณฑ์คุณภาพ"
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"), Column(1, "percent", f"{top} {own}", own=top))
    grid = Grid(table=0, cells={(0, 0): _block("อำเภอ", 0)}, rows=(0,), n_cols=2)
    table = Table(grid, (0,), columns, (), labels={0: ("อำเภอ",), 1: (top, own)})
    assert counts_under_percent(table, columns[1]) is counts


@pytest.mark.parametrize(("cell", "rest"), [
    ("77.78 (ต่ำกว่าเกณฑ์ อยู่ระหว่างประเมินซ้ำ ต.จันทบเพชร)", "77.78"),
    ("87.50 (105/120 คน)", "87.50 (105/120 คน)"),
])
def test_a_remark_in_words_after_a_percent_figure_is_dropped(cell: str, rest: str) -> None:
    assert rule_re("table", "cell_remark").sub("", cell) == rest


def test_a_ตำบล_table_takes_its_numbered_captions_measure(parsed: Callable[[str], Document]) -> None:
    outcomes = extract(parsed("phichit-taphan-hin-2566-progress.pdf")).outcomes
    tabled = {o.indicator for o in outcomes if o.evidence.table is not None and o.value_pct == 84.85}
    assert tabled == {"ผลการคัดกรองเบาหวานในประชากรอายุ 35 ปีขึ้นไป ตำบลตะพานหิน"}  # the gold names the unit


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_district_tables_pass_counts_are_no_outcomes(parsed: Callable[[str], Document], ext: str) -> None:
    outcomes = extract(parsed(f"buri-ram-province-2567-inspection.{ext}")).outcomes
    current = sorted(o.value_pct for o in outcomes
                     if o.evidence.table is not None and o.year_be == 2567 and o.target_pct == 80.0)
    assert current == [77.78, 83.33, 85.71, 88.1, 91.67, 100.0]


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_result_compared_with_last_year_keeps_its_target(parsed: Callable[[str], Document], ext: str) -> None:
    outcomes = extract(parsed(f"lop-buri-chai-badan-2567-minutes.{ext}")).outcomes
    helmets = {(o.value_pct, o.target_pct, o.year_be) for o in outcomes if o.value_pct in (58.4, 49.75)}
    assert helmets == {(58.4, 70.0, 2567), (49.75, None, 2566)}
