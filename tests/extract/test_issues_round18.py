"""Round 18 issue rules: minutes that re-adopt the issues an earlier meeting
chose ("เสนอให้คงประเด็นตามที่ได้คัดเลือกไว้… ดังนี้"), and a counted list
whose last issue is followed by an uncounted addition ("… และC ควบคู่กับD");
rules on strings, then real corpus files against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.issues import counted_items, opens_issues
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"




# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize("lead_in", [
    "เลขานุการฯ นำเสนอข้อมูลสถานการณ์ และเสนอให้คงประเด็นตามที่ได้คัดเลือกไว้ในการประชุมครั้งที่ 1/2567 ดังนี้",
    "ที่ประชุมเห็นควรใช้ประเด็นเดิมที่กำหนดไว้เมื่อปีที่ผ่านมา ดังนี้",
    "ฝ่ายเลขานุการขอยืนยันประเด็นตามมติการประชุมครั้งก่อน ได้แก่",
])
def test_a_lead_in_re_adopting_chosen_issues_opens_an_issue_list(lead_in):
    assert opens_issues(lead_in)


@pytest.mark.parametrize("lead_in", [
    "เลขานุการนำเสนอร่างแผนปฏิบัติการตามประเด็นที่ที่ประชุมเห็นชอบ ดังนี้",
    "คงประเด็นการดูแลกลุ่มเปราะบางไว้ต่อเนื่อง เนื่องจากเป็นปัญหาเรื้อรัง",
])
def test_a_plan_set_out_by_the_issues_or_a_sentence_without_introducer_opens_none(lead_in):
    assert not opens_issues(lead_in)


def test_a_counted_lists_last_issue_ends_before_an_uncounted_addition():
    text = ("มีมติคัดเลือกประเด็นไว้ 3 ประเด็น คือ การแก้ไขปัญหาหมอกควัน (PM2.5) การป้องกันและลดอุบัติเหตุทางถนน "
            "และการดูแลผู้สูงอายุและผู้ป่วยติดเตียง ควบคู่กับการดูแลกลุ่มเปราะบางในทุกตำบล โดยให้ พชต. ขับเคลื่อน")
    items = [text[s:e].strip() for s, e in counted_items(text)]
    assert items == ["การแก้ไขปัญหาหมอกควัน (PM2.5)", "การป้องกันและลดอุบัติเหตุทางถนน",
                     "การดูแลผู้สูงอายุและผู้ป่วยติดเตียง"]


def test_a_partner_joined_to_the_last_counted_issue_stays_with_it():
    text = "กำหนด 2 ประเด็น คือ การจัดการขยะ และการป้องกันไข้เลือดออก ร่วมกับ อปท. ทุกแห่ง"
    items = [text[s:e].strip() for s, e in counted_items(text)]
    assert items == ["การจัดการขยะ", "การป้องกันไข้เลือดออก ร่วมกับ อปท. ทุกแห่ง"]


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # minutes: "เสนอให้คงประเด็นตามที่ได้คัดเลือกไว้ในการประชุมครั้งที่ 1/2567 ดังนี้" then 1) 2) 3)
    "phetchabun-lom-sak-2567-minutes.docx", "phetchabun-lom-sak-2567-minutes.pdf",
    # "ไว้ 3 ประเด็น คือ A B และC ควบคู่กับการดูแลกลุ่มเปราะบางในทุกตำบล"
    "chiang-rai-mae-suai-2568-action-plan.docx", "chiang-rai-mae-suai-2568-action-plan.pdf",
])
def test_issues_of_re_adopting_minutes_and_a_counted_list_with_an_addition(parsed, name):
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["issues"]
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((i["district"], i["text"]) for i in gold)
