"""Round 50 (outcomes C): rules this file pins.

- A years-by-places table's title closing on the span of years its rows cover
  ("… ตำบลนำร่อง ปี 2565 – 2567") names its measure without that span.
- A places breakdown that the paragraph under it measures against "the target"
  with no figure ("… ยังต่ำกว่าค่าเป้าหมาย") takes, for its current-year figures,
  the target an earlier results table sets for its measure; earlier years stay
  baselines, and the whole district's column restating the KPI's result stays
  that record.
- A table cell written figure first ("ร้อยละ 80 ของกรรมการเข้าร่วมประชุม", an
  activity's own target) measures the words after "ของ", not the activity.
- A summary line giving the share of the budget spent ("สรุป … เบิกจ่ายแล้ว
  74,455 บาท คิดเป็นร้อยละ 67.53") is a spending rate, no KPI's result.
- A paragraph result that a results table's row gives, with its own target,
  for the same subject joins no bare target stated between them for another
  subject.
- A results row by quarter whose every round is a gap ("อยู่ระหว่าง
  ดำเนินการ", "รอข้อมูล") keeps its stated target as a bare target.

Small strings first, then variants built as real .docx files, then real
corpus files of set 50."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builder import add_table, write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.year_rows import _title_measure
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KHON_KAEN = "khon-kaen-chum-phae-2567-progress"
PHETCHABUN = "phetchabun-chon-daen-2567-progress"
UBON = "ubon-ratchathani-trakan-phuet-phon-2566-minutes"
TITLE = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง จังหวัดขอนแก่น ปีงบประมาณ 2567"]

Row = tuple[str | None, str, float | None, float | None, int | None]


def _outcomes(path: Path) -> set[Row]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize(("title", "measure"), [
    ("3.3 ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ตำบลนำร่อง ปี 2565 – 2567", "ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ตำบลนำร่อง"),
    ("ร้อยละหมู่บ้านตัวอย่าง ปีงบประมาณ 2564-2566", "ร้อยละหมู่บ้านตัวอย่าง"),
])
def test_a_span_of_years_closing_a_title_is_no_part_of_the_measure(title: str, measure: str) -> None:
    assert _title_measure(title) == measure


@pytest.mark.parametrize(("text", "compared"), [
    ("ส่วนตำบลตัวอย่างยังต่ำกว่าค่าเป้าหมายเล็กน้อย", True),
    ("ทุกตำบลผ่านเกณฑ์", True),
    ("ต่ำกว่าเป้าหมาย ร้อยละ 70", False),  # states its own figure
    ("ทุกตำบลมีแนวโน้มเพิ่มขึ้น", False),
])
def test_words_measuring_places_against_the_target_are_known(text: str, compared: bool) -> None:
    assert bool(rule_re("compared_places", "against_target").search(text)) is compared


def _kpi_then_places(tmp_path: Path, closing: str) -> Path:
    document = docx.Document()
    document.add_paragraph(TITLE[0])
    document.add_paragraph("3.1 ผลการดำเนินงานรายไตรมาส")
    add_table(document, [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 2", "ไตรมาส 4"],
                         ["ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง", "ร้อยละ 70", "64.10", "73.85"]])
    document.add_paragraph("3.3 ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง ตำบลนำร่อง ปี 2565 – 2567")
    add_table(document, [["ปี", "ตัวอย่างเหนือ", "ตัวอย่างใต้", "ภาพรวมอำเภอ"],
                         ["2566", "62.35", "57.10", "60.08"],
                         ["2567", "76.40", "68.90", "73.85"]])
    document.add_paragraph(closing)
    path = tmp_path / "r.docx"
    document.save(str(path))
    return path


def test_places_the_text_measures_against_the_target_take_the_kpis(tmp_path: Path) -> None:
    got = _outcomes(_kpi_then_places(tmp_path, "จากตาราง ตำบลตัวอย่างใต้ยังต่ำกว่าค่าเป้าหมายเล็กน้อย"))
    by_value = {v: (i, t, y) for _, i, v, t, y in got}
    assert by_value[76.4][1:] == (70.0, 2567)
    assert by_value[68.9][1:] == (70.0, 2567)
    assert by_value[62.35][1:] == (None, 2566)  # a baseline keeps no target
    assert "ตำบลตัวอย่างเหนือ" in by_value[76.4][0]
    assert sum(v == 73.85 for _, _, v, _, _ in got) == 1  # the whole district's figure is the KPI's


def test_places_the_text_does_not_compare_take_no_target(tmp_path: Path) -> None:
    got = _outcomes(_kpi_then_places(tmp_path, "จากตาราง ทุกตำบลมีแนวโน้มเพิ่มขึ้นอย่างต่อเนื่อง"))
    assert {t for _, _, v, t, _ in got if v == 76.4} == {None}


def test_a_figure_first_cell_measures_the_words_after_it(tmp_path: Path) -> None:
    rows = [["ที่", "กิจกรรม", "ตัวชี้วัด / ค่าเป้าหมาย", "งบประมาณ (บาท)"],
            ["1", "ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567", "ร้อยละ 80 ของกรรมการเข้าร่วมประชุม", "2,625"],
            ["2", "ค่ายตัวอย่าง", "ร้อยละ 60 ของผู้ผ่านค่ายได้รับการติดตามครบ", "36,000"]]
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(write_docx(tmp_path / "r.docx", TITLE, rows))}
    assert ("กรรมการเข้าร่วมประชุม", None, 80.0) in got
    assert ("ผู้ผ่านค่ายได้รับการติดตามครบ", None, 60.0) in got


def test_a_summary_of_money_spent_is_a_spending_rate(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "r.docx", [
        *TITLE, "ตัวชี้วัด ร้อยละของกรรมการเข้าร่วมประชุม ค่าเป้าหมาย ร้อยละ 80",
        "สรุป งบประมาณตามแผนรวมทั้งสิ้น 110,250 บาท เบิกจ่ายแล้ว 74,455 บาท คิดเป็นร้อยละ 67.53"])
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(path)}
    assert any(v == 67.53 and t is None and "เบิกจ่าย" in i for i, v, t in got)
    assert any(v is None and t == 80.0 for _, v, t in got)  # the KPI keeps its own bare target


def test_a_tables_result_retold_joins_no_other_subjects_target(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE[0])
    add_table(document, [["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลงาน"],
                         ["ร้อยละผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้ดี", "≥ 40%", "1,024/2,618 (39.11)"]])
    add_table(document, [["ที่", "กิจกรรม", "ตัวชี้วัด / ค่าเป้าหมาย"],
                         ["1", "อบรมตัวอย่าง", "ร้อยละ 80 ของกลุ่มเสี่ยงมีระดับน้ำตาลหรือความดันลดลง"]])
    document.add_paragraph("6.1 ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดีเพียงร้อยละ 39.11 ยังไม่ถึงเป้าหมาย")
    path = tmp_path / "r.docx"
    document.save(str(path))
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(path)}
    assert ("กลุ่มเสี่ยงมีระดับน้ำตาลหรือความดันลดลง", None, 80.0) in got
    assert not any(v == 39.11 and t == 80.0 for _, v, t in got)


def test_a_row_awaiting_every_rounds_result_keeps_its_target(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"],
            ["ร้อยละผู้สูงอายุตัวอย่างได้รับการดูแล", "≥ ร้อยละ 90", "ร้อยละ 94.12 (320/340 คน)", "95.94"],
            ["ร้อยละผู้พิการตัวอย่างได้รับการขึ้นทะเบียน", "ร้อยละ 100", "อยู่ระหว่างดำเนินการ", "รอข้อมูล"]]
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(write_docx(tmp_path / "r.docx", TITLE, rows))}
    assert ("ร้อยละผู้พิการตัวอย่างได้รับการขึ้นทะเบียน", None, 100.0) in got
    assert any(v == 94.12 and t == 90.0 for _, v, t in got)


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_khon_kaen_reads_its_years_by_places_table_against_the_kpi(ext: str) -> None:
    got = _outcomes(CORPUS / f"{KHON_KAEN}.{ext}")
    pilot = [(v, t, y) for _, i, v, t, y in got if "ตำบลนำร่อง" in i]
    assert (55.2, None, 2565) in pilot
    assert (68.9, 70.0, 2567) in pilot
    assert len(pilot) == 20  # 7 places × 3 years, less the whole district's 2567 figure (the KPI's)


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_ubon_keeps_the_target_of_a_kpi_with_no_result_yet(ext: str) -> None:
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(CORPUS / f"{UBON}.{ext}")}
    assert ("ร้อยละผู้พิการรายใหม่ได้รับการขึ้นทะเบียนและออกบัตร", None, 100.0) in got


def test_phetchabun_reads_activity_targets_and_its_spending_rate() -> None:
    got = {(i, v, t) for _, i, v, t, _ in _outcomes(CORPUS / f"{PHETCHABUN}.pdf")}
    assert ("กรรมการเข้าร่วมประชุม", None, 80.0) in got
    assert ("กลุ่มเสี่ยงมีระดับน้ำตาลหรือความดันลดลง", None, 80.0) in got
    assert any(v == 67.53 and t is None for _, v, t in got)
