"""Issues in layouts the extractors were not tuned on: a secretary's paragraph
whose issue list runs straight on into results, issues parted by a bare space
in running text, a committee's "matters to solve together" (เรื่อง, วาระ)
instead of ประเด็น, a figure a PDF cut off its line, and a project form whose
row labelled as the issues holds the list.  Rules on strings first, then on
small built .docx files and on real corpus files against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.issues import before_results, counted_items, spaced_items
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

GOLD = Path(__file__).resolve().parents[2] / "gold"


def name_before_results(text: str) -> str:
    return text[:before_results(text, 0, len(text))]


def pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in spaced_items(text, 0, len(text))]


@pytest.mark.parametrize(("item", "issue"), [
    ("การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง ได้ประชุมคณะกรรมการแล้ว 2 ครั้ง", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"),
    ("การป้องกันและแก้ไขปัญหายาเสพติด ช่วงเทศกาลปีใหม่ 2567 ตั้งด่านชุมชน 6 จุด",
     "การป้องกันและแก้ไขปัญหายาเสพติด"),
    ("การจัดการขยะในครัวเรือน ครัวเรือนคัดแยกขยะแล้ว ร้อยละ 64.20", "การจัดการขยะในครัวเรือน"),
    # an enumeration and a bracket stay with the name
    ("การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง เยี่ยมบ้านแล้ว 212 ราย",
     "การดูแลผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียง"),
    ("การลดฝุ่นละอองขนาดเล็ก (PM 2.5) อบรมแกนนำ 45 คน", "การลดฝุ่นละอองขนาดเล็ก (PM 2.5)"),
])
def test_an_item_running_on_into_counted_results_ends_at_its_name(item, issue):
    assert name_before_results(item) == issue


@pytest.mark.parametrize("item", [
    "การส่งเสริมการได้รับวัคซีนตามเกณฑ์อายุในเด็กอายุ 0 – 5 ปี",
    "การป้องกันการจมน้ำในเด็กอายุต่ำกว่า 15 ปี",
    "การลดฝุ่นละอองขนาดเล็ก (PM 2.5) จากการเผาในที่โล่ง",
    "เกษตรปลอดภัย ลดการใช้สารเคมีในสวนผลไม้",
])
def test_an_item_without_a_count_or_percentage_is_left_whole(item):
    assert name_before_results(item) == item


def test_a_bare_space_parts_issues_of_different_topics():
    assert pieces("การป้องกันควบคุมโรคไข้เลือดออก การดูแลผู้สูงอายุ") == [
        "การป้องกันควบคุมโรคไข้เลือดออก", "การดูแลผู้สูงอายุ",
    ]


@pytest.mark.parametrize("text", [
    "การป้องกันอุบัติเหตุทางถนน การสวมหมวกนิรภัย",  # one topic, spelt out
    "การจัดการขยะในชุมชน ความร่วมมือของภาคีเครือข่าย",  # the second words name no issue
    "เกษตรปลอดภัย ลดการใช้สารเคมีในสวนผลไม้",
])
def test_a_bare_space_inside_one_topic_parts_nothing(text):
    assert pieces(text) == [text]


def test_a_counted_list_in_a_secretarys_report_ends_before_the_results():
    text = ("พชอ.บ้านโป่ง ปี 2568 ขับเคลื่อน 3 ประเด็น คือ การจัดการขยะในครัวเรือน "
            "การป้องกันโรคไข้เลือดออก และการดูแลผู้ป่วยติดเตียง ได้จัดประชุมคณะทำงานแล้ว 3 ครั้ง")
    assert [text[s:e].strip() for s, e in counted_items(text)] == [
        "การจัดการขยะในครัวเรือน", "การป้องกันโรคไข้เลือดออก", "การดูแลผู้ป่วยติดเตียง",
    ]


@pytest.mark.parametrize("lead_in", [
    "ที่ประชุมมีมติเห็นชอบเรื่องที่จะร่วมกันแก้ไขในปีงบประมาณ 2568 จำนวน 2 เรื่อง ดังนี้",
    "คณะกรรมการกำหนดวาระอำเภอ ปี 2568 จำนวน 2 วาระ ได้แก่",
])
def test_matters_to_solve_together_open_an_issue_list(tmp_path, lead_in):
    path = write_docx(tmp_path / "report.docx", paragraphs=[
        "รายงานผลการดำเนินงาน คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอท่าวังผา จังหวัดน่าน",
        "ประจำปีงบประมาณ พ.ศ. 2568",
        lead_in,
        "1. การป้องกันและแก้ไขปัญหายาเสพติด",
        "2. การจัดการขยะในชุมชน",
        "3. ผลการดำเนินงานตามกิจกรรม",
    ])
    issues = [(i.district, i.text) for i in extract(parse(path)).issues]
    assert issues == [("5506", "การป้องกันและแก้ไขปัญหายาเสพติด"), ("5506", "การจัดการขยะในชุมชน")]


def test_a_forms_row_labelled_as_the_issues_holds_the_list(tmp_path):
    path = write_docx(tmp_path / "form.docx", paragraphs=[
        "รายงานผลการดำเนินงานโครงการ (One Page Report)",
        "โครงการพัฒนาคุณภาพชีวิตระดับอำเภอ อำเภอปัว จังหวัดน่าน ปีงบประมาณ 2567",
    ], rows=[
        ["หัวข้อ", "รายละเอียด"],
        ["ชื่อโครงการ", "โครงการพัฒนาคุณภาพชีวิตระดับอำเภอปัว"],
        ["หน่วยงานรับผิดชอบ", "สำนักงานสาธารณสุขอำเภอปัว"],
        ["ประเด็นขับเคลื่อน", "1. การป้องกันอุบัติเหตุทางถนน 2. การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง"],
        ["วัตถุประสงค์", "1. เพื่อลดการบาดเจ็บจากอุบัติเหตุ 2. เพื่อให้ผู้สูงอายุได้รับการดูแล"],
    ])
    issues = [(i.district, i.text) for i in extract(parse(path)).issues]
    assert issues == [("5505", "การป้องกันอุบัติเหตุทางถนน"), ("5505", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง")]


def _gold_issues(name: str) -> list[tuple[str | None, str]]:
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(i["district"], i["text"]) for i in gold["issues"]]


@pytest.mark.parametrize("name", [
    "rayong-province-2567-minutes.docx",  # each district secretary reports in one paragraph
    "rayong-province-2567-minutes.pdf",  # … and a PDF cuts figures onto lines of their own
    "nong-khai-phon-phisai-2567-progress.pdf",  # "เรื่องที่จะร่วมกันแก้ไข … จำนวน 3 เรื่อง ดังนี้"
    "krabi-khlong-thom-2566-project.pdf",  # a one-page report's labelled row
])
def test_real_reports_issues_match_their_gold(parsed, name):
    issues = [(i.district, i.text) for i in extract(parsed(name)).issues]
    expected = _gold_issues(name)
    assert sorted(issues, key=str) == sorted(expected, key=str)
