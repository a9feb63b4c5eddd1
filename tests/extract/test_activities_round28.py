"""Round 28 (activities): a form field's numbered item ends where the next item's number
begins, so no "3." trails the item before it; a cost line elsewhere whose purpose names an
activity ("ค่าอาหาร...อบรมอาสาสมัคร 60 คน × 120 บาท") gives it the people its first factor
counts, as a line led by the act already did.  Strings first, then real corpus files of set 28."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.form_tables import item_spans
from pcc_ingest.extract.run import extract

BAN_HONG = "lamphun-ban-hong-2566-minutes"


def test_a_form_fields_numbered_item_ends_before_the_next_items_number():
    text = "1. อบรมอาสาสมัคร วันที่ 22 กุมภาพันธ์ 2566 2. ทำแนวกันไฟเพิ่ม 25 กิโลเมตร 3. เดินรณรงค์"
    parts = [text[s:e].strip() for s, e, _ in item_spans(text)]
    assert parts == ["อบรมอาสาสมัคร วันที่ 22 กุมภาพันธ์ 2566", "ทำแนวกันไฟเพิ่ม 25 กิโลเมตร", "เดินรณรงค์"]


def test_labelled_form_items_still_run_from_label_to_label():
    text = "กิจกรรมที่ 1 ประชุมชี้แจง กิจกรรมที่ 2 อบรมแกนนำ"
    assert [n for _, _, n in item_spans(text)] == [1, 2]
    assert text[item_spans(text)[1][0]:].startswith("กิจกรรมที่ 2")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_minutes_project_counts_people_from_the_cost_line_naming_its_activity(parsed, suffix):
    acts = extract(parsed(BAN_HONG + suffix)).activities
    training = next(a for a in acts if a.title.startswith("อบรมอาสาสมัคร"))
    assert (training.participants, training.budget_baht) == (60, 7200)
    firebreak = next(a for a in acts if a.title.startswith("ทำแนวกันไฟ"))
    assert firebreak.title == "ทำแนวกันไฟเพิ่ม 25 กิโลเมตร"
