"""Round 45 (outcomes C): a table of two rows per place (targets over results)
whose header names only the measures reads each measure column as a percent
column when its target cells say "ร้อยละ 90" and its result cells "632/684
(92.40)".  A years-by-places table whose title closes on the measure's own
name in brackets is named by that name, and a place already written with its
unit ("ต.นาคา") takes no second unit word.  One indicator's figures stacked
by group under short tags in every round's cell ("DM 45.20 ¶ HT 44.85") are
read as one row per tag, the tag after the name.  Small strings and blocks first, then
variants built as real .docx files, then real corpus files of set 45."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.paired_rows import paired_measures
from pcc_ingest.extract.outcomes.stacked_cells import tagged_parts
from pcc_ingest.extract.outcomes.year_rows import _title_measure, _unit_written
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

RANONG = "ranong-suk-samran-2566-minutes"
SAMUT = "samut-songkhram-mueang-samut-songkhram-2567-progress.pdf"
PAIRED = [["ตำบล", "รายการ", "ผู้สูงอายุได้รับการคัดกรอง ADL", "ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน"],
          ["นาคา", "เป้าหมาย", "ร้อยละ 90", "ร้อยละ 100"], [None, "ผลงาน", "632/684 (92.40)", "18/18 (100)"]]


def _found(path) -> set[tuple[str, float | None, float | None]]:
    return {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


def test_measure_columns_of_a_paired_table_become_percent_columns_when_their_cells_say_so() -> None:
    table = paired_measures(read_tables(table_doc(PAIRED))[0])
    assert [(c.col, c.label) for c in table.columns_of("percent")] == [
        (2, "ผู้สูงอายุได้รับการคัดกรอง ADL"), (3, "ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน")]


def test_a_paired_table_of_head_counts_gets_no_percent_columns() -> None:
    rows = [PAIRED[0], ["นาคา", "เป้าหมาย", "684", "18"], [None, "ผลงาน", "632", "18"]]
    assert paired_measures(read_tables(table_doc(rows))[0]).columns_of("percent") == []


def test_a_title_closing_on_the_measures_name_in_brackets_names_the_measure() -> None:
    title = "ผลการคัดแยกขยะในครัวเรือน เปรียบเทียบย้อนหลัง 3 ปี (ร้อยละของครัวเรือนที่คัดแยกขยะ)"
    assert _title_measure(title) == "ร้อยละของครัวเรือนที่คัดแยกขยะ"
    assert _title_measure("ผลการคัดแยกขยะในครัวเรือน (ร้อยละ)") == "ผลการคัดแยกขยะในครัวเรือน"


def test_a_place_written_with_its_abbreviated_unit_takes_no_second_unit() -> None:
    assert _unit_written("ต.นาคา", "ตำบล") and _unit_written("ตำบลนาคา", "ตำบล")
    assert not _unit_written("นาคา", "ตำบล")


def test_figures_stacked_under_short_tags_are_read_with_their_tags() -> None:
    text = "DM 45.20 HT 44.85"
    assert [(tag, text[s:e]) for tag, (s, e) in tagged_parts(text)] == [("DM", "45.20"), ("HT", "44.85")]
    assert tagged_parts("45.20 44.85") == [] and tagged_parts("DM 45.20") == []


def test_a_built_docx_variant_reads_paired_rows_whose_header_names_only_measures(tmp_path) -> None:
    """Other words ("ค่าเป้าหมาย" / "ผลการดำเนินงาน"), "%" targets, Thai digits, another district."""
    rows = [["ตำบล", "รายการ", "หญิงตั้งครรภ์ฝากครรภ์ก่อน 12 สัปดาห์", "เด็กได้รับวัคซีนครบ"],
            ["บ้านเหล่า", "ค่าเป้าหมาย", "๗๕%", "๙๕%"], ["", "ผลการดำเนินงาน", "๔๐/๕๐ (๘๐.๐๐)", "๑๙/๒๐ (๙๕.๐๐)"],
            ["ท่าสะอาด", "ค่าเป้าหมาย", "๗๕%", "๙๕%"], ["", "ผลการดำเนินงาน", "๓๐/๔๐ (๗๕.๐๐)", "๒๗/๓๐ (๙๐.๐๐)"]]
    path = write_docx(tmp_path / "paired.docx", ["ผลการดำเนินงาน พชอ.เซกา จังหวัดบึงกาฬ ปีงบประมาณ 2567",
                                                 "ผลการดำเนินงานตามตัวชี้วัด จำแนกรายตำบล"], rows,
                      merges=[(1, 0, 2, 0), (3, 0, 4, 0)])
    got = {(v, t) for _, v, t in _found(path)}
    assert {(80.0, 75.0), (95.0, 95.0), (75.0, 75.0), (90.0, 95.0)} <= got
    assert not {(75.0, None), (95.0, None), (None, 75.0)} & got


def test_a_built_docx_variant_names_years_by_places_by_the_bracketed_measure(tmp_path) -> None:
    """Thai digits, places written "อ." under a province's years-by-districts table."""
    rows = [["ปีงบประมาณ", "อ.เมือง", "อ.ท่าแซะ", "ภาพรวมจังหวัด"],
            ["๒๕๖๕", "๖๑.๒๐", "๕๘.๔๐", "๖๐.๑๐"], ["๒๕๖๖", "๗๒.๕๐", "๖๙.๓๐", "๗๑.๒๐"]]
    path = write_docx(tmp_path / "years.docx", [
        "รายงานผลการดำเนินงาน พชอ.เมืองชุมพร จังหวัดชุมพร ปีงบประมาณ 2566",
        "ผลการตรวจสุขภาพช่องปากเด็ก เปรียบเทียบ 2 ปี (ร้อยละของเด็กปฐมวัยที่ฟันไม่ผุ)"], rows)
    names = {name for name, value, _ in _found(path) if value == 72.5}
    assert names == {"ร้อยละของเด็กปฐมวัยที่ฟันไม่ผุ อ.เมือง"}


def test_a_built_docx_variant_reads_figures_stacked_under_tags_per_round(tmp_path) -> None:
    """Other tags ("HI" / "CI"), Thai digits, "%" signs, another district."""
    rows = [["ตัวชี้วัด", "เป้าหมาย", "ไตรมาส 3", "ไตรมาส 4", "ผลงานสะสม"],
            ["ร้อยละของชุมชนที่มีค่าดัชนีลูกน้ำยุงลายผ่านเกณฑ์", "≥ 80%", "HI ๗๒.๕๐%\nCI ๘๘.๐๐%",
             "HI ๘๑.๐๐%\nCI ๙๐.๕๐%", "HI ๘๑.๐๐%\nCI ๙๐.๕๐%"]]
    path = write_docx(tmp_path / "tags.docx", ["รายงานผลการดำเนินงาน พชอ.ปากพลี จังหวัดนครนายก ปีงบประมาณ 2567",
                                               "ผลการดำเนินงานรายไตรมาส"], rows)
    got = _found(path)
    assert ("ร้อยละของชุมชนที่มีค่าดัชนีลูกน้ำยุงลายผ่านเกณฑ์ HI ไตรมาส 3", 72.5, 80.0) in got
    assert ("ร้อยละของชุมชนที่มีค่าดัชนีลูกน้ำยุงลายผ่านเกณฑ์ CI ไตรมาส 3", 88.0, 80.0) in got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_paired_rows_and_a_bracketed_measure_in_a_real_minutes(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(RANONG + suffix)).outcomes}
    assert {("ผู้สูงอายุได้รับการคัดกรอง ADL ตำบลนาคา", 92.4, 90.0),
            ("ผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน ตำบลกำพวน", 93.33, 100.0),
            ("ร้อยละของครัวเรือนที่คัดแยกขยะ ต.นาคา", 41.25, None)} <= got
    assert not any(name in ("นาคา", "กำพวน") for name, _, _ in got)


def test_figures_stacked_under_tags_per_quarter_in_a_real_progress_report(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parsed(SAMUT)).outcomes}
    stem = "ร้อยละของประชากรอายุ 35 ปีขึ้นไปได้รับการคัดกรองเบาหวาน และความดันโลหิตสูง"
    assert {(f"{stem} DM ไตรมาส 1", 45.2, 90.0), (f"{stem} DM ไตรมาส 2", 40.15, 90.0),
            (f"{stem} HT", 84.75, 90.0)} <= got
