"""Round 25: a bare number followed by what it counts ("3 รุ่นๆ ละ 30 คน",
"3 อ.2 ส.") stays inside its item, in a plan cell and in a progress list; a
money-by-source cell pointing at activities by issue and number ("ประเด็นที่ 3
ทุกกิจกรรม") names none of its own; an agenda heading of minutes that goes on
with its report tells results, not an activity.  Strings first, then real
corpus files of set 25."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.structure import _text_lines, is_quantity
from pcc_ingest.extract.activities.tables import _item_spans, points_at_rows
from pcc_ingest.extract.run import extract

SAN_PA_TONG = "chiang-mai-san-pa-tong-2567-action-plan"
TAPHAN_HIN = "phichit-taphan-hin-2566-progress.pdf"
BAN_DAN = "sukhothai-ban-dan-lan-hoi-2566-progress.pdf"
CHAI_BADAN = "lop-buri-chai-badan-2567-minutes"


@pytest.mark.parametrize("text", ["ค่าย 3 รุ่นๆ ละ 30 คน", "อบรม 2 วัน", "ป้าย 12 จุด", "ค่าย 3 อ.2 ส."])
def test_a_bare_number_before_what_it_counts_is_a_quantity(text):
    at = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert is_quantity(text, at)


@pytest.mark.parametrize("text", ["1) ประชุม 2) อบรม", "ครั้ง 2 วันที่ 5", "3. จัดอบรม"])
def test_a_marked_number_or_one_before_an_act_is_no_quantity(text):
    at = text.rindex(next(ch for ch in reversed(text) if ch.isdigit()))
    assert not is_quantity(text, at)


def test_a_cohort_count_stays_in_its_plan_cell_item():
    text = "2. ค่ายบำบัดฟื้นฟูผู้ใช้ยาเสพติดโดยชุมชน 3 รุ่นๆ ละ 30 คน รุ่นละ 5 วัน"
    spans = _item_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].endswith("รุ่นละ 5 วัน")
    assert len(_item_spans("1. ประชุมคณะทำงาน 2. อบรม 3 อ.2 ส. 3. ตั้งด่าน")) == 3


def test_a_cohort_count_stays_in_its_progress_list_item():
    text = "1) อบรม อสม. 2) คลินิก DPAC 3 รุ่นๆ ละ 50 คน รวม 150 คน 3) ตลาดนัดสุขภาพ"
    lines = _text_lines(text, False)
    assert len(lines) == 3
    assert text[lines[1][0]:lines[1][1]].endswith("รวม 150 คน")


@pytest.mark.parametrize("cell", [
    "ประเด็นที่ 1 กิจกรรมที่ 1 – 4 และประเด็นที่ 2 กิจกรรมที่ 4",
    "ประเด็นที่ 2 กิจกรรมที่ 1 และกิจกรรมสนับสนุนกลไก พชอ.",
    "ประเด็นที่ 3 ทุกกิจกรรม", "1.2, 3.1 – 3.3",
])
def test_a_cell_pointing_at_activities_by_issue_and_number_names_none(cell):
    assert points_at_rows(cell)


@pytest.mark.parametrize("cell", ["กิจกรรมรณรงค์งดเผา", "ประเด็นที่ 1 อบรมแกนนำ", "ประชุมคณะทำงาน ครั้งที่ 2"])
def test_a_cell_naming_an_activity_points_at_nothing(cell):
    assert not points_at_rows(cell)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_cohort_camp_and_a_by_source_table_in_a_real_plan(parsed, suffix):
    acts = extract(parsed(SAN_PA_TONG + suffix)).activities
    camp = next(a for a in acts if a.title.startswith("ค่ายบำบัดฟื้นฟู"))
    assert (camp.participants, camp.budget_baht) == (90, 99000)
    assert not any(a.title.startswith(("รุ่น", "ประเด็นที่")) for a in acts)


def test_cohort_counts_and_slogans_stay_in_their_items_in_real_reports(parsed):
    dpac = next(a for a in extract(parsed(TAPHAN_HIN)).activities if "DPAC" in a.title)
    assert (dpac.start, dpac.end, dpac.participants) == ("2023-01", "2023-04", 150)
    camp = next(a for a in extract(parsed(BAN_DAN)).activities if a.title.startswith("ค่ายปรับเปลี่ยน"))
    assert (camp.start, camp.end, camp.participants) == ("2022-12-22", "2022-12-23", 80)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_report_heading_of_real_minutes_is_no_activity(parsed, suffix):
    acts = extract(parsed(CHAI_BADAN + suffix)).activities
    assert not any(a.title.startswith("สรุปผล") for a in acts)
    assert any(a.title.startswith("เวทีแลกเปลี่ยนเรียนรู้") for a in acts)
