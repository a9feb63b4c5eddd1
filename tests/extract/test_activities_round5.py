"""Activity rules added after the round-5 held-out documents: an activity column
read as money for its label, cost lines left alone in a split row, ordinal
numbers inside a listed line, repeated yearly plans, projects followed by their
sibling entries, totals run onto a line, and minutes (members' reports, an
approval before a directive, numbered decisions under an unnumbered heading).
Pure functions on strings first, then each rule on a real file."""

from __future__ import annotations

import pytest
from blocks import text_block

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import apart
from pcc_ingest.extract.activities.minutes import ends_decisions
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.structure import block_lines, is_ordinal_number
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.run import extract
from pcc_ingest.thai.dates import PartialDate


def new_draft(title: str, start: tuple[int, int] | None, end: tuple[int, int] | None) -> Draft:
    block = text_block(title)
    return Draft(title, block, 0, len(title),
                 PartialDate(*start) if start else None, PartialDate(*end) if end else None)


def _find(doc, words: str):
    return [a for a in extract(doc).activities if words in a.title]


# --- pure functions -----------------------------------------------------------


def test_a_bare_number_after_an_ordinal_word_is_no_new_item():
    text = "1. โครงการลดหวาน ระยะที่ 2 และจัดตั้งคลินิก"
    assert is_ordinal_number(text, text.index("2 และ"))
    assert not is_ordinal_number("1. ประชุม 2. อบรม", len("1. ประชุม "))  # a marked item stays one


def test_a_listed_line_is_not_split_at_a_phase_number_but_is_at_a_real_item():
    one = text_block("1. โครงการลดหวาน ระยะที่ 2 และจัดตั้งคลินิก")
    assert len(block_lines(one)) == 1
    two = text_block("1. ประชุมคณะกรรมการ 2 อบรมแกนนำ")
    assert len(block_lines(two)) == 2


def test_drafts_of_one_name_in_different_years_are_apart_and_overlapping_ones_are_not():
    y1 = new_draft("ประชุมคณะกรรมการ", (2023, 12), (2024, 9))
    y2 = new_draft("ประชุมคณะกรรมการ", (2024, 10), (2025, 9))
    inside = new_draft("ประชุมคณะกรรมการ", (2024, 3), (2024, 3))
    undated = new_draft("ประชุมคณะกรรมการ", None, None)
    assert apart(y1, y2) and apart(y2, y1)
    assert not apart(y1, inside) and not apart(y1, undated)


def test_a_cost_line_or_a_budget_summary_is_never_an_activity_name():
    assert is_never("ค่าตอบแทนวิทยากร 3 ชั่วโมง x 600 บาท = 1,800 บาท")
    assert is_never("สรุปงบประมาณตามแผน ระยะ 3 ปี")
    assert not is_never("สรุปผลการดำเนินงาน พชต. ประจำปี")
    assert not is_never("ค่ายปรับเปลี่ยนพฤติกรรม")


def test_a_members_report_opens_what_minutes_only_report():
    reported = rule_re("minutes", "reported")
    assert reported.search("นายธีรวัฒน์ สาธารณสุขอำเภอเมือง รายงานว่า พชอ. ได้ประชุม")
    assert reported.search("นักวิชาการ ชี้แจงว่า จากการบันทึก")
    assert not reported.search("มติที่ประชุม ให้อำเภอจัดประชุม")


def test_an_approval_of_the_proposal_may_stand_before_the_directive():
    decision = rule_re("minutes", "decision")
    assert decision.search("มติที่ประชุม เห็นชอบกำหนดการตามที่ฝ่ายเลขานุการเสนอ ให้เลขานุการส่งเอกสาร")
    assert decision.search("มติที่ประชุม รับทราบ และให้อำเภอส่งแผน")
    assert not decision.search("มติที่ประชุม เห็นชอบตามที่เสนอ")


def test_a_budget_total_ends_a_lines_money_but_a_cost_lines_own_total_does_not():
    total = rule_re("money", "total_start")
    assert total.search("งบประมาณ 20,000 บาท รวมงบประมาณปี 2569 จำนวน 185,000 บาท")
    assert not total.search("60 คน x 50 บาท รวมเป็นเงิน 3,000 บาท")


def test_decisions_under_an_unnumbered_heading_end_at_the_next_agenda_or_agenda_item():
    assert ends_decisions("ระเบียบวาระที่ 6 เรื่องอื่น ๆ")
    assert ends_decisions("5.4 การคัดเลือกตำบลต้นแบบ")
    assert not ends_decisions("1. ให้สาธารณสุขอำเภอจัดทำแผนเร่งรัด")


# --- real files ---------------------------------------------------------------


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_plan_table_whose_activity_label_names_money_gives_each_row_its_activity(parsed, ext):
    doc = parsed(f"bueng-kan-seka-2568-action-plan.{ext}")
    training = _find(doc, "อบรมแกนนำ อสม. และแกนนำนักเรียน")
    assert len(training) == 1
    assert (training[0].start, training[0].participants, training[0].budget_baht) == ("2024-12", 60, 7800)
    assert not _find(doc, "ค่าตอบแทนวิทยากร")  # a cost line carried to the next page is none


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_yearly_plan_keeps_each_years_entries_and_whole_project_names(parsed, ext):
    doc = parsed(f"phetchaburi-tha-yang-2567-action-plan.{ext}")
    meetings = _find(doc, "ประชุมคณะกรรมการ พชอ. และเยี่ยมเสริมพลัง พชต. 12 ตำบล")
    assert sorted(a.start for a in meetings) == ["2023-12", "2024-10"]
    phase = _find(doc, "ระยะที่ 2 และจัดตั้งคลินิก")
    assert len(phase) == 1 and phase[0].title.startswith("โครงการ") and phase[0].budget_baht == 52000
    caregivers = _find(doc, "โครงการพัฒนาศักยภาพผู้ดูแลผู้สูงอายุ")  # its next sibling is not under it
    assert len(caregivers) == 1 and caregivers[0].title.endswith("ที่มีภาวะพึ่งพิง")
    assert not _find(doc, "สรุปงบประมาณ")


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_minutes_keep_decisions_and_drop_what_members_reported_as_done(parsed, ext):
    doc = parsed(f"rayong-province-2567-minutes.{ext}")
    titles = [a.title for a in extract(doc).activities]
    assert not [t for t in titles if t == "ประชุมคณะกรรมการ"]  # told in a district's report
    assert any(t.startswith("อำเภอที่ยังไม่ผ่านเกณฑ์ปรับปรุงการประเมินตนเอง") for t in titles)
    assert any("ส่งเอกสารสรุปผลการดำเนินงานให้ทีมเยี่ยม" in t for t in titles)
    assert any("จัดทำแผนเร่งรัดการควบคุมระดับน้ำตาล" in t for t in titles)  # "1. ให้..." under "มติที่ประชุม"
    sent = next(t for t in titles if t.startswith("อำเภอแกลงและอำเภอบ้านค่ายส่งแผน"))
    assert not sent.endswith("ภาย")  # "ภายในวันที่" is cut whole
