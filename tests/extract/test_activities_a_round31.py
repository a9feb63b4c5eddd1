"""Round 31 (activities, a): a minutes decision that only leads to a list ("... และมอบหมาย
ดังนี้") hands each top-level item under it a task of its own, named from its party; a task
asked "ให้แล้วเสร็จภายใน..." ends its name before that; in minutes, an act told in a line or
list that ended before the meeting's day was reported done and is none; a task handed to a
party on the day of a plan row naming the same act is that row.  Strings first, then a
real corpus file of set 31."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.minutes import minutes_decisions
from pcc_ingest.extract.activities.parallel import same_days_named
from pcc_ingest.extract.activities.reports import not_done_before
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate
from tests.extract.blocks import doc_of, text_block

BANG_PA_IN = "phra-nakhon-si-ayutthaya-bang-pa-in-2566-minutes"


def _draft(title: str, start: PartialDate | None, end: PartialDate | None) -> Draft:
    block = Block(order=1, kind="paragraph", text=title, raw_text=title, start=0, end=len(title))
    return Draft(title, block, 0, len(title), start, end, None)


def test_a_decision_leading_to_a_list_hands_each_item_a_task():
    doc = doc_of([text_block("มติที่ประชุม เห็นชอบแผนกิจกรรมตามที่เสนอ และมอบหมายดังนี้"),
                  text_block("1. สาธารณสุขอำเภอ จัดประชุมเชิงปฏิบัติการจัดทำแผน พชต. ในวันที่ 22 มีนาคม 2566"),
                  text_block("2. ท้องถิ่นอำเภอประสาน อปท. จัดตั้งด่านชุมชน และรายงานผลภายในวันที่ 25 เมษายน 2566"),
                  text_block("ระเบียบวาระที่ 5 เรื่องอื่นๆ")])
    tasks = [(d.title, d.date_to.iso() if d.date_to else None) for d in minutes_decisions(doc, 2566)]
    assert tasks == [("สาธารณสุขอำเภอ จัดประชุมเชิงปฏิบัติการจัดทำแผน พชต.", "2023-03-22"),
                     ("ท้องถิ่นอำเภอประสาน อปท. จัดตั้งด่านชุมชน และรายงานผล", "2023-04-25")]


def test_asked_to_be_finished_by_is_no_part_of_the_name():
    text = "3. พัฒนาการอำเภอสำรวจครัวเรือนเปราะบางตามระบบ TPMAP ให้แล้วเสร็จภายในเดือนมีนาคม 2566"
    s, e = title_span(text, 0, len(text), sentence=True)
    assert text[s:e] == "พัฒนาการอำเภอสำรวจครัวเรือนเปราะบางตามระบบ TPMAP"


def test_acts_that_ended_before_the_meeting_are_dropped_from_minutes():
    meeting = _draft("ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566", PartialDate(2023, 2, 16), PartialDate(2023, 2, 16))
    done = _draft("อบรม อสม. เรื่องการคัดแยกขยะ", PartialDate(2022, 12, 20), PartialDate(2022, 12, 20))
    planned = _draft("ประชุมเชิงปฏิบัติการจัดทำแผน", PartialDate(2023, 3, 22), PartialDate(2023, 3, 22))
    undated = _draft("จัดทำแผนเร่งรัด", None, None)
    assert not_done_before([done, planned, undated], meeting) == [planned, undated]
    assert not_done_before([done], None) == [done]


def test_a_task_handed_to_a_party_on_a_plan_rows_day_is_that_row():
    day = PartialDate(2023, 3, 22)
    row = _draft("ประชุมเชิงปฏิบัติการจัดทำแผน พชต. 18 ตำบล", day, day)
    task = _draft("สาธารณสุขอำเภอบางปะอิน จัดประชุมเชิงปฏิบัติการจัดทำแผน พชต.", day, day)
    assert same_days_named(row, task)
    other = _draft("สาธารณสุขอำเภอบางปะอิน จัดประชุมคณะทำงาน พชต.", day, day)
    assert not same_days_named(row, other)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_minutes_take_the_listed_assignments_and_not_the_quarter_done(parsed, suffix):
    titles = [a.title for a in extract(parsed(BANG_PA_IN + suffix)).activities]
    assert "ดังนี้" not in titles
    assert "ท้องถิ่นอำเภอประสาน อปท. 18 แห่ง จัดตั้งด่านชุมชนช่วงสงกรานต์ และรายงานผล" in titles
    assert "พัฒนาการอำเภอสำรวจครัวเรือนเปราะบางตามระบบ TPMAP" in titles
    assert not any(t.startswith(("ประชุมคณะทำงานรายประเด็น", "รณรงค์ลดอุบัติเหตุช่วงเทศกาลปีใหม่",
                                 "อบรม อสม.", "สาธารณสุขอำเภอบางปะอิน")) for t in titles)
