"""Round 30 issue rules, on small strings and blocks, then on a set-30 corpus file against its gold.

A minutes' agenda item named for choosing the issues ("4.1 การคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต …") opens the issue section.
An agenda item naming another act, or the act of choosing something other than issues, opens none.
The numbered list under such an agenda item, after one paragraph of introduction, gives the issues, not marked as adopted.
The next agenda item of the same marker shape ("4.2 …") after the introduction closes the section and is no issue.
"""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.issues.items import item_text
from pcc_ingest.extract.issues.openings import choosing_agenda, opens_issues
from pcc_ingest.extract.issues.sections import section_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

AGENDA = "4.1 การคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2567"
# An introduction that announces no list itself: the agenda item is what opens the section.
INTRO = ("ฝ่ายเลขานุการนำเสนอข้อมูลผู้ป่วยโรคไข้เลือดออกที่เพิ่มขึ้นจาก 38 ราย ในปี 2565 เป็น 97 ราย ในปี 2566"
         " ที่ประชุมได้อภิปรายและลงมติ ดังนี้")


def _para(text: str, label: str | None = None) -> Block:
    kind = "list_item" if label else "paragraph"
    return Block(kind=kind, raw_text=text, text=text, order=0, start=0, end=len(text), list_label=label)


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


# --- rules on strings and blocks ------------------------------------------------------------


@pytest.mark.parametrize("heading", [
    AGENDA,
    "๔.๑ การคัดเลือกประเด็นพัฒนาคุณภาพชีวิต ปีงบประมาณ 2568",
    "5.2 การกำหนดประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ พ.ศ. 2568",
    "การพิจารณาคัดเลือกประเด็นขับเคลื่อน พชอ.",
])
def test_an_agenda_item_named_for_choosing_the_issues_opens_the_issue_section(heading):
    assert choosing_agenda(heading)
    assert opens_issues(heading)


@pytest.mark.parametrize("heading", [
    "4.2 การพิจารณาแผนงานและงบประมาณ ปีงบประมาณ 2567",
    "4.3 การคัดเลือกผู้แทนคณะกรรมการ",
    "การคัดเลือกประเด็นที่ 3 ระบบการส่งต่อ",
])
def test_an_agenda_item_naming_another_act_opens_no_issue_section(heading):
    assert not choosing_agenda(heading)


def _agenda_section(*items: Block) -> list:
    return list(section_items(_doc([_para(AGENDA), _para(INTRO), *items]), "15", "1506"))


def test_the_numbered_list_under_the_agenda_item_gives_the_issues_not_marked_adopted():
    found = _agenda_section(
        _para("1. การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง (เป้าหมาย ได้รับการดูแลตาม Care Plan ไม่น้อยกว่าร้อยละ 95)", "1."),
        _para("2. การจัดการขยะมูลฝอยและน้ำเสียในชุมชน", "2."),
    )
    assert [item_text(i) for i in found] == [
        "การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง", "การจัดการขยะมูลฝอยและน้ำเสียในชุมชน",
    ]
    assert all(i.district == "1506" and not i.adopted for i in found)


def test_the_next_agenda_item_of_the_same_shape_closes_the_section():
    assert _agenda_section(_para("4.2 การรณรงค์กำจัดลูกน้ำยุงลายก่อนฤดูการระบาด")) == []


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # minutes: "4.1 การคัดเลือกประเด็นการพัฒนาคุณภาพชีวิต ปีงบประมาณ 2567", a paragraph ending
    # "ที่ประชุมได้อภิปรายและลงมติ ดังนี้", then "1. … (เป้าหมาย …)" × 3 and the decision
    "ang-thong-wiset-chai-chan-2567-minutes.docx",
    "ang-thong-wiset-chai-chan-2567-minutes.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
