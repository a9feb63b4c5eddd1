"""Round 43 (outcomes C): quarter columns under no label are results when the section heading over the
table's own caption names results by quarter ("4. ผลการดำเนินงานรายไตรมาส" over "4.1 ประเด็น…").
A years-by-places table's title numbered as a table ("ตารางที่ 4.4 …") and split by place ("…จำแนกรายตำบล")
names its measure without the number and the split.
A column headed as key indicators and their targets ("ตัวชี้วัดหลัก / ค่าเป้าหมาย") holds targets, not results.
A budget's line items costed by unit ("รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน") hold no results: a
product's strength in a cost line ("(ทีมีฟอส 1%)") is none.
A year after "ตั้งแต่" says since when a cohort was gathered, not the year of the figure after it.
Strings first, then Word files built here, then a real corpus file of set 43."""

from __future__ import annotations

import pytest
from docx import Document as Word

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import year_before
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

BANG_PHLI = "samut-prakan-bang-phli-2568-progress.pdf"


def _measure(title: str) -> str:
    """The measure a years-by-places table's title names."""
    return rule_re("year_rows", "title_tail").sub("", rule_re("year_rows", "title_number").sub("", title))


def test_a_numbered_table_titles_number_and_place_split_are_no_part_of_its_measure() -> None:
    assert _measure("ตารางที่ 4.4 ร้อยละการสวมหมวกนิรภัย จำแนกรายตำบล (ค่าเป้าหมาย ร้อยละ 60)") == "ร้อยละการสวมหมวกนิรภัย"
    assert _measure("ตาราง 2 ร้อยละครัวเรือนคัดแยกขยะ เปรียบเทียบ 3 ปี") == "ร้อยละครัวเรือนคัดแยกขยะ"
    assert _measure("3.4 ร้อยละผู้สูงอายุได้รับการคัดกรอง") == "ร้อยละผู้สูงอายุได้รับการคัดกรอง"


@pytest.mark.parametrize("label", ["ตัวชี้วัดหลัก / ค่าเป้าหมาย", "ตัวชี้วัดสำคัญและเป้าหมาย", "ตัวชี้วัด/ค่าเป้าหมาย"])
def test_a_column_of_key_indicators_and_their_targets_is_a_target_column(label: str) -> None:
    assert rule_re("target_column", "label").match(label)


def test_a_column_of_indicators_alone_is_no_target_column() -> None:
    assert not rule_re("target_column", "label").match("ตัวชี้วัดหลัก")


@pytest.mark.parametrize("text, year", [
    ("ผู้ป่วยที่ขึ้นทะเบียนตั้งแต่ปีงบประมาณ 2566 ได้รับการเยี่ยมบ้าน คิดเป็นร้อยละ 81.20", None),
    ("ผู้ป่วยที่ขึ้นทะเบียนตั้งแต่ ปี 2565 ได้รับการเยี่ยมบ้าน คิดเป็นร้อยละ 81.20", None),
    ("ในปีงบประมาณ 2566 ผู้ป่วยได้รับการเยี่ยมบ้าน คิดเป็นร้อยละ 81.20", 2566),
])
def test_a_year_after_since_is_no_year_of_the_figure_after_it(text: str, year: int | None) -> None:
    assert year_before(text, len(text)) == year


def _save(word: Word, path) -> list:
    word.save(path)
    return extract(parse(path)).outcomes


def _table(word: Word, rows: list[tuple[str, ...]]) -> None:
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_a_word_reports_quarter_columns_under_a_results_by_quarter_section_are_results(tmp_path) -> None:
    word = Word()
    word.add_paragraph("รายงานผลการดำเนินงาน พชอ.เมืองลำพูน จังหวัดลำพูน ปีงบประมาณ ๒๕๖๗")
    word.add_paragraph("๓. ผลการปฏิบัติงานรายไตรมาส")
    word.add_paragraph("๓.๑ ประเด็นอุบัติเหตุทางถนน (แสดงเป็น ผลงาน/เป้าหมาย (ร้อยละ))")
    _table(word, [("ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓"),
                  ("ร้อยละผู้ขับขี่สวมหมวกนิรภัย", "≥ ๗๐%", "๔๑๐/๑,๐๐๐ (๔๑.๐๐)", "๕๒๐/๑,๐๐๐ (๕๒.๐๐)", "-"),
                  ("ร้อยละโรงเรียนจัดสอนวินัยจราจร", "≥ ๘๐%", "๑๒/๔๐ (๓๐.๐๐)", "๒๐/๔๐ (๕๐.๐๐)", "-")])
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in _save(word, tmp_path / "quarters.docx")}
    assert {("ร้อยละผู้ขับขี่สวมหมวกนิรภัย ไตรมาส 1", 41.0, 70.0, 2567),
            ("ร้อยละผู้ขับขี่สวมหมวกนิรภัย ไตรมาส 2", 52.0, 70.0, 2567),
            ("ร้อยละโรงเรียนจัดสอนวินัยจราจร ไตรมาส 1", 30.0, 80.0, 2567)} <= got


def test_a_word_reports_numbered_years_by_places_table_names_each_place(tmp_path) -> None:
    word = Word()
    word.add_paragraph("รายงานผลการดำเนินงาน พชอ.เมืองลำพูน จังหวัดลำพูน ปีงบประมาณ ๒๕๖๗")
    word.add_paragraph("ตารางที่ ๒ ร้อยละครัวเรือนคัดแยกขยะต้นทาง จำแนกรายตำบล (ค่าเป้าหมาย ร้อยละ ๗๕)")
    _table(word, [("ปีงบประมาณ", "ในเมือง", "เหมืองง่า", "อุโมงค์", "ภาพรวมอำเภอ"),
                  ("๒๕๖๖", "๖๑.๕", "๕๘.๒", "๖๔.๐", "๖๑.๒"),
                  ("๒๕๖๗", "๗๒.๔", "๗๗.๐", "๗๐.๘", "๗๓.๔")])
    got = {(o.indicator, o.value_pct, o.year_be) for o in _save(word, tmp_path / "places.docx")}
    assert {("ร้อยละครัวเรือนคัดแยกขยะต้นทาง ตำบลในเมือง", 61.5, 2566),
            ("ร้อยละครัวเรือนคัดแยกขยะต้นทาง ตำบลเหมืองง่า", 77.0, 2567),
            ("ร้อยละครัวเรือนคัดแยกขยะต้นทาง ภาพรวมอำเภอ", 73.4, 2567)} <= got


def test_a_word_plans_key_indicator_and_target_column_gives_no_results(tmp_path) -> None:
    word = Word()
    word.add_paragraph("รายงานผลการดำเนินงาน พชอ.เมืองลำพูน จังหวัดลำพูน ปีงบประมาณ ๒๕๖๗")
    word.add_paragraph("๒. ประเด็นการพัฒนาคุณภาพชีวิต")
    _table(word, [("ลำดับ", "ประเด็น", "ตัวชี้วัดสำคัญ / ค่าเป้าหมาย"),
                  ("๑", "การจัดการขยะ", "ครัวเรือนคัดแยกขยะ ร้อยละ ๗๕"),
                  ("๒", "การดูแลผู้สูงอายุ", "ร้อยละ ๘๐ ทุกตัวชี้วัด")])
    assert not [o for o in _save(word, tmp_path / "issues.docx") if o.value_pct is not None]


def test_a_word_projects_costed_line_items_give_no_percentage_as_a_result(tmp_path) -> None:
    word = Word()
    word.add_paragraph("โครงการป้องกันโรคติดต่อ พชอ.ปากพลี จังหวัดนครนายก ปีงบประมาณ ๒๕๖๘")
    word.add_paragraph("๔. รายละเอียดค่าใช้จ่าย")
    _table(word, [("รายการ", "ราคาต่อหน่วย (บาท)", "จำนวน", "หน่วย", "จำนวนเงิน (บาท)"),
                  ("- ค่าคลอรีนผง (ความเข้มข้น ๖๐%)", "๑,๒๐๐.๐๐", "๕", "ถัง", "๖,๐๐๐.๐๐"),
                  ("- ค่าอาหารว่าง ๕๐ คน × ๒๕ บาท", "๒๕.๐๐", "๕๐", "คน", "๑,๒๕๐.๐๐")])
    assert not [o for o in _save(word, tmp_path / "costs.docx") if 60.0 in (o.value_pct, o.target_pct)]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_projects_cost_line_strength_is_no_result(parsed, suffix) -> None:
    got = extract(parsed("phichit-bang-mun-nak-2567-project" + suffix)).outcomes
    assert not [o for o in got if o.value_pct == 1.0]
    assert any(o.value_pct == 87.5 and o.target_pct == 80.0 for o in got)


def test_quarters_places_and_key_targets_in_a_real_progress_report(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(BANG_PHLI)).outcomes}
    assert {("ร้อยละประชาชนอายุ 35 ปีขึ้นไปได้รับการคัดกรองเบาหวาน ไตรมาส 1", 36.02, 90.0, 2568),
            ("ร้อยละกลุ่มเสี่ยงเบาหวานป่วยเป็นเบาหวานรายใหม่ ไตรมาส 2", 0.83, 1.75, 2568),
            ("ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่และผู้ซ้อนท้ายรถจักรยานยนต์ ตำบลบางปลา", 38.5, None, 2566),
            ("ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่และผู้ซ้อนท้ายรถจักรยานยนต์ ภาพรวมอำเภอ", 54.9, 60.0, 2568)} <= got
    assert {(v, t, y) for _, v, t, y in got if v == 78.57} == {(78.57, 70.0, 2568)}  # a cohort "ตั้งแต่ปี 2567"
    assert not any(v in (60.0, 80.0) and t is None for _, v, t, _ in got)  # the issues table's targets
