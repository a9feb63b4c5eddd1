"""Round 27 (outcomes A): a middle header row of group labels naming no role
joins a three-row header.  A header cell over the groups' own labels is the
table's title row, so its target is the whole table's.  A numbered caption
saying "ร้อยละ" makes a table of years by ตำบล a results table.  A minutes'
agenda heading ("ระเบียบวาระที่ 3 ...") is a top-level outline heading, whose
year its paragraphs and tables take.  A year written right after another
figure and its unit is that figure's, not the next ones'.  A figure a change
starts from, dated right after it, is the compared one, and the target after
it is the current result's.  The rounds an average is taken over, and a
span of time inside the part of a count, leave the subject whole.  Strings
and small blocks first, then real corpus files of set 27."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.figure_pairs import pair_figures
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.outline import outline_number
from pcc_ingest.extract.outcomes.results_tables import is_results_table
from pcc_ingest.extract.outcomes.table_targets import is_group_label, spans_groups
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_header import find_header
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from pcc_ingest.model import Block
from tests.extract.blocks import grid_cell

RUESO = "narathiwat-rueso-2567-minutes"
KHLONG_LAN = "kamphaeng-phet-khlong-lan-2566-progress.pdf"
TITLE = "ความครอบคลุมการได้รับวัคซีน (ร้อยละ) เป้าหมาย ≥ ร้อยละ 95"


def _vaccine_grid() -> Grid:
    """ตำบล | a title over MMR1/MMR2 groups over ปี 2565 | ปี 2566 twice, then one body row."""
    rows = [("ตำบล", TITLE, "", "", ""), ("", "MMR1 (เด็กอายุครบ 1 ปี)", "", "MMR2 (เด็กอายุครบ 3 ปี)", ""),
            ("", "ปี 2565", "ปี 2566", "ปี 2565", "ปี 2566"), ("รือเสาะ", "72.10", "78.45", "63.20", "70.12")]
    cells = {(r, c): grid_cell(t, r, c) for r, texts in enumerate(rows) for c, t in enumerate(texts) if t}
    return Grid(table=0, cells=cells, rows=(0, 1, 2, 3), n_cols=5)


def _vaccine_table() -> Table:
    grid = _vaccine_grid()
    group = {1: "MMR1 (เด็กอายุครบ 1 ปี)", 2: "MMR1 (เด็กอายุครบ 1 ปี)", 3: "MMR2 (เด็กอายุครบ 3 ปี)",
             4: "MMR2 (เด็กอายุครบ 3 ปี)"}
    labels = {0: ("ตำบล",), **{c: (TITLE, g, grid.cells[(2, c)].text) for c, g in group.items()}}
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(c, "year", " ".join(labels[c]), year_be=int(labels[c][-1][-4:]), own=labels[c][-1])
                 for c in group))
    body = (Row(3, {c: b for (r, c), b in grid.cells.items() if r == 3}),)
    return Table(grid, (0, 1, 2), columns, body, labels=labels)


def test_a_group_row_naming_no_role_joins_a_three_row_header() -> None:
    assert find_header(_vaccine_grid()) == (0, 1, 2)


def test_a_title_row_over_the_groups_labels_states_the_whole_tables_target() -> None:
    table = _vaccine_table()
    title, group = table.grid.cells[(0, 1)], table.grid.cells[(1, 1)]
    assert spans_groups(table, title) and not is_group_label(table, title)
    assert is_group_label(table, group)  # a group's own label stays the group's


def test_a_numbered_percent_caption_makes_a_years_by_subdistrict_table_a_results_table() -> None:
    head = {(0, c): grid_cell(t, 0, c) for c, t in enumerate(("ตำบล", "ปี 2564", "ปี 2565", "ปี 2566"))}
    grid = Grid(table=0, cells=head, rows=(0,), n_cols=4)
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               *(Column(c, "year", f"ปี {y}", year_be=y, own=f"ปี {y}") for c, y in ((1, 2564), (2, 2565), (3, 2566))))
    caption = Block(kind="paragraph", raw_text="", order=-1, start=0, end=0,
                    text="ตารางที่ 1 ร้อยละของเกษตรกรที่มีผลสารเคมีในเลือดอยู่ในระดับปกติ (ค่าเป้าหมาย ร้อยละ 60)")
    assert is_results_table(Table(grid, (0,), columns, (), title=(caption,)))
    assert not is_results_table(Table(grid, (0,), columns, ()))


def test_a_minutes_agenda_heading_is_a_top_level_outline_heading() -> None:
    text = "ระเบียบวาระที่ 3 เรื่องเพื่อทราบ ผลการดำเนินงาน พชอ.รือเสาะ ปีงบประมาณ 2566"
    assert outline_number(Block(kind="heading", raw_text=text, text=text, order=0, start=0, end=len(text))) == (3,)


def test_a_year_written_after_another_figure_and_its_unit_is_that_figures() -> None:
    text = ("ลดลงจาก 24.33 ต่อประชากรแสนคนในปี 2565 และ 26.89 ต่อประชากรแสนคนในปี 2564 (เป้าหมายไม่เกิน 22 "
            "ต่อประชากรแสนคน) ผลสำรวจการสวมหมวกนิรภัย 3 ครั้ง เฉลี่ยร้อยละ 68.50")
    assert year_before(text, text.index("ร้อยละ 68")) is None
    alone = "ผู้ป่วย 24 รายในปี 2565 คิดเป็นร้อยละ 30"
    assert year_before(alone, alone.index("ร้อยละ")) == 2565  # no figure between: the year stands
    dated = "ตามระเบียบ พ.ศ. 2561 ในปีงบประมาณ 2567 อำเภอผ่านเกณฑ์ 14 อำเภอ จาก 17 อำเภอ คิดเป็นร้อยละ 82.35"
    assert year_before(dated, dated.index("ร้อยละ")) == 2567  # a year before "ใน" is no figure


def test_a_dated_figure_a_change_starts_from_is_compared_and_the_target_is_the_results() -> None:
    text = "การสวมหมวกนิรภัย เฉลี่ยร้อยละ 68.50 เพิ่มขึ้นจากร้อยละ 59.25 ในปี 2565 แต่ยังไม่ถึงเป้าหมายร้อยละ 80"
    pairs = [(v.value, t.value if t else None) for v, t, _ in pair_figures(block_figures(text, False, 2566), text, 2566)]
    assert pairs == [(68.5, 80.0), (59.25, None)]


def test_the_rounds_an_average_is_taken_over_leave_the_subject_whole() -> None:
    words = indicator_words("ผลสำรวจการสวมหมวกนิรภัยของผู้ขับขี่และผู้ซ้อนรถจักรยานยนต์ 3 ครั้ง เฉลี่ย")
    assert "การสวมหมวกนิรภัยของผู้ขับขี่และผู้ซ้อนรถจักรยานยนต์" in words


def test_a_part_of_a_count_told_by_a_span_of_time_joins_its_base() -> None:
    words = "- ประเด็นยาเสพติด ผู้ใช้ยาเสพติดเข้ารับการบำบัดในชุมชน 165 ราย หยุดเสพต่อเนื่อง 3 เดือน 121 ราย คิดเป็น"
    assert indicator_words(words) == "ผู้ใช้ยาเสพติดเข้ารับการบำบัดในชุมชน หยุดเสพต่อเนื่อง 3 เดือน"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_three_row_header_vaccine_table_and_agenda_year_in_real_minutes(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(RUESO + suffix)).outcomes}
    assert {(72.1, None, 2565), (78.45, 95.0, 2566), (62.8, 95.0, 2566), (56.9, None, 2565)} <= got
    assert {(73.33, 70.0, 2566), (68.42, 75.0, 2566), (21.3, 14.0, 2566)} <= got
    assert not any(v is None and t == 95.0 for v, t, _ in got)  # the header's target is no record of its own


def test_a_captioned_table_by_subdistrict_and_dated_comparison_in_a_real_report(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(KHLONG_LAN)).outcomes}
    assert {(42.11, None, 2564), (51.3, None, 2565), (60.0, 60.0, 2566), (59.0, 60.0, 2566)} <= got
    assert {(68.5, 80.0, 2566), (59.25, None, 2565)} <= got
