"""Round 30 (activities, a): a plan cell's lead that carries the plan's own item number
("1.1 ประชุม... 1. ชี้แจง... 2. จัดทำ...") is the activity and its numbered items are its
steps; a head count per place ("ตำบลละ 20 คน") ends a title; a label inside a bracketed
aside ("(เป้าหมาย : ...)") is no form field, so a listed issue with its aim is no activity;
a second dated part naming only another occasion ("... ปีใหม่ (...) และสงกรานต์ (...)") is the
same task, one activity; days an item writes itself within its period cell's first and last
months date it; worked cost lines ("... = 4,200") pay a plan row, in its budget cell or in a
table nested there, when the budget reader found fewer lines.  Strings first, then real
corpus files of set 30."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.fields import labelled_fields
from pcc_ingest.extract.activities.item_dates import item_dates
from pcc_ingest.extract.activities.nested_costs import worked_money
from pcc_ingest.extract.activities.tables import _item_spans
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.activities.twins import two_tasks
from pcc_ingest.extract.run import extract

NA_HAEO = "loei-na-haeo-2568-action-plan"
WISET = "ang-thong-wiset-chai-chan-2567-minutes"


def test_a_numbered_lead_names_the_activity_and_its_items_are_steps():
    text = "1.1 ประชุมเชิงปฏิบัติการแกนนำคัดแยกขยะ ตำบลละ 20 คน 1. ชี้แจงแนวทาง 2. จัดทำแผนรายหมู่บ้าน"
    spans = _item_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("1.1 ประชุมเชิงปฏิบัติการ")


def test_a_head_count_per_place_ends_the_title():
    text = "ประชุมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทาง ตำบลละ 20 คน"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == "ประชุมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทาง"


def test_a_label_in_a_bracketed_aside_is_no_field():
    assert labelled_fields("การดูแลผู้สูงอายุ (เป้าหมาย : ได้รับการดูแลตาม Care Plan ไม่น้อยกว่าร้อยละ 95)") == []
    assert [k for k, *_ in labelled_fields("อบรมแกนนำ เป้าหมาย : อสม. 40 คน")] == ["target"]


def test_another_occasion_after_the_first_date_is_the_same_task():
    assert two_tasks("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่ (27 ธ.ค. 2567 – 2 ม.ค. 2568) และสงกรานต์ (11 – 17 เม.ย. 2568)") == []
    assert len(two_tasks("อบรมแกนนำ (ธ.ค. 65) และประกวดหมู่บ้าน (มี.ค. 66)")) == 2


def test_own_days_within_the_period_months_date_the_item():
    own = "ตั้งด่านชุมชน (27 ธ.ค. 2567 – 2 ม.ค. 2568) และสงกรานต์ (11 – 17 เม.ย. 2568)"
    start, end = item_dates(own, "ธ.ค. 2567 – เม.ย. 2568", "", False, 2568)
    assert (start.iso(), end.iso()) == ("2024-12-27", "2025-04-17")
    start, end = item_dates("อบรม (5 ม.ค. 2568)", "ธ.ค. 2567 – เม.ย. 2568", "", False, 2568)
    assert (start.iso(), end.iso()) == ("2024-12", "2025-04")  # inside, but not at both ends


def test_worked_cost_lines_add_up_when_fewer_were_read():
    text = "ค่าอาหารกลางวัน 45 คน × 60 บาท = 2,700 ค่าอาหารว่าง (25x45x2) = 2,250 ค่าวิทยากร 6 ชม. x 600 บาท = 3,600"
    assert worked_money(text, []) == 8550
    assert worked_money("ค่าอาหาร = 2,700 ค่าอาหารว่าง = 2,250 รวม = 4,950", []) == 4950


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_action_plan_keeps_its_issues_and_steps_out_of_its_activities(parsed, suffix):
    acts = extract(parsed(NA_HAEO + suffix)).activities
    titles = [a.title for a in acts]
    assert not any(t.startswith(("การจัดการขยะ", "การดูแลผู้สูงอายุ", "ชี้แจงแนวทาง", "จัดทำแผนจัดการ", "สงกรานต์")) for t in titles)
    workshop = next(a for a in acts if a.title.startswith("ประชุมเชิงปฏิบัติการแกนนำ"))
    assert (workshop.title, workshop.participants, workshop.budget_baht) == (
        "ประชุมเชิงปฏิบัติการแกนนำคัดแยกขยะต้นทางและธนาคารขยะ", 100, 14600)
    checkpoints = next(a for a in acts if a.title.startswith("ตั้งด่านชุมชน"))
    assert (checkpoints.start, checkpoints.end, checkpoints.budget_baht) == ("2024-12-27", "2025-04-17", 33000)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_pay_plan_rows_by_their_nested_cost_lines(parsed, suffix):
    acts = extract(parsed(WISET + suffix)).activities
    money = {a.title[:12]: a.budget_baht for a in acts if a.budget_baht}
    assert money == {"ประชุมคณะกรร": 4200, "อบรมฟื้นฟู C": 8550, "รณรงค์คัดแยก": 24000,
                     "Big Cleaning": 36000, "ถอดบทเรียนแล": 4000}
