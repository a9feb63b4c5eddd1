"""Issues and districts of a provincial inspection written district by district
in prose, and of a plan naming its issues in one sentence a PDF has damaged.

Structural rules pinned here: one prefix word serving a list of district names
("พชอ.เมืองตราด คลองใหญ่ เขาสมิง"), a clause setting aside the districts of
another round ("ส่วนอำเภอA B และC ได้รับการนิเทศในรอบที่ 1 แล้ว"), a list's last
item ending where the next sentence tells what was done ("… การดูแลผู้สูงอายุ
จัดอบรม…"), and a counted list whose last "และ" lost its space.  Rules on
strings first, then a small built .docx file, then real corpus files against
their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_builder import write_docx

from pcc_ingest.extract.districts import in_other_round, listed_after
from pcc_ingest.extract.issues import before_results, clause_end, counted_items
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

GOLD = Path(__file__).resolve().parents[2] / "gold"
NAN = "55"


def _codes_listed(text: str) -> list[str]:
    prefix_end = text.index("เมืองน่าน") + len("เมืองน่าน")
    return [code for code, *_ in listed_after(text, prefix_end, NAN)]


@pytest.mark.parametrize("text, codes", [
    ("ผู้รับการตรวจ พชอ.เมืองน่าน ปัว ท่าวังผา", ["5505", "5506"]),
    ("ได้แก่ อำเภอเมืองน่าน ปัว, เวียงสา และทุ่งช้าง ระหว่างวันที่ 13 มิถุนายน", ["5505", "5507", "5508"]),
    ("อำเภอเมืองน่าน มีประชากร 80,000 คน", []),  # no name follows: nothing listed
    ("อำเภอเมืองน่าน ปัวเป็นอำเภอ", []),  # a name glued to the next word does not stand alone
])
def test_one_prefix_word_serves_the_bare_names_listed_after_it(text, codes):
    assert _codes_listed(text) == codes


def test_a_list_after_a_prefix_needs_a_province_for_its_bare_names():
    assert listed_after("อำเภอเมืองน่าน ปัว", len("อำเภอเมืองน่าน"), None) == []


@pytest.mark.parametrize("text, name", [
    ("ส่วนอำเภอเวียงสา อำเภอปัว และอำเภอทุ่งช้าง ได้รับการเยี่ยมในรอบที่ 1 แล้ว", "ทุ่งช้าง"),
    ("ส่วนอำเภอละแม พะโต๊ะ และทุ่งตะโก ได้รับการนิเทศในรอบที่ 1 แล้ว และจะติดตามอีกครั้ง", "ละแม"),
    ("สำหรับอำเภอปัว ได้ตรวจไปแล้วในรอบแรก", "ปัว"),
])
def test_a_clause_setting_districts_aside_for_another_round_is_passing(text, name):
    assert in_other_round(text, text.index(name))


@pytest.mark.parametrize("text, name", [
    ("คณะตรวจได้ลงพื้นที่ 2 อำเภอ ได้แก่ อำเภอปัว และอำเภอเวียงสา ในรอบที่ 2", "ปัว"),
    ("ส่วนอำเภอปัว ยังไม่ผ่านเกณฑ์ในรอบนี้", "ปัว"),  # the current round: reported on
    ("อำเภอปัว ได้รับการเยี่ยมในรอบที่ 1 แล้ว", "ปัว"),  # no ส่วน/สำหรับ setting it aside
])
def test_districts_of_this_round_are_not_set_aside(text, name):
    assert not in_other_round(text, text.index(name))


@pytest.mark.parametrize("verb", ["จัดอบรมเกษตรกร", "จัดกิจกรรม Big Cleaning Day", "ได้ดำเนินการ",
                                  "ออกเยี่ยมบ้าน", "ตั้งด่านชุมชน"])
def test_a_list_ends_where_the_next_sentence_tells_what_was_done(verb):
    text = f"2) การดูแลผู้สูงอายุ {verb} ในพื้นที่"
    assert text[:clause_end(text, 0, len(text))] == "2) การดูแลผู้สูงอายุ"


def test_an_issue_name_glued_to_its_verb_is_not_cut():
    text = "การจัดการขยะมูลฝอยในชุมชน"  # "จัด" glued inside "การจัดการ"
    assert clause_end(text, 0, len(text)) == len(text)


def test_a_results_figure_past_the_clause_end_still_marks_a_run_on_name():
    text = "2) การป้องกันยาเสพติด ช่วงเทศกาลปีใหม่ 2567 ตั้งด่านชุมชน 6 จุด"
    end = clause_end(text, 3, len(text))
    assert before_results(text, 3, end) == end  # the clause alone holds no figure
    assert text[3:before_results(text, 3, end, len(text))] == "การป้องกันยาเสพติด"


def test_a_counted_list_whose_last_and_lost_its_space_is_split_to_its_count():
    text = ("มีมติเลือกประเด็น จำนวน 3 ประเด็น คือ การป้องกันและลดอุบัติเหตุทางถนน "
            "การดูแลผู้สูงอายุและผู้ป่วยติดเตียงและการป้องกันยาเสพติด ด้วยเหตุผลดังนี้")
    assert [text[s:e].strip() for s, e in counted_items(text)] == [
        "การป้องกันและลดอุบัติเหตุทางถนน", "การดูแลผู้สูงอายุและผู้ป่วยติดเตียง", "การป้องกันยาเสพติด",
    ]


def test_a_glued_and_stays_inside_an_issue_when_the_count_already_fits():
    text = "จำนวน 2 ประเด็น คือ การส่งเสริมสุขภาพและการป้องกันโรค และการจัดการขยะ"
    assert [text[s:e].strip() for s, e in counted_items(text)] == [
        "การส่งเสริมสุขภาพและการป้องกันโรค", "การจัดการขยะ",
    ]


def test_an_inspection_in_prose_sections_lists_only_its_rounds_districts_and_their_issues(tmp_path):
    path = write_docx(tmp_path / "inspection.docx", paragraphs=[
        "แบบรายงานผลการตรวจราชการ ประจำปีงบประมาณ พ.ศ. 2566 รอบที่ 2 การพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
        "จังหวัด น่าน ผู้รับการตรวจ พชอ.เมืองน่าน ปัว",
        "1. สรุปภาพรวมระดับจังหวัด",
        ("คณะตรวจราชการได้ลงพื้นที่ 2 อำเภอ ได้แก่ อำเภอเมืองน่าน และอำเภอปัว "
         "ส่วนอำเภอเวียงสา และอำเภอทุ่งช้าง ได้รับการเยี่ยมในรอบที่ 1 แล้ว"),
        "2. ผลการตรวจราชการรายอำเภอ",
        "2.1 อำเภอเมืองน่าน",
        ("พชอ.เมืองน่าน เลือกประเด็น 1) การจัดการขยะมูลฝอยในชุมชน และ 2) การดูแลผู้สูงอายุ "
         "จัดอบรมผู้ดูแลผู้สูงอายุ เมื่อวันที่ 16 มีนาคม 2566 ผู้เข้าอบรม 50 คน"),
        "2.2 อำเภอปัว",
        ("พชอ.ปัว ขับเคลื่อนประเด็น การป้องกันและลดอุบัติเหตุทางถนน และการป้องกันควบคุมโรคไข้เลือดออก "
         "จัดกิจกรรมรณรงค์กำจัดลูกน้ำยุงลาย เมื่อวันที่ 5 มิถุนายน 2566 ผู้เข้าร่วม 240 คน"),
    ])
    result = extract(parse(path))
    assert [d.code for d in result.districts] == ["5501", "5505"]
    assert [(i.district, i.text) for i in result.issues] == [
        ("5501", "การจัดการขยะมูลฝอยในชุมชน"), ("5501", "การดูแลผู้สูงอายุ"),
        ("5505", "การป้องกันและลดอุบัติเหตุทางถนน"), ("5505", "การป้องกันควบคุมโรคไข้เลือดออก"),
    ]


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [
    "trat-province-2566-inspection.pdf",  # one heading per district, issues in prose
    "chumphon-province-2566-inspection.pdf",  # districts of round 1 set aside in a clause
    "chumphon-province-2566-inspection.docx",
])
def test_real_inspections_list_the_districts_of_their_round(parsed, name):
    districts = [d.code for d in extract(parsed(name)).districts]
    assert sorted(districts) == sorted(_gold(name)["districts"])


@pytest.mark.parametrize("name", [
    "trat-province-2566-inspection.pdf",
    "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.pdf",  # "… ติดเตียงและการป้องกัน…" lost its space
    "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.docx",
])
def test_real_reports_issues_match_their_gold(parsed, name):
    issues = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert sorted(issues, key=str) == sorted(((i["district"], i["text"]) for i in _gold(name)["issues"]), key=str)
