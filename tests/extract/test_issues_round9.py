"""Round 9: issue lists a PDF line break cuts, and issue labels that refer back.

A counted list whose count ends one line ("…ไว้ 3") and whose "ประเด็น คือ …"
opens the next is still a counted list; "(ประเด็นที่ 2)" in brackets names
which issue someone owns, not a new item.  Strings first, then real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pcc_ingest.extract.issues.counted import wrapped_counted_items
from pcc_ingest.extract.issues.items import clause_end
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.extract.run import extract

GOLD = Path(__file__).resolve().parents[2] / "gold"


def test_a_count_cut_off_by_a_line_break_is_read_with_the_next_line():
    text = "ประเด็น คือ การจัดการขยะ การป้องกันอุบัติเหตุทางถนน และการดูแลผู้สูงอายุ โดยมอบหมายให้"
    spans = wrapped_counted_items("ได้กำหนดประเด็นการพัฒนาคุณภาพชีวิตไว้ 3", text)
    assert [text[s:e].strip() for s, e in spans] == ["การจัดการขยะ", "การป้องกันอุบัติเหตุทางถนน",
                                                     "การดูแลผู้สูงอายุ"]


@pytest.mark.parametrize("before", ["ประชุมเมื่อวันที่ 17 พฤศจิกายน 2564", "รายงาน ณ วันที่ 3/10", "ไม่มีตัวเลข"])
def test_a_line_ending_in_no_bare_count_gives_no_list(before):
    assert wrapped_counted_items(before, "ประเด็น คือ การจัดการขยะ และการดูแลผู้สูงอายุ") == []


def test_a_bracketed_issue_label_is_no_list_cue_nor_issue_label():
    text = "สภ.โนนสูง (ประเด็นที่ 1) โรงพยาบาลโนนสูง (ประเด็นที่ 2)"
    assert compiled(issue_rules()["inline_cue"]).search(text) is None
    assert not any(m["i"] for m in compiled(issue_rules()["item_marker"]).finditer(text))
    assert compiled(issue_rules()["inline_cue"]).search("ดังนี้ ประเด็นที่ 1 การป้องกันอุบัติเหตุ") is not None
    assert compiled(issue_rules()["item_marker"]).search("ประเด็นที่ 1 การป้องกันอุบัติเหตุ")["i"] == "1"


def _gold_issues(name: str) -> set[str]:
    data = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return {i["text"] for i in data["issues"]}


@pytest.mark.parametrize("name", ["ubon-ratchathani-phibun-mangsahan-2565-project.pdf",
                                  "ubon-ratchathani-phibun-mangsahan-2565-project.docx"])
def test_a_counted_list_reads_the_same_in_a_wrapped_pdf_and_a_docx(parsed, name):
    found = {i.text for i in extract(parsed(name)).issues}
    assert found == _gold_issues(name)


def test_owners_named_by_issue_number_add_no_issues(parsed):
    name = "nakhon-ratchasima-non-sung-2567-minutes.pdf"
    found = [i.text for i in extract(parsed(name)).issues]
    assert len(found) == 3
    assert set(found) == _gold_issues(name)


def test_a_sentence_glued_on_by_a_pdf_ends_the_last_item():
    text = "3) โรคเบาหวานและความดันโลหิตสูงประเด็นที่อำเภอคัดเลือกมากที่สุด คือ ผู้สูงอายุ"
    assert text[3:clause_end(text, 3, len(text))] == "โรคเบาหวานและความดันโลหิตสูง"
    numbered = "ประเด็น คือ การป้องกันอุบัติเหตุ ประเด็นที่ 2 การจัดการขยะ"
    assert clause_end(numbered, 0, len(numbered)) == len(numbered)
