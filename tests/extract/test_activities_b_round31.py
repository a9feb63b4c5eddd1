"""Round 31 (activities b).

A budget table's "กิจกรรมที่ N <shorter name>" group is item N of a numbered list in paragraphs
when the two names open alike or the shorter lies inside the longer, and pays it.  A
recommendations heading addressed to executives ("ข้อเสนอแนะต่อผู้บริหาร") lists no activities,
by any reader.  In a follow-up part ("การติดตามและประเมินผล") a listed item that opens like an
activity and names its month is a planned step.  An undated mention in a paragraph whose every
word lies in one earlier activity's name, with no other head count, is that activity.  A
title ends before what the act spent ("ใช้ค่า...") and before a count of sessions the sentence
goes on to list ("3 ครั้ง คือ").  A series of meetings goes on past an account of each meeting
(those present, its costs), which gives that meeting its head count and money, and drafts read
from inside the series are its meetings.  "จึงจัด" and "ได้กำหนดจัด" open an act in running
text.  Strings first, then real corpus files of set 31."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.directives import advice_to_executives, directive_activities
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.lines import line_activities
from pcc_ingest.extract.activities.meetings import announces, meeting_series
from pcc_ingest.extract.activities.ordinals import told_twice
from pcc_ingest.extract.activities.retold import without_retold
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from tests.extract.blocks import cell_block, doc_of, text_block

NAKHON_SI = "nakhon-si-thammarat-province-2568-inspection"
AMPHAWA = "samut-songkhram-amphawa-2567-action-plan"
PAK_KHAT = "bueng-kan-pak-khat-2568-progress.pdf"
PRASAT = "surin-prasat-2566-progress.pdf"


def _draft(block: Block, title: str, participants: int | None = None) -> Draft:
    start = block.text.index(title)
    return Draft(title, block, start, start + len(title), participants=participants)


def _item(text: str) -> Block:
    return Block(kind="list_item", raw_text=text, text=text, order=0, start=0, end=len(text))


def test_a_budget_tables_numbered_group_is_the_listed_item_of_that_number():
    item = _draft(_item("2. ประชุมเชิงปฏิบัติการประเมินตนเองตามองค์ประกอบ UCCARE ผ่านโปรแกรม CL UCCARE"),
                  "ประชุมเชิงปฏิบัติการประเมินตนเองตามองค์ประกอบ UCCARE ผ่านโปรแกรม CL UCCARE")
    group = _draft(cell_block("กิจกรรมที่ 2 ประชุมเชิงปฏิบัติการ UCCARE", 1, 1), "ประชุมเชิงปฏิบัติการ UCCARE")
    assert told_twice(item, group)


def test_a_numbered_group_inside_the_listed_items_longer_name_is_that_item():
    item = _draft(_item("4. เวทีแลกเปลี่ยนเรียนรู้และมหกรรม พชอ. ระดับจังหวัด"), "เวทีแลกเปลี่ยนเรียนรู้และมหกรรม พชอ. ระดับจังหวัด")
    group = _draft(cell_block("กิจกรรมที่ 4 มหกรรม พชอ.", 6, 1), "มหกรรม พชอ.")
    assert told_twice(group, item)


def test_a_numbered_group_of_another_name_or_number_is_not_the_item():
    item = _draft(_item("4. เวทีแลกเปลี่ยนเรียนรู้ระดับจังหวัด"), "เวทีแลกเปลี่ยนเรียนรู้ระดับจังหวัด")
    other = _draft(cell_block("กิจกรรมที่ 4 มหกรรม พชอ.", 6, 1), "มหกรรม พชอ.")
    assert not told_twice(item, other)
    numbered = _draft(cell_block("กิจกรรมที่ 3 เวทีแลกเปลี่ยนเรียนรู้", 6, 1), "เวทีแลกเปลี่ยนเรียนรู้")
    assert not told_twice(item, numbered)


def test_recommendations_to_executives_list_no_activities():
    doc = doc_of([text_block("6.2 ข้อเสนอแนะต่อผู้บริหาร"),
                  _item("1) ให้ สสอ.ร่อนพิบูลย์ จัดทำฐานข้อมูลกลุ่มเปราะบางร่วมกับ อปท. 8 แห่ง ภายในเดือนพฤษภาคม 2568"),
                  _item("2) ให้ทุกอำเภอบันทึกผลในโปรแกรม CL UCCARE ให้ครบภายในวันที่ 30 มิถุนายน 2568")])
    assert directive_activities(doc, 2568) == []
    assert advice_to_executives(doc) == {1, 2}


def test_an_inspectors_recommendations_with_deadlines_are_still_planned_activities():
    doc = doc_of([text_block("6. ข้อเสนอแนะของผู้ตรวจราชการ"),
                  _item("1. ให้ พชอ. จัดเวทีถอดบทเรียน ภายในเดือนสิงหาคม 2567"),
                  _item("2. ให้ ศปถ.อำเภอ จัดทำมาตรการองค์กร ภายในวันที่ 15 สิงหาคม 2567")])
    assert len(directive_activities(doc, 2567)) == 2
    assert advice_to_executives(doc) == set()


def _listed(text: str, section: str) -> list[tuple[str, str | None]]:
    block = _item(text)
    return [(d.title, d.date_to.iso() if d.date_to else None)
            for d in line_activities(block, 0, len(text), section, True, 2567)]


def test_a_follow_up_parts_item_with_its_month_is_a_planned_step():
    acts = _listed("๒) ประเมินตนเองตามองค์ประกอบ UCCARE ในไตรมาสที่ 3 (มิถุนายน 2567) โดยทุกองค์ประกอบต้องได้ระดับ 3",
                   "monitoring")
    assert [end for _, end in acts] == ["2024-06"]
    assert acts[0][0].startswith("ประเมินตนเองตามองค์ประกอบ UCCARE")


def test_a_follow_up_parts_undated_method_is_no_step():
    assert _listed("๑) ติดตามความก้าวหน้ารายไตรมาสในการประชุม พชอ. และรายงาน สสจ. ภายในวันที่ 10 ของเดือนถัดไป",
                   "monitoring") == []


def test_an_undated_mention_with_the_words_of_an_earlier_activity_is_that_activity():
    listed = _draft(_item("- ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดแบบชุมชนล้อมรักษ์ (CBTx) ผู้เข้าค่าย 45 คน"),
                    "ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดแบบชุมชนล้อมรักษ์ (CBTx)", 45)
    later = _draft(text_block("ผลการดำเนินงานไตรมาสนี้ ค่าย CBTx มีผู้เข้าค่าย 45 คน"), "ค่าย CBTx", 45)
    assert without_retold([listed, later]) == [listed]


def test_a_mention_with_another_head_count_or_other_words_stays():
    listed = _draft(_item("- ค่ายปรับเปลี่ยนพฤติกรรม (CBTx) ผู้เข้าค่าย 45 คน"), "ค่ายปรับเปลี่ยนพฤติกรรม (CBTx)", 45)
    counted = _draft(text_block("ค่าย CBTx มีผู้เข้าค่าย 30 คน"), "ค่าย CBTx", 30)
    other = _draft(text_block("อบรมแกนนำเยาวชน 30 คน"), "อบรมแกนนำเยาวชน", 30)
    assert without_retold([listed, counted, other]) == [listed, counted, other]


def test_a_title_ends_before_what_the_act_spent_and_a_listed_count_of_sessions():
    text = "การเยี่ยมเสริมพลัง พชต. ใช้ค่าน้ำมันเชื้อเพลิง 3,000 บาท"
    assert text[slice(*title_span(text, 0, len(text), sentence=True))] == "การเยี่ยมเสริมพลัง พชต."
    text = "รณรงค์ Big Cleaning Day ทั้ง 18 ตำบล 3 ครั้ง คือ วันที่ 15 มีนาคม 2566"
    assert text[slice(*title_span(text, 0, len(text)))] == "รณรงค์ Big Cleaning Day ทั้ง 18 ตำบล"


SERIES = ("ในรอบปีมีการประชุมคณะกรรมการ พชอ.ปราสาท 3 ครั้ง ครั้งที่ 1/2566 วันที่ 22 พฤศจิกายน 2565 "
          "ผู้เข้าประชุม 38 คน ใช้ค่าอาหารว่างและเครื่องดื่มคนละ 35 บาท เป็นเงิน 1,330 บาท ครั้งที่ 2/2566 "
          "วันที่ 24 กุมภาพันธ์ 2566 ผู้เข้าประชุม 35 คน (ไม่ใช้งบประมาณ ประชุมร่วมกับการประชุมกรมการอำเภอ) "
          "และครั้งที่ 3/2566 วันที่ 25 สิงหาคม 2566 ผู้เข้าประชุม 40 คน ใช้ค่าอาหารกลางวัน 40 คน คนละ 70 บาท "
          "เป็นเงิน 2,800 บาท และค่าอาหารว่าง 2 มื้อ มื้อละ 30 บาท 40 คน เป็นเงิน 2,400 บาท")


def test_a_series_of_meetings_goes_on_past_each_meetings_account():
    (series,) = meeting_series(doc_of([text_block(SERIES)]))
    got = [(d.title.split()[-1], d.date_from.iso(), d.participants, d.budget) for d in series.drafts]
    assert got == [("1/2566", "2022-11-22", 38, 1330), ("2/2566", "2023-02-24", 35, None),
                   ("3/2566", "2023-08-25", 40, 5200)]


def test_a_draft_read_from_inside_a_series_is_one_of_its_meetings():
    block = doc_of([text_block(SERIES)]).blocks[0]
    (series,) = meeting_series(doc_of([text_block(SERIES)]))
    assert announces(series, _draft(block, "ประชุมร่วมกับการประชุมกรมการอำเภอ) และครั้งที่ 3/2566"))


def test_so_held_and_has_scheduled_open_an_act_in_running_text():
    text = "ปี 2565 มีผู้ป่วย 233 ราย คณะทำงานจึงจัดกิจกรรมรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย วันที่ 15 มีนาคม 2566"
    block = text_block(text)
    assert [d.title for d in line_activities(block, 0, len(text), "results", False, 2566)] == [
        "กิจกรรมรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย"]
    text = "ทั้งนี้ได้กำหนดจัดเวทีถอดบทเรียน ในวันที่ 15 กันยายน 2566 ผู้เข้าร่วม 100 คน"
    block = text_block(text)
    assert [(d.title, d.participants) for d in line_activities(block, 0, len(text), "results", False, 2566)] == [
        ("เวทีถอดบทเรียน", 100)]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_pays_its_listed_activities_from_the_numbered_budget_groups(parsed, suffix):
    acts = extract(parsed(NAKHON_SI + suffix)).activities
    assert len(acts) == 5
    assert next(a for a in acts if a.title.startswith("ประชุมเชิงปฏิบัติการประเมินตนเอง")).budget_baht == 23920
    assert next(a for a in acts if a.title.startswith("เวทีแลกเปลี่ยนเรียนรู้")).budget_baht == 31000
    assert not any(a.title.startswith("ให้") for a in acts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_action_plans_follow_up_part_gives_its_self_assessment(parsed, suffix):
    acts = extract(parsed(AMPHAWA + suffix)).activities
    assessment = next(a for a in acts if a.title.startswith("ประเมินตนเองตามองค์ประกอบ UCCARE"))
    assert (assessment.start, assessment.end) == ("2024-06", "2024-06")


def test_a_real_progress_report_tells_no_activity_twice(parsed):
    titles = [a.title for a in extract(parsed(PAK_KHAT)).activities]
    assert len(titles) == 8
    assert not any(t.startswith(("ค่าย CBTx", "การประชุม พชอ.", "การเยี่ยม")) for t in titles)


def test_a_real_progress_reports_meetings_paragraph_gives_each_meeting(parsed):
    acts = extract(parsed(PRASAT)).activities
    meetings = sorted((a.title.split()[-1], a.participants, a.budget_baht) for a in acts if "ครั้งที่" in a.title)
    assert meetings == [("1/2566", 38, 1330), ("2/2566", 35, None), ("3/2566", 40, 5200)]
    forum = next(a for a in acts if "ถอดบทเรียน" in a.title)
    assert (forum.start, forum.participants, forum.budget_baht) == ("2023-09-15", 100, 13000)
