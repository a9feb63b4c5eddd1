"""Round 29 (outcomes): an indicator column headed "ประเด็น / ตัวชี้วัด
(ค่าเป้าหมาย)" is known as one.  A result cell's figure stands before a note
opened by "หมายเหตุ" that states no percentage.  An issue's name before a
colon heads an indicator cell but is no part of it.  "อัตราความสำเร็จ" names
an indicator, so a target set before it stays a target.  A figure followed by
a bracket opened by a target word is that target's result.  A number closing
a bracket that holds words ("(HbA1c น้อยกว่า 7)") opens no clause.  A figure
of a period only borrows the subject before it without that one's period.  A
target said of both figures before it ("ทั้งสองรายการ") is both results'.
Several earlier years' figures may stand between a result and the target said
of it.  Two figures one hundredth apart are two figures.  "เป้าหมาย ... คือ"
opens a list of targets.  Strings first, then real corpus files of set 29."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.figure_pairs import pair_figures
from pcc_ingest.extract.outcomes.figures import block_figures, clause_start, is_target
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns
from pcc_ingest.extract.outcomes.merging import same_figure
from pcc_ingest.extract.outcomes.row_subjects import drop_issue_label
from pcc_ingest.extract.outcomes.running_text import figure_subject
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from tests.extract.blocks import grid_cell

SA_KAEO = "sa-kaeo-aranyaprathet-2566-minutes"
NONG_PHAI = "phetchabun-nong-phai-2567-progress.pdf"
TB = "อัตราความสำเร็จการรักษาผู้ป่วยวัณโรครายใหม่"


def _years_table() -> Table:
    """ประเด็น / ตัวชี้วัด (ค่าเป้าหมาย) | ปี 2564 | ปี 2565, one body row."""
    rows = [("ประเด็น / ตัวชี้วัด (ค่าเป้าหมาย)", "ปี 2564", "ปี 2565"),
            (f"วัณโรค: {TB} (เป้าหมายร้อยละ 88)", "83.90", "85.71 หมายเหตุ: ขึ้นทะเบียน 112 ราย รักษาสำเร็จ 96 ราย")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts)}
    grid = Grid(table=0, cells=cells, rows=(0, 1), n_cols=3)
    columns = (Column(0, "target", rows[0][0], own=rows[0][0]),
               Column(1, "year", "ปี 2564", year_be=2564, own="ปี 2564"),
               Column(2, "year", "ปี 2565", year_be=2565, own="ปี 2565"))
    body = (Row(1, {c: b for (r, c), b in cells.items() if r == 1}),)
    return Table(grid, (0,), columns, body, labels={c: (rows[0][c],) for c in range(3)})


def test_an_issue_and_indicator_column_with_bracketed_targets_is_the_indicator_column() -> None:
    table = indicator_columns(_years_table())
    assert table.column("indicator") is not None and table.column("indicator").col == 0
    assert table.column("target") is None


def test_a_result_figure_stands_before_a_note_word_stating_no_percentage() -> None:
    noted = cell_figure("85.71 หมายเหตุ: ขึ้นทะเบียน 112 ราย รักษาสำเร็จ 96 ราย")
    assert noted is not None and noted.value == 85.71
    assert cell_figure("85.71 หมายเหตุ: เป้าหมายร้อยละ 88") is None  # the note states a percentage of its own


def test_an_issue_name_before_a_colon_is_no_part_of_the_indicator() -> None:
    assert drop_issue_label(f"วัณโรค: {TB}") == TB
    assert drop_issue_label(TB) == TB


def test_a_success_rate_named_after_a_set_target_stays_a_target() -> None:
    assert is_target("ตั้งเป้าหมายอัตราความสำเร็จการรักษาวัณโรค", default=False)
    assert not is_target("การรักษาสำเร็จ", default=True)


def test_a_figure_followed_by_a_bracketed_target_is_its_result() -> None:
    text = "ผลการทดสอบหลังอบรม ผ่านเกณฑ์ ร้อยละ 87.50 (เป้าหมาย ร้อยละ 80) ใช้งบประมาณ 39,000 บาท"
    figs = [f for f, _ in block_figures(text, False, 2568)]
    assert [(f.value, f.target) for f in figs] == [(87.5, False), (80.0, True)]


def test_a_number_closing_a_bracket_of_words_opens_no_clause() -> None:
    text = "ร้อยละของผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้ดี (HbA1c น้อยกว่า 7) ปี 2565 ร้อยละ 24.60"
    assert clause_start(text, 0, text.index("ร้อยละ 24")) == 0
    assert clause_start("ผล 1) ร้อยละ 80", 0, 10) > 0  # an inline list number still opens one


def test_a_period_only_clause_borrows_the_subject_without_its_period() -> None:
    text = "ผู้ป่วยเบาหวานควบคุมน้ำตาลได้ดี ปี 2565 ร้อยละ 24.60 ปี 2566 ร้อยละ 27.80"
    first, second = (f for f, _ in block_figures(text, False, 2567))
    subject, _ = figure_subject(text, 0, first, "")
    assert figure_subject(text, first.end, second, subject) == ("ผู้ป่วยเบาหวานควบคุมน้ำตาลได้ดี", "ปี 2566")


def test_a_target_said_of_both_figures_before_it_is_both_results() -> None:
    text = ("ได้รับการคัดกรองเบาหวาน ร้อยละ 93.48 และความดันโลหิตสูง ร้อยละ 92.76 "
            "(เป้าหมายร้อยละ 90 ทั้งสองรายการ)")
    pairs = pair_figures(block_figures(text, False, 2567), text, 2567)
    assert [(v.value, t.value if t else None) for v, t, _ in pairs] == [(93.48, 90.0), (92.76, 90.0)]
    alone = text.replace(" ทั้งสองรายการ", "")
    pairs = pair_figures(block_figures(alone, False, 2567), alone, 2567)
    assert [(v.value, t.value if t else None) for v, t, _ in pairs] == [(93.48, None), (92.76, 90.0)]


def test_a_target_said_after_two_earlier_years_figures_is_the_results() -> None:
    text = ("พบผลอยู่ในระดับเสี่ยง 387 คน คิดเป็นร้อยละ 26.69 ลดลงจากปี 2566 (ร้อยละ 34.12) และปี 2565 "
            "(ร้อยละ 38.50) ผ่านเป้าหมายที่กำหนดไว้ไม่เกินร้อยละ 30")
    pairs = pair_figures(block_figures(text, False, 2567), text, 2567)
    assert [(v.value, t.value if t else None) for v, t, _ in pairs] == [(26.69, 30.0), (34.12, None), (38.5, None)]


def test_figures_one_hundredth_apart_are_two_figures() -> None:
    assert not same_figure(92.76, 92.77)
    assert same_figure(92.76, 92.76)


def test_a_target_word_then_kho_opens_a_list_of_targets() -> None:
    text = ("โดยมีเป้าหมายร่วมของอำเภอ คือ จุดความร้อนลดลงไม่น้อยกว่าร้อยละ 30 เมื่อเทียบกับปี 2565 "
            "ผู้ขับขี่รถจักรยานยนต์สวมหมวกนิรภัยร้อยละ 70")
    assert all(f.target for f, _ in block_figures(text, False, 2566))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_table_of_last_years_results_by_year_in_a_real_file(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(SA_KAEO + suffix)).outcomes}
    assert {(TB, 81.25, None, 2563), (TB, 83.9, None, 2564), (TB, 85.71, 88.0, 2565)} <= got
    assert ("อัตราความสำเร็จการรักษาวัณโรค", None, 88.0, 2566) in got  # the resolution's target
    assert not any(v is not None and v > 26 and v < 32 for _, v, _, _ in got)  # road deaths are a rate


def test_shared_and_far_targets_in_a_real_progress_report(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(NONG_PHAI)).outcomes}
    assert {(93.48, 90.0, 2567), (92.76, 90.0, 2567), (26.69, 30.0, 2567), (34.12, None, 2566)} <= got
    assert (None, 30.0, 2567) not in got
