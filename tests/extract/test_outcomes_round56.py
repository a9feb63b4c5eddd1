"""Round 56 (outcomes): the rules this round pins.

- A note giving the pass marks by indicator number may give one mark to
  several numbers ("ตัวชี้วัด 2.1 และ 2.2 ไม่น้อยกว่าร้อยละ 90"): each of
  them takes it (widened ``numbered_targets.NUMBERED_CLAUSE_RE``).
- A table of indicators by ตำบล columns with no target column, a pass/fail
  column last ("ตัวชี้วัด | หนึ่ง | สอง | รวมอำเภอ | ผ่าน / ไม่ผ่าน"), names
  each figure by its place, so equal figures of two places stay two records
  (widened ``place_columns``, ``_verdict_end``).
- A years-by-ตำบล table whose last column names the district in full
  ("… | อำเภอตัวอย่าง") reads that column as the whole, every year row read
  (widened ``year_rows.title_places``).
- A verdict column whose label states a criterion for one subject
  ("ผลการประเมินผู้ขับขี่ (เกณฑ์ร้อยละ 80)") sets the target of the one
  percent column naming that subject only (widened
  ``stacked_columns.other_column_target``).
- The target of the last KPI stated before a one-measure table is not lent
  to its rows when they name different indicators, not all of its subject
  ("ตัวชี้วัดระดับตำบล | ผลการดำเนินงาน | ร้อยละ" under a KPI "ค่า HI ไม่เกิน
  ร้อยละ 10") (widened ``results_tables``, ``table_targets.other_indicator_rows``).

Strings first, then built .docx files, then set-56 corpus files.
"""

from __future__ import annotations

from pathlib import Path

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.numbered_targets import NUMBERED_CLAUSE_RE, numbered_targets
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง รอบ 6 เดือน ปีงบประมาณ 2568 อำเภอละหานทราย จังหวัดบุรีรัมย์"


def _outcomes(path: Path) -> set[tuple[str, float | None, float | None, int | None]]:
    return {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def test_one_pass_mark_may_be_given_to_several_indicator_numbers() -> None:
    note = ("หมายเหตุ : เกณฑ์การผ่าน ตัวชี้วัด 1.1 ไม่น้อยกว่าร้อยละ 90 ตัวชี้วัด 2.1 และ 2.2 "
            "ไม่น้อยกว่าร้อยละ 85 และตัวชี้วัด 3.1, 3.2 ร้อยละ 70")
    assert NUMBERED_CLAUSE_RE.search("ตัวชี้วัด 2.1 และ 2.2 ไม่น้อยกว่าร้อยละ 85")
    block = Block(order=0, kind="paragraph", text=note, raw_text=note, start=0, end=len(note))
    assert numbered_targets((block,)) == {"1.1": 90.0, "2.1": 85.0, "2.2": 85.0, "3.1": 70.0, "3.2": 70.0}


def _verdict_table(tmp_path: Path) -> Path:
    return write_parts(tmp_path / "verdict.docx", [
        TITLE, "4. ผลการดำเนินงานตามตัวชี้วัด จำแนกรายตำบล",
        [["ตัวชี้วัด", "หนึ่ง", "สอง", "สาม", "รวมอำเภอ", "ผ่าน / ไม่ผ่าน"],
         ["1.1 ร้อยละตัวอย่างได้รับการเยี่ยม", "24/24 (100.00)", "19/19 (100.00)", "12/13 (92.31)", "55/56 (98.21)", "ไม่ผ่าน"],
         ["1.2 ร้อยละตัวอย่างได้รับการคัดกรอง", "12/18 (66.67)", "8/12 (66.67)", "10/16 (62.50)", "30/46 (65.22)", "ไม่ผ่าน"]],
        "หมายเหตุ : เกณฑ์การผ่าน ตัวชี้วัด 1.1 และ 1.2 ไม่น้อยกว่าร้อยละ 100 (ข้อมูลสะสม)",
    ])


def test_place_columns_before_a_pass_fail_column_name_their_places(tmp_path) -> None:
    got = {(name, v) for name, v, _, _ in _outcomes(_verdict_table(tmp_path))}
    assert ("ร้อยละตัวอย่างได้รับการเยี่ยม ตำบลหนึ่ง", 100.0) in got or ("1.1 ร้อยละตัวอย่างได้รับการเยี่ยม ตำบลหนึ่ง", 100.0) in got
    assert len([v for _, v in got if v == 100.0]) == 2  # two places, two records
    assert len([v for _, v in got if v == 66.67]) == 2


def test_years_by_places_table_closing_on_the_district_in_full(tmp_path) -> None:
    path = write_parts(tmp_path / "years.docx", [
        TITLE, "5. ผลการควบคุมระดับน้ำตาล ย้อนหลัง 3 ปี",
        "ร้อยละผู้ป่วยตัวอย่างควบคุมระดับน้ำตาลได้ดี จำแนกรายตำบล ปีงบประมาณ 2566 – 2567",
        [["ปีงบประมาณ", "หนึ่ง", "สอง", "สาม", "อำเภอละหานทราย"],
         ["2566", "35.12", "33.80", "36.45", "34.28"],
         ["2567", "38.64", "37.10", "39.25", "37.79"]],
    ])
    got = {(v, y) for _, v, _, y in _outcomes(path)}
    assert {(35.12, 2566), (33.8, 2566), (36.45, 2566), (34.28, 2566), (38.64, 2567), (37.79, 2567)} <= got


def test_verdict_criterion_holds_for_the_subject_it_names_only(tmp_path) -> None:
    path = write_parts(tmp_path / "helmets.docx", [
        "รายงานผลโครงการตัวอย่าง พชอ.บ้านบึง ปีงบประมาณ 2566 จังหวัดชลบุรี",
        "ตารางที่ 4 อัตราการสวมหมวกนิรภัย จำแนกรายตำบล",
        [["ตำบล", "ผู้ขับขี่สวมหมวกนิรภัย (ร้อยละ)", "ผู้ซ้อนท้ายสวมหมวกนิรภัย (ร้อยละ)", "ผลการประเมินผู้ขับขี่ (เกณฑ์ร้อยละ 80)"],
         ["หนึ่ง", "88.50", "61.00", "ผ่าน"],
         ["สอง", "79.50", "48.00", "ไม่ผ่าน"]],
    ])
    got = {v: t for _, v, t, _ in _outcomes(path)}
    assert got[88.5] == 80.0 and got[79.5] == 80.0
    assert got[61.0] is None and got[48.0] is None


def test_kpi_target_is_not_lent_to_rows_of_other_indicators(tmp_path) -> None:
    path = write_parts(tmp_path / "shares.docx", [
        "รายงานการประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567 อำเภอน้ำโสม จังหวัดอุดรธานี",
        "ตัวชี้วัดและค่าเป้าหมาย ปีงบประมาณ 2567",
        [["ประเด็น", "ตัวชี้วัด", "ค่าเป้าหมาย"],
         ["1. ไข้เลือดออก", "ค่าดัชนีลูกน้ำยุงลายในหมู่บ้าน (HI)", "ไม่เกินร้อยละ 10"]],
        "ในภาพรวมการดำเนินงานระดับตำบล สรุปได้ดังนี้",
        [["ตัวชี้วัดระดับตำบล", "ผลการดำเนินงาน", "ร้อยละ"],
         ["ตำบลที่มีค่า HI ไม่เกินร้อยละ 10", "5 ใน 7 ตำบล", "71.43"],
         ["ตำบลที่จัดตั้งศูนย์ฟื้นฟูระดับตำบล", "7 ใน 7 ตำบล", "100.00"],
         ["ตำบลที่ชมรมผู้สูงอายุจัดกิจกรรมทุกเดือน", "4 ใน 7 ตำบล", "57.14"]],
    ])
    got = {v: t for _, v, t, _ in _outcomes(path) if v is not None}
    assert got == {71.43: None, 100.0: None, 57.14: None}


def test_set56_pass_marks_and_places_by_tambon() -> None:
    got = _outcomes(CORPUS / "buri-ram-lahan-sai-2568-progress.pdf")
    screening = {(v, t) for name, v, t, _ in got if "คัดกรองเบาหวาน" in name}
    assert (83.62, 90.0) in screening and (84.07, 90.0) in screening
    assert len([1 for name, v, _, _ in got if v == 66.67 and "ขยะอันตราย" in name]) == 2
    assert {(35.12, 2566), (37.79, 2567)} <= {(v, y) for _, v, _, y in got}


def test_set56_passenger_column_takes_no_driver_criterion() -> None:
    got = _outcomes(CORPUS / "chon-buri-ban-bueng-2566-project.docx")
    passengers = {t for name, _, t, _ in got if "ผู้ซ้อนท้าย" in name}
    drivers = {t for name, _, t, _ in got if name.startswith("ผู้ขับขี่สวมหมวก")}
    assert passengers == {None} and drivers == {80.0}
