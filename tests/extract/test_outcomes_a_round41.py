"""Round 41 (outcomes A): a row naming indicators each with its target in
brackets, under one percentage label spanning them and with no cell in the
subject column, is the table's lowest header row, each of its cells heading a
percent column of its own with its own target, and the spanning label no part
of the indicators' names.  A row of figures, or one with a subject cell, stays
a body row.  The upper end of a range opening a figure's clause ("–90 ...") is
no part of that figure's indicator.  A PDF paragraph broken between the verb
giving a figure and "ร้อยละ" ("... คิดเป็น" / "ร้อยละ 88.51 ...") is one
paragraph.  Strings and small tables first, then a real corpus file of set 41."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.indicator_label_rows import indicator_label_rows
from pcc_ingest.extract.outcomes.outline import continues_figure
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from tests.extract.blocks import table_doc, text_block

AT_SAMAT = "roi-et-at-samat-2568-minutes"
SPAN = "ร้อยละผลการดำเนินงานตามตัวชี้วัด ไตรมาส 1/2568"
SCREEN = "เด็ก 0–5 ปีได้รับการคัดกรองพัฒนาการ (เป้าหมาย ≥ 90%)"
WASTE = "ครัวเรือนคัดแยกขยะต้นทาง (เป้าหมาย ≥ 80%)"


def _table(second: list[str | None]):
    """ตำบล | one percentage label spanning two columns, ``second`` under it, two ตำบล rows."""
    rows = [["ตำบล", SPAN, None], second, ["อาจสามารถ", "98.10%", "89.15%"], ["โพนเมือง", "90.40%", "73.71%"]]
    return read_tables(table_doc(rows))[0]


def test_a_row_of_indicators_with_targets_under_a_spanning_percentage_label_is_a_header_row() -> None:
    table = indicator_label_rows(_table([None, SCREEN, WASTE]))
    assert [(c.col, c.role, c.own) for c in table.columns][1:] == [(1, "percent", SCREEN), (2, "percent", WASTE)]
    assert table.labels[1] == (SCREEN,) and table.labels[2] == (WASTE,)
    assert [r.cells[0].text for r in table.rows] == ["อาจสามารถ", "โพนเมือง"]


@pytest.mark.parametrize("second", [
    ["รวม", SCREEN, WASTE],  # a subject cell: a body row
    [None, "90.00%", "80.00%"],  # figures: no labels
    [None, "เด็ก 0–5 ปีได้รับการคัดกรองพัฒนาการ", "ครัวเรือนคัดแยกขยะต้นทาง"],  # no targets
])
def test_a_row_of_figures_or_with_a_subject_cell_stays_a_body_row(second) -> None:
    table = _table(second)
    assert indicator_label_rows(table) == table


def test_a_ranges_upper_end_opening_a_clause_is_no_part_of_the_indicator() -> None:
    assert indicator_words("–90 ผู้ผ่านการบำบัดได้รับการติดตามครบ 1 ปี") == "ผู้ผ่านการบำบัดได้รับการติดตามครบ 1 ปี"
    assert indicator_words(" - ร้อยละ 90 ผู้ผ่านการบำบัด") == "ผู้ผ่านการบำบัด"


def test_a_paragraph_broken_between_the_verb_and_its_percentage_is_one_paragraph() -> None:
    prev = text_block("ค้นหาผู้ใช้ยาเสพติดในชุมชนพบ 148 คน เข้ารับการบำบัดฟื้นฟู 131 คน คิดเป็น")
    block: Block = text_block("ร้อยละ 88.51 ซึ่งอยู่ในช่วงค่าเป้าหมายร้อยละ 80–90")
    assert continues_figure(prev, block)
    assert not continues_figure(text_block("ประเด็นยาเสพติด"), block)
    assert not continues_figure(prev, text_block("ผู้ผ่านการบำบัด ร้อยละ 62.50"))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_results_table_by_subdistrict_with_targets_in_its_indicator_row_in_real_minutes(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(AT_SAMAT + suffix)).outcomes}
    assert {("เด็ก 0–5 ปีได้รับการคัดกรองพัฒนาการ ตำบลอาจสามารถ", 98.1, 90.0),
            ("เด็กสงสัยพัฒนาการล่าช้าได้รับการติดตามกระตุ้น ตำบลหนองขาม", 96.0, 85.0),
            ("ครัวเรือนคัดแยกขยะต้นทาง ตำบลโหรา", 73.22, 80.0)} <= got
    assert {v for _, v, t in got if t == 85.0} >= {93.16, 70.0}  # the district row and บ้านแจ้ง
    assert not any(i.startswith(("ร้อยละ", "90 ")) for i, _, _ in got)
