"""Round 33 (outcomes A): a table caption setting targets per column group by
name ("(เป้าหมาย: A ร้อยละ 80 และ B ร้อยละ 40)") gives each group the figure
written right after its name, not the caption's first figure (one inside a
name), and every row of the group takes it.  A caption naming no target word
before the name sets none.  A two-row header whose top row names the measures
and whose lower row only gives each one's unit ("(ร้อยละ)") is a header, while
a form table's first data row under "หัวข้อ | รายละเอียด" still is not.
Strings and small tables first, then real corpus files of set 33."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.caption_targets import caption_bound, named_target
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_header import find_header
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from pcc_ingest.model import Block
from tests.extract.blocks import grid_cell

NONG_HAN = "udon-thani-nong-han-2568-progress.pdf"
SANGKHA = "surin-sangkha-2568-progress.pdf"

CAPTION = "ตารางที่ 2 ผลงานรายตำบล (เป้าหมาย: หมู่บ้าน HI ไม่เกิน 10 ร้อยละ 80 และผู้สูงอายุคัดกรอง ADL ร้อยละ 90)"


def _grid(texts: list[tuple[str, ...]]) -> Grid:
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row) if t}
    return Grid(table=0, cells=cells, rows=tuple(range(len(texts))), n_cols=max(len(r) for r in texts))


def test_a_caption_gives_each_named_group_the_figure_after_its_name() -> None:
    assert named_target(CAPTION, "หมู่บ้าน HI ไม่เกิน 10") == 80
    assert named_target(CAPTION, "ผู้สูงอายุคัดกรอง ADL (ร้อยละ)") == 90
    assert named_target("เป้าหมาย ≥ 85% ผู้ป่วยเบาหวาน ≥ ร้อยละ 40", "ผู้ป่วยเบาหวาน") == 40


def test_a_caption_without_a_target_word_before_the_name_sets_none() -> None:
    assert named_target("ผลงานรายตำบล หมู่บ้าน HI ไม่เกิน 10 ร้อยละ 80", "หมู่บ้าน HI ไม่เกิน 10") is None
    assert named_target(CAPTION, "ผู้ป่วยความดันโลหิตสูง") is None


def test_every_row_of_a_group_takes_the_target_the_caption_names_it_by() -> None:
    grid = _grid([("ตำบล", "หมู่บ้าน HI ไม่เกิน 10", "ผู้สูงอายุคัดกรอง ADL"), ("ก", "88.89", "92.10")])
    title = Block(kind="paragraph", raw_text=CAPTION, text=CAPTION, order=0, start=0, end=len(CAPTION))
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"),
               Column(1, "percent", "หมู่บ้าน HI ไม่เกิน 10", own="หมู่บ้าน HI ไม่เกิน 10"),
               Column(2, "percent", "ผู้สูงอายุคัดกรอง ADL", own="ผู้สูงอายุคัดกรอง ADL"))
    body = (Row(1, {c: grid.cells[(1, c)] for c in range(3)}),)
    table = Table(grid, (0,), columns, body, title=(title,), labels={c.col: (c.label,) for c in columns})
    assert caption_bound(table, Measure(columns[1], columns)) == 80
    assert caption_bound(table, Measure(columns[2], columns)) == 90


def test_a_row_of_units_under_the_measures_names_is_a_header_row() -> None:
    grid = _grid([("ตำบล", "หมู่บ้าน (แห่ง)", "ครัวเรือนคัดแยกขยะ", "ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน"),
                  ("", "", "(ร้อยละ)", "(ร้อยละ)"),
                  ("ก", "20", "78.4", "100")])
    assert find_header(grid) == (0, 1)


def test_a_form_tables_first_data_row_is_still_no_header_row() -> None:
    grid = _grid([("หัวข้อ", "รายละเอียด"), ("ชื่อโครงการ", "โครงการพัฒนาคุณภาพชีวิต"), ("งบประมาณ", "10,000 บาท")])
    assert find_header(grid) == ()


def test_a_progress_reports_subdistrict_table_takes_its_captions_targets_in_a_real_file(parsed) -> None:
    got = {(o.value_pct, o.target_pct) for o in extract(parsed(NONG_HAN)).outcomes if "หนองเม็ก" in o.indicator}
    assert got == {(83.33, 80), (39.18, 40)}


def test_a_subdistrict_table_with_a_row_of_units_is_read_in_a_real_file(parsed) -> None:
    got = {(o.value_pct, o.target_pct) for o in extract(parsed(SANGKHA)).outcomes if "ขอนแตก" in o.indicator}
    assert got == {(70.1, 80), (95.0, 80), (66.7, 80)}
