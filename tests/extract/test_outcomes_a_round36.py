"""Round 36 (outcomes A): a numbered line right above a table ("6.2 ...
จำแนกรายตำบล", a .docx's bold paragraph, not a heading style, and too long
for a short heading) heads it as a heading does, so a note under the previous
table ("ประมวลผล ณ วันที่ 5 ต.ค. 67") above it does not date the table's
figures; a note right above the table, under the numbered line, is still
read.  Small blocks first, then a real corpus file of set 36."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.table_years import above_heading, table_year
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table
from pcc_ingest.model import Block
from tests.extract.blocks import grid_cell

KHAM_KHUEAN_KAEO = "yasothon-kham-khuean-kaeo-2567-project.docx"
NOTE = "หมายเหตุ: ข้อมูลผู้ป่วยจากระบบ HDC ประมวลผล ณ วันที่ 5 ต.ค. 67"
NUMBERED = "6.2 ผลการเปลี่ยนแปลงของกลุ่มเสี่ยงเมื่อครบ 6 เดือน จำแนกรายตำบลของอำเภอ"


def _line(text: str, order: int) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


def _subdistrict_table(*title: Block) -> Table:
    """ตำบล | ร้อยละ with one ตำบล row, under ``title``."""
    texts = [("ตำบล", "ร้อยละ"), ("ย่อ", "62.00")]
    cells = {(r, c): grid_cell(t, r, c) for r, row in enumerate(texts) for c, t in enumerate(row)}
    grid = Grid(table=0, cells=cells, rows=(0, 1), n_cols=2)
    columns = (Column(0, "subdistrict", "ตำบล", own="ตำบล"), Column(1, "percent", "ร้อยละ", own="ร้อยละ"))
    body = (Row(1, {c: b for (r, c), b in cells.items() if r == 1}),)
    return Table(grid, (0,), columns, body, title=title)


def test_a_numbered_paragraph_right_above_a_table_heads_it() -> None:
    note = _line(NOTE, 1)
    assert above_heading(_subdistrict_table(note, _line(NUMBERED, 2))) == [note]


def test_a_note_above_a_numbered_paragraph_does_not_date_the_table() -> None:
    assert table_year(_subdistrict_table(_line(NOTE, 1), _line(NUMBERED, 2)), 2567) == 2567


def test_a_note_right_above_a_table_stays_in_its_title() -> None:
    assert above_heading(_subdistrict_table(_line(NUMBERED, 1), _line(NOTE, 2))) == []


def test_a_docx_subdistrict_table_under_a_bold_numbered_line_keeps_the_fiscal_year(parsed) -> None:
    subdistricts = [o for o in extract(parsed(KHAM_KHUEAN_KAEO)).outcomes if "ลุมพุก" in o.indicator]
    assert subdistricts and {o.year_be for o in subdistricts} == {2567}
