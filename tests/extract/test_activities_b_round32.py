"""Round 32 (activities b): an unnumbered line opening with a date under a numbered item is the
item's account (its dates and head count), not an act of its own; an activity calendar whose rows
repeat the list's numbers shares a stretch of words with each item rather than its opening; a
budget table's "กิจกรรมที่ N" group whose words all lie in item N's name, in order, is item N; a
numbered meeting named in passing with no date is the listed meeting of that number; a calendar's
heading and an agenda item that only announces the next meeting name no act; a cost line that says
what the money was spent on ("ใช้จ่ายในการ...") names its act, and a lead shortened word by word
still finds it; a cost line run into a budget group's name is cut from the name.  Strings first,
then real corpus files of set 32."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.costs import line_lead
from pcc_ingest.extract.activities.details import is_account
from pcc_ingest.extract.activities.ordinals import alike_in_parallel, words_in_order
from pcc_ingest.extract.activities.rules import rule_any
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Block

MAE_MO = "lampang-mae-mo-2568-project"
THAT_PHANOM = "nakhon-phanom-that-phanom-2568-minutes"
PHITSANULOK = "phitsanulok-province-2567-inspection"


def _paragraph(text: str) -> Block:
    return Block(order=1, kind="paragraph", text=text, raw_text=text, start=0, end=len(text))


@pytest.mark.parametrize("text", [
    "วันที่ 12/11/2567 ณ ห้องประชุมที่ว่าการอำเภอ ผู้เข้าร่วมประชุม 35 คน",
    "ระหว่างเดือนมกราคม – กุมภาพันธ์ 2568 ติดตั้งเครื่องฟอกอากาศครบ 8 แห่ง",
])
def test_a_line_opening_with_its_date_is_an_items_account(text):
    assert is_account(_paragraph(text), 2568)


@pytest.mark.parametrize("text", [
    "2. อบรมแกนนำ วันที่ 9 ม.ค. 68",
    "ผู้เข้าอบรมผ่านการทดสอบหลังอบรม 112 คน",
])
def test_a_numbered_or_undated_line_is_no_account(text):
    assert not is_account(_paragraph(text), 2568)


def test_a_calendars_short_name_inside_the_lists_name_is_alike():
    assert alike_in_parallel(fold("ห้องปลอดฝุ่น (Clean Room) 8 แห่ง"),
                             fold("จัดตั้งห้องปลอดฝุ่น (Clean Room) ในศูนย์พัฒนาเด็กเล็ก"))
    assert not alike_in_parallel(fold("ประชุมติดตามผล"), fold("รณรงค์สวมหมวกนิรภัย"))


def test_a_budget_groups_words_in_order_name_the_item():
    assert words_in_order("อบรม อสม. และแกนนำ", "อบรมเชิงปฏิบัติการ อสม. และแกนนำชุมชน “ลดการเผา”")
    assert not words_in_order("แกนนำ และ อบรม", "อบรมเชิงปฏิบัติการ อสม. และแกนนำชุมชน")
    assert not words_in_order("อบรม อสม.", "อบรมเชิงปฏิบัติการ อสม. และแกนนำชุมชน")


@pytest.mark.parametrize("text", ["ปฏิทินการดำเนินกิจกรรม", "กำหนดการประชุมครั้งต่อไป", "นัดประชุมครั้งหน้า"])
def test_a_calendar_heading_or_next_meeting_item_names_no_act(text):
    assert rule_any("words", "never").search(text)


def test_a_line_saying_what_money_was_spent_on_leads_with_its_act():
    line = "ใช้จ่ายในการประชุมชี้แจงแนวทาง เป็นค่าอาหารกลางวันและอาหารว่าง (45x110) เป็นเงิน 4,950 บาท"
    assert line_lead(line, "ค่าอาหารกลางวันและอาหารว่าง") == "ประชุมชี้แจงแนวทาง"


def test_a_cost_line_run_into_a_groups_name_is_cut():
    text = "ประชุม พชอ. ครั้งที่ 1/2568 ค่าอาหารว่างและเครื่องดื่ม 2 มื้อๆ ละ 25 บาท x 35 คน"
    s, e = title_span(text, 0, len(text))
    assert text[s:e] == "ประชุม พชอ. ครั้งที่ 1/2568"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_report_reads_items_accounts_calendar_and_funders_table(parsed, suffix):
    acts = extract(parsed(MAE_MO + suffix)).activities
    assert len(acts) == 8
    first = acts[0]
    assert (first.start, first.participants, first.budget_baht) == ("2024-11-12", 35, 1750)
    training = next(a for a in acts if a.title.startswith("อบรมเชิงปฏิบัติการ"))
    assert (training.start, training.end, training.participants, training.budget_baht) == (
        "2025-01-09", "2025-01-10", 120, 34000)
    watch = next(a for a in acts if a.title.startswith("เฝ้าระวัง"))
    assert (watch.start, watch.end, watch.participants) == ("2025-01-01", "2025-04-30", 1486)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_title_the_next_meeting_by_the_line_that_schedules_it(parsed, suffix):
    titles = [a.title for a in extract(parsed(THAT_PHANOM + suffix)).activities]
    assert "ประชุมครั้งที่ 2/2568" in titles
    assert "กำหนดการประชุมครั้งต่อไป" not in titles


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_report_pays_acts_from_its_budget_paragraph(parsed, suffix):
    acts = extract(parsed(PHITSANULOK + suffix)).activities
    def budget(opening: str) -> float | None:
        return next(a.budget_baht for a in acts if a.title.startswith(opening))

    assert budget("ประชุมชี้แจงแนวทาง") == 4950
    assert budget("ประชุมเชิงปฏิบัติการพัฒนาศักยภาพทีมพี่เลี้ยง") == 13200
    assert budget("ลงพื้นที่เยี่ยมเสริมพลัง") == 7500
