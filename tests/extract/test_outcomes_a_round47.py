"""Round 47 (outcomes A): a measure header stating its target as a bare bound in brackets ("คัดกรอง
เบาหวาน (≥ 90%)") over district rows of "a/b (c)" cells gives each figure that target, the bracket
no part of the measure's name.  A written-out percentage, bound or range ("ร้อยละ 80–90", "ไม่เกินร้อยละ
13") is a data cell, so such a row is never read as a header row.  In an issues × indicators table whose
results cell lists "อ.<district> <figure>", a cell naming one place is read like one naming two (also
when a page break leaves a part with no cell naming two), each figure given to the district it names,
the district no part of the indicator.  The header cells of a table read by district state no KPI a
later table borrows its target or name from.  A result in running text restating a table's figure
is dropped even when it carries a bound its own subject states ("HI ไม่เกินร้อยละ 10 ได้ 54 จาก 61
หมู่บ้าน (ร้อยละ 88.52)").  Strings first, then Word files built here, then a real corpus file of set 47."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.outcomes.bracket_districts import bracket_district
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.place_cells import place_figures
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_header import is_figure_cell
from pcc_ingest.parsers import parse

LOP_BURI = "lop-buri-province-2568-inspection"


# --- strings ------------------------------------------------------------------------------


def test_a_bare_bound_in_brackets_is_a_measure_headers_target() -> None:
    bracket = rule_re("target_header", "bracket_target")
    assert bracket.search("คัดกรองเบาหวาน (≥ 90%)")
    assert bracket.search("ภาวะอ้วน (ไม่เกินร้อยละ 12)")
    assert bracket.search("ครัวเรือนคัดแยกขยะ (เป้าหมาย ร้อยละ 70)")
    assert bracket.search("ผลงาน (คน)") is None and bracket.search("ร้อยละ (2Q/9Q)") is None


def test_a_written_out_percentage_bound_or_range_is_a_data_cell() -> None:
    assert is_figure_cell("ร้อยละ 80–90") and is_figure_cell("ไม่เกินร้อยละ 13") and is_figure_cell("ร้อยละ 75")
    assert not is_figure_cell("ร้อยละ") and not is_figure_cell("ร้อยละผู้ขับขี่สวมหมวกนิรภัย")


def test_a_place_list_may_name_one_place_when_asked() -> None:
    assert place_figures("อ.ท่าหลวง 83.40") == []
    assert len(place_figures("อ.ท่าหลวง 83.40", 1)) == 1
    assert place_figures("ดำเนินการแล้ว 83.40", 1) == []


def test_a_district_named_at_the_indicators_end_is_the_rows_district() -> None:
    assert bracket_district("ร้อยละครัวเรือนคัดแยกขยะต้นทาง อ.ท่าหลวง", "16") == (
        "1607", "ร้อยละครัวเรือนคัดแยกขยะต้นทาง")
    assert bracket_district("ร้อยละครัวเรือนคัดแยกขยะต้นทาง อำเภอปัว", "16") is None  # another province's


# --- Word files built here ---------------------------------------------------------------


def _province_report(path: Path) -> Path:
    """Another province's inspection report: an issues × indicators table whose results cells list
    districts (one or two, Thai digits), a results table by district whose measure headers state a bare
    bound in brackets (columns in another order), a count table with no target, and a finding restating
    a figure with a bound inside its subject."""
    doc = Word()
    doc.add_paragraph("รายงานการตรวจราชการ การพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดน่าน ปีงบประมาณ ๒๕๖๗")
    doc.add_paragraph("ตารางที่ 1 ประเด็น ตัวชี้วัด ค่าเป้าหมาย และผลงาน")
    add_table(doc, [("ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลงานรายอำเภอ (ร้อยละ)"),
                 ("อุบัติเหตุ", "ร้อยละผู้ขับขี่สวมหมวกนิรภัย", "ร้อยละ ๗๐–๘๐", "อ.ปัว ๖๕.๒๐\nอ.ท่าวังผา ๗๒.๑๐"),
                 ("ไข้เลือดออก", "ร้อยละหมู่บ้านที่มีค่า HI ไม่เกินร้อยละ ๑๐", "ไม่น้อยกว่าร้อยละ ๘๕",
                  "อ.ปัว ๘๘.๔๐"),
                 ("ยาเสพติด", "ร้อยละผู้ผ่านการบำบัดได้รับการติดตาม", "ไม่เกินร้อยละ ๒๐", "อ.ท่าวังผา ๑๒.๕๐")])
    doc.add_paragraph("ตารางที่ 2 ผลการคัดกรองรายอำเภอ")
    add_table(doc, [("อำเภอ", "คัดกรองความดันโลหิตสูง (ไม่น้อยกว่าร้อยละ ๘๕)", "ครัวเรือนคัดแยกขยะ (≥ ๗๐%)"),
                 ("ปัว", "๘๐/๑๐๐ (๘๐.๐๐)", "๔๕/๕๐ (๙๐.๐๐)"),
                 ("ท่าวังผา", "๔๕/๕๐ (๙๐.๐๐)", "๓๐/๖๐ (๕๐.๐๐)"),
                 ("รวม 2 อำเภอ", "๑๒๕/๑๕๐ (๘๓.๓๓)", "๗๕/๑๑๐ (๖๘.๑๘)")])
    doc.add_paragraph("ตารางที่ 3 การคัดกรองภาวะซึมเศร้าในผู้สูงอายุ")
    add_table(doc, [("อำเภอ", "ผลงาน (คน)", "กลุ่มเป้าหมาย (คน)", "ร้อยละ"),
                 ("ปัว", "90", "100", "90.00"),
                 ("ท่าวังผา", "40", "50", "80.00")])
    doc.add_paragraph("๑. อำเภอปัวหมู่บ้านที่มีค่า HI ไม่เกินร้อยละ ๑๐ ได้ ๔๔ จาก ๕๐ หมู่บ้าน (ร้อยละ ๘๘.๔๐) "
                      "ควรเร่งรัดก่อนฤดูระบาด")
    doc.save(path)
    return path


@pytest.fixture
def report_outcomes(tmp_path):
    return extract(parse(_province_report(tmp_path / "report.docx"))).outcomes


def test_a_built_indicator_table_gives_each_listed_district_its_figure(report_outcomes) -> None:
    found = {(o.indicator, o.value_pct, o.target_pct) for o in report_outcomes if o.evidence.table == 0}
    assert {("ร้อยละผู้ขับขี่สวมหมวกนิรภัย", 65.2, 70.0), ("ร้อยละผู้ขับขี่สวมหมวกนิรภัย", 72.1, 70.0),
            ("ร้อยละหมู่บ้านที่มีค่า HI ไม่เกินร้อยละ 10", 88.4, 85.0),
            ("ร้อยละผู้ผ่านการบำบัดได้รับการติดตาม", 12.5, 20.0)} <= found
    helmet = {o.district for o in report_outcomes if o.evidence.table == 0 and "หมวก" in o.indicator}
    assert len(helmet) == 2 and None not in helmet


def test_a_built_bare_bound_headers_give_district_rows_their_targets(report_outcomes) -> None:
    found = {(o.value_pct, o.target_pct) for o in report_outcomes if o.evidence.table == 1}
    assert {(80.0, 85.0), (90.0, 70.0), (83.33, 85.0), (68.18, 70.0)} <= found
    assert not any("≥" in o.indicator or "ไม่น้อยกว่า" in o.indicator
                   for o in report_outcomes if o.evidence.table == 1)


def test_a_built_count_table_borrows_no_target_from_a_district_tables_header(report_outcomes) -> None:
    counted = [o for o in report_outcomes if o.evidence.table == 2]
    assert counted and all(o.target_pct is None for o in counted)
    assert not any("คัดแยกขยะ" in o.indicator for o in counted)


def test_a_built_finding_restating_a_figure_with_a_bound_in_its_subject_adds_none(report_outcomes) -> None:
    assert not any(o.evidence.table is None and o.value_pct == 88.4 for o in report_outcomes)


# --- a real corpus file of set 47 ---------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_report_reads_its_district_tables(parsed, suffix) -> None:
    got = extract(parsed(LOP_BURI + suffix)).outcomes
    found = {(o.district, o.value_pct, o.target_pct) for o in got}
    assert {("1602", 91.52, 90.0), (None, 80.99, 80.0), ("1607", 88.52, 90.0), ("1608", 9.52, 13.0),
            ("1611", 100.0, 90.0), ("1602", 91.79, None), (None, 91.32, None)} <= found
    assert not any(o.target_pct == 10.0 for o in got)
    assert not any("≥" in o.indicator for o in got)


def test_a_built_column_of_single_places_is_read_as_a_places_list(tmp_path) -> None:
    doc = Word()
    doc.add_paragraph("รายงานการตรวจราชการ การพัฒนาคุณภาพชีวิตระดับอำเภอ จังหวัดน่าน ปีงบประมาณ 2567")
    add_table(doc, [("ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลงานรายอำเภอ (ร้อยละ)"),
                 ("ขยะ", "ร้อยละครัวเรือนคัดแยกขยะ", "≥ 80%", "อำเภอปัว 83.40"),
                 ("ยาเสพติด", "ร้อยละผู้ผ่านการบำบัดได้รับการติดตาม", "≥ 60%", "อ.ท่าวังผา 74.19")])
    doc.save(tmp_path / "single.docx")
    got = extract(parse(tmp_path / "single.docx")).outcomes
    found = {(o.indicator, o.value_pct, o.target_pct) for o in got if o.district is not None}
    assert {("ร้อยละครัวเรือนคัดแยกขยะ", 83.4, 80.0), ("ร้อยละผู้ผ่านการบำบัดได้รับการติดตาม", 74.19, 60.0)} <= found
