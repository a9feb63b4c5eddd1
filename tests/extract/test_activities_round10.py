"""Round 10: minutes named by the line under "รายงานการประชุม", decisions that
settle a proposal as put, a higher body's coming check, money of a cost table
under an agenda item, part headings, and a plan's labelled list in any part.
Strings first, then the real corpus files, checked against their gold labels.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.activities.agenda import assessed_by_other, settles_proposal
from pcc_ingest.extract.activities.minutes_meeting import names_body_below
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def test_a_bare_minutes_title_takes_the_body_named_below():
    assert names_body_below("ประชุม", "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอแจ้ห่ม (พชอ.แจ้ห่ม) ครั้งที่ 3/2565")
    assert names_body_below("ประชุม", "พชอ.เมือง ครั้งที่ 1/2567")
    assert not names_body_below("ประชุม", "วันพุธที่ 13 กรกฎาคม 2565 เวลา 13.30 น.")
    assert not names_body_below("ประชุมคณะกรรมการ พชอ.", "คณะกรรมการ...")


def test_a_decision_as_proposed_settles_its_item():
    assert settles_proposal("จัดเวทีตามที่ฝ่ายเลขานุการเสนอ")
    assert settles_proposal("ดำเนินการตามที่เสนอ")
    assert settles_proposal("ดำเนินการตามข้อเสนอของคณะทำงาน")
    assert not settles_proposal("จัดอบรมแกนนำ อสม. ภายในเดือนสิงหาคม 2565")


def test_a_higher_bodys_coming_check_is_done_to_the_committee():
    text = "1.1 จังหวัดลำปางจะออกติดตามและประเมินการดำเนินงาน พชอ. ตามแนวทาง UCCARE ในเดือนสิงหาคม 2565"
    assert assessed_by_other(text, text.index("ออกติดตาม"))
    text = "สสจ. จะลงนิเทศงาน พชอ. ในเดือนมีนาคม"
    assert assessed_by_other(text, text.index("ลงนิเทศ"))
    # a higher body's event the district joins is no check of it
    text = "1.1 จังหวัดมหาสารคามจะจัดเวทีนำเสนอผลงาน พชอ. ดีเด่นระดับจังหวัด ในเดือนสิงหาคม 2566"
    assert not assessed_by_other(text, text.index("จัดเวที"))
    # nor is the committee's own visit
    text = "พชอ. จะออกติดตามเยี่ยมเสริมพลัง พชต. ในเดือนมิถุนายน"
    assert not assessed_by_other(text, text.index("ออกติดตาม"))


def test_a_report_that_adds_more_is_still_a_report():
    assert rule_re("minutes", "reported").search("หัวหน้าหน่วยป้องกันรักษาป่า รายงานเพิ่มเติมว่า")


def test_part_labels_are_headings_not_acts():
    assert rule_re("sections", "part_label").match("ส่วนที่ 2 ประเด็นการพัฒนาคุณภาพชีวิตที่ พชต. คัดเลือก")
    assert rule_re("sections", "part_label").match("บทที่ 1 บทนำ")
    assert not rule_re("sections", "part_label").match("ส่วนราชการที่เกี่ยวข้องร่วมจัดอบรม")


def test_a_plan_label_opens_a_list_of_planned_acts():
    assert rule_re("words", "plan_label").match("แผนรอบ 6 เดือนหลัง: จัดกิจกรรมรณรงค์")
    assert rule_re("words", "plan_label").match("แผนการดำเนินงานไตรมาสถัดไป : อบรม")
    assert rule_re("words", "plan_label").match("กิจกรรมที่จะดำเนินการ: ประชุม")
    assert not rule_re("words", "plan_label").match("แผนการดำเนินงานได้รับการอนุมัติแล้ว")


def _gold(name: str) -> dict[str, dict]:
    return {a["title"]: a for a in json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["activities"]}


@pytest.mark.parametrize("name", ["lampang-chae-hom-2565-minutes.docx", "lampang-chae-hom-2565-minutes.pdf"])
def test_minutes_record_their_meeting_and_only_their_own_acts(parsed, name):
    found = {a.title: a for a in extract(parsed(name)).activities}
    gold = _gold(name)
    meeting = next(t for t in gold if t.startswith("ประชุมคณะกรรมการ"))
    assert found[meeting].participants == gold[meeting]["participants"]
    assert found[meeting].budget_baht is None
    forum = next(t for t in found if "เวทีแลกเปลี่ยนเรียนรู้" in t)
    assert found[forum].budget_baht == 15600
    assert not any("ตามที่" in t or "ออกติดตาม" in t or "ตั้งจุดเฝ้าระวัง" in t for t in found)


@pytest.mark.parametrize("name", ["maha-sarakham-kosum-phisai-2566-minutes.docx"])
def test_a_higher_bodys_forum_told_in_minutes_stays(parsed, name):
    titles = [a.title for a in extract(parsed(name)).activities]
    assert any("เวทีนำเสนอผลงาน" in t for t in titles)


@pytest.mark.parametrize("name", ["nakhon-si-thammarat-sichon-2567-progress.docx",
                                  "nakhon-si-thammarat-sichon-2567-progress.pdf"])
def test_a_plan_list_after_its_label_gives_dated_activities(parsed, name):
    found = {a.title: a for a in extract(parsed(name)).activities}
    gold = _gold(name)
    for title in ("จัดกิจกรรมรณรงค์ป้องกันไข้เลือดออกก่อนฤดูฝน", "ประเมินผลการปรับเปลี่ยนพฤติกรรมครั้งที่ 2"):
        assert found[title].start == gold[title]["start"]
    assert not any(t.startswith("คัดเลือก") for t in found)
