"""Round 44 (outcomes B): a year row label followed by the months its figures
cover ("2567 (ต.ค. 66 – มี.ค. 67)") is still that year.  A years-by-places
table under a paragraph is named by the paragraph's closing clause (the
measure before its target and "มีดังนี้"), the target it states going to its
year's row only.  A table broken across pages with its header repeated takes
the title of its first part.  A note under one table that opens with a target
("* เป้าหมาย ร้อยละ 80") is no title of the next one; a note telling a finding
that ends on a target stays the next table's title line.  A percent column whose label states its target
after the measure is read as a percent column with that target, a target no
other measure of the table takes.  A header cell naming two indicators over
cells holding two figures each is read as two percent columns.  Small
strings and tables first, then variants built as real .docx files, then the
real corpus files of set 44."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.stacked_columns import stacked_columns, target_labelled
from pcc_ingest.extract.outcomes.year_rows import row_label_year
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

NONG_SUEA = "pathum-thani-nong-suea-2566-minutes"
KATHU = "phuket-kathu-2567-progress.pdf"


def test_a_year_label_with_a_bracket_of_months_is_that_year() -> None:
    assert row_label_year("2567 (ต.ค. 66 – มี.ค. 67)") == 2567
    assert row_label_year("2566 (ไตรมาส 1–3)") == 2566
    assert row_label_year("ตำบลกะทู้ (ต.ค. 66)") is None


def test_a_label_stating_its_target_is_a_percent_column() -> None:
    rows = [["ตำบล", "ครัวเรือนคัดแยกขยะ (ร้อยละ) เป้าหมายร้อยละ 70", "ร้อยละผู้สูงอายุ"], ["นาดี", "72.5", "81.0"]]
    table = target_labelled(read_tables(table_doc(rows))[0])
    assert [(c.col, c.role, c.own) for c in table.columns_of("percent")] == [
        (1, "percent", "ครัวเรือนคัดแยกขยะ (ร้อยละ)"), (2, "percent", "ร้อยละผู้สูงอายุ")]


def test_a_header_naming_two_indicators_over_two_figures_is_two_columns() -> None:
    rows = [["ตำบล", "ร้อยละพื้นที่นาไถกลบ ร้อยละเกษตรกรทำปุ๋ยหมัก"], ["นาดี", "72.4 38.6"], ["ท่าช้าง", "68.9 41.2"]]
    table = stacked_columns(read_tables(table_doc(rows))[0])
    assert [c.own for c in table.columns_of("percent")] == ["ร้อยละพื้นที่นาไถกลบ", "ร้อยละเกษตรกรทำปุ๋ยหมัก"]
    cols = [c.col for c in table.columns_of("percent")]
    assert [table.rows[0].cells[c].text.strip() for c in cols] == ["72.4", "38.6"]


def test_a_header_naming_two_indicators_over_one_figure_is_left_alone() -> None:
    rows = [["ตำบล", "ร้อยละพื้นที่นาไถกลบ ร้อยละเกษตรกรทำปุ๋ยหมัก"], ["นาดี", "72.4"]]
    table = read_tables(table_doc(rows))[0]
    assert stacked_columns(table) == table


def test_a_built_docx_variant_of_stacked_columns_and_a_labelled_target(tmp_path) -> None:
    """Other words and order, Thai digits, another district, the stacked column first."""
    rows = [["ชื่อตำบล", "ร้อยละผู้สูงอายุได้รับการคัดกรอง\nร้อยละผู้ป่วยได้รับการเยี่ยมบ้าน",
             "ครัวเรือนปลูกผัก (ร้อยละ) เกณฑ์ ≥ ร้อยละ ๗๕"],
            ["บ้านกลาง", "๘๘.๕\n๖๐.๒", "๗๘.๐"], ["ท่าช้าง", "๙๑.๐\n๕๕.๔", "๗๑.๓"]]
    path = write_docx(tmp_path / "r.docx", ["ผลการดำเนินงานรายตำบล อำเภอนาดี ปีงบประมาณ ๒๕๖๗"], rows)
    got = {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert {("ร้อยละผู้สูงอายุได้รับการคัดกรอง ตำบลท่าช้าง", 91.0, None),
            ("ร้อยละผู้ป่วยได้รับการเยี่ยมบ้าน ตำบลท่าช้าง", 55.4, None),
            ("ครัวเรือนปลูกผัก ตำบลท่าช้าง", 71.3, 75.0)} <= got


def test_a_built_docx_variant_of_years_by_places_under_a_paragraph(tmp_path) -> None:
    """A "ปีงบประมาณ" label, other places, a paragraph with figures before its closing clause."""
    rows = [["ปีงบประมาณ", "ท่าช้าง", "บ้านกลาง", "ภาพรวมอำเภอ"],
            ["๒๕๖๕", "๔๑.๒", "๓๘.๐", "๓๙.๖"], ["๒๕๖๖ (ต.ค. ๖๕ – มี.ค. ๖๖)", "๖๒.๐", "๕๘.๔", "๖๐.๒"]]
    intro = ("ผู้ป่วยรายใหม่ ๑๒ ราย อัตราป่วย ๑๕.๒ ต่อแสนประชากร ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน ๑๐ "
             "เป้าหมายปี ๒๕๖๖ ร้อยละ ๘๐ ดังตาราง")
    path = write_docx(tmp_path / "r.docx", ["อำเภอนาดี ปีงบประมาณ ๒๕๖๖", intro], rows)
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}
    assert {("ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน 10 ตำบลท่าช้าง", 41.2, None, 2565),
            ("ร้อยละหมู่บ้านที่มีค่า HI ไม่เกิน 10 ภาพรวมอำเภอ", 60.2, 80.0, 2566)} <= got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_stacked_columns_and_years_by_places_in_a_real_set_44_minutes(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(NONG_SUEA + suffix)).outcomes}
    assert {("ร้อยละเกษตรกรทำปุ๋ยหมักฟางข้าว ตำบลบึงบอน", 41.2, None, 2566),
            ("ครัวเรือนคัดแยกขยะต้นทาง (คัดแยก/ทั้งหมด) ตำบลบึงกาสาม", 58.33, 60.0, 2566)} <= got
    helmet = {(v, t, y) for i, v, t, y in got if "สวมหมวกนิรภัย" in i}
    assert {(38.5, None, 2564), (54.5, 60.0, 2566)} <= helmet


def test_a_note_under_the_table_before_is_no_title_in_a_real_set_44_report(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(KATHU)).outcomes}
    assert {("ผลการสวมหมวกนิรภัย ตำบลกะทู้", 74.6, None, 2567),
            ("ผลการสวมหมวกนิรภัย ตำบลป่าตอง", 49.75, None, 2565)} <= got


def test_a_note_telling_a_finding_stays_a_title_line_in_a_real_inspection(parsed) -> None:
    # "หมายเหตุ: … อำเภอสระใครมีผู้มีภาวะพึ่งพิง… ต่ำกว่าเกณฑ์ (92.42%) …" under one table
    # must not name a later finding sentence's figure (set 39's nong-khai, unchanged by round 44)
    got = extract(parsed("nong-khai-province-2566-inspection.docx")).outcomes
    assert [o.indicator for o in got if o.value_pct == 46.15] == [
        "ร้อยละผู้ใช้ยาเสพติดที่ได้รับการบำบัดและติดตามต่อเนื่อง 1 ปี"]
