"""Activity rules added after the round-6 held-out documents, following the gold
conventions: the chair's directions and deadline directives in minutes are
decisions to act, a decision's task keeps who is asked to do it, an agenda item
is dated by the proposal under it, a decision sharing only a place name with its
item is a task of its own, a plan row naming two dated checkpoints is two
activities, and a numbered budget line naming an activity is one.  Pure
functions on strings first, then each rule on a real file."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.minutes import (
    deadline_directive,
    same_topic,
    task_lead,
)
from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.activities.twins import dated_parts, twin_title
from pcc_ingest.extract.run import extract

# --- pure functions -----------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("ประธานมีข้อสังเกตว่า ความครอบคลุมวัคซีนยังต่ำ ขอให้ พชอ. ทั้งสองอำเภอประสานผู้นำศาสนา", True),
    ("ประธานได้สั่งการให้ทุกอำเภอจัดเวทีประชาคม", True),
    ("ประธานเน้นย้ำให้ รพ.สต. ติดตามเยี่ยมบ้าน", True),
    ("1.2 ขอให้นายอำเภอทุกอำเภอในฐานะประธาน พชอ. บูรณาการงานขับเคลื่อน", False),
    ("ผู้แทนพัฒนาสังคมจังหวัด แจ้งว่า ขอให้อำเภอส่งรายชื่อผู้สูงอายุ", False),
])
def test_the_chair_s_direction_is_read_only_when_the_chair_speaks(text, found):
    assert bool(rule_re("minutes", "direction").search(text)) is found


@pytest.mark.parametrize(("text", "found"), [
    ("แนวทางการประเมิน พชอ. โดยให้ทุกอำเภอประเมินตนเองตามองค์ประกอบ UCCARE ภายในเดือนสิงหาคม 2567", True),
    ("ขอให้ใช้จ่ายให้แล้วเสร็จภายในเดือนสิงหาคม 2567", False),  # no party, no act
    ("โดยให้ทุกอำเภอประเมินตนเองตามองค์ประกอบ UCCARE", False),  # no deadline
])
def test_a_directive_needs_a_party_an_act_and_a_deadline(text, found):
    assert (deadline_directive(text) is not None) is found


def test_a_task_keeps_the_party_asked_to_do_it():
    assert task_lead("ฝ่ายเลขานุการจัดทำกำหนดการแจ้งอำเภอ") == 0
    assert task_lead("แต่ละอำเภอคัดเลือกผลงานเด่นอำเภอละ 1 เรื่อง") == 0


def test_asking_for_continuity_is_a_standing_duty():
    assert rule_any("minutes", "standing").search("ส่งผู้แทนเข้าร่วมประชุมด้วยตนเองเพื่อความต่อเนื่อง")


def test_an_item_with_its_own_date_shares_a_topic_only_through_an_act():
    item = "การจัดมหกรรมแลกเปลี่ยนเรียนรู้ พชอ. จังหวัดปัตตานี ปี 2567"
    task = "ฝ่ายเลขานุการจัดทำโครงการเสนอผู้ว่าราชการจังหวัดปัตตานีอนุมัติ"
    assert same_topic(item, task)  # a topic-only item still takes it
    assert not same_topic(item, task, act=True)
    assert same_topic("การจัดกิจกรรมตลาดนัดสุขภาพ", "ให้จัดกิจกรรมตลาดนัดในวันที่ 5", act=True)


def test_two_dated_checkpoints_of_a_cell_are_two_parts():
    text = "ตั้งด่านชุมชนช่วงเทศกาลปีใหม่ (29 ธ.ค. 65 – 4 ม.ค. 66) และเทศกาลสงกรานต์ (11 – 17 เม.ย. 66)"
    parts = dated_parts(text)
    assert [text[s:e].split(" (")[0] for s, e in parts] == ["ตั้งด่านชุมชนช่วงเทศกาลปีใหม่", "เทศกาลสงกรานต์"]


@pytest.mark.parametrize("text", [
    "อบรมแกนนำครัวเรือน (ธ.ค. 65)",  # one date
    "อบรมแกนนำ (ธ.ค. 65) ติดตามผล (มี.ค. 66)",  # no joiner
    "ประชุมคณะกรรมการ (คณะทำงาน 30 คน) และอนุกรรมการ (20 คน)",  # brackets without dates
])
def test_other_cells_are_one_part(text):
    assert dated_parts(text) == []


def test_the_second_checkpoint_takes_the_first_s_lead_words():
    assert twin_title("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่", "เทศกาลสงกรานต์") == "ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"
    assert twin_title("ประชุมคณะกรรมการ ครั้งที่ 1", "ครั้งที่ 2") == "ประชุมคณะกรรมการ ครั้งที่ 2"
    assert twin_title("อบรมแกนนำ", "ประกวดหมู่บ้าน") == "ประกวดหมู่บ้าน"


# --- real files -----------------------------------------------------------------


def _activities(doc):
    return {a.title: a for a in extract(doc).activities}


def test_minutes_give_the_chair_s_directions_and_each_task_of_a_decision(parsed):
    got = _activities(parsed("pattani-province-2567-minutes.pdf"))
    assert any(t.startswith("พชอ. ทั้งสองอำเภอประสานผู้นำศาสนา") for t in got)
    assert any(t.startswith("อำเภอหนองจิกและยะหริ่งเร่งรัด") for t in got)
    assert "ฝ่ายเลขานุการจัดทำโครงการเสนอผู้ว่าราชการจังหวัดปัตตานีอนุมัติ" in got
    assert "ฝ่ายเลขานุการจัดทำกำหนดการแจ้งอำเภอ" in got
    chosen = next(a for t, a in got.items() if t.startswith("แต่ละอำเภอคัดเลือกผลงานเด่น"))
    assert (chosen.start, chosen.end) == (None, "2024-06-28")
    uccare = got["ทุกอำเภอประเมินตนเองตามองค์ประกอบ UCCARE"]
    assert (uccare.start, uccare.end) == ("2024-08", "2024-08")
    assert not any("บูรณาการ" in t or "ส่งรายชื่อ" in t for t in got)


def test_an_agenda_item_is_dated_by_the_proposal_under_it(parsed):
    got = _activities(parsed("pattani-province-2567-minutes.pdf"))
    fair = got["การจัดมหกรรมแลกเปลี่ยนเรียนรู้ พชอ. จังหวัดปัตตานี ปี 2567"]
    assert (fair.start, fair.end, fair.budget_baht) == ("2024-07-25", "2024-07-25", 42000)
    visit = got["การออกติดตามเยี่ยมเสริมพลัง พชอ."]
    assert (visit.start, visit.end) == ("2024-04-22", "2024-05-17")


def test_a_request_for_continuity_is_no_decision(parsed):
    got = _activities(parsed("trang-huai-yot-2567-minutes.pdf"))
    assert not any("ส่งผู้แทนเข้าร่วมประชุม" in t for t in got)
    assert not any(t.startswith("ปลัดอำเภอ") for t in got)


@pytest.mark.parametrize("name", ["saraburi-wihan-daeng-2566-action-plan.docx",
                                  "saraburi-wihan-daeng-2566-action-plan.pdf"])
def test_a_plan_row_done_at_two_dated_checkpoints_is_one_activity_with_the_rows_money(parsed, name):
    got = _activities(parsed(name))
    [checkpoints] = [a for t, a in got.items() if t.startswith("ตั้งด่านชุมชน")]
    assert (checkpoints.start, checkpoints.end, checkpoints.participants) == ("2022-12-29", "2023-04-17", 72)
    assert checkpoints.budget_baht == 25200


@pytest.mark.parametrize("name", ["uthai-thani-province-2565-summary.docx", "uthai-thani-province-2565-summary.pdf"])
def test_a_numbered_budget_line_naming_an_activity_is_one_with_its_planned_money(parsed, name):
    got = _activities(parsed(name))
    workshop = got["ประชุมเชิงปฏิบัติการทบทวนประเด็นและแผน พชอ."]
    assert (workshop.start, workshop.participants, workshop.budget_baht) == ("2021-12-17", 80, 8000)
    assert got["ติดตามเยี่ยมเสริมพลัง พชอ. 8 อำเภอ"].budget_baht == 9600
    assert not any(t.startswith("สนับสนุน") for t in got)  # an allocation line names no activity
