"""Activity rules added after the round-7 held-out documents, all about how an
activity item is laid out rather than its words: a numbered item with labelled
period / target / budget lines under it (or run on after its name) is an
activity with those dates, people and money; a recommendations table's deadline
cell gives a day as an end only, a month span at both ends, and an undated
deadline still makes the row a planned activity; a plan row naming one task at
two dated times is one activity; in running text an action word opening a
clause is an act when its own day, money or people follow at once; a numbered
sub-item right after its sibling is the list's next item even when its words
look like a heading; a plan's own targets section closes its activities.
Pure functions on strings first, then each rule on a real file."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.fields import field_budget, labelled_fields
from pcc_ingest.extract.activities.openers import after_clause
from pcc_ingest.extract.activities.structure import closes_section, continues_list
from pcc_ingest.extract.activities.tables import deadline_dates
from pcc_ingest.extract.activities.twins import two_tasks
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

# --- pure functions -----------------------------------------------------------


def test_labelled_fields_are_read_by_kind_each_running_to_the_next_label():
    text = "ระยะเวลา : พฤศจิกายน 2566 กลุ่มเป้าหมาย : คณะอนุกรรมการ 25 คน"
    fields = labelled_fields(text)
    assert [kind for kind, _, _ in fields] == ["period", "target"]
    (_, s0, e0), (_, s1, e1) = fields
    assert text[s0:e0].strip() == "ระยะเวลา : พฤศจิกายน 2566"
    assert text[s1:e1] == "กลุ่มเป้าหมาย : คณะอนุกรรมการ 25 คน"


def test_a_label_run_onto_the_name_is_still_a_field():
    text = "1.3 สำรวจจุดเสี่ยงร่วมกับการรถไฟแห่งประเทศไทยระยะเวลา : ม.ค. – มี.ค. 67"
    assert [(kind, text[s:s + 8]) for kind, s, _ in labelled_fields(text)] == [("period", "ระยะเวลา")]


def test_a_word_without_its_colon_is_no_field():
    assert labelled_fields("ประชุมกลุ่มเป้าหมาย 25 คน ระยะเวลา 1 วัน") == []


@pytest.mark.parametrize(("value", "money"), [
    ("ค่าอาหารว่างและเครื่องดื่ม 25 คน x 2 มื้อ x 35 บาท = 1,750 บาท", 1750),
    ("ค่าอาหารกลางวัน 60 คน x 70 บาท = 4,200 บาท ค่าตอบแทนวิทยากร 5 ชั่วโมง x 600 บาท = 3,000 บาท รวม 7,200 บาท", 7200),
    ("ค่าอาหาร 40 คน x 180 บาท = 7,200 บาท ค่าวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท", 10800),
    ("ไม่ใช้งบประมาณ (ดำเนินการโดย อสม. ตามงานประจำ)", None),
    ("-", None),
    ("15,000 บาท", 15000),
])
def test_a_budget_field_gives_its_total_else_its_lines_sum_else_its_only_amount(value, money):
    assert field_budget(value) == money


@pytest.mark.parametrize(("cell", "dates"), [
    ("ภายใน 31 ส.ค. 2566", (None, PartialDate(2023, 8, 31))),
    ("15 ก.ย. 2566", (None, PartialDate(2023, 9, 15))),
    ("ก.ค. – ก.ย. 2566", (PartialDate(2023, 7), PartialDate(2023, 9))),
    ("ภายในเดือนสิงหาคม 2566", (PartialDate(2023, 8), PartialDate(2023, 8))),
    ("ภายในไตรมาสที่ 4", None),
])
def test_a_deadline_day_is_an_end_only_and_a_month_span_both_ends(cell, dates):
    assert deadline_dates(cell, 2566) == dates


def test_one_task_at_two_dated_times_is_not_split():
    assert two_tasks("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่ (29 ธ.ค. 65 – 4 ม.ค. 66) และเทศกาลสงกรานต์ (11 – 17 เม.ย. 66)") == []


def test_two_different_dated_tasks_are_split():
    text = "อบรมแกนนำครัวเรือน (ธ.ค. 65) และประกวดหมู่บ้านต้นแบบ (มี.ค. 66)"
    assert [text[s:e].split(" (")[0] for s, e in two_tasks(text)] == ["อบรมแกนนำครัวเรือน", "ประกวดหมู่บ้านต้นแบบ"]


@pytest.mark.parametrize(("text", "name"), [
    ("ด้านผู้สูงอายุ จัดอบรมเกษตรกรเรื่องสารเคมี เมื่อวันที่ 16 มีนาคม 2566 ผู้เข้าอบรม 150 คน", "จัดอบรมเกษตรกรเรื่องสารเคมี"),
    ("ขับเคลื่อน 2 ประเด็น โดยจัดตั้งด่านชุมชนช่วงเทศกาล ระหว่างวันที่ 11 – 17 เมษายน 2566", "จัดตั้งด่านชุมชนช่วงเทศกาล"),
])
def test_an_act_opening_a_clause_with_its_own_day_is_read(text, name):
    opener = after_clause(text, 0, len(text))
    assert opener is not None and text[opener.span[0]:opener.span[1]] == name


@pytest.mark.parametrize("text", [
    "ผลการดำเนินงาน คัดกรองภาวะหกล้มในผู้สูงอายุ 322 คน จากเป้าหมาย 400 คน",  # a tally, not an act
    "คณะกรรมการ แต่งตั้งตามคำสั่งอำเภอ ที่ 412/2566 ลงวันที่ 20 ตุลาคม 2566",  # an order's date
    "ข้อมูลจากระบบ HDC การติดตามผลใช้ข้อมูล ณ วันที่ 7 กรกฎาคม 2566",  # a data date
    "ด้านขยะ ติดตามปริมาณขยะที่ลดลงยังไม่มีข้อมูลรายเดือน",  # nothing follows the name
])
def test_a_clause_without_its_own_day_people_or_money_is_no_act(text):
    assert after_clause(text, 0, len(text)) is None


def _item(text: str) -> Block:
    return Block(kind="list_item", raw_text=text, text=text, order=0, start=0, end=len(text))


def test_the_next_sub_item_continues_the_list_even_when_it_reads_like_a_heading():
    assert continues_list(_item("7.3 สรุปผลและถอดบทเรียนการดำเนินงานประจำปี"), _item("7.2 ประกวดหมู่บ้าน"))
    assert not continues_list(_item("8.1 สรุปผลการดำเนินงาน"), _item("7.2 ประกวดหมู่บ้าน"))


def test_a_plan_s_own_targets_heading_closes_its_activities():
    assert closes_section("6. เป้าหมายการดำเนินงานปีงบประมาณ 2566")
    assert not closes_section("4. กิจกรรมสนับสนุนการดำเนินงานระดับจังหวัด")


# --- real files -----------------------------------------------------------------


def _activities(doc):
    return {a.title: a for a in extract(doc).activities}


@pytest.mark.parametrize("name", ["phra-nakhon-si-ayutthaya-phachi-2567-action-plan.docx",
                                  "phra-nakhon-si-ayutthaya-phachi-2567-action-plan.pdf"])
def test_second_level_items_with_labelled_lines_are_activities_with_their_fields(parsed, name):
    got = _activities(parsed(name))
    meeting = got["ประชุมคณะอนุกรรมการประเด็นอุบัติเหตุและวิเคราะห์ข้อมูลการบาดเจ็บ 3 ฐาน"]
    assert (meeting.start, meeting.end, meeting.participants, meeting.budget_baht) == ("2023-11", "2023-11", 25, 1750)
    camp = got["ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดแบบชุมชนบำบัด (CBTx)"]
    assert (camp.start, camp.end, camp.participants, camp.budget_baht) == ("2024-04-22", "2024-04-24", 40, 28800)
    screening = got["คัดกรองสุขภาพผู้สูงอายุ (ADL ภาวะสมองเสื่อม และความเสี่ยงต่อการหกล้ม)"]
    assert (screening.participants, screening.budget_baht) == (9025, None)  # "ไม่ใช้งบประมาณ"
    checkpoints = got["ตั้งด่านชุมชนช่วงเทศกาลปีใหม่และเทศกาลสงกรานต์"]
    assert (checkpoints.start, checkpoints.end, checkpoints.budget_baht) == ("2023-12-29", "2024-04-17", 19200)
    assert not any(t.startswith("โครงการ") for t in got)  # the projects hold them


def test_recommendation_rows_are_planned_activities_dated_by_their_deadline_cells(parsed):
    got = _activities(parsed("trat-province-2566-inspection.pdf"))
    by_start = {t.split()[0]: a for t, a in got.items()}
    assert (by_start["ทุกอำเภอจัดทำฐานข้อมูลผลลัพธ์รายประเด็นรายเดือน"].start,
            by_start["ทุกอำเภอจัดทำฐานข้อมูลผลลัพธ์รายประเด็นรายเดือน"].end) == (None, "2023-09-15")
    waste = next(a for t, a in got.items() if "ปริมาณขยะที่ลดลง" in t)
    assert (waste.start, waste.end) == ("2023-07", "2023-09")
    organic = next(a for t, a in got.items() if "เกษตรอินทรีย์" in t)
    assert (organic.start, organic.end) == (None, None)  # "ภายในไตรมาสที่ 4"


def test_acts_told_clause_by_clause_in_a_district_section_are_read(parsed):
    got = _activities(parsed("trat-province-2566-inspection.pdf"))
    checkpoints = got["จัดตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"]
    assert (checkpoints.start, checkpoints.end, checkpoints.participants) == ("2023-04-11", "2023-04-17", 126)
    cleaning = got["จัดกิจกรรม Big Cleaning Day เก็บขยะชายหาดและป่าชายเลน"]
    assert (cleaning.start, cleaning.participants) == ("2023-06-05", 240)


def test_a_numbered_sub_item_reading_like_a_heading_is_still_planned(parsed):
    got = _activities(parsed("ang-thong-pa-mok-2565-progress.pdf"))
    wrap_up = got["สรุปผลและถอดบทเรียนการดำเนินงานประจำปี เสนอคณะกรรมการ พชอ.ป่าโมก"]
    assert (wrap_up.start, wrap_up.end) == ("2022-08", "2022-08")


@pytest.mark.parametrize("name", ["surat-thani-province-2566-action-plan.docx",
                                  "surat-thani-province-2566-action-plan.pdf"])
def test_a_plan_s_targets_are_not_activities(parsed, name):
    got = _activities(parsed(name))
    assert not any(t.startswith(("อำเภอเป้าหมาย", "มีอำเภอต้นแบบ", "ตำบลในอำเภอเป้าหมาย")) for t in got)
