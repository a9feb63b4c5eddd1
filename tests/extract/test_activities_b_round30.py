"""Round 30 (activities b).

A budget part tells an act in passing only with its date and head count ("ระดับจังหวัดได้จัด
ประชุม... เมื่อวันที่ ... ผู้เข้าร่วม 90 คน").  "Is scheduled to hold" ("มีกำหนดจัดเวที...") is a
"was done" phrase.  A place followed by a relative "ที่" ("อำเภอที่ลงตรวจติดตาม : 5 อำเภอ") is no
actor.  A budget table's numbered group keeps its head's total (its rows only spell it out) and
pays the plan's act of its name or, failing that, of its number.  A participants cell holding
only a dash keeps the results cell's count (those reached) off the row's activity.  Strings
first, then real corpus files of set 30."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.act_words import actor_lead
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.lines import line_activities
from pcc_ingest.extract.activities.table_groups import numbered_acts
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block

SATTAHIP = "chon-buri-sattahip-2568-project"
KALASIN = "kalasin-province-2566-inspection"
PHICHAI = "uttaradit-phichai-2567-progress.pdf"


def _block(text: str, kind: str = "paragraph") -> Block:
    return Block(order=1, kind=kind, text=text, raw_text=text, start=0, end=len(text))


def _named(acts: list, prefix: str):
    return next(a for a in acts if a.title.startswith(prefix))


def _acts(text: str, section: str) -> list[tuple[str, int | None]]:
    block = _block(text)
    return [(d.title, d.participants) for d in line_activities(block, 0, len(text), section, False, 2566)]


def test_a_budget_part_tells_an_act_with_its_date_and_head_count():
    text = ("รวมงบประมาณทั้งสิ้น 582,400 บาท ระดับจังหวัดได้จัดประชุมชี้แจงแนวทางการดำเนินงาน พชอ. "
            "เมื่อวันที่ 28 พฤศจิกายน 2565 ผู้เข้าร่วม 90 คน")
    assert _acts(text, "budget") == [("ประชุมชี้แจงแนวทางการดำเนินงาน พชอ.", 90)]


def test_a_budget_part_act_without_a_head_count_is_none():
    assert _acts("เบิกจ่ายแล้ว 4,400 บาท ได้จัดประชุมคณะกรรมการ เมื่อวันที่ 5 ธันวาคม 2565", "budget") == []


def test_scheduled_to_hold_opens_an_act():
    text = "และมีกำหนดจัดเวทีแลกเปลี่ยนเรียนรู้ พชอ. ระดับจังหวัด วันที่ 25 สิงหาคม 2566 จำนวน 150 คน"
    assert _acts(text, "results") == [("เวทีแลกเปลี่ยนเรียนรู้ พชอ. ระดับจังหวัด", 150)]


def test_a_place_before_a_relative_that_is_no_actor():
    assert actor_lead("อำเภอที่ลงตรวจติดตามเสริมพลัง : 5 อำเภอ ได้แก่ อำเภอสหัสขันธ์") is None
    assert actor_lead("อำเภอจัดอบรมแกนนำ 14 ม.ค. 66") == 0


def test_a_budget_tables_groups_pay_the_plans_acts_of_their_numbers():
    drafts = [Draft(t, _block(f"{n}. {t}", "table_cell"), 3, 3 + len(t)) for n, t in
              enumerate(["ประชุมคณะกรรมการ", "อบรมแกนนำ", "เวทีถอดบทเรียน"], start=1)]
    assert numbered_acts(drafts, 3) == {1: 0, 2: 1, 3: 2}
    assert numbered_acts(drafts, 4) == {}  # a table of four groups is not this list told again


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_pays_each_activity_its_groups_total(parsed, suffix):
    acts = extract(parsed(SATTAHIP + suffix)).activities
    assert _named(acts, "อบรมเชิงปฏิบัติการ").budget_baht == 18800  # by its number: the group says "อบรมแกนนำ"
    assert _named(acts, "เยี่ยมบ้าน").budget_baht == 14000  # the group's one line of 14,000 is not counted twice
    assert _named(acts, "เวทีแลกเปลี่ยน").budget_baht == 16500


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_report_reads_the_provinces_own_events_and_no_inspection_field(parsed, suffix):
    acts = {a.title: a for a in extract(parsed(KALASIN + suffix)).activities}
    assert acts["ประชุมชี้แจงแนวทางการดำเนินงาน พชอ."].participants == 90
    assert acts["เวทีแลกเปลี่ยนเรียนรู้ พชอ. ระดับจังหวัด"].participants == 150
    assert not any(t.startswith("อำเภอที่ลงตรวจ") for t in acts)


def test_a_real_progress_table_with_dashed_participants_counts_no_one(parsed):
    acts = extract(parsed(PHICHAI)).activities
    assert _named(acts, "ค้นหาคัดกรอง").participants is None
    assert _named(acts, "คัดกรองสุขภาพผู้สูงอายุ").participants is None
    assert _named(acts, "ค่ายบำบัด").participants == 35
