"""The generic grid reader (``outcomes/grid_reader.py``, ``grid_cells.py``) and its fallback hook.

Rules pinned, one test each, on small real .docx files with invented names:
- a body cell under a label saying ร้อยละ / % is a percent cell; counts beside a percent
  column of the same group, money and rates per 100,000 are not;
- a cell written with % / ร้อยละ is a percent cell whatever its label;
- a row whose head says ร้อยละ makes its bare figures percentages;
- a year label over a cell is its year; a year earlier than the table's is a baseline
  with no target;
- a target-labelled cell in the row is the value's target and never a value;
- a target stated in the header label or the title applies to current-year figures;
- a district named in the row's head is the record's district; a total row is the
  document's district; a ตำบล row keeps the ตำบล in the indicator, last, named with its
  column's word; a group row naming a district gives the rows under it that district;
- a cell of words names each of its figures; a bound ("≥ 80") is a target;
- a column of shares of one whole (summing to 100) is background, no outcome;
- evidence cites the cell (table, row, col);
- ``uncovered`` lists the percent cells no record cites;
- the hook leaves a table the pipeline reads untouched, and reads an unread layout;
- a row number before the row's head is no figure (its unit cell "ร้อยละ" is seen);
- a head column labelled "ตัวชี้วัด (ร้อยละ)" makes the rows' figures percentages;
- a short caption naming the unit makes bare figures percentages, a sentence stating
  a figure does not;
- a row of labels under a spanning header names its columns' measures and targets.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_docx, write_parts

from pcc_ingest.extract.outcomes.common import Context
from pcc_ingest.extract.outcomes.grid_reader import grid_outcomes, uncovered
from pcc_ingest.extract.outcomes.grid_shares import grid_cells
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

CTX = Context(year_be=2567, province=None, single="9999", plan=False)


def _table(tmp_path: Path, rows: list[list[str]], paragraphs: tuple[str, ...] = ()):
    doc = parse(write_docx(tmp_path / "t.docx", paragraphs, rows))
    return read_tables(doc)[-1]


def _read(tmp_path: Path, rows: list[list[str]], paragraphs: tuple[str, ...] = (), ctx: Context = CTX):
    return grid_outcomes(_table(tmp_path, rows, paragraphs), ctx)


def test_percent_label_makes_bare_figures_percent_cells(tmp_path: Path) -> None:
    got = _read(tmp_path, [["ชุมชน", "ความครอบคลุมตัวอย่าง (ร้อยละ)"], ["ชุมชนตัวอย่าง", "85.5"]])
    assert [o.value_pct for o in got] == [85.5]


def test_counts_beside_percent_column_money_and_rates_are_not_percent(tmp_path: Path) -> None:
    rows = [["ชุมชน", "เป้าหมาย", "ผลงาน", "ร้อยละ", "งบประมาณ (บาท)", "อัตราต่อแสนประชากร"],
            ["ชุมชนตัวอย่าง", "40", "30", "75.00", "50", "12.5"]]
    assert [o.value_pct for o in _read(tmp_path, rows)] == [75.0]


def test_cell_written_as_percent_is_read_whatever_its_label(tmp_path: Path) -> None:
    got = _read(tmp_path, [["ชุมชน", "ผลตัวอย่าง"], ["ชุมชนตัวอย่าง", "62.5%"]])
    assert [o.value_pct for o in got] == [62.5]


def test_row_head_saying_percent_makes_its_figures_percentages(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2"], ["ร้อยละของตัวอย่างที่ได้รับการดูแล", "40", "70"],
            ["จำนวนตัวอย่าง (คน)", "12", "20"]]
    got = _read(tmp_path, rows)
    assert [o.value_pct for o in got] == [40.0, 70.0]
    assert "ไตรมาส 2" in got[1].indicator


def test_earlier_year_label_is_a_baseline_without_target(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ปี 2566", "ปี 2567", "เป้าหมาย"], ["ร้อยละของตัวอย่าง", "60", "82", "80"]]
    got = {o.year_be: o for o in _read(tmp_path, rows)}
    assert (got[2566].value_pct, got[2566].target_pct) == (60.0, None)
    assert (got[2567].value_pct, got[2567].target_pct) == (82.0, 80.0)


def test_target_cell_in_the_row_is_the_target_never_a_value(tmp_path: Path) -> None:
    rows = [["ชุมชน", "ค่าเป้าหมาย (ร้อยละ)", "ผล (ร้อยละ)"], ["ชุมชนตัวอย่าง", "90", "93.2"]]
    got = _read(tmp_path, rows)
    assert [(o.value_pct, o.target_pct) for o in got] == [(93.2, 90.0)]


def test_target_in_title_applies_to_current_figures(tmp_path: Path) -> None:
    rows = [["ชุมชน", "ร้อยละตัวอย่าง"], ["ชุมชนตัวอย่าง", "77.5"]]
    got = _read(tmp_path, rows, ("ตารางที่ 1 ผลตัวอย่าง (เป้าหมาย ร้อยละ 70)",))
    assert [(o.value_pct, o.target_pct) for o in got] == [(77.5, 70.0)]


def test_total_row_takes_the_document_district_and_tambon_stays_in_indicator(tmp_path: Path) -> None:
    rows = [["ตำบล", "ร้อยละตัวอย่าง"], ["ตำบลตัวอย่าง", "50"], ["รวม", "55"]]
    got = _read(tmp_path, rows)
    assert [o.district for o in got] == ["9999", "9999"]
    assert "ตำบลตัวอย่าง" in got[0].indicator


def test_tambon_goes_last_in_the_indicator_named_with_its_column_word(tmp_path: Path) -> None:
    rows = [["ตำบล", "ความครอบคลุมตัวอย่าง (ร้อยละ)"], ["ตัวอย่าง", "88.5"]]
    assert [o.indicator for o in _read(tmp_path, rows)] == ["ความครอบคลุมตัวอย่าง ตำบลตัวอย่าง"]


def test_district_named_in_row_head_is_the_record_district(tmp_path: Path) -> None:
    ctx = Context(year_be=2567, province="50", single=None, plan=False)
    rows = [["อำเภอ", "ร้อยละตัวอย่าง"], ["ฝาง", "64.2"], ["รวม", "60.1"]]
    got = _read(tmp_path, rows, ctx=ctx)
    assert [(o.district, o.value_pct) for o in got] == [("5009", 64.2), (None, 60.1)]


def test_evidence_cites_the_cell(tmp_path: Path) -> None:
    got = _read(tmp_path, [["ชุมชน", "ร้อยละตัวอย่าง"], ["ชุมชนตัวอย่าง", "85.5"]])
    assert (got[0].evidence.row, got[0].evidence.col, got[0].evidence.text) == (1, 1, "85.5")


def test_uncovered_lists_percent_cells_no_record_cites(tmp_path: Path) -> None:
    table = _table(tmp_path, [["ชุมชน", "ร้อยละตัวอย่าง"], ["ชุมชนก", "85.5"], ["ชุมชนข", "70"]])
    records = grid_outcomes(table, CTX)
    assert len(grid_cells(table)) == 2
    assert [c.block.text for c in uncovered(table, records[:1])] == ["70"]


def test_hook_leaves_a_table_the_pipeline_reads_untouched(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "เป้าหมาย", "ผลงาน", "ร้อยละ"], ["ร้อยละของตัวอย่าง", "40", "30", "75.00"]]
    path = write_parts(tmp_path / "read.docx", ["รายงานผลการดำเนินงาน พชอ. ปีงบประมาณ 2567", rows])
    got = extract(parse(path)).outcomes
    assert [o.value_pct for o in got] == [75.0]
    assert all(o.evidence.col == 3 for o in got)


def test_hook_reads_a_layout_no_role_knows(tmp_path: Path) -> None:
    rows = [["กลุ่มตัวอย่าง", "ชุมชนก", "ชุมชนข"], ["ตัวอย่างที่หนึ่ง (%)", "45.5", "61.25"],
            ["ตัวอย่างที่สอง (%)", "80", "92.5"]]
    path = write_parts(tmp_path / "unread.docx", ["รายงานผลการดำเนินงาน ปีงบประมาณ 2567", rows])
    got = extract(parse(path)).outcomes
    assert sorted(o.value_pct for o in got) == [45.5, 61.25, 80.0, 92.5]


def test_cell_of_words_names_each_of_its_figures(tmp_path: Path) -> None:
    rows = [["ชุมชน", "ตรวจแล้ว (คน)", "ผลลัพธ์"], ["ชุมชนตัวอย่าง", "194", "ความครอบคลุมตัวอย่าง 97.00% อัตราตัวอย่าง 4.12%"]]
    got = _read(tmp_path, rows)
    assert [(o.value_pct, o.evidence.text) for o in got] == [(97.0, "97.00%"), (4.12, "4.12%")]
    assert "ความครอบคลุมตัวอย่าง" in got[0].indicator


def test_column_of_shares_of_one_whole_is_background(tmp_path: Path) -> None:
    rows = [["แหล่งงบประมาณ", "จำนวนเงิน (บาท)", "ร้อยละ"], ["แหล่งก", "18,000", "26.67"],
            ["แหล่งข", "39,000", "73.33"], ["รวม", "57,000", "100.00"]]
    assert _read(tmp_path, rows) == []


def test_group_row_naming_a_district_gives_the_rows_under_it_that_district(tmp_path: Path) -> None:
    ctx = Context(year_be=2567, province="50", single=None, plan=False)
    rows = [["ตัวชี้วัด", "ไตรมาส 1", "ไตรมาส 2"], ["อำเภอฝาง ประเด็นตัวอย่าง", "", ""],
            ["ร้อยละของตัวอย่าง", "40.5", "70.25"]]
    assert {o.district for o in _read(tmp_path, rows, ctx=ctx)} == {"5009"}


def test_bounded_figure_is_a_target_of_the_row(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ค่า", "ผลงาน"], ["ร้อยละของตัวอย่าง", "≥ 80", "85.5"]]
    assert [(o.value_pct, o.target_pct) for o in _read(tmp_path, rows)] == [(85.5, 80.0)]


def _parts(tmp_path: Path, parts: list, merges: dict | None = None):
    return read_tables(parse(write_parts(tmp_path / "p.docx", parts, merges)))[-1]


def test_row_number_before_the_head_leaves_the_unit_cell_seen(tmp_path: Path) -> None:
    rows = [["ที่", "ตัวชี้วัด", "หน่วยนับ", "ผลงาน 2567"],
            ["1", "ผู้สูงอายุตัวอย่างได้รับการคัดกรอง", "ร้อยละ", "77.78"]]
    got = grid_outcomes(_parts(tmp_path, [rows]), CTX)
    assert [(o.value_pct, o.indicator) for o in got] == [(77.78, "ผู้สูงอายุตัวอย่างได้รับการคัดกรอง")]


def test_head_column_label_saying_percent_makes_the_rows_figures_percentages(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด (ร้อยละ)", "ตำบลตัวอย่าง", "ตำบลตัวอย่างสอง"],
            ["ครัวเรือนตัวอย่างคัดแยกขยะ", "81.25", "85.71"]]
    got = grid_outcomes(_parts(tmp_path, [rows]), CTX)
    assert [o.value_pct for o in got] == [81.25, 85.71]


def test_caption_naming_the_unit_makes_bare_figures_under_years_percentages(tmp_path: Path) -> None:
    rows = [["ตำบล", "ปี 2566", "ปี 2567"], ["ตัวอย่าง", "52.30", "61.45"], ["ตัวอย่างสอง", "48.75", "58.10"]]
    got = grid_outcomes(_parts(tmp_path, ["ตารางที่ 1 ร้อยละครัวเรือนตัวอย่างคัดแยกขยะ รายตำบล", rows]), CTX)
    assert [(o.value_pct, o.year_be) for o in got] == [(52.3, 2566), (61.45, 2567), (48.75, 2566), (58.1, 2567)]


def test_caption_sentence_stating_a_figure_does_not_make_scores_percentages(tmp_path: Path) -> None:
    rows = [["อำเภอ", "ระดับตัวอย่าง"], ["ตัวอย่าง", "4"], ["ตัวอย่างสอง", "3"]]
    caption = "อำเภอตัวอย่างผ่านเกณฑ์เมื่อผลการประเมินไม่ต่ำกว่าร้อยละ 80 ของคะแนนเต็ม"
    assert grid_outcomes(_parts(tmp_path, [caption, rows]), CTX) == []


def test_row_of_labels_under_a_spanning_header_names_measures_and_their_targets(tmp_path: Path) -> None:
    rows = [["ตำบล", "ร้อยละผลการดำเนินงาน", ""],
            ["", "เด็กตัวอย่างได้รับการคัดกรอง (เป้าหมาย ร้อยละ 90)", "ครัวเรือนตัวอย่างคัดแยกขยะ"],
            ["ตัวอย่าง", "98.10%", "89.15%"]]
    got = grid_outcomes(_parts(tmp_path, [rows], {0: [(0, 1, 0, 2)]}), CTX)
    assert [(o.value_pct, o.target_pct) for o in got] == [(98.1, 90.0), (89.15, None)]
    assert "ครัวเรือนตัวอย่างคัดแยกขยะ" in got[1].indicator
