"""The last check on breakdown tables (``outcomes/breakdown_targets.py``,
``outcomes/measured_sentences.py``): rows of one indicator by ตำบล that no
rule gave a target take the one target their own table states, in a row of
targets over them, or in a sentence after the table measuring the rows; a
claim the rows' own figures contradict, a date and a KPI's target in a
findings line above the table are no such statement.

Built .docx files with invented names first, then the pure rules.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.breakdown_targets import caption, stated_figures
from pcc_ingest.extract.outcomes.measured_sentences import consistent, measured_clauses
from pcc_ingest.extract.outcomes.page_breaks import lend_titles
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.parsers import parse

TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567 อำเภอวังสะพุง จังหวัดเลย"
ROWS = [["ตำบล", "ร้อยละครัวเรือนตัวอย่างคัดแยกขยะ", "ร้อยละผู้ป่วยตัวอย่างได้รับการติดตาม"],
        ["ตัวอย่างเหนือ", "85.20", "61.50"],
        ["ตัวอย่างใต้", "78.40", "55.60"],
        ["ตัวอย่างกลาง", "90.10", "72.30"]]


def _targets(path: Path) -> dict[str, float | None]:
    """Each ตำบล row's target, by its indicator."""
    return {o.indicator: o.target_pct for o in extract(parse(path)).outcomes if "ตำบล" in o.indicator}


def test_a_row_of_targets_gives_each_column_its_target_and_no_record(tmp_path: Path) -> None:
    rows = [ROWS[0], ["เกณฑ์", "ร้อยละ 80", "ร้อยละ 60"], *ROWS[1:]]
    got = _targets(write_parts(tmp_path / "row.docx", [TITLE, "ผลการดำเนินงานรายตำบล", rows]))
    assert len(got) == 6 and all(t == (80 if "ขยะ" in i else 60) for i, t in got.items()), got


def test_a_sentence_after_the_table_measuring_the_rows_gives_its_figure(tmp_path: Path) -> None:
    got = _targets(write_parts(tmp_path / "sentence.docx", [
        TITLE, "ผลการดำเนินงานรายตำบล", ROWS,
        "ประเด็นยาเสพติด กำหนดเป้าหมายให้ผู้ป่วยตัวอย่างได้รับการติดตามไม่น้อยกว่าร้อยละ 60 "
        "ภาพรวมอำเภอทำได้ร้อยละ 63.1 ผ่านเกณฑ์ ยกเว้นตำบลตัวอย่างใต้ (ร้อยละ 55.6)"]))
    followed = {i: t for i, t in got.items() if "ติดตาม" in i}
    assert followed and set(followed.values()) == {60.0}, got
    assert {t for i, t in got.items() if "ขยะ" in i} == {None}  # the sentence measures one indicator


def test_a_sentence_naming_the_rows_below_a_figure_measures_them() -> None:
    clauses = measured_clauses("ตำบลตัวอย่างใต้มีครัวเรือนคัดแยกขยะต่ำกว่าร้อยละ 80 เนื่องจากขาดถังขยะ",
                               ["ตัวอย่างใต้", "ตัวอย่างเหนือ"])
    assert [c.figure for c in clauses] == [80.0]
    assert measured_clauses("ครัวเรือนคัดแยกขยะต่ำกว่าร้อยละ 80 เนื่องจากขาดถังขยะ", ["ตัวอย่างใต้"]) == []


def test_every_row_passing_the_kpi_takes_the_kpi_target(tmp_path: Path) -> None:
    got = _targets(write_parts(tmp_path / "kpi.docx", [
        TITLE, "ตัวชี้วัด ร้อยละครัวเรือนตัวอย่างคัดแยกขยะ ไม่น้อยกว่าร้อยละ 75 ผลงาน ร้อยละ 84.10",
        "ผลการดำเนินงานรายตำบล", ROWS,
        "จากตาราง ครัวเรือนตัวอย่างคัดแยกขยะผ่านเกณฑ์ทุกตำบล"]))
    assert {t for i, t in got.items() if "ขยะ" in i} == {75.0}, got


def test_naming_only_some_of_the_rows_below_is_no_measure() -> None:
    rows = [("ตัวอย่างเหนือ", 85.2), ("ตัวอย่างใต้", 78.4), ("ตัวอย่างกลาง", 79.0)]
    assert not consistent("โดยตำบลตัวอย่างใต้ต่ำกว่าเป้าหมาย", 80.0, rows)
    assert consistent("โดยตำบลตัวอย่างใต้และตำบลตัวอย่างกลางต่ำกว่าเป้าหมาย", 80.0, rows)


def test_a_count_of_rows_passing_must_match_the_rows() -> None:
    rows = [("ตัวอย่างเหนือ", 85.2), ("ตัวอย่างใต้", 78.4), ("ตัวอย่างกลาง", 90.1)]
    assert consistent("ผ่านเกณฑ์ร้อยละ 80 จำนวน 2 ตำบล", 80.0, rows)
    assert not consistent("ผ่านเกณฑ์ร้อยละ 80 จำนวน 3 ตำบล", 80.0, rows)


def test_a_figure_read_across_a_place_is_that_rows_result() -> None:
    clauses = measured_clauses("การติดตามผ่านเกณฑ์ทุกตำบล ยกเว้นตำบลตัวอย่างใต้ (ร้อยละ 88.00)", ["ตัวอย่างใต้"])
    assert [c.figure for c in clauses] == [None]  # measured against the KPI's target, not 88


def test_a_day_of_the_month_is_no_target() -> None:
    assert stated_figures("ผลการดำเนินงานจำแนกรายตำบล (ผลงาน/เป้าหมาย (ร้อยละ)) ณ 31 มีนาคม 2567") == []
    assert stated_figures("ผลการดำเนินงานรายตำบล (เป้าหมาย ร้อยละ 80)") == [80.0]


def _caption(path: Path) -> list[str]:
    return caption(lend_titles(read_tables(parse(path)))[0])


def test_a_findings_line_above_the_table_is_no_caption(tmp_path: Path) -> None:
    findings = "ผู้ป่วยตัวอย่างได้รับการติดตาม คิดเป็นร้อยละ 64.03 ต่ำกว่าค่าเป้าหมาย (ร้อยละ 95) รายละเอียดดังตาราง"
    assert _caption(write_parts(tmp_path / "findings.docx", [TITLE, findings, ROWS])) == []
    titled = "ตารางที่ 1 ผลการดำเนินงานรายตำบล (เป้าหมาย ร้อยละ 80)"
    assert _caption(write_parts(tmp_path / "titled.docx", [TITLE, titled, ROWS])) == [titled]
