"""Issue rules found on held-out set 20: the verb of choosing put before a
bare ประเด็น closing a lead-in, a district keeping its former issues in
prose, and the issue it adds in the same sentence (across a PDF's break)."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.issues.added import added_spans, prose_district
from pcc_ingest.extract.issues.openings import opens_issues
from pcc_ingest.extract.issues.prose import prose_lists
from pcc_ingest.extract.run import extract

MAE_HONG_SON = ["mae-hong-son-province-2568-action-plan.docx", "mae-hong-son-province-2568-action-plan.pdf"]
KEPT = (
    "ในปีงบประมาณ 2568 พชอ.ปางมะผ้า คงประเด็นเดิมจากปี 2567 คือ การป้องกันและควบคุมวัณโรคในกลุ่มประชากร"
    "พื้นที่สูงและชายแดน เนื่องจากอัตราความสำเร็จการรักษาต่ำกว่าเกณฑ์"
)
ADDED = " และเพิ่มประเด็นการป้องกันอุบัติเหตุทางถนนช่วงเส้นทางท่องเที่ยว ซึ่งมีทางโค้งลาดชัน"


@pytest.mark.parametrize("text", [
    "พชอ.ขุนยวม มีมติในการประชุมครั้งที่ 1/2568 ให้ขับเคลื่อนประเด็น ดังนี้",
    "ที่ประชุม พชอ. ครั้งที่ 1/2565 มีมติกำหนดประเด็น ดังนี้",
    "คณะกรรมการได้ร่วมกันคัดเลือกประเด็น ได้แก่",
])
def test_a_verb_of_choosing_before_a_bare_issue_word_opens_the_list(text):
    assert opens_issues(text)


@pytest.mark.parametrize("text", [
    "ผลการดำเนินงานตามแผนงาน ดังนี้",
    "ที่ประชุมได้อภิปรายปัญหาที่พบในพื้นที่ ดังนี้",
])
def test_a_lead_in_without_the_issue_word_opens_no_list(text):
    assert not opens_issues(text)


def test_a_district_keeping_its_former_issue_names_it_in_prose():
    found = prose_lists(KEPT, "58")
    assert [(d, [KEPT[s:e] for s, e in spans]) for d, spans in found] == [
        ("5807", ["การป้องกันและควบคุมวัณโรคในกลุ่มประชากรพื้นที่สูงและชายแดน"])
    ]


def test_an_issue_added_beside_kept_ones_is_read_up_to_the_next_clause():
    text = KEPT + ADDED
    assert [text[s:e] for s, e in added_spans(text)] == ["การป้องกันอุบัติเหตุทางถนนช่วงเส้นทางท่องเที่ยว"]
    assert prose_district(text, "58") == "5807"


def test_the_kept_list_in_the_paragraph_a_pdf_broke_off_still_settles_the_addition():
    assert [ADDED[s:e] for s, e in added_spans(ADDED, KEPT)] == ["การป้องกันอุบัติเหตุทางถนนช่วงเส้นทางท่องเที่ยว"]
    assert added_spans(ADDED) == []


def test_a_plan_to_add_an_issue_next_year_adds_none():
    text = "ในปีงบประมาณ 2567 คณะกรรมการ พชอ. มีแนวทางคงประเด็นขยะไว้ และเพิ่มประเด็นการป้องกันปัญหายาเสพติดในเยาวชน"
    assert added_spans(text) == []


@pytest.mark.parametrize("name", MAE_HONG_SON)
def test_a_provincial_plan_reads_each_districts_issues_however_they_are_stated(parsed, name):
    issues = {(i.district, i.text) for i in extract(parsed(name)).issues}
    assert {
        ("5802", "การพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง (ผู้พิการ ผู้ยากไร้ และผู้สูงอายุที่อยู่ลำพัง)"),
        ("5802", "การป้องกันและแก้ไขปัญหายาเสพติดในเด็กและเยาวชน"),
        ("5807", "การป้องกันและควบคุมวัณโรคในกลุ่มประชากรพื้นที่สูงและชายแดน"),
        ("5807", "การป้องกันอุบัติเหตุทางถนนบนทางหลวงหมายเลข 1095 ช่วงเส้นทางท่องเที่ยว"),
    } <= issues
    assert len(issues) == 6
