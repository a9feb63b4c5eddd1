"""Round 19: a listed line may open with its date led by a time word
("เมื่อวันที่ ...", "ระหว่างวันที่ ...") and then name who acts; a partner named
after the actor does not count toward its reach; a decision's two acts with
their own dates are two tasks; a camp is an activity word; a venue "บริเวณ"
ends a name; one activity told in a plan and in the results merges, the
results' days and head count pinning down the plan's months.  Strings first,
then real corpus files."""

from __future__ import annotations

from pcc_ingest.extract.activities.act_words import actor_lead, start_re
from pcc_ingest.extract.activities.dated_tasks import split_dated
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.lines import date_lead
from pcc_ingest.extract.activities.merge import (
    comparable,
    merged_into,
    pins_down,
    same_activity,
)
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate

LOEI = "loei-chiang-khan-2566-progress.pdf"
PAK_PHANANG = "nakhon-si-thammarat-pak-phanang-2568-minutes.docx"
BANG_SAPHAN = "prachuap-khiri-khan-bang-saphan-2566-project.docx"


def _draft(title: str, start: PartialDate | None, end: PartialDate | None, people: int | None = None) -> Draft:
    block = Block(kind="paragraph", raw_text=title, text=title, order=0, start=0, end=len(title))
    return Draft(title, block, 0, len(title), start, end, people)


def _after_date(body: str) -> str:
    return body[date_lead(body, listed=True):]


def test_a_date_led_by_a_time_word_opens_a_listed_line():
    assert _after_date("เมื่อวันที่ 20 ก.พ. 66 จัดกิจกรรม Big Cleaning Day").startswith("จัดกิจกรรม")
    assert _after_date("ระหว่างวันที่ 22 – 23 มี.ค. 66 จัดอบรมฟื้นฟู").startswith("จัดอบรม")
    assert _after_date("ในเดือนมกราคม 2567 ประชุมคณะทำงาน").startswith("ประชุม")
    assert _after_date("วันที่ 15 มีนาคม 2564 บรรยายแนวทาง").startswith("บรรยาย")


def test_a_line_whose_date_comes_later_has_no_date_lead():
    assert date_lead("จัดอบรมแกนนำ เมื่อวันที่ 15 ธ.ค. 65", listed=True) == 0
    assert date_lead("เมื่อครัวเรือนคัดแยกขยะ 80 ครัวเรือน", listed=True) == 0


def test_running_text_keeps_a_time_worded_date_for_its_clause_reader():
    assert date_lead("เมื่อวันที่ 12 ธันวาคม 2566 ได้จัดประชุมเชิงปฏิบัติการ") == 0
    assert _after_date("เมื่อวันที่ 12 ธันวาคม 2566 ได้จัดประชุม").startswith("ได้จัดประชุม")


def test_a_partner_after_the_actor_does_not_count_toward_its_reach():
    body = "คณะทำงานประเด็นขยะร่วมกับเทศบาลตำบลเชียงคาน จัดอบรมแกนนำการคัดแยกขยะต้นทาง"
    assert body[actor_lead(body):].startswith("จัดอบรม")


def test_a_long_run_before_the_act_is_still_no_actor():
    assert actor_lead("อำเภอที่มีคุณภาพชีวิตดีขึ้นอย่างชัดเจนในหลายด้านทั้งสุขภาพและสิ่งแวดล้อม จัดอบรม") is None


def test_a_camp_and_a_campaign_week_open_an_activity_but_a_place_named_kai_does_not():
    assert start_re().match("จัดค่าย CBTx รุ่นที่ 4")
    assert start_re().match("ค่ายปรับเปลี่ยนพฤติกรรมผู้ใช้ยาเสพติด")
    assert start_re().match("จัดสัปดาห์รณรงค์ระดับอำเภอ")
    assert not start_re().match("บ้านค่ายร่วมกับโรงพยาบาล")


def test_two_acts_of_a_decision_with_their_own_dates_are_two_tasks():
    text = ("ให้ดำเนินการค้นหาผู้ใช้ยาเสพติดในชุมชน ระหว่างวันที่ 1 – 31 กรกฎาคม 2568 "
            "และจัดค่าย CBTx รุ่นที่ 4 ระหว่างวันที่ 18 – 22 สิงหาคม 2568 จำนวน 40 คน")
    parts = [text[s:e] for s, e in split_dated(text, [(3, len(text))])]
    assert len(parts) == 2
    assert parts[0].endswith("กรกฎาคม 2568") and parts[1].startswith("จัดค่าย")


def test_an_undated_second_act_stays_in_the_task():
    text = "ให้จัดอบรมแกนนำ ระหว่างวันที่ 1 – 3 กรกฎาคม 2568 และประชุมสรุปผล"
    assert split_dated(text, [(3, len(text))]) == [(3, len(text))]


def test_a_venue_after_a_space_ends_a_name_but_not_inside_one():
    text = 'จัดกิจกรรม "เมืองสะอาด Big Cleaning Day" บริเวณถนนชายโขงและถนนคนเดิน'
    s, e = title_span(text, 0, len(text))
    assert text[s:e] == 'จัดกิจกรรม "เมืองสะอาด Big Cleaning Day"'
    inside = "ติดตั้งกระจกโค้งจราจรบริเวณทางแยกในหมู่บ้าน"
    s, e = title_span(inside, 0, len(inside))
    assert inside[s:e] == inside


def test_a_leading_jat_and_a_closing_length_note_do_not_part_two_tellings():
    assert comparable("จัดเวทีถอดบทเรียน") == "เวทีถอดบทเรียน"
    assert comparable("อบรมเชิงปฏิบัติการแกนนำนักเรียน (2 วัน)") == "อบรมเชิงปฏิบัติการแกนนำนักเรียน"
    assert same_activity("จัดเวทีถอดบทเรียน", "เวทีถอดบทเรียนและสรุปผลการดำเนินงาน")
    assert not same_activity("จัดเวทีถอดบทเรียน", "อบรมแกนนำนักเรียน")


def test_days_inside_a_planned_period_pin_it_down_with_who_came():
    plan = _draft("ประชุมผู้ปกครอง", PartialDate(2023, 5), PartialDate(2023, 6), 60)
    done = _draft("ประชุมผู้ปกครอง", PartialDate(2023, 6, 8), PartialDate(2023, 6, 8), 52)
    assert pins_down(plan, done)
    merged = merged_into(plan, done)
    assert (merged.date_from, merged.date_to, merged.participants) == (done.date_from, done.date_to, 52)


def test_days_outside_the_planned_period_only_refine_its_ends():
    plan = _draft("ประชุมผู้ปกครอง", PartialDate(2023, 5), PartialDate(2023, 6), 60)
    later = _draft("ประชุมผู้ปกครอง", PartialDate(2023, 7, 8), PartialDate(2023, 7, 8), 52)
    assert not pins_down(plan, later)
    merged = merged_into(plan, later)
    assert (merged.date_from, merged.date_to, merged.participants) == (plan.date_from, plan.date_to, 60)


def test_a_report_of_numbered_dated_paragraphs_gives_its_activities(parsed):
    acts = {a.title: a for a in extract(parsed(LOEI)).activities}
    training = acts["จัดอบรมแกนนำการคัดแยกขยะต้นทาง"]
    assert (training.start, training.participants, training.budget_baht) == ("2022-12-15", 160, 24000)
    caregivers = acts["จัดอบรมฟื้นฟูความรู้ผู้ดูแลผู้สูงอายุ (Caregiver)"]
    assert (caregivers.start, caregivers.end, caregivers.participants) == ("2023-03-22", "2023-03-23", 40)
    assert 'จัดกิจกรรม "เชียงคานเมืองสะอาด Big Cleaning Day"' in acts


def test_minutes_split_a_decision_into_its_two_dated_tasks(parsed):
    acts = {a.title: a for a in extract(parsed(PAK_PHANANG)).activities}
    search = acts["ค้นหาผู้ใช้ยาเสพติดในชุมชน"]
    camp = acts["จัดค่าย CBTx รุ่นที่ 4"]
    assert (search.end, search.participants) == ("2025-07-31", None)
    assert (camp.start, camp.end, camp.participants) == ("2025-08-18", "2025-08-22", 40)
    assert acts["จัดสัปดาห์รณรงค์ระดับอำเภอ"].start == "2025-07-07"


def test_a_project_report_dates_its_planned_activities_from_its_results(parsed):
    acts = extract(parsed(BANG_SAPHAN)).activities
    parents = next(a for a in acts if a.title.startswith("ประชุมผู้ปกครอง"))
    assert (parents.start, parents.participants, parents.budget_baht) == ("2023-06-08", 52, 5100)
    forums = [a for a in acts if "เวทีถอดบทเรียน" in a.title]
    assert [(f.start, f.budget_baht) for f in forums] == [("2023-08-24", 5500)]
