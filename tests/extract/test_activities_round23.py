"""Round 23: a plan table's numbered row and a budget table's "กิจกรรมที่ N"
group over its cost lines are one activity when their titles open alike,
never across projects that each count from 1 nor inside one table; the plan
table's sequence cell gives the row its number; cohorts with a head count
each ("2 รุ่นๆ ละ 30 คน") count all their people and leave the title, as does
a bracketed head count; a head count followed at once by " และ" and another
act lies inside one item's name; a count per meeting ("ครั้งละ 38 คน") is the
meeting's head count; a name followed by its days in brackets opens an act in
running text; what "ที่ประชุม" did is that meeting's business, not another
act; a listed item's undated first act joined by " และ" to the next is one
activity named by both; a meeting named in passing on the first day of a run
of listed meetings is that run; a line telling who makes up a team names no
act; a list item's number may come from its label when the PDF lost the
space after it.  Strings first, then real corpus files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.lines import line_activities
from pcc_ingest.extract.activities.meetings import held_that_day
from pcc_ingest.extract.activities.openers import next_inner
from pcc_ingest.extract.activities.ordinals import row_and_group, shared_opening, told_twice
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.structure import item_number
from pcc_ingest.extract.activities.tables import row_number
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

KAMPHAENG_SAEN = "nakhon-pathom-kamphaeng-saen-2568-project"
PHATTHALUNG = "phatthalung-province-2568-action-plan.pdf"
KLAENG = "rayong-klaeng-2567-progress"
THA_BO = "nong-khai-tha-bo-2567-inspection"
WANON_NIWAT = "sakon-nakhon-wanon-niwat-2566-summary.pdf"
CHIANG_KHAM = "phayao-chiang-kham-2568-minutes"


def _block(text: str, kind: str = "paragraph", table: int | None = None, label: str | None = None) -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=0, start=0, end=len(text), table=table,
                 list_label=label)


def _cell(text: str, title: str, table: int, row: int | None = None) -> Draft:
    start = text.index(title)
    return Draft(title, _block(text, "table_cell", table), start, start + len(title), row_number=row)


def _title(text: str, *, cell: bool = True) -> str:
    span = title_span(text, 0, len(text), cell=cell)
    assert span is not None
    return text[span[0]:span[1]]


PLAN_ROW = "อบรมเชิงปฏิบัติการเกษตรกรแกนนำ การไถกลบตอซัง การทำปุ๋ยหมัก และการใช้จุลินทรีย์ย่อยสลาย"
GROUP = "กิจกรรมที่ 2 อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน"


def test_a_plan_rows_number_and_a_budget_groups_number_make_one_activity():
    row = _cell(PLAN_ROW, PLAN_ROW, table=0, row=2)
    group = _cell(GROUP, "อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน", table=1)
    assert row_and_group(row, group)
    assert told_twice(row, group) and told_twice(group, row)


def test_a_row_and_a_group_of_other_numbers_or_other_openings_stay_two():
    row = _cell(PLAN_ROW, PLAN_ROW, table=0, row=3)
    group = _cell(GROUP, "อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน", table=1)
    assert not told_twice(row, group)
    other = _cell("กิจกรรมที่ 2 ประชุมคณะทำงาน", "ประชุมคณะทำงาน", table=1)
    assert not told_twice(_cell(PLAN_ROW, PLAN_ROW, table=0, row=2), other)


def test_a_row_and_a_group_in_one_table_or_an_unnumbered_row_stay_two():
    group = _cell(GROUP, "อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน", table=1)
    assert not row_and_group(_cell(PLAN_ROW, PLAN_ROW, table=1, row=2), group)
    assert not row_and_group(_cell(PLAN_ROW, PLAN_ROW, table=0), group)


def test_titles_open_alike_for_as_many_letters_as_they_share():
    assert shared_opening("อบรมแกนนำ", "อบรมแกนนำชุมชน") == 9
    assert shared_opening("อบรม", "ประชุม") == 0
    assert shared_opening("", "อบรม") == 0


def test_a_comparable_title_drops_a_lead_word_and_a_closing_note():
    assert comparable("จัดเวทีถอดบทเรียน") == "เวทีถอดบทเรียน"
    assert comparable("อบรมเชิงปฏิบัติการแกนนำนักเรียน (2 วัน)") == "อบรมเชิงปฏิบัติการแกนนำนักเรียน"


@pytest.mark.parametrize(("cell", "n"), [("2", 2), ("๒", 2), ("2.", 2), ("(3)", 3), ("1.1", None), ("ก", None)])
def test_a_bare_number_in_the_sequence_cell_numbers_the_row(cell, n):
    from pcc_ingest.thai.text import thai_digits_to_arabic

    m = rule_re("cells", "row_number").fullmatch(thai_digits_to_arabic(cell))
    assert (int(m["n"]) if m else None) == n


def test_cohorts_with_a_head_count_each_count_all_their_people():
    assert head_count("ค่ายปรับเปลี่ยนพฤติกรรม (CBTx) 2 รุ่นๆ ละ 30 คน") == 60
    assert head_count("ค่ายบำบัดฟื้นฟูแบบ CBTx จำนวน 3 รุ่น ๆ ละ 30 คน รุ่นละ 15,000 บาท") == 90
    assert head_count("อบรม 3อ.2ส. (2 รุ่น รุ่นละ 70 คน)") == 140
    assert head_count("แกนนำ 7 ตำบลๆ ละ 8 คน") is None


def test_a_count_per_meeting_is_the_meetings_head_count():
    assert head_count("ประชุม พชอ. จำนวน 4 ครั้ง ... มีกรรมการเข้าร่วมเฉลี่ยครั้งละ 38 คน") == 38
    assert head_count("ประชุมคณะกรรมการ พชอ. 4 ครั้งๆ ละ 40 คน คนละ 50 บาท") == 40
    assert head_count("แกนนำ พชต. ตำบลละ 5 คน") is None


def test_cohorts_and_a_bracketed_head_count_leave_the_title():
    assert _title("3) ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดโดยชุมชนเป็นฐาน (CBTx) 2 รุ่นๆ ละ 30 คน") == \
        "ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติดโดยชุมชนเป็นฐาน (CBTx)"
    assert _title("ติดตามประเมินผลและถอดบทเรียน (60 คน)") == "ติดตามประเมินผลและถอดบทเรียน"


def test_a_head_count_before_a_second_act_joined_by_and_stays_in_the_name():
    two = "2) ตรวจสารเคมีในเลือดเกษตรกร 300 ราย และอบรมการใช้สารเคมีอย่างปลอดภัย"
    assert _title(two) == "ตรวจสารเคมีในเลือดเกษตรกร 300 ราย และอบรมการใช้สารเคมีอย่างปลอดภัย"
    assert _title("อบรมแกนนำสุขภาพ 30 คน และ อสม. 20 คน") == "อบรมแกนนำสุขภาพ"


def test_a_name_followed_by_its_days_in_brackets_opens_an_act_in_running_text():
    text = ("อำเภอท่าบ่อ มี 10 ตำบล ปีงบประมาณ 2567 พชอ.ท่าบ่อ ประชุมแล้ว 3 ครั้ง "
            "(14 พฤศจิกายน 2566, 20 กุมภาพันธ์ 2567 และ 21 พฤษภาคม 2567)")
    [draft] = line_activities(_block(text), 0, len(text), "none", False, 2567)
    assert draft.title == "ประชุมแล้ว 3 ครั้ง"
    assert (draft.date_from, draft.date_to) == (PartialDate(2023, 11, 14), PartialDate(2024, 5, 21))


def test_what_the_meeting_did_there_is_its_business_not_another_act():
    text = "ที่ประชุมได้ติดตามความก้าวหน้าของคณะทำงานรายประเด็น และมีมติให้ขยายการรณรงค์สวมหมวกนิรภัย"
    assert next_inner(text, 0, len(text)) is None
    other = "จากนั้นได้ติดตามความก้าวหน้าของคณะทำงานรายประเด็น"
    assert next_inner(other, 0, len(other)) is not None


def test_an_undated_act_joined_by_and_to_the_next_makes_one_listed_activity():
    text = ("- รณรงค์ลดการกินปลาดิบ (ก้อยปลา ปลาส้มดิบ) และตรวจอุจจาระค้นหาไข่พยาธิใบไม้ตับในประชาชน"
            " ทุกตำบล ระหว่าง ม.ค. – มี.ค. 66")
    [draft] = line_activities(_block(text, "list_item"), 0, len(text), "activities", True, 2566)
    assert draft.title.startswith("รณรงค์ลดการกินปลาดิบ") and draft.title.endswith("ทุกตำบล")
    assert (draft.date_from, draft.date_to) == (PartialDate(2023, 1), PartialDate(2023, 3))


def test_a_meeting_named_on_the_first_day_of_a_listed_run_of_meetings_is_that_run():
    day, last = PartialDate(2022, 11, 15), PartialDate(2023, 8, 17)
    mention = Draft("การประชุม พชอ. ครั้งที่ 1/2566", _block("จากการประชุม พชอ. ครั้งที่ 1/2566"), 3, 30, day, day)
    run = Draft("ประชุมคณะกรรมการ พชอ.", _block("- ประชุมคณะกรรมการ พชอ. จำนวน 4 ครั้ง"), 2, 23, day, last)
    later = Draft("ประชุมคณะกรรมการ พชอ.", run.block, 2, 23, PartialDate(2022, 12, 1), last)
    assert held_that_day(mention, [run])
    assert not held_that_day(mention, [later])


def test_a_line_telling_who_makes_up_a_team_names_no_act():
    text = "ทีมประเมินระดับจังหวัด ประกอบด้วย ผู้แทนสำนักงานสาธารณสุขจังหวัด และผู้แทนที่ทำการปกครองจังหวัด รวม 5 คน"
    assert line_activities(_block(text), 0, len(text), "none", False, 2567) == []
    visit = "ทีมประเมินระดับจังหวัดลงพื้นที่ 8 อำเภอ ระหว่างวันที่ 10 – 14 ก.ค. 2566"
    assert line_activities(_block(visit), 0, len(visit), "none", False, 2566)


def test_a_list_items_number_comes_from_its_label_when_its_text_lost_the_space():
    assert item_number(_block("10.นายสมบัติ เรือนคำ ผู้แทนภาคประชาชน", "list_item", label="๑๐.")) == (10, None)
    assert item_number(_block("3. นายประเสริฐ ทาเขียว", "list_item")) == (3, None)
    assert item_number(_block("นายสมบัติ เรือนคำ", "paragraph")) is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_method_tables_rows_take_their_budget_groups_in_a_real_proposal(parsed, suffix):
    doc = parsed(KAMPHAENG_SAEN + suffix)
    plan = next(t for t in read_tables(doc) if "activity" in t.roles)
    assert [row_number(plan, r) for r in plan.rows] == [1, 2, 3, 4, 5]
    acts = extract(doc).activities
    assert not any(a.title.startswith("อบรมเชิงปฏิบัติการเกษตรกรแกนนำ 2 วัน") for a in acts)
    steps = [a for a in acts if a.budget_baht is not None]
    assert [a.budget_baht for a in steps] == [4900, 47300, 18000, 22500, 9400]
    assert [a.participants for a in steps] == [35, 120, None, None, 60]
    assert not any(a.title.endswith("คน)") for a in acts)


def test_cohorts_and_a_two_task_row_in_a_real_action_plan(parsed):
    acts = extract(parsed(PHATTHALUNG)).activities
    camp = next(a for a in acts if a.title.startswith("ค่ายปรับเปลี่ยนพฤติกรรม"))
    assert (camp.title.endswith("(CBTx)"), camp.participants) == (True, 60)
    blood = next(a for a in acts if a.title.startswith("ตรวจสารเคมีในเลือด"))
    assert blood.title.endswith("อย่างปลอดภัย") and blood.participants == 300


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_progress_reports_meeting_paragraph_is_one_meeting(parsed, suffix):
    acts = extract(parsed(KLAENG + suffix)).activities
    meeting = next(a for a in acts if "ครั้งที่ 2/2567" in a.title)
    assert (meeting.start, meeting.participants, meeting.budget_baht) == ("2024-02-16", 32, 3200)
    assert not any("มีมติ" in a.title or a.title.startswith("ติดตามความก้าวหน้า") for a in acts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_meetings_told_with_their_days_in_brackets_in_a_real_inspection(parsed, suffix):
    acts = extract(parsed(THA_BO + suffix)).activities
    run = next(a for a in acts if a.title.startswith("ประชุม") and "3 ครั้ง" in a.title)
    assert (run.start, run.end) == ("2023-11-14", "2024-05-21")


def test_a_summarys_listed_meetings_and_two_task_item_in_a_damaged_pdf(parsed):
    acts = extract(parsed(WANON_NIWAT)).activities
    assert not any("ครั้งที่ 1/2566" in a.title for a in acts)
    meetings = next(a for a in acts if a.title.startswith("ประชุมคณะกรรมการ พชอ."))
    assert (meetings.start, meetings.end, meetings.participants, meetings.budget_baht) == \
        ("2022-11-15", "2023-08-17", 38, 4000)
    campaign = next(a for a in acts if a.title.startswith("รณรงค์ลดการกินปลาดิบ"))
    assert "ตรวจอุจจาระ" in campaign.title and campaign.start == "2023-01"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_minutes_count_every_listed_member_present(parsed, suffix):
    acts = extract(parsed(CHIANG_KHAM + suffix)).activities
    meeting = next(a for a in acts if "ครั้งที่ 1/2568" in a.title)
    assert meeting.participants == 32
