"""Round 42 (activities and issues): strings and blocks first, then real corpus files of set 42.

A table's row label naming an issue by slash-joined parts ("ผู้สูงอายุ/LTC") restates the issue whose name holds each part, an English acronym by its words' initials.
Slash-joined parts that the fuller name does not hold are another issue.
A table whose group rows give one issue number twice ("ประเด็นที่ 1 อบรม…", "ประเด็นที่ 1 ค่าย…") heads activities' costs, so its group rows name no issue.
A numbered meeting a recommendation sends work to ("เสนอให้… นำเสนอในการประชุม พชอ. ครั้งที่ 4/2566") is no activity; one the clause says was held still is.
Two tables labelling the same run "กิจกรรมที่ 1" … "กิจกรรมที่ N" alike (a timeline and a budget's group rows) tell one list: each activity takes its budget group's money.
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.meetings import meeting_mentions
from pcc_ingest.extract.activities.ordinals import labelled_table_pairs
from pcc_ingest.extract.issues.assemble import names_by_parts, restates
from pcc_ingest.extract.issues.rows import group_row_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

MAE_CHAN = "chiang-rai-mae-chan-2568-action-plan"
BANG_KRATHUM = "phitsanulok-bang-krathum-2568-project"
PATHUM = "amnat-charoen-pathum-ratchawongsa-2568-progress.pdf"


def _para(text: str, order: int = 0) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


def _cell(table: int, row: int, col: int, text: str, order: int) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text),
                 table=table, row=row, col=col)


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


# --- issues ---------------------------------------------------------------------------------


def test_a_slash_joined_row_label_restates_the_issue_holding_each_part():
    full = "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิงและผู้พิการ (Long Term Care)"
    assert names_by_parts("ผู้สูงอายุ/LTC", full)
    assert restates("ผู้สูงอายุ/LTC", full)


def test_slash_joined_parts_the_fuller_name_lacks_are_another_issue():
    full = "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิงและผู้พิการ (Long Term Care)"
    assert not names_by_parts("ผู้สูงอายุ/RTI", full)
    assert not names_by_parts("ขยะ/สิ่งแวดล้อม", full)


def test_group_rows_repeating_an_issue_number_head_costs_not_issues():
    doc = _doc([
        _cell(0, 0, 0, "รายการ", 0),
        _cell(0, 1, 0, "ประเด็นที่ 1 อบรมแกนนำ CBTx (แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพ)", 0),
        _cell(0, 2, 0, "ประเด็นที่ 1 ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติด", 0),
    ])
    assert list(group_row_items(doc, None, "3703")) == []


# --- activities -----------------------------------------------------------------------------


def test_a_meeting_a_recommendation_sends_work_to_is_no_activity():
    text = "- อำเภอ ก เปลี่ยนเลขานุการ เสนอให้จัดทำแผนพัฒนาองค์ประกอบ A และนำเสนอในการประชุม พชอ. ครั้งที่ 4/2566"
    assert list(meeting_mentions(_doc([_para(text)]), 2566)) == []


def test_a_meeting_the_clause_says_was_held_is_still_an_activity():
    text = "ที่ประชุมเสนอให้คงประเด็นตามที่ได้คัดเลือกไว้ในการประชุมครั้งที่ 1/2567"
    assert [m.title for m in meeting_mentions(_doc([_para(text)]), 2567)] == ["การประชุมครั้งที่ 1/2567"]


def test_two_tables_labelling_one_run_alike_pair_their_activities():
    names = [("ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2568", "ประชุมคณะกรรมการ พชอ."),
             ("อบรมเชิงปฏิบัติการ อสม.แกนนำควบคุมโรคไข้เลือดออก", "อบรม อสม.แกนนำควบคุมโรคไข้เลือดออก"),
             ("อบรมฟื้นฟูผู้ดูแลผู้สูงอายุ (Caregiver)", "อบรมฟื้นฟู Caregiver")]
    drafts: list[Draft] = []
    for table, pick in ((1, 0), (3, 1)):
        for n, pair in enumerate(names, 1):
            text = f"กิจกรรมที่ {n} {pair[pick]}"
            cell = _cell(table, n, 0, text, table * 10 + n)
            drafts.append(Draft(pair[pick], cell, text.index(pair[pick]), len(text)))
    assert labelled_table_pairs(drafts) == {(0, 3), (1, 4), (2, 5)}


# --- corpus files ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_plans_results_row_label_adds_no_issue(parsed, gold, suffix):
    name = MAE_CHAN + suffix
    assert [i.text for i in extract(parsed(name)).issues] == [g["text"] for g in gold(name, "issues")]


def test_a_real_line_items_tables_group_rows_add_no_issue(parsed, gold):
    assert [i.text for i in extract(parsed(PATHUM)).issues] == [g["text"] for g in gold(PATHUM, "issues")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_projects_timeline_activities_take_their_budget_groups_money(parsed, suffix):
    acts = {a.title: a.budget_baht for a in extract(parsed(BANG_KRATHUM + suffix)).activities}
    assert acts["อบรมเชิงปฏิบัติการ อสม.แกนนำควบคุมโรคไข้เลือดออก"] == 43200
    assert acts["อบรมฟื้นฟูผู้ดูแลผู้สูงอายุ (Caregiver)"] == 13500
    assert acts["ถอดบทเรียนและประเมินตนเองตามองค์ประกอบ UCCARE"] == 7100
    assert "อบรมฟื้นฟู Caregiver" not in acts
