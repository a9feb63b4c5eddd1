"""Round 52 (outcomes B): rules pinned here, one test each.

- A district's KPI table compared with wider levels ("ตัวชี้วัด | ค่าเป้าหมาย |
  อำเภอX | ระดับจังหวัด | ระดับประเทศ"): the district's column holds the rows'
  results; the province's and the country's columns are no outcomes.
- A heading stating its target in brackets over a paragraph introducing a
  dash list of places ("… คิดเป็น 76.47% รายตำบลดังนี้") still makes each item
  "<heading's indicator> <place>" with the heading's target (its number left out).
- A note under a table stating targets clause by clause with the first
  subject right after the target word ("หมายเหตุ : ค่าเป้าหมายA ≥ 90% อัตราการB
  ไม่เกิน 5%") gives each row its clause's target; a rate's lead words
  ("อัตราการ") are no part of what the row must name.
- Sentences in a table of places ("ตำบล | ตรวจแล้ว (คน) | ผลลัพธ์" over
  "นาแก | 194 | A 97.00% ¶ B 4.12%"): each figure is named by its clause and the
  row's place ("… ตำบลนาแก"), a total row's keeps its clause, and a measure an
  earlier note of targets names takes that target.
- A figure in a cell under a results label naming what was measured
  ("ผ่านเกณฑ์หลังอบรม (≥ 16 คะแนน)" over "41 คน (85.42%)") is named by that
  label, its bracket left out, and the row's group; a bare results label
  ("ผลการดำเนินงาน") names nothing.

Small strings first, then variants built as real .docx files, then the
set-52 corpus files themselves."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import add_table, write_docx
from extracted import outcome_rows as _outcomes
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.note_row_targets import row_targets
from pcc_ingest.extract.outcomes.running_text import measured_head

CORPUS = Path(__file__).resolve().parents[2] / "corpus"



def test_a_district_compared_with_wider_levels_keeps_only_its_own_column(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "อำเภอนาดี", "ระดับจังหวัด", "ระดับประเทศ"],
            ["ร้อยละผู้สูงอายุตัวอย่างได้รับการคัดกรอง", "≥ 90%", "92.50%", "91.36%", "88.40%"],
            ["ร้อยละครัวเรือนตัวอย่างคัดแยกขยะ", "≥ 80%", "76.47%", "71.20%", "รอข้อมูล"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผลการดำเนินงาน พชอ.นาดี ปีงบประมาณ 2568",
                                            "5. สรุปผลตัวชี้วัดเปรียบเทียบกับระดับจังหวัดและระดับประเทศ"], rows)
    got = {(v, t) for _, _, v, t, _ in _outcomes(path)}
    assert (92.5, 90.0) in got and (76.47, 80.0) in got
    assert not {v for v, _ in got} & {91.36, 88.4, 71.2}


def test_a_targeted_heading_over_an_introduced_list_of_places(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "r.docx", [
        "รายงานผลการดำเนินงาน พชอ.นาดี ปีงบประมาณ 2568",
        "4. ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่ตัวอย่าง (เป้าหมาย ≥ 80%)",
        "ผลการสำรวจผู้ขับขี่ 300 คน พบสวมหมวกนิรภัย 229 คน คิดเป็น 76.33% รายตำบลดังนี้",
        "- ตำบลตัวอย่างเหนือ 78.6%",
        "- ตำบลตัวอย่างใต้ 72.4%",
    ])
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(path)}
    assert ("ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่ตัวอย่าง ตำบลตัวอย่างเหนือ", 78.6, 80.0) in got
    assert ("ร้อยละการสวมหมวกนิรภัยของผู้ขับขี่ตัวอย่าง ตำบลตัวอย่างใต้", 72.4, 80.0) in got


def test_a_note_naming_its_first_subject_right_after_the_target_word() -> None:
    note = _block("หมายเหตุ : ค่าเป้าหมายการตรวจตัวอย่าง ≥ 90% อัตราการพบเชื้อตัวอย่าง ไม่เกิน 5% ของผู้ได้รับการตรวจ")
    assert row_targets(note) == [("การตรวจตัวอย่าง", 90.0), ("พบเชื้อตัวอย่าง", 5.0)]
    assert row_targets(_block("ค่าเป้าหมายร้อยละ 80")) == []  # one target: the table's, read elsewhere


def _places_report(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("รายงานผลการดำเนินงาน พชอ.นาดี ปีงบประมาณ 2567")
    document.add_paragraph("ตารางที่ 1 ผลการดำเนินงานรายไตรมาส ปีงบประมาณ 2567")
    add_table(document, [["ตัวชี้วัด/กิจกรรม", "เป้าหมาย", "ไตรมาส 1", "ไตรมาส 2", "รวมทั้งปี"],
                         ["ประชาชนได้รับการตรวจตัวอย่าง (คน)", "400", "200", "170", "370 (92.50%)"],
                         ["พบเชื้อตัวอย่าง (คน)", "-", "12", "9", "21 (5.68%)"]])
    document.add_paragraph("หมายเหตุ : ค่าเป้าหมายการตรวจตัวอย่าง ≥ 90% อัตราการพบเชื้อตัวอย่าง ไม่เกิน 5%")
    document.add_paragraph("ตารางที่ 2 ผลการตรวจรายตำบล")
    add_table(document, [["ตำบล", "ตรวจแล้ว (คน)", "ผลลัพธ์"],
                         ["ตัวอย่างเหนือ", "194", "ความครอบคลุมการตรวจ 97.00%\nอัตราการพบเชื้อตัวอย่าง 4.12%"],
                         ["ตัวอย่างใต้", "176", "ความครอบคลุมการตรวจ 88.00%\nอัตราการพบเชื้อตัวอย่าง 7.95%"],
                         ["รวม", "370", "ความครอบคลุมการตรวจ 92.50%\nอัตราการพบเชื้อตัวอย่าง 5.68%"]])
    document.save(path)
    return path


def test_each_row_of_a_note_of_targets_takes_its_clauses_target(tmp_path: Path) -> None:
    got = {(v, t) for _, _, v, t, _ in _outcomes(_places_report(tmp_path / "r.docx"))}
    assert (92.5, 90.0) in got and (5.68, 5.0) in got


def test_sentences_in_a_table_of_places_are_named_by_the_rows_place(tmp_path: Path) -> None:
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(_places_report(tmp_path / "r.docx"))}
    assert ("ความครอบคลุมการตรวจ ตำบลตัวอย่างเหนือ", 97.0, None) in got
    assert ("อัตราการพบเชื้อตัวอย่าง ตำบลตัวอย่างเหนือ", 4.12, 5.0) in got
    assert ("อัตราการพบเชื้อตัวอย่าง ตำบลตัวอย่างใต้", 7.95, 5.0) in got
    assert not any("ตำบลรวม" in i for i, _, _ in got)


@pytest.mark.parametrize(("label", "named"), [
    ("ผ่านเกณฑ์หลังอบรม (≥ 16 คะแนน)", "ผ่านเกณฑ์หลังอบรม"),
    ("ผลการดำเนินงาน", ""),
    ("ค่าเป้าหมาย", ""),
])
def test_a_results_label_naming_what_was_measured_names_the_rows_figure(label: str, named: str) -> None:
    assert measured_head(label) == named


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_set52_progress_reads_its_places_notes_and_knowledge_test(suffix: str) -> None:
    got = _outcomes(CORPUS / f"nakhon-phanom-na-kae-2567-progress.{suffix}")
    assert ("4807", "อัตราการพบไข่พยาธิ ตำบลนาแก", 4.12, 5.0, 2567) in got
    assert ("4807", "ความครอบคลุมการตรวจ ตำบลสีชมพู", 92.5, None, 2567) in got
    assert any(v == 5.3 and t == 5.0 for _, _, v, t, _ in got)
    assert ("4807", "ผ่านเกณฑ์หลังอบรม Caregiver", 85.42, None, 2567) in got


def test_set52_landscape_progress_reads_its_comparison_and_helmet_list() -> None:
    got = _outcomes(CORPUS / "phitsanulok-wang-thong-2568-progress.pdf")
    values = {v for _, _, v, _, _ in got}
    assert not values & {91.36, 88.4, 78.65, 71.2, 52.0}  # the province's and the country's
    assert any(v == 76.47 and t == 80.0 for _, _, v, t, _ in got)
    assert any(i.endswith("ตำบลวังทอง") and v == 78.6 and t == 80.0 for _, i, v, t, _ in got)
