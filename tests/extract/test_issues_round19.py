"""Round 19 issue rules: the last item of a list run into a sentence keeps its
whole name when a new sentence closes the list ("… (3) เกษตรปลอดภัย ลดการใช้
สารเคมีในสวนผลไม้ และได้ติดตามความก้าวหน้า… 31 คน"), and a PDF line that
goes on with such a list ("(3) …" on the next line) is read as the list's
last item; rules on strings, then real corpus files against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.issues import before_results, clause_end, numbered_items
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"




def _last_name(text: str, start: int) -> str:
    end = clause_end(text, start, len(text))
    return text[start:before_results(text, start, end, len(text))]


# --- rules on strings ---------------------------------------------------------------


@pytest.mark.parametrize("closing", [
    "และได้ติดตามความก้าวหน้าในการประชุมครั้งที่ 2/2567 มีผู้เข้าร่วมประชุม 31 คน",
    "และจะติดตามผลในการประชุมครั้งต่อไป ผู้เข้าร่วม 25 คน",
    "ทั้งนี้ ได้แต่งตั้งคณะทำงาน 3 ทีม",
    "คณะกรรมการได้ประชุมแล้ว 2 ครั้ง",
])
def test_a_list_closed_by_a_new_sentence_keeps_its_last_items_whole_name(closing):
    text = f"(3) เกษตรปลอดภัย ลดการใช้สารเคมีในสวนผลไม้ {closing}"
    assert _last_name(text, 4) == "เกษตรปลอดภัย ลดการใช้สารเคมีในสวนผลไม้"


def test_a_bare_verb_after_the_last_item_still_marks_a_name_run_on_into_results():
    text = "(3) การป้องกันยาเสพติด ช่วงเทศกาลปีใหม่ 2567 ตั้งด่านชุมชน 6 จุด"
    assert _last_name(text, 4) == "การป้องกันยาเสพติด"


def test_a_list_going_on_from_the_line_before_is_numbered_from_its_next_item():
    text = "(3) เกษตรปลอดภัย (4) การจัดการขยะ"
    assert [text[s:e].strip() for s, e in numbered_items(text, 0, len(text), 3)] == ["เกษตรปลอดภัย", "การจัดการขยะ"]
    assert numbered_items(text, 0, len(text)) == []  # a list from item 1 has no item here


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # "… 3 ประเด็น คือ (1) … (2) … (3) เกษตรปลอดภัย ลดการใช้สารเคมีในสวนผลไม้ และได้ติดตาม…"
    "trat-khao-saming-2567-inspection.docx",
    # the same list, item (3) on the next PDF line
    "trat-khao-saming-2567-inspection.pdf",
])
def test_issues_of_a_sentence_list_closed_by_a_new_sentence_or_wrapped_onto_the_next_line(parsed, name):
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["issues"]
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((i["district"], i["text"]) for i in gold)


@pytest.mark.parametrize("name", ["chiang-mai-province-2565-summary.pdf", "pathum-thani-province-2565-inspection.pdf"])
def test_other_wrapped_sentence_lists_still_read_as_their_gold(parsed, name):
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["issues"]
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((i["district"], i["text"]) for i in gold)
