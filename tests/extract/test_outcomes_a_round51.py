"""Round 51 (outcomes A): a minutes' KPI results, by ตำบล and as changes.

Rules pinned here:
- a KPI table's row whose target is a change against an earlier period
  ("ลดลงร้อยละ 10 จากไตรมาสเดียวกันของปี 2567") and whose result cell gives its
  counts, then the change reached ("4 ราย (ปี 2567 : 5 ราย) ลดลงร้อยละ
  20.00"), is one record: the change reached against the change set, named
  by the indicator and the change; a change the other way gives none;
- a target cell giving the bar of the round the result column reports, the
  year's bar in brackets ("ไตรมาสที่ 1 ไม่น้อยกว่าร้อยละ 30 (ทั้งปี ไม่น้อยกว่า
  ร้อยละ 90)" beside "ผลงานไตรมาสที่ 1"), gives that round's bar as target;
- the paragraph under a measure-by-ตำบล table naming places that fell below a
  bar it writes out, measure by measure ("ตำบลก มีอัตราการสวมหมวกนิรภัย
  ต่ำกว่าร้อยละ 70 ส่วนตำบลข มีผู้สูงอายุ…ได้รับการเยี่ยมบ้านต่ำกว่าร้อยละ 80"),
  gives each column it names that bar as its rows' target, a column it does
  not name none, and its figures no records of their own;
- a ตำบล's figure is not the district KPI's figure that shares its value.
Small .docx variants first, then the set-51 corpus files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PHRAE = "phrae-long-2568-minutes"
TITLE = "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเชียงคาน จังหวัดเลย ครั้งที่ 2/2568"

Row = tuple[str, float | None, float | None]


def _outcomes(path: Path) -> set[Row]:
    return {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


KPIS = [["ตัวชี้วัด", "เป้าหมาย", "ผลงานไตรมาสที่ 1", "แปลผล"],
        ["1.1 จำนวนผู้บาดเจ็บตัวอย่างจากอุบัติเหตุ", "ลดลงร้อยละ 10 จากไตรมาสเดียวกันของปี 2567",
         "8 ราย (ปี 2567 : 10 ราย) ลดลงร้อยละ 20.00", "บรรลุ"],
        ["1.2 จำนวนชุมชนตัวอย่างปลอดขยะ", "เพิ่มขึ้นร้อยละ 10 จากปี 2567 (20 ชุมชน)",
         "21 ชุมชน เพิ่มขึ้นร้อยละ 5.00", "ไม่บรรลุ"],
        ["1.3 ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง สะสม",
         "ไตรมาสที่ 1 ไม่น้อยกว่าร้อยละ 30 (ทั้งปี ไม่น้อยกว่าร้อยละ 90)", "ร้อยละ 34.50", "บรรลุ"]]


def _kpi_table(tmp_path: Path, rows: list[list[str]]) -> set[Row]:
    path = write_docx(tmp_path / "k.docx", [TITLE, "ตารางที่ 1 ผลการดำเนินงานตามตัวชี้วัด ไตรมาสที่ 1 ปีงบประมาณ 2568"],
                      rows)
    return _outcomes(path)


def test_a_change_target_and_the_change_reached_are_one_record(tmp_path: Path) -> None:
    got = {(v, t) for _, v, t in _kpi_table(tmp_path, KPIS)}
    assert {(20.0, 10.0), (5.0, 10.0)} <= got


def test_a_change_record_is_named_by_the_indicator_and_the_change(tmp_path: Path) -> None:
    named = {i for i, v, _ in _kpi_table(tmp_path, KPIS) if v == 20.0}
    assert named == {"จำนวนผู้บาดเจ็บตัวอย่างจากอุบัติเหตุ ลดลงจากไตรมาสเดียวกันของปี 2567"}


def test_the_rounds_bar_is_the_rounds_target(tmp_path: Path) -> None:
    got = _kpi_table(tmp_path, KPIS)
    assert ("1.3 ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง สะสม ไตรมาสที่ 1", 34.5, 30.0) in got
    assert not [1 for _, v, t in got if v == 34.5 and t != 30.0]


PLACES = [["ตำบล", "คัดกรองตัวอย่าง (สะสม)", "ผู้ป่วยตัวอย่างได้รับการเยี่ยมบ้าน", "สวมหมวกตัวอย่าง (จุดสังเกต)"],
          ["ตัวอย่างเหนือ", "300/820 (36.59)", "16/18 (88.89)", "52/80 (65.00)"],
          ["ตัวอย่างใต้", "270/760 (35.53)", "7/9 (77.78)", "84/120 (70.00)"],
          ["ตัวอย่างกลาง", "380/980 (38.78)", "5/6 (83.33)", "97/130 (74.62)"]]
BELOW = ("ตำบลตัวอย่างเหนือมีอัตราการสวมหมวกตัวอย่างต่ำกว่าร้อยละ 70 "
         "ส่วนตำบลตัวอย่างใต้มีผู้ป่วยตัวอย่างได้รับการเยี่ยมบ้านต่ำกว่าร้อยละ 80 เนื่องจากผู้ดูแลลาออก 1 คน")


def _places(tmp_path: Path, after: str) -> set[Row]:
    path = write_docx(tmp_path / "p.docx", [TITLE, "ตารางที่ 2 ผลการดำเนินงานรายตำบล ไตรมาสที่ 1 ปีงบประมาณ 2568"],
                      PLACES, after=[after])
    return _outcomes(path)


def test_a_bar_under_a_places_table_is_the_target_of_the_columns_it_names(tmp_path: Path) -> None:
    got = {(v, t) for _, v, t in _places(tmp_path, BELOW)}
    assert {(65.0, 70.0), (70.0, 70.0), (74.62, 70.0)} <= got
    assert {(88.89, 80.0), (77.78, 80.0), (83.33, 80.0)} <= got


def test_a_column_the_text_does_not_name_keeps_no_target(tmp_path: Path) -> None:
    got = {(v, t) for _, v, t in _places(tmp_path, BELOW)}
    assert {(36.59, None), (35.53, None), (38.78, None)} <= got


def test_the_bars_in_the_text_are_no_records(tmp_path: Path) -> None:
    got = _places(tmp_path, BELOW)
    assert not [1 for _, v, _ in got if v == 80.0]
    assert [v for _, v, _ in got if v == 70.0] == [70.0]  # the table's own 84/120 (70.00) only


def test_a_paragraph_naming_none_of_the_places_lends_no_bar(tmp_path: Path) -> None:
    got = _places(tmp_path, "อำเภอมีอัตราการสวมหมวกตัวอย่างต่ำกว่าร้อยละ 70 ในภาพรวม")
    assert (65.0, None) in {(v, t) for _, v, t in got}


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phrae_long_kpis_and_places(ext: str) -> None:
    got = {(v, t) for _, v, t in _outcomes(CORPUS / f"{PHRAE}.{ext}")}
    assert {(20.0, 10.0), (5.0, 10.0), (34.93, 30.0), (88.89, 80.0)} <= got
    assert {(77.78, 80.0), (63.64, 70.0), (30.66, None)} <= got  # visits and helmets measured, ADL not


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_phrae_long_place_and_district_share_a_figure(ext: str) -> None:
    named = [i for i, v, _ in _outcomes(CORPUS / f"{PHRAE}.{ext}") if v == 88.89]
    assert len(named) == 2 and any("ห้วยอ้อ" in i for i in named)
    assert not [1 for i, v, t in _outcomes(CORPUS / f"{PHRAE}.{ext}") if v in (70.0, 80.0) and "ตำบล" in i and "ต่ำกว่า" in i]
