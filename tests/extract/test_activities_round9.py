"""Round 9: cost lines that name their activity, wherever the budget stands.

A budget table separate from the activity list gives an activity the lines
that name it, even when the line shortens its title or puts a "กิจกรรม" label
before it; a line for several sessions is not split among single meetings.
Strings first, then the real corpus files, checked against their gold labels.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.activities.costs import (
    cost_owner,
    cost_purpose,
    naming,
    thing_named,
)
from pcc_ingest.extract.activities.wording import holds_words, names_several
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def test_a_shortened_title_is_named_word_by_word():
    title = "อบรมแกนนำชุมชนจัดตั้งธนาคารขยะและการคัดแยกขยะต้นทาง"
    assert holds_words(title, "อบรมแกนนำธนาคารขยะ")
    assert not holds_words(title, "อบรมแกนนำเยาวชน")


def test_a_single_word_purpose_is_not_matched_word_by_word():
    assert not holds_words("ประชุมชี้แจงแนวทาง", "ประชุม")


def test_word_runs_win_and_words_are_the_fallback():
    titles = ["รณรงค์สวมหมวกนิรภัย 100% และตั้งด่านชุมชน", "รณรงค์ขุดลอกคลองและกำจัดผักตบชวา",
              "ตรวจคัดกรองมะเร็งท่อน้ำดีด้วยอัลตราซาวด์"]
    assert naming("รณรงค์สวมหมวกนิรภัย", titles) == [0]
    assert naming("ตรวจอัลตราซาวด์", titles) == [2]
    assert naming("ตรวจสุขภาพฟัน", titles) == []


@pytest.mark.parametrize(("text", "several"), [
    ("ประชุม พชอ. 3 ครั้ง", True), ("อบรม อสม. 2 รุ่น", True), ("ประชุมติดตาม 4 รอบ", True),
    ("ประชุมครั้งที่ 1/2566", False), ("อบรม 1 ครั้ง", False), ("ประชุม พชอ. ครั้งที่ 3", False),
])
def test_a_count_of_sessions_marks_several_activities(text, several):
    assert names_several(text) is several


def test_a_line_for_several_meetings_goes_to_no_single_meeting():
    titles = ["ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2566 คัดเลือกประเด็น",
              "ประชุมคณะกรรมการ พชอ. ครั้งที่ 3/2566 สรุปผล"]
    assert cost_owner("ค่าอาหารว่างและเครื่องดื่ม ประชุม พชอ. 3 ครั้ง", titles, []) is None


def test_a_line_for_several_meetings_goes_to_the_activity_that_is_several():
    titles = ["จัดเวทีประชาคมตำบล", "ประชุมคณะกรรมการ พชต. รายไตรมาส 4 ครั้ง"]
    assert cost_owner("ค่าอาหารว่างและเครื่องดื่มการประชุม พชต. 4 ครั้ง", titles, []) == 1


def test_an_activity_label_in_a_cost_line_is_not_part_of_the_name():
    assert cost_purpose("ค่าอาหารกลางวันและอาหารว่าง กิจกรรมถอดบทเรียน") == "ถอดบทเรียน"
    assert cost_purpose("ค่าอาหารว่าง กิจกรรมที่ 2 อบรมแกนนำเยาวชน") == "อบรมแกนนำเยาวชน"


def test_a_thing_only_one_activity_uses_pays_for_it():
    titles = ["อบรมเกษตรกรการปลูกผักปลอดสาร", "ตรวจคัดกรองสารเคมีตกค้างในเลือดเกษตรกรด้วยกระดาษทดสอบ"]
    assert thing_named("ค่ากระดาษทดสอบสารเคมีในเลือด", titles) == 1
    assert thing_named("ค่าตอบแทนวิทยากร", titles) is None


def _gold_budgets(name: str) -> dict[str, float | None]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return {a["title"]: a["budget_baht"] for a in data["activities"]}


@pytest.mark.parametrize(("name", "least"), [
    ("ubon-ratchathani-phibun-mangsahan-2565-project.docx", 5), ("ubon-ratchathani-phibun-mangsahan-2565-project.pdf", 5),
    ("samut-prakan-bang-bo-2566-progress.docx", 2), ("kalasin-yang-talat-2566-project.pdf", 1),
])
def test_budget_table_lines_naming_an_activity_give_its_budget(parsed, name, least):
    found = {a.title: a.budget_baht for a in extract(parsed(name)).activities}
    gold = _gold_budgets(name)
    given = {t: money for t, money in found.items() if money is not None and t in gold}
    assert all(gold[t] == money for t, money in given.items()), given
    assert len(given) >= least


def test_the_snack_line_for_three_meetings_is_not_split(parsed):
    name = "samut-prakan-bang-bo-2566-progress.docx"
    found = {a.title: a.budget_baht for a in extract(parsed(name)).activities}
    meetings = [t for t in found if "ประชุม" in t and "ครั้งที่" in t]
    assert len(meetings) >= 3
    assert all(found[t] is None for t in meetings)
