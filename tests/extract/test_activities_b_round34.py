"""Round 34 (activities, prose and minutes): an agenda item naming what was done in a past span
("3.2 กิจกรรมที่ดำเนินการในไตรมาสที่ 1") is a report, so the dated acts under it are not the
meeting's.  A month calendar whose labels carry their year ("ต.ค. 65") is a calendar, and its rows
that share a stretch of letters with an activity read elsewhere are that activity.  Compiling
results "เป็นรายไตรมาส" is a standing duty.  The chair's request to every agency ("ขอให้ทุก
หน่วยงาน...") is no task.  A member's request the chair hands to a party ("... ประธานมอบ อปท.
พิจารณา") is one, titled by party, verb and act.  A stated attendance total that counted the
absent gives those present.  A table of UCCARE levels and their evidence holds no activities.  A
report's appended meeting record gives as activities the resolutions that add a task to a report
taken note of or fall after the report's period.  "02/2567 – 03/2567" is February to March 2024.
A budget sentence's act may close on "เป็นค่า..." or follow "สนับสนุน", even for the line right
after it.  Handing a thing out ("มอบที่นอนลม...") takes the cost line that buys it.  Strings
first, then real set-34 files."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.cost_groups import sentence_head
from pcc_ingest.extract.activities.costs import procured
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.handed import handed_request
from pcc_ingest.extract.activities.levels import level_grids
from pcc_ingest.extract.activities.minutes import minutes_decisions
from pcc_ingest.extract.activities.minutes_meeting import meeting_of_minutes
from pcc_ingest.extract.activities.reports import is_report_item
from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.activities.year_calendars import unread_calendars
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.thai.dates import PartialDate
from tests.extract.blocks import doc_of, table_doc, text_block

KHEMARAT = "ubon-ratchathani-khemarat-2566-minutes"
KONG_KRAILAT = "sukhothai-kong-krailat-2567-progress.pdf"
SIKAO = "trang-sikao-2567-progress.pdf"


def test_an_item_naming_what_was_done_in_a_past_span_is_a_report():
    assert is_report_item("3.2 กิจกรรมที่ดำเนินการในไตรมาสที่ 1 (ต.ค. – ธ.ค. 2565)")
    assert not is_report_item("4.2 การพิจารณาโครงการและงบประมาณ ปี 2566")


def test_a_month_calendar_whose_labels_carry_their_year_is_a_calendar():
    calendar = table_doc([["กิจกรรม", "ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66"],
                          ["ประชุม พชอ. รายไตรมาส", "", "", "", "✓"]])
    assert unread_calendars(read_tables(calendar), 2566) == {0}


def test_a_plan_table_with_money_beside_its_months_is_no_bare_calendar():
    plan = table_doc([["กิจกรรม", "งบประมาณ", "ผู้รับผิดชอบ", "ต.ค.", "พ.ย.", "ธ.ค."],
                      ["อบรมแกนนำ", "12,000", "สสอ.", "✓", "", ""]])
    assert unread_calendars(read_tables(plan), 2566) == set()


def test_a_resolution_taking_note_of_a_report_and_adding_a_task_is_a_noted_task():
    noted = rule_re("minutes", "noted_task")
    assert noted.match("มติที่ประชุม รับทราบ และให้ตำบลกะลาเสเร่งติดตามผู้ใช้ยาเสพติด")
    assert not noted.match("มติที่ประชุม เห็นชอบให้จัดกิจกรรม Big Cleaning Day")


def test_compiling_results_per_quarter_is_a_standing_duty():
    assert rule_any("minutes", "standing").search("ฝ่ายเลขานุการรวบรวมผลเป็นรายไตรมาส")


def test_the_chairs_request_to_every_agency_is_no_task():
    doc = doc_of([text_block("ประธานแจ้งว่า จังหวัดจะออกประเมิน พชอ. ในเดือนมิถุนายน 2566 "
                             "ขอให้ทุกหน่วยงานเตรียมข้อมูลและร่องรอยการดำเนินงาน")])
    assert list(minutes_decisions(doc, 2566)) == []


def test_a_request_the_chair_hands_to_a_party_is_a_task_named_by_party_verb_and_act():
    block = text_block("- ผู้แทน อสม. ขอให้จัดหาเสื้อกั๊กสะท้อนแสงสำหรับ อสม. 240 คน "
                       "ที่ร่วมตั้งด่านชุมชนช่วงสงกรานต์ ประธานมอบ อปท. พิจารณา")
    draft = handed_request(block, 2566)
    assert draft is not None and draft.title.startswith("อปท. พิจารณาจัดหาเสื้อกั๊กสะท้อนแสง")
    assert draft.participants is None


def test_a_stated_total_that_counted_the_absent_gives_those_present():
    doc = doc_of([text_block("รายงานการประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2566"),
                  text_block("ผู้มาประชุม"), text_block("1. นายอำเภอ"), text_block("2. สาธารณสุขอำเภอ"),
                  text_block("ผู้ไม่มาประชุม 3 คน (ติดราชการ) ผู้เข้าร่วมประชุม ได้แก่ ผู้อำนวยการ รพ.สต. 13 แห่ง "
                             "และผู้แทน อปท. 9 แห่ง รวมผู้เข้าร่วมประชุมทั้งสิ้น 27 คน")])
    meeting = meeting_of_minutes(doc, 2566)
    assert meeting is not None and meeting.participants == 24


def test_a_stated_total_that_does_not_add_up_with_the_absent_stands():
    doc = doc_of([text_block("รายงานการประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2566"),
                  text_block("ผู้ไม่มาประชุม 2 คน รวมผู้เข้าร่วมประชุมทั้งสิ้น 30 คน")])
    meeting = meeting_of_minutes(doc, 2566)
    assert meeting is not None and meeting.participants == 30


def test_a_table_of_uccare_levels_holds_no_activities():
    levels = table_doc([["องค์ประกอบ", "ระดับ ปี 2566", "ประเมินตนเอง รอบ 6 เดือน", "ร่องรอย/หลักฐาน"],
                        ["U: Unity District Health Team", "3", "4", "คำสั่งแต่งตั้ง พชอ."],
                        ["C: Customer Focus", "3", "3", "ทะเบียนผู้ป่วยติดเตียง"],
                        ["C: Community Participation", "2", "3", "อปท. ร่วมรณรงค์"],
                        ["A: Appreciation", "2", "3", "มอบเกียรติบัตรหมู่บ้าน 18 หมู่บ้าน"],
                        ["R: Resource Sharing and Human Development", "3", "3", "อบรม อสม. 120 คน"]])
    assert len(level_grids(read_tables(levels))) == 24


def test_months_written_as_figures_over_a_buddhist_era_year():
    assert dates_in("02/2567 – 03/2567", 2567) == (PartialDate(2024, 2), PartialDate(2024, 3))
    assert dates_in("ประชุมครั้งที่ 02/2567", 2567) is None


def test_a_budget_sentences_act_closes_on_its_cost_word_or_follows_a_funders_support():
    text = "สนับสนุนการอบรมแกนนำเยาวชนต้านยาเสพติด เป็นค่าอาหารกลางวัน (60x60x2) = 7,200 บาท"
    assert sentence_head(text, text.index("ค่าอาหาร")) == "การอบรมแกนนำเยาวชนต้านยาเสพติด"
    text = "ได้รับจากกองทุน... สำหรับการอบรม อสม.นักจัดการสุขภาพ เป็นค่าอาหาร 18,000 บาท ได้รับจาก อบจ. เป็นค่าทราย"
    assert sentence_head(text, text.rindex("ค่าทราย")) is None


def test_handing_a_thing_out_takes_the_cost_line_that_buys_it():
    titles = ["รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย", "มอบที่นอนลมป้องกันแผลกดทับแก่ผู้ป่วยติดเตียง"]
    assert procured("ค่าที่นอนลม", titles) == [1]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_keep_decisions_and_drop_reported_repeated_and_standing_rows(parsed, suffix):
    acts = extract(parsed(KHEMARAT + suffix)).activities
    titles = [a.title for a in acts]
    assert acts[0].participants == 32
    assert not any(t.startswith(("ประชุมคณะทำงานยกร่าง", "อบรมผู้ปกครองเด็กปฐมวัย", "อบรมการจัดการขยะ/",
                                 "ฝ่ายเลขานุการรวบรวมผล", "ทุกหน่วยงานเตรียมข้อมูล")) for t in titles)
    assert any(t.startswith("อปท. พิจารณาจัดหาเสื้อกั๊ก") for t in titles)
    assert len(acts) == 12  # the calendar's own rows (quarterly meetings, DSPM screening) stand


def test_a_real_self_assessment_table_gives_no_activities_and_costs_find_their_acts(parsed):
    acts = extract(parsed(KONG_KRAILAT)).activities
    assert not any(a.title.startswith(("ประเมินตนเอง รอบ", "มอบเกียรติบัตร", "อบรม อสม.นักจัดการสุขภาพ"))
                   for a in acts)
    mattress = next(a for a in acts if a.title.startswith("มอบที่นอนลม"))
    assert mattress.budget_baht == 24000


def test_a_real_reports_meeting_record_gives_its_resolutions_and_figure_dates(parsed):
    acts = extract(parsed(SIKAO)).activities
    titles = [a.title for a in acts]
    assert "ตำบลกะลาเสเร่งติดตามผู้ใช้ยาเสพติดเข้าบำบัดให้ครบตามเกณฑ์" in titles
    cbtx = next(a for a in acts if a.title.startswith("จัดอบรมแกนนำ CBTx"))
    assert (cbtx.start, cbtx.participants) == ("2024-11", 40)
    sand = next(a for a in acts if a.title.startswith("แจกจ่ายทราย"))
    assert (sand.start, sand.end) == ("2024-02", "2024-03")
    youth = next(a for a in acts if a.title.startswith("อบรมแกนนำเยาวชน"))
    assert youth.budget_baht == 22400
