"""Round 49 (outcomes B): rules pinned here, one test each.

- A column of "n/d (p)" cells under a header row of targets ("(เป้าหมาย ร้อยละ
  100)") is a measure of its own: the target row is no body cell of it, so the
  column is read and the column beside it keeps its own name.
- A note under a one-measure table stating its target "of" a measure
  ("* เป้าหมาย ร้อยละ 80 ของกลุ่มเปราะบาง...") names the table's results; a pass
  mark "of the full score" ("ร้อยละ 80 ของคะแนนเต็ม และ...") names none.
- A table whose title is only a section heading naming results of its own
  ("2.4 ผลการประเมินตนเอง...") is named by that heading.
- A before | after pair of bare figures under labels giving the unit
  ("ก่อนอบรม (ร้อยละ) | หลังอบรม (ร้อยละ)") is read as the knowledge-test pair,
  each row named by its topic and the column's label without the unit.
- A line under a table giving each row's target in turn ("ค่าเป้าหมายปี 2567:
  A ไม่เกินร้อยละ 2.40 และ B ไม่เกินร้อยละ 3.50") sets each row's latest target.
- A figure in running text followed by a district in brackets ("92.40
  (อ.<district>)") is that district's result, the district out of its name.

Small strings first, then variants built as real .docx files, then the
set-49 corpus files themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.note_measures import noted_measure
from pcc_ingest.extract.outcomes.note_row_targets import row_targets
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _outcomes(path) -> set[tuple[str | None, str, float | None, float | None, int | None]]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def test_a_line_of_targets_in_turn_gives_each_subject_its_target() -> None:
    note = _block("ค่าเป้าหมายปี 2567: ผู้ป่วยรายใหม่จากกลุ่มเสี่ยงตัวอย่างไม่เกินร้อยละ 2.40 "
                  "และผู้ป่วยรายใหม่จากกลุ่มเสี่ยงอื่นไม่เกินร้อยละ 3.50 ผ่านเกณฑ์")
    assert row_targets(note) == [("ผู้ป่วยรายใหม่จากกลุ่มเสี่ยงตัวอย่าง", 2.4), ("ผู้ป่วยรายใหม่จากกลุ่มเสี่ยงอื่น", 3.5)]
    assert row_targets(_block("ค่าเป้าหมาย: ร้อยละ 80")) == []  # one target: the table's, read elsewhere


@pytest.mark.parametrize(("text", "measure"), [
    ("* เป้าหมาย ร้อยละ 80 ของกลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการดูแล",
     "กลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการดูแล"),
    ("* เกณฑ์ผ่าน ร้อยละ 80 ของคะแนนเต็ม และไม่มีองค์ประกอบใดต่ำกว่าระดับ 3", ""),
    ("หมายเหตุ เป้าหมาย ร้อยละ 60", ""),
])
def test_a_notes_target_of_a_measure_names_it_but_a_pass_mark_does_not(text: str, measure: str) -> None:
    assert noted_measure(_block(text)) == measure


def test_a_fraction_column_under_a_row_of_targets_is_a_measure_of_its_own(tmp_path) -> None:
    rows = [["ตำบล", "หมู่บ้านที่ขับเคลื่อนประเด็นตัวอย่าง", "ร้อยละผู้สูงอายุตัวอย่างได้รับการคัดกรอง"],
            ["", "(เป้าหมาย ร้อยละ 100)", "(≥ 90%)"],
            ["ตัวอย่างเหนือ", "20/20 (100)", "94.52"],
            ["ตัวอย่างใต้", "12/14 (85.71)", "88.75"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.นาดี ปีงบประมาณ 2568",
                                            "ผลการขับเคลื่อนตัวชี้วัดร่วม รายตำบล"], rows, merges=[(0, 0, 1, 0)])
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(path)}
    assert any(i.startswith("หมู่บ้านที่ขับเคลื่อนประเด็นตัวอย่าง") and (v, t) == (85.71, 100.0) for i, v, t in got)
    assert any(i.startswith("ร้อยละผู้สูงอายุตัวอย่างได้รับการคัดกรอง") and (v, t) == (88.75, 90.0) for i, v, t in got)


def test_a_note_stating_its_target_of_a_measure_names_the_tables_results(tmp_path) -> None:
    rows = [["ตำบล", "ผลงาน (คน)", "กลุ่มเป้าหมาย (คน)", "คิดเป็น %"],
            ["ตัวอย่างเหนือ", "90", "100", "90.00"],
            ["ตัวอย่างใต้", "70", "100", "70.00"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.นาดี ปีงบประมาณ 2568", "2.3 การดูแลกลุ่มตัวอย่าง"], rows,
                      after=["* เป้าหมาย ร้อยละ 80 ของกลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการเยี่ยมบ้านอย่างน้อย 1 ครั้ง"])
    names = {i for _, i, v, t, _ in _outcomes(path) if v in (90.0, 70.0) and t == 80.0}
    assert names and all(n.startswith("กลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการเยี่ยมบ้าน") for n in names)


def test_a_table_titled_by_a_results_heading_alone_is_named_by_it(tmp_path) -> None:
    rows = [["ลำดับ", "ตำบล", "คะแนน (30)", "คิดเป็นร้อยละ"],
            ["1", "ตัวอย่างเหนือ", "28", "93.33"],
            ["2", "ตัวอย่างใต้", "21", "70.00"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผล พชอ.นาดี ปีงบประมาณ 2568",
                                            "2.4 ผลการประเมินตนเองตามองค์ประกอบตัวอย่าง"], rows)
    names = {i for _, i, v, _, _ in _outcomes(path) if v == 93.33}
    assert names and all(n and "ผลการประเมินตนเองตามองค์ประกอบตัวอย่าง" in n for n in names)


def test_a_before_after_pair_of_bare_figures_under_unit_labels(tmp_path) -> None:
    rows = [["หัวข้อการประเมิน", "ก่อนอบรม (ร้อยละ)", "หลังอบรม (ร้อยละ)"],
            ["ความรู้เรื่องตัวอย่าง", "58.33", "88.33"],
            ["ทักษะการวัดตัวอย่าง", "61.67", "91.67"]]
    path = write_docx(tmp_path / "r.docx", ["รายงานผลโครงการ พชอ.นาดี ปีงบประมาณ 2567",
                                            "4.1 ผลการอบรมฟื้นฟูความรู้ อสม."], rows)
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(path)}
    assert ("ความรู้เรื่องตัวอย่าง ก่อนอบรม", 58.33, None) in got
    assert ("ทักษะการวัดตัวอย่าง หลังอบรม", 91.67, None) in got


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_set49_inspection_reads_its_district_tables_and_bracketed_districts(suffix: str) -> None:
    got = _outcomes(CORPUS / f"suphan-buri-province-2568-inspection.{suffix}")
    assert ("7204", "ตำบลที่ขับเคลื่อนประเด็นร่วมกับ พชอ.", 85.71, 100.0, 2568) in got
    assert ("7204", "ร้อยละผู้สูงอายุได้รับการคัดกรอง ADL", 88.75, 90.0, 2568) in got
    assert ("7204", "กลุ่มเปราะบางที่ขึ้นทะเบียนได้รับการดูแลช่วยเหลืออย่างน้อย 1 ครั้ง", 77.6, 80.0, 2568) in got
    assert all(i for _, i, _, _, _ in got)  # no result without a name (the UCCARE ranking)


def test_set49_inspection_gives_a_bracketed_districts_figure_to_it() -> None:
    got = _outcomes(CORPUS / "suphan-buri-province-2568-inspection.docx")
    assert any(d == "7209" and v == 95.15 and t == 90.0 for d, _, v, t, _ in got)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_set49_project_reads_its_knowledge_test_and_row_targets(suffix: str) -> None:
    got = _outcomes(CORPUS / f"uttaradit-tron-2567-project.{suffix}")
    assert ("5302", "ความรู้เรื่องโรคเบาหวานและความดันโลหิตสูง ก่อนอบรม", 58.33, None, 2567) in got
    assert any(v == 1.92 and t == 2.4 for _, _, v, t, _ in got)
    assert any(v == 2.98 and t == 3.5 for _, _, v, t, _ in got)
