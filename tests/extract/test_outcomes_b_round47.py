"""Round 47 (outcomes B): a years-by-places table whose header closes on the
bare word "อำเภอ" reads that column as the whole district beside its ตำบล, and
its first year row is read even though the header reader took the header row
for one.  A column of counts out of a total with the percentage in brackets
("11/12 (91.67)") under a label naming no role is a measure of its own, named
without the bracketed fraction's words, and the percent column beside it keeps
its own name.  A stacked cell whose second figure is a rate "ต่อแสนประชากร"
still splits, so the percentage over it is read and the rate is not.  The
result row under a total's target row, its merged label lost, is the total's
result, named by the measure alone (and so merged with the KPI restating it).
Small strings and tables first, then variants built as real .docx files, then
a real corpus file of set 47."""

from __future__ import annotations

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.fraction_columns import fraction_columns
from pcc_ingest.extract.outcomes.stacked_cells import figure_parts
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

THUNG_YAI = "nakhon-si-thammarat-thung-yai-2566-minutes"


def _outcomes(path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize(("label", "whole"), [
    ("อำเภอ", True), ("ภาพรวมอำเภอ", True), ("รวมอำเภอ", True), ("อำเภอเมือง", False), ("ท่ายาง", False),
])
def test_a_bare_district_word_names_the_whole_column(label: str, whole: bool) -> None:
    assert bool(rule_re("year_rows", "whole_column").search(label)) is whole


def test_a_stacked_cell_of_a_percentage_over_a_rate_per_hundred_thousand_people_splits() -> None:
    assert len(figure_parts("53/62 (85.48) 86.42 ต่อแสนประชากร")) == 2
    assert len(figure_parts("≥ 80% ≤ 50 ต่อแสนประชากร")) == 2


def test_a_column_of_proved_fractions_becomes_a_percent_column_named_without_the_fraction(tmp_path) -> None:
    rows = [["ตำบล", "โรงเรียนผ่านเกณฑ์ (ผ่าน/ทั้งหมด)", "นักเรียนสวมหมวก (%)"],
            ["นาดี", "3/4 (75.00)", "81.20"], ["สำพันตา", "2/2 (100)", "90.10"]]
    doc = parse(write_docx(tmp_path / "r.docx", ["ผลการดำเนินงาน อำเภอนาดี ปีงบประมาณ 2567"], rows))
    table = fraction_columns(next(t for t in read_tables(doc) if t.columns))
    added = next(c for c in table.columns if c.col == 1)
    assert (added.role, added.own) == ("percent", "โรงเรียนผ่านเกณฑ์")


def test_a_column_of_bare_counts_is_no_fraction_column(tmp_path) -> None:
    rows = [["ตำบล", "โรงเรียน (แห่ง)", "นักเรียนสวมหมวก (%)"], ["นาดี", "4", "81.20"], ["สำพันตา", "2", "90.10"]]
    doc = parse(write_docx(tmp_path / "r.docx", ["ผลการดำเนินงาน อำเภอนาดี ปีงบประมาณ 2567"], rows))
    table = next(t for t in read_tables(doc) if t.columns)
    assert fraction_columns(table) is table


def test_a_built_docx_variant_of_years_by_places_with_a_bare_district_column(tmp_path) -> None:
    """Thai digits, another district and measure, the current year's months in brackets."""
    rows = [["ปีงบประมาณ", "นาดี", "สำพันตา", "บุพราหมณ์", "อำเภอ"],
            ["๒๕๖๕", "๔๐.๑๐", "๓๘.๒๐", "๔๒.๕๐", "๔๐.๒๗"],
            ["๒๕๖๖", "๕๐.๒๐", "๔๙.๙๐", "๕๑.๗๕", "๕๐.๖๒"],
            ["๒๕๖๗ (ถึง มี.ค.)", "๖๑.๓๐", "๕๘.๔๐", "๖๐.๐๕", "๕๙.๙๒"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานการประชุม พชอ.นาดี ปีงบประมาณ ๒๕๖๗",
                                            "ร้อยละโรงเรียนปลอดบุหรี่ เปรียบเทียบ ๓ ปี"], rows)
    got = {(i, v, y) for i, v, _, y in _outcomes(path)}
    name = "ร้อยละโรงเรียนปลอดบุหรี่"
    assert {(f"{name} ตำบลนาดี", 40.1, 2565), (f"{name} ตำบลสำพันตา", 49.9, 2566),
            (f"{name} อำเภอ", 40.27, 2565), (f"{name} ตำบลบุพราหมณ์", 60.05, 2567)} <= got


def test_a_built_docx_variant_of_fractions_beside_a_percent_column(tmp_path) -> None:
    """The fraction column second, other header words, a different district, Thai digits."""
    rows = [["ตำบล", "ผู้ป่วยสะสม (ราย)", "ครัวเรือนคัดแยกขยะ (ผ่าน/ทั้งหมด)", "ร้านค้าปลอดโฟม (%)"],
            ["นาดี", "๓", "๔๕/๕๐ (๙๐.๐๐)", "๗๗.๕๐"], ["สำพันตา", "๑", "๓๐/๔๐ (๗๕.๐๐)", "๘๒.๒๕"],
            ["รวม", "๔", "๗๕/๙๐ (๘๓.๓๓)", "๗๙.๘๘"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานการประชุม พชอ.นาดี ปีงบประมาณ ๒๕๖๗", "ผลการดำเนินงานรายตำบล"], rows)
    got = {(i, v) for i, v, _, _ in _outcomes(path)}
    assert {("ครัวเรือนคัดแยกขยะ ตำบลนาดี", 90.0), ("ครัวเรือนคัดแยกขยะ ตำบลสำพันตา", 75.0),
            ("ร้านค้าปลอดโฟม ตำบลนาดี", 77.5), ("ร้านค้าปลอดโฟม ตำบลสำพันตา", 82.25)} <= got


def test_a_built_docx_variant_of_a_total_result_row_under_a_merged_total_label(tmp_path) -> None:
    """Another measure and district; the total's label merged over its two rows."""
    rows = [["ตำบล", "รายการ", "เด็กได้รับวัคซีน (คน)", "คิดเป็น %"],
            ["นาดี", "เป้าหมาย", "120", ""], ["", "ผลงาน", "114", "95.00"],
            ["สำพันตา", "เป้าหมาย", "80", ""], ["", "ผลงาน", "72", "90.00"],
            ["รวมอำเภอ", "เป้าหมาย", "200", ""], ["", "ผลงาน", "186", "93.00"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานการประชุม พชอ.นาดี ปีงบประมาณ ๒๕๖๗"], rows,
                      merges=[(1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0)])
    got = {(i, v) for i, v, _, _ in _outcomes(path)}
    assert ("เด็กได้รับวัคซีน ตำบลนาดี", 95.0) in got
    assert not any(i.endswith("ผลงาน") for i, _ in got)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_waste_years_hi_fractions_and_totals_of_a_real_set_47_minutes(parsed, suffix) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(THUNG_YAI + suffix)).outcomes}
    waste = "ร้อยละครัวเรือนมีการคัดแยกขยะต้นทาง"
    assert {(f"{waste} ตำบลท่ายาง", 58.2, None, 2564), (f"{waste} อำเภอ", 62.63, None, 2565),
            (f"{waste} ตำบลกรุงหยัน", 70.15, None, 2566), (waste, 78.6, 80.0, 2566)} <= got
    assert {("หมู่บ้าน HI < 10 ตำบลท่ายาง", 91.67, None, 2566),
            ("บ้านปลอดลูกน้ำยุงลาย ตำบลท่ายาง", 92.4, None, 2566),
            ("ร้อยละหมู่บ้านมีค่าดัชนีลูกน้ำยุงลาย (HI) น้อยกว่า 10", 85.48, 80.0, 2566)} <= got
    assert not any(i.endswith("ผลงาน") or "ต่อแสน" in i for i, _, _, _ in got)
