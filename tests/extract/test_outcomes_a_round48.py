"""Round 48 (outcomes A): labels under one label naming indicators and stating
their bound target ("ตัวชี้วัดกระบวนการ (เป้าหมาย ≥ 80%)" over three indicators,
districts as rows) are each an indicator of its own, named by its own label and
taking that target, while a success-level column beside them gives no outcome.
An item of a dash list under an indicator's heading with its target in brackets
may end on the counts its figure was worked out from ("(42 จาก 57 หมู่บ้าน)"),
and an item naming a district of the province is that district's figure, named
by the heading alone.  A bare count in brackets after a district's name
("เมืองบึงกาฬ (12)" under "อำเภอ (จำนวนตำบล)") is no part of its name, nor is the
span of past years a table covers ("ย้อนหลัง 3 ปี") part of its subject.  A row's
own target for a year ("เป้าหมาย 2566" beside "ผลงาน 2566") outranks a target the
whole table takes.  Small strings first, then variants built as real .docx
files, then a real corpus file of set 48."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx_builder import write_docx

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

BUENG_KAN = "bueng-kan-province-2566-inspection"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"

Row = tuple[str | None, str, float | None, float | None, int | None]


def _header_rows(path: Path, count: int) -> Path:
    """``path`` with its table's first ``count`` rows marked as header rows, as Word repeats them."""
    document = docx.Document(str(path))
    for row in document.tables[0].rows[:count]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.save(str(path))
    return path


def _outcomes(path: Path) -> set[Row]:
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


@pytest.mark.parametrize(("text", "counts"), [
    (" (42 จาก 57 หมู่บ้าน)", True),
    (" (75/105 ครัวเรือน)", True),
    (" (ภาพรวมอำเภอ)", False),
])
def test_an_items_bracketed_counts_are_known_as_such(text: str, counts: bool) -> None:
    assert bool(rule_re("place_lists", "item_counts").search(text)) is counts


def test_a_bare_count_after_a_districts_name_is_no_part_of_it() -> None:
    assert rule_re("table", "place_count").sub("", "เมืองบึงกาฬ (12)") == "เมืองบึงกาฬ"
    assert rule_re("table", "place_count").sub("", "พรเจริญ (๗)") == "พรเจริญ"


def test_a_span_of_past_years_is_no_part_of_a_tables_subject() -> None:
    assert title_subject("4.2 ตำบลผ่านเกณฑ์ตำบลจัดการคุณภาพชีวิต ย้อนหลัง 3 ปี") == "ตำบลผ่านเกณฑ์ตำบลจัดการคุณภาพชีวิต"
    assert title_subject("ร้อยละครัวเรือนคัดแยกขยะ เปรียบเทียบย้อนหลัง ๕ ปี") == "ร้อยละครัวเรือนคัดแยกขยะ"


def test_indicators_under_a_label_stating_their_target_each_read_by_their_own_label(tmp_path: Path) -> None:
    rows = [["อำเภอ", "ตัวชี้วัดผลลัพธ์ (เกณฑ์ ไม่น้อยกว่าร้อยละ 70)", "", "ระดับความสำเร็จ (1–5)"],
            ["", "ครัวเรือนปลูกผักปลอดสารพิษ", "โครงการที่ได้รับงบ อปท.", ""],
            ["เชียงคาน", "๗๒.๕๐%", "68.00%", "4"],
            ["ภูเรือ", "81.25%", "90.00%", "5"]]
    path = _header_rows(write_docx(tmp_path / "r.docx", ["แบบรายงานการตรวจราชการ พชอ. จังหวัดเลย ปีงบประมาณ 2567",
                                                         "ผลการขับเคลื่อนรายอำเภอ"], rows,
                                   merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)]), 2)
    got = {(d, i, v, t) for d, i, v, t, _ in _outcomes(path)}
    assert ("4203", "ครัวเรือนปลูกผักปลอดสารพิษ", 72.5, 70.0) in got
    assert ("4207", "โครงการที่ได้รับงบ อปท.", 90.0, 70.0) in got
    assert not {v for _, _, v, _ in got} & {4.0, 5.0}  # a success level is no result


def test_a_districts_item_under_a_targeted_heading_is_that_districts_figure(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "r.docx", [
        "แบบรายงานการตรวจราชการ พชอ. จังหวัดเลย ปีงบประมาณ 2567",
        "ผลลัพธ์ตามประเด็นของอำเภอ",
        "ร้อยละหมู่บ้านจัดการขยะต้นแบบ (เป้าหมาย ร้อยละ 60)",
        "- อำเภอภูเรือ ร้อยละ 66.67 (12 จาก 18 หมู่บ้าน)",
        "- อำเภอเชียงคาน ร้อยละ 55.00",
    ])
    got = {(d, i, v, t) for d, i, v, t, _ in _outcomes(path)}
    assert ("4207", "ร้อยละหมู่บ้านจัดการขยะต้นแบบ", 66.67, 60.0) in got
    assert ("4203", "ร้อยละหมู่บ้านจัดการขยะต้นแบบ", 55.0, 60.0) in got
    assert not any(v is None for _, _, v, _ in got)  # the heading's target is theirs, no record


def test_a_rows_target_for_a_year_outranks_the_tables(tmp_path: Path) -> None:
    rows = [["ตัวชี้วัด", "ผลงาน 2566", "เป้าหมาย 2567", "ผลงาน 2567"],
            ["ร้อยละตำบลจัดการสุขภาพดีเด่น", "70.00", "85", "88.10"]]
    path = write_docx(tmp_path / "r.docx", [
        "แบบรายงานการตรวจราชการ พชอ. จังหวัดเลย ปีงบประมาณ 2567",
        "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์ พชอ. ที่มีคุณภาพ เกณฑ์เป้าหมาย ไม่น้อยกว่าร้อยละ 80"], rows)
    got = {(i, v, t, y) for _, i, v, t, y in _outcomes(path)}
    assert ("ร้อยละตำบลจัดการสุขภาพดีเด่น", 88.1, 85.0, 2567) in got


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_bueng_kan_reads_its_process_indicators_lists_and_years_table(ext: str) -> None:
    got = _outcomes(CORPUS / f"{BUENG_KAN}.{ext}")
    assert ("3807", "กรรมการเข้าร่วมประชุม พชอ.", 79.17, 80.0, 2566) in got
    assert ("3806", "ร้อยละหมู่บ้านที่มีค่า HI < 10", 73.68, 80.0, 2566) in got
    assert ("3802", "ร้อยละผู้ผ่านการบำบัดยาเสพติดได้รับการติดตามครบตามเกณฑ์", 88.2, 85.0, 2566) in got
    assert (None, "ร้อยละของตำบลที่มี พชต. ขับเคลื่อนประเด็นร่วมกับ พชอ.", 92.45, 85.0, 2566) in got
    assert any(d == "3808" and v == 33.33 and y == 2564 for d, _, v, _, y in got)
    assert not any(i == "เมืองบึงกาฬ" for _, i, _, _, _ in got)  # a district is no indicator
    assert not any(v is None for _, _, v, _, _ in got)  # every target here has its result
