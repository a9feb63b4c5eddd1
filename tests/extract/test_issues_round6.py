"""Issues laid out in ways the extractors were not tuned on: a summary's
issue × district matrix of ticks, a table's issue cell whose bracketed note a
later results table drops, a lead-in that counts the issues at the end of a
long sentence ("… จำนวน 3 ประเด็น ดังนี้"), and a plan table's page that
opens with a group row ("ประเด็นที่ 3 …").  Rules on strings first, then on
small built .docx files and on real corpus files against their gold."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.issues import is_tick, opens_issues
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse
from pcc_ingest.rules import load_rules

GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.mark.parametrize("cell", ["✓", " ✔ ", "√", "☑", "/", "●"])
def test_a_tick_alone_marks_a_chosen_cell(cell):
    assert is_tick(cell)


@pytest.mark.parametrize("cell", ["", "3", "X", "✗", "ผ่าน", "✓ 2 ตำบล"])
def test_counts_crosses_and_words_are_not_ticks(cell):
    assert not is_tick(cell)


@pytest.mark.parametrize("lead_in", [
    ("คณะกรรมการ พชอ. ได้มีมติในการประชุมครั้งที่ 1/2567 เมื่อวันที่ 24 ตุลาคม 2566 กำหนดประเด็น"
     "การพัฒนาคุณภาพชีวิตของอำเภอปัว ประจำปีงบประมาณ 2567 จำนวน 3 ประเด็น ดังนี้"),
    "ที่ประชุมวิเคราะห์ข้อมูลสถานการณ์ปัญหาของพื้นที่ร่วมกับผลการดำเนินงานปีที่ผ่านมา และเห็นชอบให้ขับเคลื่อน 4 ประเด็นหลัก ได้แก่",
])
def test_a_lead_in_counting_its_issues_opens_the_list_however_long(lead_in):
    assert opens_issues(lead_in)


@pytest.mark.parametrize("text", [
    "ปัญหาอุปสรรคที่พบในการดำเนินงานไตรมาสที่ 2 มีดังนี้",
    "ผลการดำเนินงานตามแผนในไตรมาสที่ 2 จำนวน 5 กิจกรรม ดังนี้",
])
def test_a_lead_in_counting_other_things_opens_no_issue_list(text):
    assert not opens_issues(text)


def test_a_numbered_issue_name_heads_no_issue_column():
    header = load_rules("issues")["table"]["issue_header"]
    assert re.match(header, "ประเด็นการพัฒนาคุณภาพชีวิต")
    assert re.match(header, "ประเด็นที่ 1")  # a column of each district's first issue
    assert not re.match(header, "ประเด็นที่ 3 การจัดการขยะมูลฝอยในครัวเรือน")


def _issues(path: Path) -> list[tuple[str | None, str]]:
    return [(i.district, i.text) for i in extract(parse(path)).issues]


def test_an_issue_by_district_matrix_gives_each_ticked_district_the_rows_issue(tmp_path):
    path = write_docx(tmp_path / "matrix.docx", paragraphs=[
        "สรุปผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) จังหวัดน่าน ปีงบประมาณ 2566",
        "ตารางที่ 1 ประเด็นการพัฒนาคุณภาพชีวิตที่ พชอ. คัดเลือก จำแนกรายอำเภอ",
    ], rows=[
        ["ประเด็นการพัฒนาคุณภาพชีวิต", "อำเภอ", "", "", "รวม"],
        ["", "เมืองน่าน", "ปัว", "ท่าวังผา", ""],
        ["การป้องกันและลดอุบัติเหตุทางถนน", "√", "", "√", "2"],
        ["การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "", "√", "", "1"],
        ["รวม", "1", "1", "1", "3"],
    ], merges=[(0, 1, 0, 3)])
    assert _issues(path) == [
        ("5501", "การป้องกันและลดอุบัติเหตุทางถนน"), ("5506", "การป้องกันและลดอุบัติเหตุทางถนน"),
        ("5505", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"),
    ]


def test_a_table_with_a_district_per_column_but_no_ticks_is_read_as_before(tmp_path):
    path = write_docx(tmp_path / "scores.docx", paragraphs=[
        "สรุปผลการดำเนินงานคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) จังหวัดน่าน ปีงบประมาณ 2566",
    ], rows=[
        ["ประเด็นการพัฒนาคุณภาพชีวิต", "เมืองน่าน", "ปัว"],
        ["การป้องกันและลดอุบัติเหตุทางถนน", "78.50", "64.20"],
    ])
    assert all(district is None for district, _ in _issues(path))


def test_a_tables_issue_cell_keeps_its_note_when_a_results_table_drops_it(tmp_path):
    path = write_docx(tmp_path / "inspection.docx", paragraphs=[
        "สรุปผลการนิเทศติดตาม พชอ. จังหวัดน่าน ปีงบประมาณ 2566",
    ], rows=[
        ["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต ปี 2566", "ผลการดำเนินงาน"],
        ["ปัว", "1) ความมั่นคงทางอาหาร (เกษตรปลอดภัย) 2) การป้องกันและลดอุบัติเหตุทางถนน", "ผ่าน"],
    ], after=[
        "ผลการประเมินตามองค์ประกอบ UCCARE อำเภอปัว ประเด็นการพัฒนาคุณภาพชีวิต ได้แก่",
        "1) ความมั่นคงทางอาหาร",
        "2) การป้องกันและลดอุบัติเหตุทางถนน",
    ])
    assert _issues(path) == [
        ("5505", "ความมั่นคงทางอาหาร (เกษตรปลอดภัย)"), ("5505", "การป้องกันและลดอุบัติเหตุทางถนน"),
    ]


def _gold_issues(name: str) -> list[tuple[str | None, str]]:
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(i["district"], i["text"]) for i in gold["issues"]]


@pytest.mark.parametrize("name", [
    "uthai-thani-province-2565-summary.docx",  # an issue × district matrix of ticks
    "uthai-thani-province-2565-summary.pdf",
    "nakhon-sawan-province-2566-inspection.pdf",  # issue cells with notes; a "สรุป" row
    "chumphon-province-2566-inspection.docx",  # a prose note gives way to the table's name
    "ratchaburi-photharam-2567-progress.docx",  # "… จำนวน ๓ ประเด็น ดังนี้" after a long sentence
    "ratchaburi-photharam-2567-progress.pdf",
    "saraburi-wihan-daeng-2566-action-plan.pdf",  # a plan table's page opening with a group row
])
def test_real_reports_issues_match_their_gold(parsed, name):
    issues = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert sorted(issues, key=str) == sorted(_gold_issues(name), key=str)
