"""Round 46 (outcomes A): a numbered heading right over a results table names its measure, its
bracketed remark on targets ("(เป้าหมายแตกต่างตามบริบทของอำเภอ)") left out, when no KPI is stated
after it (a KPI before the table's own heading is another section's).  A province's table by
district whose measure headers each state their target in brackets, cells "a/b (c)", gives each
row's figures to the district it names with the header's target, its total row to no district,
and its header cells make no target-only records of their own.
Strings first, then Word files built here, then a real corpus file of set 46."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word
from docx_builder import add_table

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

YALA = "yala-province-2567-inspection"


# --- strings ------------------------------------------------------------------------------


def test_a_headings_remark_on_targets_is_no_part_of_its_measure() -> None:
    remark = rule_re("table", "heading_remark")
    assert remark.sub("", "การติดตามผู้ผ่านการบำบัดยาเสพติด (เป้าหมายแตกต่างตามบริบทของอำเภอ)") \
        == "การติดตามผู้ผ่านการบำบัดยาเสพติด"
    assert remark.sub("", "การคัดกรองซึมเศร้า (เกณฑ์ต่างกันตามพื้นที่)") == "การคัดกรองซึมเศร้า"
    assert remark.search("ความครอบคลุมวัคซีน (เป้าหมาย ≥ 95%)") is None  # a figure: the target reader's


# --- Word files built here ---------------------------------------------------------------


def _province_report(path: Path) -> Path:
    """A province's inspection report of another province: a table by district whose measure
    headers state their targets in other words and Thai digits, then a numbered heading with a
    remark on targets over a count table, after another section's bare province target and table."""
    doc = Word()
    doc.add_paragraph("รายงานการตรวจราชการ ประเด็น พชอ. จังหวัดน่าน ปีงบประมาณ ๒๕๖๗")
    doc.add_paragraph("1. ผลการดำเนินงานรายอำเภอ")
    add_table(doc, [("อำเภอ", "ครัวเรือนคัดแยกขยะ (ค่าเป้าหมาย ร้อยละ ๗๐)", "เด็กพัฒนาการสมวัย (เป้าหมาย ≥ ๘๕%)"),
                 ("ปัว", "๘๐/๑๐๐ (๘๐.๐๐)", "๔๕/๕๐ (๙๐.๐๐)"),
                 ("ท่าวังผา", "๓๐/๖๐ (๕๐.๐๐)", "๓๔/๔๐ (๘๕.๐๐)"),
                 ("รวม 2 อำเภอ", "๑๑๐/๑๖๐ (๖๘.๗๕)", "๗๙/๙๐ (๘๗.๗๘)")])
    doc.add_paragraph("2. ภาวะอ้วนในเด็กวัยเรียน")
    doc.add_paragraph("เป้าหมายของจังหวัด ภาวะอ้วนไม่เกินร้อยละ 12")
    add_table(doc, [("ปีงบประมาณ", "ปัว", "ท่าวังผา"), ("2566", "13.10", "11.40"), ("2567", "12.50", "10.20")])
    doc.add_paragraph("3. การคัดกรองภาวะซึมเศร้าในผู้สูงอายุ (เกณฑ์แตกต่างตามพื้นที่)")
    add_table(doc, [("อำเภอ", "ผลงาน (คน)", "กลุ่มเป้าหมาย (คน)", "ร้อยละ", "เป้าหมาย (ร้อยละ)"),
                 ("ปัว", "90", "100", "90.00", "85"),
                 ("ท่าวังผา", "40", "50", "80.00", "75")])
    doc.save(path)
    return path


def test_a_built_province_table_by_district_gives_each_row_its_district_and_header_target(tmp_path) -> None:
    got = extract(parse(_province_report(tmp_path / "report.docx"))).outcomes
    found = {(o.indicator, o.value_pct, o.target_pct) for o in got}
    assert {("ครัวเรือนคัดแยกขยะ อำเภอปัว", 80.0, 70.0), ("เด็กพัฒนาการสมวัย อำเภอท่าวังผา", 85.0, 85.0),
            ("ครัวเรือนคัดแยกขยะ รวม 2 อำเภอ", 68.75, 70.0)} <= found
    by_name = {o.indicator: o.district for o in got}
    assert by_name["ครัวเรือนคัดแยกขยะ อำเภอปัว"] is not None
    assert by_name["ครัวเรือนคัดแยกขยะ อำเภอปัว"] != by_name["ครัวเรือนคัดแยกขยะ อำเภอท่าวังผา"]
    assert by_name["ครัวเรือนคัดแยกขยะ รวม 2 อำเภอ"] is None
    assert not any(o.value_pct is None and o.indicator == "อำเภอ" for o in got)  # a header is no record


def test_a_built_numbered_heading_names_its_count_tables_measure(tmp_path) -> None:
    got = extract(parse(_province_report(tmp_path / "report.docx"))).outcomes
    counted = [o for o in got if o.evidence.table == 2]  # the count table, last
    assert counted and all(o.indicator.startswith("การคัดกรองภาวะซึมเศร้าในผู้สูงอายุ") for o in counted)
    assert not any("เกณฑ์แตกต่าง" in o.indicator or "ภาวะอ้วน" in o.indicator for o in counted)


# --- a real corpus file of set 46 ---------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_report_reads_its_district_table_and_headed_countadd_table(parsed, suffix) -> None:
    got = extract(parsed(YALA + suffix)).outcomes
    found = {(o.district, o.indicator, o.value_pct, o.target_pct) for o in got}
    assert {("9501", "ผู้สูงอายุได้รับการคัดกรอง ADL อำเภอเมืองยะลา", 94.3, 90.0),
            ("9508", "ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดี อำเภอกรงปินัง", 35.94, 40.0),
            (None, "หญิงตั้งครรภ์ฝากครรภ์ครั้งแรกก่อน 12 สัปดาห์ รวม 5 อำเภอ", 75.38, 75.0)} <= found
    assert not any(o.indicator == "อำเภอ" for o in got)
    drug = [o for o in got if o.value_pct in (90.76, 88.77)]
    assert drug and all(o.indicator.startswith("การติดตามผู้ผ่านการบำบัดยาเสพติด") for o in drug)
