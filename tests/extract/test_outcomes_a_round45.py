"""Round 45 (outcomes A): a column headed by an indicator named without a unit
over its criterion ("เกณฑ์ ≥ 70%") holds percentages when the criterion carries
a percent mark, and is left out when it does not (a rate's bar).  A years by
places table whose measure is a rate per so many people gives no percentages.
A count column under a year label that spans a "จำนวน | ร้อยละ" pair is a
count, and the year label names no measure.  A bar in a bracket after a test's
name ("(HbA1c < 7%)") is no figure.  A count out of a total before its
bracketed percentage ("46/82 (56.10)") proves that figure, and the count is no
part of the indicator.  Strings and small tables first, then built .docx
variants, then a real corpus file of set 45."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import write_docx
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.clause_words import drop_counts
from pcc_ingest.extract.outcomes.criterion_columns import criterion_columns
from pcc_ingest.extract.outcomes.figures import fraction_results, percentages
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.outcomes.year_rows import title_places
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Table
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse
from tests.extract.blocks import table_doc

CHAI_NAT = "chai-nat-province-2567-inspection"


def _criterion_table(bars: tuple[str, str, str]) -> Table:
    """อำเภอ | three indicators named without a unit, each over its criterion."""
    rows = [["อำเภอ", "ครัวเรือนคัดแยกขยะต้นทาง", "เด็กปฐมวัยพัฒนาการสมวัย", "อัตราตายจากอุบัติเหตุ"],
            ["", *bars], ["เมืองชัยนาท", "74.25%", "87.40%", "24.85"]]
    table = read_tables(table_doc(rows))[0]
    labels = {0: ("อำเภอ",), **{c: (rows[0][c], bars[c - 1]) for c in (1, 2, 3)}}
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               *(Column(c, "target_pct", " ".join(labels[c]), own=bars[c - 1]) for c in (1, 2, 3)))
    return Table(table.grid, table.header_rows, columns, table.rows, labels=labels)


def test_an_indicator_without_a_unit_over_a_percent_criterion_is_a_percent_column() -> None:
    table = criterion_columns(_criterion_table(("เกณฑ์ ≥ 70%", "เกณฑ์ ≥ 85%", "เกณฑ์ ไม่เกิน 22")))
    got = {c.col: (c.role, c.own) for c in table.columns}
    assert got[1] == ("percent", "ครัวเรือนคัดแยกขยะต้นทาง (เกณฑ์ ≥ 70%)")
    assert got[2][0] == "percent"
    assert 3 not in got  # a rate's bar, no percent mark: left out


def test_a_criterion_without_a_percent_mark_makes_no_percent_column() -> None:
    table = criterion_columns(_criterion_table(("เกณฑ์ ≥ 70", "เกณฑ์ ≥ 85", "เกณฑ์ ไม่เกิน 22")))
    assert not table.columns_of("percent")


def test_a_years_by_places_table_of_a_rate_per_population_has_no_percent_columns() -> None:
    rows = [["ปี", "เมืองชัยนาท", "มโนรมย์"], ["2565", "29.45", "22.80"], ["2566", "27.10", "21.35"]]
    table = read_tables(table_doc(rows))[0]
    rate = Table(table.grid, table.header_rows, (), table.rows, labels=table.labels,
                 title=(_block("อัตราการเสียชีวิตจากอุบัติเหตุทางถนน ต่อประชากรแสนคน"),))
    share = Table(table.grid, table.header_rows, (), table.rows, labels=table.labels,
                  title=(_block("ร้อยละผู้ขับขี่สวมหมวกนิรภัย"),))
    assert not title_places(rate).columns
    assert title_places(share).columns_of("percent")


def _years_table() -> Table:
    """อำเภอ | two years each spanning "จำนวน (คน) | ร้อยละ"."""
    rows = [["อำเภอ", "2565", "", "2566", ""], ["", "จำนวน (คน)", "ร้อยละ", "จำนวน (คน)", "ร้อยละ"],
            ["มโนรมย์", "1,215", "34.91", "1,302", "36.57"]]
    table = read_tables(table_doc(rows))[0]
    labels = {0: ("อำเภอ",), 1: ("ปีงบประมาณ 2565", "จำนวน (คน)"), 2: ("ปีงบประมาณ 2565", "ร้อยละ"),
              3: ("ปีงบประมาณ 2566 (9 เดือน)", "จำนวน (คน)"), 4: ("ปีงบประมาณ 2566 (9 เดือน)", "ร้อยละ")}
    columns = (Column(0, "district", "อำเภอ", own="อำเภอ"),
               Column(1, "year", "ปีงบประมาณ 2565 จำนวน (คน)", 2565, "ปีงบประมาณ 2565"),
               Column(2, "percent", "ปีงบประมาณ 2565 ร้อยละ", own="ร้อยละ"),
               Column(3, "year", "ปีงบประมาณ 2566 (9 เดือน) จำนวน (คน)", 2566, "ปีงบประมาณ 2566 (9 เดือน)"),
               Column(4, "percent", "ปีงบประมาณ 2566 (9 เดือน) ร้อยละ", own="ร้อยละ"))
    return Table(table.grid, table.header_rows, columns, table.rows, labels=labels)


def test_a_count_under_a_year_spanning_its_count_and_percent_pair_is_a_count() -> None:
    roles = {c.col: (c.role, c.year_be) for c in year_parts(_years_table()).columns}
    assert roles[1][0] == roles[3][0] == "count"
    assert roles[2] == ("year", 2565)  # the earlier year's percentages: a baseline


def test_a_bar_in_a_bracket_after_a_tests_name_is_no_figure() -> None:
    assert list(percentages("ผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลในเลือดได้ดี (HbA1c < 7%) เปรียบเทียบ 3 ปี")) == []
    assert list(percentages("ร้อยละหมู่บ้าน (HI ≤ ร้อยละ 10)")) == []
    assert [v for v, _, _ in percentages("ควบคุมได้ดี (HbA1c < 7) ร้อยละ 41.05")] == [41.05]


def test_a_count_out_of_a_total_proves_its_bracketed_percentage() -> None:
    assert [v for v, *_ in fraction_results("ผู้ผ่านการบำบัดได้รับการติดตาม 46/82 (56.10) ควรเชื่อมข้อมูล")] == [56.1]
    assert list(fraction_results("ติดตาม 46/82 (60.10)")) == []  # 46/82 is no 60.10


def test_a_count_out_of_a_total_is_no_part_of_the_indicator() -> None:
    assert drop_counts("ผู้ผ่านการบำบัดได้รับการติดตาม 46/82 (") == "ผู้ผ่านการบำบัดได้รับการติดตาม"
    assert drop_counts("ผู้ผ่านการบำบัดได้รับการติดตาม 46/82") == "ผู้ผ่านการบำบัดได้รับการติดตาม"


def test_a_built_docx_variant_reads_indicators_over_percent_criteria(tmp_path) -> None:
    """Another province, Thai digits, "ร้อยละ" for "%" in a criterion, a rate column first."""
    rows = [["อำเภอ", "อัตราป่วยไข้เลือดออก (ต่อแสน)", "หมู่บ้านปลอดลูกน้ำยุงลาย", "ผู้สูงอายุได้รับวัคซีน"],
            ["", "เกณฑ์ ไม่เกิน ๕๐", "เกณฑ์ ≥ ร้อยละ ๘๐", "เกณฑ์ ≥ ๗๐%"],
            ["เมืองน่าน", "๓๒.๑๐", "๘๔.๒๐", "๖๖.๕๐"], ["ปัว", "๔๔.๐๐", "๗๘.๔๐", "๗๒.๒๕"]]
    path = write_docx(tmp_path / "criteria.docx", ["รายงานการตรวจราชการ ประเด็น พชอ. จังหวัดน่าน ปีงบประมาณ 2567",
                                                    "ผลลัพธ์ตัวชี้วัดรายอำเภอ"], rows)
    d = docx.Document(path)
    first = d.tables[0]
    first.cell(0, 0).merge(first.cell(1, 0))
    d.save(path)
    got = {(o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}
    assert {(84.2, 80.0), (66.5, 70.0), (78.4, 80.0), (72.25, 70.0)} <= got
    assert not any(v in (32.1, 44.0) for v, _ in got)  # the rates stay out


def _years_docx(path: Path) -> Path:
    """A district table, each fiscal year spanning "จำนวน (ราย) | ร้อยละ", under a caption."""
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินงาน พชอ. จังหวัดน่าน ปีงบประมาณ 2567")
    document.add_paragraph("ผู้สูงอายุได้รับการคัดกรองภาวะหกล้ม เปรียบเทียบ 2 ปี")
    table = document.add_table(rows=4, cols=5)
    top = ["อำเภอ", "ปี 2566", "", "ปี 2567 (6 เดือน)", ""]
    for c, text in enumerate(top):
        table.cell(0, c).text = text
    for c, text in enumerate(["", "จำนวน (ราย)", "ร้อยละ", "จำนวน (ราย)", "ร้อยละ"]):
        if text:
            table.cell(1, c).text = text
    for r, texts in enumerate([["เวียงสา", "๑,๒๐๕", "๘๑.๔๐", "๑,๓๑๐", "๘๖.๕๐"],
                               ["นาน้อย", "๘๔๐", "๗๗.๒๕", "๙๐๒", "๘๐.๑๐"]], start=2):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(0, 4))
    document.save(path)
    return path


def test_a_built_docx_variant_reads_years_spanning_count_and_percent_pairs(tmp_path) -> None:
    got = {(o.value_pct, o.year_be): o.indicator for o in extract(parse(_years_docx(tmp_path / "years.docx"))).outcomes}
    assert {(81.4, 2566), (77.25, 2566), (86.5, 2567), (80.1, 2567)} <= set(got)
    assert not any(v > 100 for v, _ in got)  # the counts are no figures
    assert not any(name.startswith("ปี 2567") for name in got.values())  # the year label names no measure


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_inspection_reports_district_tables_in_a_real_file(parsed, suffix) -> None:
    got = {(o.district, o.value_pct, o.target_pct, o.year_be): o.indicator
           for o in extract(parsed(CHAI_NAT + suffix)).outcomes}
    assert {("1801", 93.96, 90.0, 2567), ("1802", 68.9, 70.0, 2567), (None, 40.73, 40.0, 2567),
            ("1804", 36.86, None, 2565), ("1802", 56.1, None, 2567)} <= set(got)
    assert not any(t is not None and v is None and name == "เกณฑ์" for (_, v, t, _), name in got.items())
    assert not any(v in (31.2, 24.85, 7.0) for _, v, _, _ in got)  # rates per 100,000 and the HbA1c bar
    assert not any("ปีงบประมาณ" in name for name in got.values())
