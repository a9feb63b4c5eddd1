"""Round 44 (outcomes A): a results table with two rows per place, a row of
targets ("เป้าหมาย") over a row of results ("ผลงาน"), gives one record per
place and column, the result with the target row's figure as its target, and
no record of the target row.  Rows not paired as target then result are left
as they were.  A note under the table before ("หมายเหตุ …") is no caption of
the next table: with only such a note above the next table's numbered
heading, the heading names its measure.  Small tables and records first, then
variants built as real .docx files, then real corpus files of set 44."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.paired_rows import pair_target_rows, row_pairs
from pcc_ingest.extract.outcomes.table_titles import caption_subject
from pcc_ingest.extract.records import Evidence, OutcomeRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

YALA = "yala-yaha-2568-action-plan.pdf"
BANG_KHLA = "chachoengsao-bang-khla-2567-progress"
PAIRED = [["ตำบล", "รายการ", "วัคซีน MMR (ร้อยละ)"],
          ["ยะหา", "เป้าหมาย", "95"], [None, "ผลงาน", "90.14"],
          ["ละแอ", "เป้าหมาย", "95"], [None, "ผลงาน", "80.68"]]


def _record(row: int, value: float, name: str = "วัคซีน MMR ตำบลยะหา") -> OutcomeRecord:
    ev = Evidence(block=row, table=0, row=row, col=2, start=0, end=1, text="x")
    return OutcomeRecord(indicator=name, value_pct=value, evidence=ev)


def test_a_target_row_over_a_result_row_is_paired() -> None:
    assert row_pairs(read_tables(table_doc(PAIRED))[0]) == {2: (1, "ผลงาน"), 4: (3, "ผลงาน")}


def test_rows_not_ordered_target_then_result_are_not_paired() -> None:
    rows = [PAIRED[0], ["ยะหา", "ผลงาน", "90.14"], ["ละแอ", "เป้าหมาย", "95"]]
    assert row_pairs(read_tables(table_doc(rows))[0]) == {}


def test_the_result_takes_the_target_rows_figure_and_the_target_rows_record_goes() -> None:
    table = read_tables(table_doc(PAIRED))[0]
    got = pair_target_rows([table], [_record(1, 95), _record(2, 90.14), _record(3, 95), _record(4, 80.68)])
    assert [(o.evidence.row, o.value_pct, o.target_pct) for o in got] == [(2, 90.14, 95), (4, 80.68, 95)]


def test_a_result_row_naming_its_kind_word_takes_the_target_rows_indicator() -> None:
    table = read_tables(table_doc(PAIRED))[0]
    got = pair_target_rows([table], [_record(1, 95, "วัคซีน MMR"), _record(2, 90.14, "วัคซีน MMR ตำบลผลงาน")])
    assert [(o.indicator, o.target_pct) for o in got] == [("วัคซีน MMR", 95)]


def test_a_note_under_the_table_before_is_no_caption_and_the_heading_names_the_table() -> None:
    doc = table_doc([["ตำบล", "ร้อยละ"], ["บางสวน", "93.41"]])
    table = read_tables(doc)[0]
    note = Block(kind="paragraph", raw_text="", text="หมายเหตุ ผลงานไตรมาส 4 เป็นผลงานสะสม", order=0, start=0, end=1)
    heading = Block(kind="heading", raw_text="", text="4.2 ผลการคัดกรอง ADL ผู้สูงอายุ รายตำบล", order=1, start=0, end=1)
    assert caption_subject(replace(table, title=(note, heading))) == "ผลการคัดกรอง ADL ผู้สูงอายุ"


def test_a_built_docx_variant_pairs_target_and_result_rows(tmp_path) -> None:
    """Other words ("ค่าเป้าหมาย" / "ผลการดำเนินงาน"), Thai digits, another district, place column second."""
    rows = [["รายการ", "ตำบล", "ครัวเรือนคัดแยกขยะ (ร้อยละ)", "หมู่บ้าน HI ไม่เกิน 10 (ร้อยละ)"],
            ["ค่าเป้าหมาย", "ท่าสาป", "๘๐", "๙๐"], ["ผลการดำเนินงาน", "ท่าสาป", "๗๒.๕๐", "๙๓.๓๓"],
            ["ค่าเป้าหมาย", "ลำใหม่", "๘๐", "๙๐"], ["ผลการดำเนินงาน", "ลำใหม่", "๘๖.๑๐", "๘๘.๒๐"]]
    path = write_docx(tmp_path / "paired.docx", ["ผลการดำเนินงาน พชอ.เมืองยะลา จังหวัดยะลา ปีงบประมาณ 2567"], rows)
    got = {(o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert {(72.5, 80.0), (93.33, 90.0), (86.1, 80.0), (88.2, 90.0)} <= got
    assert not {(80.0, None), (90.0, None)} & got


def _two_tables(path: Path) -> Path:
    """A quarter table with a note under it, then a numbered heading over a ตำบล table."""
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินงาน พชอ.เมืองน่าน จังหวัดน่าน ปีงบประมาณ 2566")
    first = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["ตัวชี้วัด", "เป้าหมาย", "ผลงาน"]):
        first.cell(0, c).text = text
    for c, text in enumerate(["ร้อยละของครัวเรือนคัดแยกขยะ", "≥ 70%", "76.80%"]):
        first.cell(1, c).text = text
    document.add_paragraph("หมายเหตุ ผลงานเป็นผลงานสะสมทั้งปี ครัวเรือนทั้งหมด 1,250 ครัวเรือน")
    document.add_heading("๓.๒ ผลการตรวจคัดกรองพัฒนาการเด็ก รายตำบล", level=2)
    second = document.add_table(rows=3, cols=3)
    for r, texts in enumerate([["ตำบล", "ร้อยละ", "ผ่าน / ไม่ผ่าน"], ["ในเวียง", "๙๒.๑๐", "ผ่าน"], ["ไชยสถาน", "๘๔.๓๐", "ไม่ผ่าน"]]):
        for c, text in enumerate(texts):
            second.cell(r, c).text = text
    document.save(path)
    return path


def test_a_built_docx_variant_names_a_table_by_its_heading_not_the_note_above(tmp_path) -> None:
    got = {(o.indicator, o.value_pct) for o in extract(parse(_two_tables(tmp_path / "note.docx"))).outcomes}
    assert not any(name.startswith("หมายเหตุ") for name, _ in got)
    assert {("ผลการตรวจคัดกรองพัฒนาการเด็ก ตำบลในเวียง", 92.1)} <= got


def test_target_and_result_rows_per_tambon_in_a_real_action_plan(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(YALA)).outcomes}
    assert {("วัคซีน MMR เข็มที่ 1 (อายุ 1 ปี) ตำบลยะหา", 90.14, 95.0),
            ("เด็ก 0–5 ปี สูงดีสมส่วน ตำบลกาตอง", 60.87, 66.0)} <= got
    assert not any(value == 95.0 and target is None for _, value, target in got)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_tambon_table_under_a_note_is_named_by_its_heading_in_a_real_progress_report(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(BANG_KHLA + suffix)).outcomes}
    assert ("ผลการคัดกรอง ADL ผู้สูงอายุ ตำบลเสม็ดใต้", 87.41, 90.0) in got
