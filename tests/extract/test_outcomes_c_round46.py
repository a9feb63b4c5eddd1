"""Round 46 (outcomes C): quarter columns under a bare year label ("ปีงบประมาณ
2568" over "ไตรมาส 1 | ไตรมาส 2") are that year's results when their cells are
counts out of a total with their percentage ("412/436 (94.50)"), each named
with its quarter, while the same header over ticks stays a timetable.  A
heading naming an indicator and its year over a dash list of places with
their percentages names each item "<indicator> <place>", of the heading's
year, a result in a plan when that year is before the plan's, and names the
figure in its bracket by what it is of ("ภาพรวมอำเภอ").  A table's section
heading naming results of its own names the table when the line above it is
the section before's (a minutes' "มติที่ประชุม ..."), and a bare
"ผลการดำเนินงาน" heading still does not.  A heading stating its year and the
year it is compared with gives its figures its own year.  Strings and small
blocks first, then built .docx variants, then real corpus files of set 46."""

from __future__ import annotations

import docx
import pytest

from pcc_ingest.extract.outcomes.place_lists import place_item
from pcc_ingest.extract.outcomes.running_text import section_years
from pcc_ingest.extract.outcomes.table_titles import caption_subject
from pcc_ingest.extract.outcomes.year_parts import counted_percent
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse
from tests.extract.blocks import doc_of, text_block

NA_KLANG = "nong-bua-lam-phu-na-klang-2568-minutes"
SOMDET = "kalasin-somdet-2566-action-plan"


def test_a_count_out_of_a_total_with_its_percentage_is_a_counted_percent() -> None:
    assert counted_percent("412/436 (94.50)")
    assert counted_percent("๘๖/๔๑๒ (๒๐.๘๗)".translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    assert not counted_percent("412/436 (80.00)")  # 412/436 is no 80
    assert not counted_percent("✓")


def test_a_place_and_its_percentage_after_a_dash_is_a_place_item() -> None:
    assert place_item("- ต.สมเด็จ ร้อยละ 85.71") == "ต.สมเด็จ"
    assert place_item("• ตำบลบ้านใหม่ 80.25%") == "ตำบลบ้านใหม่"
    assert place_item("ต.สมเด็จ ร้อยละ 85.71") is None  # no list marker
    assert place_item("ต.สมเด็จ ร้อยละ 85.71", listed=True) == "ต.สมเด็จ"  # a Word list keeps its marker apart
    assert place_item("- ผู้สูงอายุได้รับการคัดกรอง ร้อยละ 90") is None  # no place


def _heading(text: str) -> Block:
    return Block(kind="heading", raw_text=text, text=text, order=0, start=0, end=len(text))


def test_a_heading_naming_results_over_its_table_names_it_not_the_line_before() -> None:
    rows = [["องค์ประกอบ", "คิดเป็น %"], ["U – Unity Team", "80.00"]]
    blocks = [text_block("มติที่ประชุม อนุมัติแผนกิจกรรมตามที่เสนอ"),
              _heading("5.2 ผลการประเมินตนเองตามองค์ประกอบ UCCARE"),
              *[Block(kind="table_cell", raw_text=t, text=t, order=0, start=0, end=len(t), table=0, row=r, col=c)
                for r, cells in enumerate(rows) for c, t in enumerate(cells)]]
    table = read_tables(doc_of(blocks))[0]
    assert caption_subject(table) == "ผลการประเมินตนเองตามองค์ประกอบ UCCARE"


def test_a_bare_results_heading_does_not_name_the_table() -> None:
    rows = [["ตำบล", "ร้อยละ"], ["บ้านใหม่", "80.00"]]
    blocks = [text_block("ร้อยละของครัวเรือนที่คัดแยกขยะ รายตำบล"), _heading("3. ผลการดำเนินงาน"),
              *[Block(kind="table_cell", raw_text=t, text=t, order=0, start=0, end=len(t), table=0, row=r, col=c)
                for r, cells in enumerate(rows) for c, t in enumerate(cells)]]
    table = read_tables(doc_of(blocks))[0]
    assert caption_subject(table) == "ร้อยละของครัวเรือนที่คัดแยกขยะ"  # its lead-in "รายตำบล" left out


def test_a_heading_compared_with_another_year_states_its_own() -> None:
    doc = doc_of([_heading("3. แผนงาน/กิจกรรม ปีงบประมาณ 2567 เปรียบเทียบกับปีงบประมาณ 2566"),
                  text_block("เป้าหมาย ครัวเรือนคัดแยกขยะ ร้อยละ 70")])
    assert section_years(doc)[1] == 2567


def _quarters_docx(path, cells: tuple[str, str]) -> str:
    """ตัวชี้วัด | ค่าเป้าหมาย | a bare year label over two quarters, Thai digits, another district."""
    document = docx.Document()
    document.add_paragraph("รายงานการประชุมคณะกรรมการ พชอ.วังสะพุง จังหวัดเลย ปีงบประมาณ 2567")
    document.add_paragraph("ผลการดำเนินงานตามประเด็น")
    table = document.add_table(rows=3, cols=4)
    for c, text in enumerate(["ตัวชี้วัด", "ค่าเป้าหมาย", "ปี 2567", ""]):
        table.cell(0, c).text = text
    table.cell(1, 2).text, table.cell(1, 3).text = "ไตรมาสที่ 1", "ไตรมาสที่ 2"
    for c, text in enumerate(["ร้อยละผู้สูงอายุได้รับการคัดกรองภาวะหกล้ม", "ร้อยละ ๘๐", *cells]):
        table.cell(2, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    document.save(path)
    return path


def test_a_built_docx_variant_reads_quarters_under_a_bare_year_label(tmp_path) -> None:
    path = _quarters_docx(tmp_path / "quarters.docx", ("๑๒๐/๑๕๐ (๘๐.๐๐)", "๑๓๕/๑๕๐ (๙๐.๐๐)"))
    got = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in extract(parse(path)).outcomes}
    assert got.get((80.0, 80.0, 2567), "").endswith("ไตรมาสที่ 1")
    assert got.get((90.0, 80.0, 2567), "").endswith("ไตรมาสที่ 2")


def test_a_bare_year_label_over_ticked_quarters_stays_a_timetable(tmp_path) -> None:
    path = _quarters_docx(tmp_path / "ticks.docx", ("✓", ""))
    assert not any(o.value_pct is not None for o in extract(parse(path)).outcomes)


def test_a_built_docx_variant_names_a_list_of_places_by_its_heading(tmp_path) -> None:
    """A plan of another district: "ตำบล" written out, "%" for "ร้อยละ", a bullet, "ทั้งอำเภอ"."""
    path = tmp_path / "places.docx"
    document = docx.Document()
    document.add_paragraph("แผนปฏิบัติการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) อำเภอวังสะพุง จังหวัดเลย ปีงบประมาณ 2567")
    document.add_paragraph("ตัวชี้วัดที่ 2 ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ปีงบประมาณ 2566 (ทั้งอำเภอ ร้อยละ 72.40)")
    document.add_paragraph("• ตำบลผาน้อย 75.10%")
    document.add_paragraph("• ตำบลศรีสงคราม 69.85%")
    document.save(path)
    got = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in extract(parse(path)).outcomes}
    name = "ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง"
    assert got.get((75.1, None, 2566)) == f"{name} ตำบลผาน้อย"
    assert got.get((69.85, None, 2566)) == f"{name} ตำบลศรีสงคราม"
    assert got.get((72.4, None, 2566)) == f"{name} ทั้งอำเภอ"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_quarters_and_self_assessment_in_a_real_file(parsed, suffix) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in extract(parsed(NA_KLANG + suffix)).outcomes}
    assert got.get((94.5, 90.0, 2568)) == "ร้อยละเด็กได้รับการคัดกรองพัฒนาการ ไตรมาส 1"
    assert got.get((23.37, 20.0, 2568)) == "ร้อยละเด็กที่พบสงสัยล่าช้า ไตรมาส 2"
    assert got.get((91.86, 90.0, 2568)) == "ร้อยละเด็กสงสัยล่าช้าได้รับการติดตามกระตุ้น ไตรมาส 1"
    assert got.get((60.0, None, 2568), "").startswith("ผลการประเมินตนเองตามองค์ประกอบ UCCARE")
    assert not any("สงสัยล่าช้า ร้อยละ" in name for name in got.values())  # two stacked names never joined


def test_a_plans_baselines_listed_by_place_in_a_real_file(parsed) -> None:
    got = {(o.value_pct, o.target_pct, o.year_be): o.indicator for o in extract(parsed(SOMDET + ".pdf")).outcomes}
    follow_up = "ร้อยละของผู้ผ่านการบำบัดยาเสพติดที่ได้รับการติดตามครบตามเกณฑ์"
    assert got.get((85.71, None, 2565)) == f"{follow_up} ต.สมเด็จ"
    assert got.get((81.67, None, 2565)) == f"{follow_up} ภาพรวมอำเภอ"
    assert got.get((89.41, None, 2565)) == "ร้อยละของผู้สูงอายุที่ได้รับการคัดกรองสุขภาพ 10 เรื่อง ต.ลำห้วยหลัว"
    assert not any(name.startswith("ต.") for name in got.values())
