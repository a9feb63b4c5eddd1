"""Round 11: a counted decision far from its list, an issue a decision adds, and a bare name replacing a note.

A plan scores candidate problems in a table, then resolves "มติเลือก… จำนวน 3
ประเด็น …(a remark)… ดังนี้" above a numbered list: only the listed ones are
issues.  Minutes resolve to keep the issues and add one ("เพิ่มประเด็นที่ 4 …").
A sentence names an issue with an explanatory bracket that the plan table
drops.  Strings first, then real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.issues.added import added_spans
from pcc_ingest.extract.issues.openings import counted_decision, opens_issues
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def _gold(name: str) -> list[tuple[str | None, str]]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return [(i["district"], i["text"]) for i in data["issues"]]


def _added(text: str) -> list[str]:
    return [text[s:e] for s, e in added_spans(text)]


def test_a_counted_decision_opens_the_list_past_a_remark_before_its_introducer():
    text = ("ที่ประชุมมีมติเลือกประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2568 จำนวน 3 ประเด็น "
            "ตามลำดับคะแนน ส่วนประเด็นยาเสพติดให้ขับเคลื่อนต่อเนื่องผ่านกลไกของอำเภอตามภารกิจปกติ ดังนี้")
    assert counted_decision(text)
    assert opens_issues(text)


def test_a_decision_that_already_listed_its_issues_opens_nothing_more():
    text = ("มติเลือกประเด็นการพัฒนาคุณภาพชีวิต จำนวน 3 ประเด็น ได้แก่ การป้องกันอุบัติเหตุ "
            "การดูแลผู้สูงอายุ และการป้องกันยาเสพติด พร้อมทั้งจัดทำแผนปฏิบัติการ ประกอบด้วย 4 โครงการ ดังนี้")
    assert not counted_decision(text)


def test_a_report_describing_a_choice_is_no_decision():
    text = ("ในปีงบประมาณ 2566 ทุกอำเภอได้คัดเลือกประเด็นการพัฒนาคุณภาพชีวิตอย่างน้อยอำเภอละ 2 ประเด็น "
            "สำนักงานสาธารณสุขจังหวัดขอรายงานผลการดำเนินงานตามตัวชี้วัด ไตรมาสที่ 3 ดังนี้")
    assert not counted_decision(text)


def test_a_decision_adding_a_numbered_issue_gives_its_name_up_to_the_next_clause():
    text = ("มติที่ประชุม เห็นชอบให้คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 "
            "การป้องกันและควบคุมโรคไข้เลือดออก โดยมอบสาธารณสุขอำเภอเป็นเจ้าภาพหลัก")
    assert _added(text) == ["การป้องกันและควบคุมโรคไข้เลือดออก"]


def test_a_decision_adding_an_issue_named_before_its_number_gives_the_name():
    text = "มติที่ประชุม เห็นชอบให้เพิ่มการจัดการขยะในชุมชนเป็นประเด็นที่ 4 ของอำเภอ"
    assert _added(text) == ["การจัดการขยะในชุมชน"]


def test_a_proposal_or_plan_to_add_an_issue_adds_nothing():
    assert _added("จึงเสนอให้ที่ประชุมพิจารณาเพิ่มประเด็นการป้องกันโรคไข้เลือดออกเป็นประเด็นที่ 4") == []
    assert _added("แผนปีงบ 66 คงประเด็นไข้เลือดออก เพิ่มประเด็นอุบัติเหตุทางถนน") == []
    assert _added("มติที่ประชุม ไม่เพิ่มประเด็นการจัดการขยะ ให้คงไว้ 3 ประเด็น") == []


@pytest.mark.parametrize("name", ["kalasin-kuchinarai-2568-action-plan.docx",
                                  "kalasin-kuchinarai-2568-action-plan.pdf"])
def test_only_the_candidates_a_decision_lists_are_issues(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)
    assert "กลไก พชอ./พชต." not in [t for _, t in found]


@pytest.mark.parametrize("name", ["lop-buri-ban-mi-2567-minutes.docx",
                                  "lop-buri-ban-mi-2567-minutes.pdf"])
def test_an_issue_a_decision_adds_joins_the_kept_ones(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)


@pytest.mark.parametrize("name", ["trang-yan-ta-khao-2566-progress.docx",
                                  "trang-yan-ta-khao-2566-progress.pdf"])
def test_an_adopted_issues_bracketed_note_stays_when_a_plan_table_names_it_bare(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)
    assert sum("(" in t for _, t in found) == 1


@pytest.mark.parametrize("name", ["saraburi-wihan-daeng-2566-action-plan.docx",
                                  "saraburi-wihan-daeng-2566-action-plan.pdf"])
def test_a_counted_decision_above_a_target_table_keeps_the_tables_issues(parsed, name):
    found = [(i.district, i.text) for i in extract(parsed(name)).issues]
    assert found == _gold(name)
