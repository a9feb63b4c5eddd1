"""Round 22 issue rules: an issue named as the subject of "เป็นประเด็นขับเคลื่อน…"
in a project's rationale (with one joined by "ควบคู่กับประเด็น…"), and a count
stated as a floor ("อย่างน้อย 2 ประเด็น") that announces no counted list; rules
on strings, then real corpus files against their gold."""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.issues import counted_items, tallied_items
from pcc_ingest.extract.issues.predicated import predicated_spans
from pcc_ingest.extract.run import extract


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]




# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize("predicate", [
    "เป็นประเด็นขับเคลื่อนการพัฒนาคุณภาพชีวิตของอำเภอ",
    "เป็นประเด็นการพัฒนาคุณภาพชีวิตของอำเภอ",
    "เป็นประเด็นหลักของ พชอ.",
])
def test_an_issue_named_as_the_subject_of_the_issue_predicate_is_read_with_the_one_joined_after_it(predicate):
    text = (f"คณะกรรมการ พชอ. จึงกำหนดให้การป้องกันอุบัติเหตุทางถนน{predicate} "
            "ควบคู่กับประเด็นการดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง และจัดทำโครงการนี้ขึ้น")
    assert _texts(text, predicated_spans(text)) == [
        "การป้องกันอุบัติเหตุทางถนน", "การดูแลผู้สูงอายุและผู้ป่วยติดบ้านติดเตียง",
    ]


@pytest.mark.parametrize("text", [
    # said of every district's own list: not one district's choice
    'จังหวัดได้กำหนดให้ "การดูแลกลุ่มเปราะบาง" เป็นประเด็นขับเคลื่อนของทุกอำเภอ',
    # the province's common issue is the common-issue rule's
    "มีการดูแลกลุ่มเปราะบางเป็นประเด็นร่วมของจังหวัด",
    # "เป็นประเด็นที่ต้อง…" describes, it names no chosen issue
    "ตัวชี้วัดที่ยังไม่บรรลุส่วนใหญ่เป็นประเด็นที่ต้องอาศัยการปรับพฤติกรรม",
])
def test_other_issue_predicates_name_no_district_issue(text):
    assert predicated_spans(text) == []


def test_a_floor_on_the_count_announces_no_counted_list_so_the_tally_is_read():
    text = ("ทุกอำเภอกำหนดประเด็นการพัฒนาคุณภาพชีวิตอย่างน้อย 2 ประเด็น ประเด็นที่อำเภอเลือกมากที่สุด ได้แก่ "
            "การป้องกันและแก้ไขปัญหายาเสพติด (15 อำเภอ) การดูแลผู้สูงอายุและกลุ่มเปราะบาง (14 อำเภอ) "
            "และการลดอุบัติเหตุทางถนน (11 อำเภอ)")
    assert counted_items(text) == []
    assert _texts(text, tallied_items(text)) == [
        "การป้องกันและแก้ไขปัญหายาเสพติด", "การดูแลผู้สูงอายุและกลุ่มเปราะบาง", "การลดอุบัติเหตุทางถนน",
    ]


@pytest.mark.parametrize("floor", ["อย่างน้อย ", "ไม่น้อยกว่า ", "อำเภอละ "])
def test_a_count_with_a_floor_word_is_no_list_count_but_a_plain_count_is(floor):
    items = "การดูแลผู้สูงอายุ และการจัดการขยะ"
    assert counted_items(f"พชอ.เมือง กำหนด {floor}2 ประเด็น คือ {items}") == []
    assert len(counted_items(f"พชอ.เมือง กำหนด 2 ประเด็น คือ {items}")) == 2


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # "… จึงกำหนดให้การป้องกันอุบัติเหตุทางถนนเป็นประเด็นขับเคลื่อน… ควบคู่กับประเด็นการดูแล…"
    "loei-phu-ruea-2566-project.docx",
    "loei-phu-ruea-2566-project.pdf",
    # "เป็นประเด็นร่วมของทุกอำเภอ" and "อย่างน้อยอำเภอละ 2 ประเด็น" stay as they were read
    "ang-thong-province-2566-summary.pdf",
    "chon-buri-province-2566-progress.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((g["district"], g["text"]) for g in gold(name, "issues"))


def test_the_tally_of_an_inspection_no_longer_joins_two_issues_into_one(parsed):
    found = extract(parsed("si-sa-ket-province-2568-inspection.pdf")).issues
    assert not any("(15 อำเภอ)" in i.text for i in found)
