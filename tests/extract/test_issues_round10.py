"""Round 10: issue lists laid out by district sections, restated by short names, and lone topic titles.

An inspection report states each district's issues under its heading in
whatever words its clerk chose ("ประเด็น… ที่ พชอ. เลือกดำเนินการ ได้แก่ …",
"พชอ.X กำหนดประเด็น 3 เรื่อง คือ" above a numbered list); a plan table
restates the issues by short names; a title naming a lone "ประเด็นที่ 1"
topic is no issue.  Strings first, then real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.issues import (
    clause_end,
    opens_issues,
    prose_lists,
    restates,
    run_in_name_end,
)
from pcc_ingest.extract.issues.inline import opens_paragraph
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def test_a_short_name_keeping_the_words_of_an_issue_restates_it():
    assert restates("เบาหวาน ความดันโลหิตสูง", "การลดเสี่ยงลดโรคเบาหวานและความดันโลหิตสูง")
    assert restates("ไข้เลือดออก", "การป้องกันและควบคุมโรคไข้เลือดออก")


def test_two_issues_sharing_one_word_are_not_one_restated():
    assert not restates("การจัดการขยะ การป้องกันโรค", "การป้องกันโรคไข้เลือดออก")
    assert not restates("การดูแลผู้สูงอายุ", "การป้องกันอุบัติเหตุทางถนน")


def test_a_decision_sentence_ends_its_last_issue_before_what_it_assigns():
    text = "คือ การป้องกันอุบัติเหตุ และการจัดการขยะในชุมชน พร้อมมอบหมายให้คณะทำงานจัดทำแผน ดังนี้"
    assert text[:clause_end(text, 0, len(text))].endswith("การจัดการขยะในชุมชน")


@pytest.mark.parametrize("label", [
    "ประเด็นพัฒนาคุณภาพชีวิตที่ พชอ. เลือกดำเนินการ ได้แก่",
    "ประเด็นที่คณะกรรมการคัดเลือก คือ",
    "ประเด็นขับเคลื่อนที่อำเภอกำหนด :",
])
def test_a_label_naming_who_chose_the_issues_opens_the_districts_list(label):
    text = f"{label} การป้องกันและลดอุบัติเหตุทางถนน และการจัดการขยะมูลฝอยในชุมชน"
    found = prose_lists(text, None)
    assert [[text[s:e] for s, e in spans] for _, spans in found] == [
        ["การป้องกันและลดอุบัติเหตุทางถนน", "การจัดการขยะมูลฝอยในชุมชน"]
    ]


def test_a_label_naming_the_rejected_issues_opens_no_list():
    text = "ประเด็นที่ไม่ผ่านการคัดเลือก ได้แก่ การป้องกันและลดอุบัติเหตุทางถนน และการจัดการขยะมูลฝอยในชุมชน"
    assert prose_lists(text, None) == []


@pytest.mark.parametrize("text, opens", [
    ("พชอ.เพ็ญ กำหนดประเด็น 3 เรื่อง คือ", True),
    ("ขับเคลื่อนประเด็นการพัฒนาคุณภาพชีวิต 2 ด้าน ได้แก่", True),
    ("ประเด็นที่พบ 2 เรื่อง ดังนี้", False),
    ("ประเด็นปัญหา 3 เรื่อง คือ", False),
])
def test_a_count_with_a_classifier_after_the_issue_word_opens_a_list(text, opens):
    assert opens_issues(text) is opens


def test_a_number_naming_a_disease_stays_in_a_run_in_name():
    text = "การป้องกันควบคุมโรคติดเชื้อไวรัสโคโรนา 2019 มีการประชุม พชอ. แล้ว 2 ครั้ง"
    assert text[:run_in_name_end(text, 0, len(text))] == "การป้องกันควบคุมโรคติดเชื้อไวรัสโคโรนา 2019"
    counted = "การจัดการขยะ 6 จุด"
    assert counted[:run_in_name_end(counted, 0, len(counted))] == "การจัดการขยะ"


def test_a_list_lead_inside_a_title_line_does_not_open_its_paragraph():
    assert not opens_paragraph("แบบรายงาน ปีงบประมาณ 2564 ประเด็นที่ 1 การพัฒนาระบบสุขภาพปฐมภูมิ", 26)
    assert opens_paragraph("1. ประเด็นที่ 1 การจัดการขยะ", 3)


def _gold(name: str) -> list[tuple[str | None, str]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(i["district"], i["text"]) for i in data["issues"]]


def test_each_district_section_of_an_inspection_gives_its_own_issues_and_no_topic(parsed):
    name = "udon-thani-province-2564-inspection.pdf"
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)


@pytest.mark.parametrize("name", ["suphan-buri-sam-chuk-2568-action-plan.docx",
                                  "suphan-buri-sam-chuk-2568-action-plan.pdf"])
def test_a_decisions_last_issue_ends_before_the_assignment(parsed, name):
    found = [i.text for i in extract(parsed(name)).issues]
    assert found == [t for _, t in _gold(name)]


@pytest.mark.parametrize("name", ["nakhon-si-thammarat-sichon-2567-progress.docx",
                                  "nakhon-si-thammarat-sichon-2567-progress.pdf"])
def test_a_plan_tables_short_issue_names_add_no_issues(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)
