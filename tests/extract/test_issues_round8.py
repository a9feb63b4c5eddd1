"""Issues stated three structural ways that earlier rules missed.

Pinned here: a district's part of a report states its issues on a line that
opens with the issue label and names no district ("ประเด็นที่ขับเคลื่อน ได้แก่
A B และC" under the heading "3.1 อำเภอX"), with the bulleted work below it
left out; the last numbered item of a sentence ends where "และได้…/และจะ…"
goes on to what the committee did; and the province's common issue named as
the subject of "เป็นประเด็นร่วมของจังหวัด".  Rules on strings first, then a
small built .docx file, then real corpus files against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.issues import clause_end, common_issue_spans, prose_lists
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _prose(text: str, default: str | None) -> list[tuple[str | None, list[str]]]:
    return [(d, [text[s:e].strip() for s, e in spans]) for d, spans in prose_lists(text, None, default=default)]


@pytest.mark.parametrize("text, issues", [
    (("ประเด็นที่ขับเคลื่อน ได้แก่ การจัดการขยะและสิ่งแวดล้อม การดูแลกลุ่มเปราะบาง (ผู้สูงอายุ ผู้พิการ) "
      "และการป้องกันและแก้ไขปัญหายาเสพติด"),
     ["การจัดการขยะและสิ่งแวดล้อม", "การดูแลกลุ่มเปราะบาง (ผู้สูงอายุ ผู้พิการ)", "การป้องกันและแก้ไขปัญหายาเสพติด"]),
    ("- ประเด็นที่เลือก : การป้องกันอุบัติเหตุทางถนน และการดูแลผู้สูงอายุ",
     ["การป้องกันอุบัติเหตุทางถนน", "การดูแลผู้สูงอายุ"]),
    ("ประเด็นการพัฒนาคุณภาพชีวิต ปี 2566 คือ การป้องกันโรคไข้เลือดออก, การลดโรคเบาหวาน",
     ["การป้องกันโรคไข้เลือดออก", "การลดโรคเบาหวาน"]),
])
def test_a_line_opening_with_the_issue_label_is_the_sections_districts_list(text, issues):
    assert _prose(text, "1305") == [("1305", issues)]


def test_a_label_line_outside_any_district_section_is_province_wide():
    text = "ประเด็นที่ขับเคลื่อน ได้แก่ การจัดการขยะ และการดูแลผู้สูงอายุ"
    assert _prose(text, None) == [(None, ["การจัดการขยะ", "การดูแลผู้สูงอายุ"])]


def test_a_label_inside_a_sentence_about_something_else_is_no_list():
    text = "คณะกรรมการได้ทบทวนประเด็นที่ขับเคลื่อน ได้แก่ การจัดการขยะ และการดูแลผู้สูงอายุ"
    assert _prose(text, "1305") == []


@pytest.mark.parametrize("tail", ["และได้แต่งตั้งคณะทำงานรายประเด็นแล้ว", "และจะจัดประชุมครั้งต่อไป"])
def test_a_list_ends_where_and_goes_on_to_what_the_committee_did(tail):
    text = f"(3) การป้องกันควบคุมโรคติดเชื้อไวรัสโคโรนา 2019 {tail}"
    assert text[:clause_end(text, 0, len(text))] == "(3) การป้องกันควบคุมโรคติดเชื้อไวรัสโคโรนา 2019"


def test_an_and_inside_an_issue_does_not_end_it():
    text = "(1) การดูแลผู้สูงอายุ และผู้มีภาวะพึ่งพิง"
    assert clause_end(text, 0, len(text)) == len(text)


@pytest.mark.parametrize("text, issue", [
    ("ทุกอำเภอคัดเลือกอำเภอละ 2 ประเด็น และมีการดูแลกลุ่มเปราะบางเป็นประเด็นร่วมของจังหวัด", "การดูแลกลุ่มเปราะบาง"),
    ("จังหวัดกำหนดให้การป้องกันและแก้ไขปัญหายาเสพติด เป็นประเด็นร่วมระดับจังหวัด",
     "การป้องกันและแก้ไขปัญหายาเสพติด"),
])
def test_the_provinces_common_issue_named_as_subject_is_read(text, issue):
    assert [text[s:e] for s, e in common_issue_spans(text)] == [issue]


@pytest.mark.parametrize("text", [
    "(ไม่รวมประเด็นการดูแลกลุ่มเปราะบางซึ่งเป็นประเด็นร่วมของทุกอำเภอ)",  # the districts', not the province's
    "ทำให้หลายอำเภอกำหนดการป้องกันควบคุมโรคเป็นประเด็นร่วม",  # what several districts chose
])
def test_a_common_issue_of_the_districts_is_not_the_provinces(text):
    assert common_issue_spans(text) == []


def test_district_sections_in_three_list_styles_give_each_district_its_issues_not_its_work(tmp_path):
    path = write_docx(tmp_path / "inspection.docx", paragraphs=[
        "แบบรายงานผลการตรวจราชการ ประจำปีงบประมาณ พ.ศ. 2566 รอบที่ 2 การพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) จังหวัดน่าน",
        "2. ผลการตรวจราชการรายอำเภอ",
        "2.1 อำเภอเมืองน่าน",
        "ประเด็นที่ขับเคลื่อน ได้แก่ การจัดการขยะมูลฝอยในชุมชน การดูแลผู้สูงอายุ และการป้องกันและแก้ไขปัญหายาเสพติด",
        "- เยี่ยมบ้านกลุ่มเปราะบางร่วมกับ อสม. 214 ราย ได้รับการเยี่ยมแล้ว 203 ราย",
        "- ค้นหาและบำบัดผู้ใช้ยาเสพติดโดยชุมชนเป็นฐาน 45 ราย งบประมาณ 5,000 บาท",
        "2.2 อำเภอปัว",
        "ประเด็นที่ขับเคลื่อน 2 ประเด็น คือ (1) การป้องกันและลดอุบัติเหตุทางถนน (2) การป้องกันควบคุมโรคไข้เลือดออก",
        "- รณรงค์กำจัดลูกน้ำยุงลาย เมื่อวันที่ 5 มิถุนายน 2566 ผู้เข้าร่วม 240 คน",
        "2.3 อำเภอเวียงสา",
        "ประเด็นที่ขับเคลื่อน : 1) การดูแลกลุ่มเปราะบาง 2) การลดโรคเบาหวานและความดันโลหิตสูง",
        "- คัดกรองสุขภาพผู้สูงอายุ 9,105 คน ได้รับการคัดกรองแล้ว 8,420 คน",
    ])
    result = extract(parse(path))
    assert [(i.district, i.text) for i in result.issues] == [
        ("5501", "การจัดการขยะมูลฝอยในชุมชน"), ("5501", "การดูแลผู้สูงอายุ"),
        ("5501", "การป้องกันและแก้ไขปัญหายาเสพติด"),
        ("5505", "การป้องกันและลดอุบัติเหตุทางถนน"), ("5505", "การป้องกันควบคุมโรคไข้เลือดออก"),
        ("5507", "การดูแลกลุ่มเปราะบาง"), ("5507", "การลดโรคเบาหวานและความดันโลหิตสูง"),
    ]


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [
    "pathum-thani-province-2565-inspection.docx",  # prose, "(1) …" and "1) …" lists under district headings
    "pathum-thani-province-2565-inspection.pdf",
    "samut-songkhram-bang-khonthi-2565-minutes.docx",  # "(3) … และได้แต่งตั้ง…"
    "samut-songkhram-bang-khonthi-2565-minutes.pdf",
    "chon-buri-province-2566-progress.pdf",  # "มีการดูแลกลุ่มเปราะบางเป็นประเด็นร่วมของจังหวัด"
])
def test_real_reports_issues_match_their_gold(parsed, name):
    issues = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert issues == [(i["district"], i["text"]) for i in _gold(name)["issues"]]
