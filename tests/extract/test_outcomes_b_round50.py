"""Round 50 (outcomes B): rules pinned here, one test each.

- A percent column whose one label spans a two-row header and states its
  target after the unit ("ลดลง (%) ¶ เป้าหมาย ≥ 20%") is read as a percent
  column with that target (``stacked_columns.target_labelled``).
- Such a column naming only a change, right after year columns of one count
  ("จุดความร้อนสะสม (จุด)" over "ปี 2567 | ปี 2568"), is the change of that
  count: named "<count> <change>", and the count's year columns are no
  baselines (``change_columns``).
- In a table not read by header, a row's bare target in a target column
  ("ตัวชี้วัด / ค่าเป้าหมาย") and its result in a column headed as results
  ("ผลการดำเนินงาน") are one record named by the target, even when the
  result's own words share no subject with it (``row_results``).
- A figure in a target column's cell is a target though a word before it
  elsewhere tells a result ("ด่านชุมชนครอบคลุม ร้อยละ 100 ของตำบล"), unless
  words state a result outright or it is an earlier year's baseline ("(ปี
  2566 ร้อยละ 68.40)") (``target_cell_figures``).
- A sentence under a breakdown saying its rows passed the target with the
  figure in brackets ("ผ่านเป้าหมาย (80%) ทุกตำบล") measures every row against
  the KPI's target, not only the total row (``table.rows_measured``).

Small tables built as real .docx files, then the set-50 corpus files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import add_table, write_docx

from pcc_ingest.extract.outcomes.change_columns import change_columns
from pcc_ingest.extract.outcomes.stacked_columns import target_labelled
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

TITLE = "รายงานผลโครงการ พชอ.ตัวอย่าง อำเภอนาดี จังหวัดปราจีนบุรี ปีงบประมาณ 2568"


def _outcomes(path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def _change_table(tmp_path: Path, after: tuple[str, ...] = ()) -> Path:
    rows = [["ตำบล", "ขยะตกค้าง (ตัน)", "", "ลดลง (%)\nเป้าหมาย ≥ 15%"],
            ["", "ปี 2567", "ปี 2568", ""],
            ["ตัวอย่างเหนือ", "40", "30", "25.00"],
            ["ตัวอย่างใต้", "50", "45", "10.00"],
            ["รวม", "90", "75", "16.67"]]
    return write_docx(tmp_path / "c.docx", [TITLE, "ผลการดำเนินงานตามตัวชี้วัด รายตำบล"], rows,
                      merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)], after=after)


def test_a_spanning_label_with_its_target_after_the_unit_is_a_percent_column(tmp_path) -> None:
    table = target_labelled(next(t for t in read_tables(parse(_change_table(tmp_path))) if t.columns))
    assert [(c.col, c.role, c.own) for c in table.columns if c.role == "percent"] == [(3, "percent", "ลดลง (%)")]


def test_a_change_column_after_a_counts_years_is_that_counts_change(tmp_path) -> None:
    path = _change_table(tmp_path)
    table = change_columns(target_labelled(next(t for t in read_tables(parse(path)) if t.columns)))
    assert [c.role for c in table.columns] == ["subdistrict", "percent"]
    got = _outcomes(path)
    assert ("ขยะตกค้าง ลดลง ตำบลตัวอย่างเหนือ", 25.0, 15.0, 2568) in got
    assert ("ขยะตกค้าง ลดลง ตำบลตัวอย่างใต้", 10.0, 15.0, 2568) in got
    assert ("ขยะตกค้าง ลดลง", 16.67, 15.0, 2568) in got
    assert not any(v in (40.0, 50.0, 30.0) for _, v, _, _ in got)  # the counts are no baselines


def test_a_rows_target_cell_and_results_cell_are_one_record(tmp_path) -> None:
    rows = [["กิจกรรม", "ตัวชี้วัด / ค่าเป้าหมาย", "ผลการดำเนินงาน", "ผู้รับผิดชอบ"],
            ["1. ออกเยี่ยมบ้านกลุ่มตัวอย่าง", "ร้อยละ 80 ของผู้สูงอายุตัวอย่างได้รับการคัดกรองและดูแล",
             "ออกเยี่ยมได้ 45 คน (90.00%)", "รพ.สต.ตัวอย่าง"]]
    path = write_docx(tmp_path / "a.docx", [TITLE, "4. กิจกรรมและผลการดำเนินงาน"], rows)
    got = _outcomes(path)
    assert ("ผู้สูงอายุตัวอย่างได้รับการคัดกรองและดูแล", 90.0, 80.0, 2568) in got
    assert not any(v is None for _, v, _, _ in got)  # the bare target is spent


def test_a_target_columns_figure_is_a_target_but_its_baseline_is_not(tmp_path) -> None:
    rows = [["กิจกรรม", "ระยะเวลา", "ตัวชี้วัด / ค่าเป้าหมาย"],
            ["1. ตั้งจุดตรวจตัวอย่าง", "ธ.ค. 68", "จุดตรวจตัวอย่างครอบคลุม ร้อยละ 100 ของหมู่บ้าน"],
            ["2. รณรงค์คัดแยกขยะตัวอย่าง", "ม.ค. 69", "ครัวเรือนตัวอย่างคัดแยกขยะ ร้อยละ 75 (ปี 2568 ร้อยละ 68.40)"]]
    path = write_docx(tmp_path / "p.docx", ["แผนปฏิบัติการ พชอ.ตัวอย่าง อำเภอนาดี จังหวัดปราจีนบุรี ปีงบประมาณ 2569"], rows)
    got = _outcomes(path)
    assert ("จุดตรวจตัวอย่างครอบคลุม", None, 100.0, 2569) in got
    assert any(v == 68.4 and t is None and y == 2568 for _, v, t, y in got)


def test_rows_passing_the_bracketed_target_take_the_kpis_target(tmp_path) -> None:
    rows = [["กิจกรรม", "ตัวชี้วัด / ค่าเป้าหมาย", "ผลการดำเนินงาน"],
            ["1. ออกเยี่ยมบ้านกลุ่มตัวอย่าง", "ร้อยละ 80 ของกลุ่มตัวอย่างได้รับการเยี่ยม", "ได้รับการเยี่ยม 45 คน (90.00%)"]]
    first = write_docx(tmp_path / "k.docx", [TITLE], rows)
    document = docx.Document(first)
    document.add_paragraph("5. ผลการดำเนินงาน รายตำบล")
    add_table(document, [["ตำบล", "ได้รับ (คน)", "เป้าหมาย (คน)", "ร้อยละ"],
                         ["ตัวอย่างเหนือ", "20", "25", "80.00"],
                         ["ตัวอย่างใต้", "25", "25", "100.00"],
                         ["รวม", "45", "50", "90.00"]])
    document.add_paragraph("จากตาราง กลุ่มตัวอย่างได้รับการเยี่ยมรวม 45 คน คิดเป็น 90.00% ผ่านเป้าหมาย (80%) ทุกตำบล")
    document.save(tmp_path / "k2.docx")
    got = {(v, t) for _, v, t, _ in _outcomes(tmp_path / "k2.docx")}
    assert {(80.0, 80.0), (100.0, 80.0), (90.0, 80.0)} <= got


@pytest.mark.parametrize("name", ["chiang-mai-fang-2568-project.docx", "chiang-mai-fang-2568-project.pdf"])
def test_the_set50_project_reports_change_and_activity_targets(name: str) -> None:
    got = _outcomes(CORPUS / name)
    assert ("จุดความร้อนสะสม ลดลง ตำบลเวียง", 41.67, 20.0, 2568) in got
    assert ("จุดความร้อนสะสม ลดลง", 30.2, 20.0, 2568) in got
    assert ("คณะกรรมการและภาคีที่เชิญเข้าร่วมประชุม", 88.89, 80.0, 2568) in got
    assert ("ผู้เข้าอบรมมีคะแนนความรู้หลังอบรมผ่านเกณฑ์", 92.5, 80.0, 2568) in got
    assert not any(v in (12.0, 245.0) for _, v, _, _ in got)  # hotspot counts are no baselines
    rows = [(i, t) for i, v, t, _ in got if v == 84.62]
    assert len(rows) == 1 and rows[0][1] == 80.0  # a ตำบล row measured against the KPI's 80%
