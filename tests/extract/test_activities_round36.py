"""Round 36 (activities): a budget paragraph opening with an activity group's label and name
before its spending verb ("กิจกรรมที่ 2 อบรม อสม. ... ใช้จ่ายเป็นค่า...") gives every cost line
after it to that act; a quota per place ("ตำบลละ 50 คน") opens no clause as the people an act
reached; a higher body setting the date of its check ("จังหวัด...กำหนดตรวจเยี่ยม...") is done to
the committee, not by it; a line recalling an act to introduce the table below it is that table's
caption; a month calendar most of whose numbered rows share no name with the plan row of their
number lists acts of its own, which stand.  Strings first, then real corpus files of set 36."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.agenda import assessed_by_other
from pcc_ingest.extract.activities.costs import sentence_head
from pcc_ingest.extract.activities.openers import after_clause
from pcc_ingest.extract.activities.rules import rule_any
from pcc_ingest.extract.run import extract

YASOTHON = "yasothon-kham-khuean-kaeo-2567-project"
PA_BON = "phatthalung-pa-bon-2566-minutes"
LAMPANG = "lampang-province-2567-inspection"


def test_an_activity_groups_label_and_name_before_its_spending_verb_head_its_cost_lines():
    text = ("กิจกรรมที่ 2 อบรม อสม. นักปรับเปลี่ยนพฤติกรรม ใช้จ่ายเป็นค่าอาหารกลางวัน 260 คน × 70 บาท "
            "เป็นเงิน 18,200 บาท ค่าอาหารว่างและเครื่องดื่ม 2 มื้อๆ ละ 25 บาท x 260 คน เป็นเงิน 13,000 บาท")
    assert sentence_head(text, text.index("ค่าอาหารกลางวัน")) == "อบรม อสม. นักปรับเปลี่ยนพฤติกรรม"
    assert sentence_head(text, text.index("ค่าอาหารว่าง")) == "อบรม อสม. นักปรับเปลี่ยนพฤติกรรม"


def test_a_budget_sentence_for_an_act_still_heads_its_cost_lines():
    text = "ได้รับงบประมาณ สำหรับการอบรมฟื้นฟู Care Giver ประกอบด้วยค่าอาหาร 20 คน x 50 บาท"
    assert sentence_head(text, text.index("ค่าอาหาร")) == "การอบรมฟื้นฟู Care Giver"


def test_a_quota_per_place_opens_no_clause_as_the_people_an_act_reached():
    text = "พชอ. จึงมีมติให้จัดทำโครงการนี้ โดยคัดเลือกกลุ่มเสี่ยงสูงตำบลละ 50 คน รวม 650 คน เข้าสู่กระบวนการ"
    assert after_clause(text, 0, len(text)) is None


def test_a_clause_with_the_people_it_reached_still_opens():
    text = "ในปีนี้ โดยตรวจคัดกรองสารเคมีตกค้างในเลือดเกษตรกร 580 ราย"
    assert after_clause(text, 0, len(text)) is not None


def test_a_higher_body_setting_the_date_of_its_check_is_done_to_the_committee():
    text = "1.1 จังหวัดพัทลุงกำหนดตรวจเยี่ยมการดำเนินงาน พชอ. รอบที่ 1 ในวันที่ 29/03/2566"
    assert assessed_by_other(text, text.index("จังหวัด"))


def test_a_higher_body_setting_the_date_of_an_event_the_district_joins_is_no_check():
    assert not assessed_by_other("จังหวัดพัทลุงกำหนดจัดเวทีนำเสนอผลงาน พชอ. ในวันที่ 5/06/2566", 0)
    assert not assessed_by_other("อำเภอกำหนดตรวจเยี่ยมบ้านผู้ป่วยติดเตียง", 0)


def test_a_line_recalling_an_act_to_introduce_the_table_below_is_its_caption():
    never = rule_any("words", "never")
    assert never.search("ตามที่ได้ประเมินตนเองตามองค์ประกอบ UCCARE ปี 2565 เลขานุการได้สรุปผลไว้ในตารางต่อไปนี้")
    assert not never.search("ประเมินตนเองตามองค์ประกอบ UCCARE เมื่อวันที่ 10 กรกฎาคม 2568")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reports_budget_paragraphs_pay_their_activity_groups(parsed, suffix):
    acts = extract(parsed(YASOTHON + suffix)).activities
    money = {a.title[:10]: a.budget_baht for a in acts}
    assert money["ประชุมคณะก"] == 1125
    assert money["อบรมพัฒนาศ"] == 42000
    assert money["ค่ายปรับเป"] == 103350
    assert money["เวทีแลกเปล"] == 18300
    assert not any(a.title.startswith("คัดเลือกกลุ่มเสี่ยง") for a in acts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_leave_out_the_provinces_visit_and_a_tables_caption(parsed, suffix):
    titles = [a.title for a in extract(parsed(PA_BON + suffix)).activities]
    assert not any(t.startswith("จังหวัดพัทลุงกำหนดตรวจเยี่ยม") for t in titles)
    assert not any("ตารางต่อไปนี้" in t for t in titles)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_provinces_calendar_of_its_own_acts_stands_beside_the_districts_table(parsed, suffix):
    acts = extract(parsed(LAMPANG + suffix)).activities
    briefing = next(a for a in acts if a.title.startswith("ประชุมชี้แจงแนวทางการดำเนินงาน พชอ. ปี 2567"))
    assert (str(briefing.start), str(briefing.end)) == ("2023-10", "2023-10")
    assert any(a.title == "อำเภอประเมินตนเองตามองค์ประกอบ UCCARE" for a in acts)
    assert any(a.title.startswith("เวทีแลกเปลี่ยนเรียนรู้และมอบรางวัล") for a in acts)
