"""Round 23 issue and document-fact rules, on strings and then on set-23 corpus files against their gold.

A counted list that repeats the word ประเด็น before each item is split at each
repetition, only while it is short of its count, and the word leaves the issue's text.
An issue a decision names by its problem alone ("ประเด็นโรคไข้เลือดออก") takes the full name another list gives it, the action on it before the same words.
A spending sentence giving each numbered issue its money ("ประเด็นที่ 3 จำนวน 27,500 บาท") lists amounts, not issues.
The province's "รายงานผลการติดตามและประเมิน" of a district committee is an inspection report.
A dateline's "ข้อมูลผลการดำเนินงาน ณ วันที่ …" ends the period at that date.
"""

from __future__ import annotations

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.document_facts import as_of_period, extract_facts
from pcc_ingest.extract.document_facts.doc_type import read_doc_type
from pcc_ingest.extract.issues import counted_items
from pcc_ingest.extract.issues.assemble import fuller_name
from pcc_ingest.extract.issues.items import Item, make_item
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Document
from tests.extract.blocks import text_block


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    block = text_block(text)
    items = [make_item(block, s, e, None, None) for s, e in spans]
    return [block.text[i.start:i.end] for i in items if i is not None]




# --- rules on strings ---------------------------------------------------------------


def test_a_counted_list_repeating_the_word_issue_before_each_item_is_split_there_and_the_word_dropped():
    text = ("พชอ. ได้คัดเลือกประเด็นการพัฒนาคุณภาพชีวิต ปี 2568 จำนวน 3 ประเด็น ได้แก่ "
            "ประเด็นการจัดการขยะในชุมชน ประเด็นการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง "
            "และประเด็นการป้องกันอุบัติเหตุทางถนน โดยมอบหมายให้คณะทำงานจัดทำโครงการนี้ขึ้น")
    assert _texts(text, counted_items(text)) == [
        "การจัดการขยะในชุมชน", "การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง", "การป้องกันอุบัติเหตุทางถนน",
    ]


def test_a_repeated_issue_word_splits_only_a_list_still_short_of_its_count():
    text = "มีมติเลือก 2 ประเด็น คือ การลดการเผาในที่โล่ง ประเด็นการดูแลผู้สูงอายุ และการจัดการขยะ"
    assert _texts(text, counted_items(text)) == [
        "การลดการเผาในที่โล่ง ประเด็นการดูแลผู้สูงอายุ", "การจัดการขยะ",
    ]


def _item(text: str, order: int) -> Item:
    block = text_block(text).model_copy(update={"order": order})
    return Item(block, 0, len(text), "7402")


def test_an_issue_named_by_its_problem_alone_takes_the_full_name_given_elsewhere():
    short = _item("โรคไข้เลือดออก", 0)
    full = _item("การป้องกันและควบคุมโรคไข้เลือดออก", 1)
    assert fuller_name(short, [short, full]) is full


@pytest.mark.parametrize(("kept", "other"), [
    # the longer name runs on past the kept one's end: no fuller statement
    ("ยาเสพติด", "ยาเสพติดร่วมกับการส่งเสริมอาชีพในชุมชน"),
    # the kept name is already an action: it is a full statement itself
    ("การจัดการขยะ", "การส่งเสริมการจัดการขยะ"),
])
def test_a_name_is_kept_when_no_fuller_statement_ends_with_it(kept, other):
    item = _item(kept, 0)
    assert fuller_name(item, [item, _item(other, 1)]) is item


def test_money_given_to_each_numbered_issue_is_no_issue():
    block = text_block("ประเด็นที่ 3 จำนวน 27,500 บาท และการประชุม พชอ. จำนวน 3,200 บาท")
    assert make_item(block, len("ประเด็นที่ 3 "), len("ประเด็นที่ 3 จำนวน 27,500 บาท และการประชุม"), None, None) is None


def test_an_issue_named_without_money_is_still_an_issue():
    block = text_block("การป้องกันและควบคุมโรคไข้เลือดออก")
    assert make_item(block, 0, len(block.text), None, None) is not None


@pytest.mark.parametrize("title", [
    "แบบรายงานผลการติดตามและประเมินการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "สรุปผลการติดตามประเมิน พชอ. รอบที่ 2",
])
def test_a_report_of_following_up_and_assessing_a_committee_is_an_inspection_report(title):
    block = text_block(title)
    doc = Document(path="x.docx", sha256="0", format="docx", blocks=[block])
    found = read_doc_type(doc, [block])
    assert found is not None and found.value == "inspection_report"


def test_a_datelines_results_as_of_date_ends_the_fiscal_year_to_date():
    line = ("วันที่ประเมิน วันอังคารที่ 23 กรกฎาคม 2567 เวลา 09.00 – 12.00 น. ณ ห้องประชุมโรงพยาบาล "
            "ข้อมูลผลการดำเนินงาน ณ วันที่ 30 มิถุนายน 2567")
    found = as_of_period(text_block(line), 2567)
    assert found is not None
    assert [d.isoformat() for d in found.value] == ["2023-10-01", "2024-06-30"]
    assert as_of_period(text_block("วันที่ประเมิน วันอังคารที่ 23 กรกฎาคม 2567"), 2567) is None


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # "… จำนวน 3 ประเด็น ได้แก่ ประเด็นA ประเด็นB และประเด็นC โดยมอบหมาย…"
    "nakhon-pathom-kamphaeng-saen-2568-project.docx",
    "nakhon-pathom-kamphaeng-saen-2568-project.pdf",
    # "3 ประเด็น คือ ประเด็นโรคไข้เลือดออก ประเด็นการจัดการขยะ… และประเด็น…": the
    # plan table's "การป้องกันและควบคุมโรคไข้เลือดออก" names the first in full
    "samut-sakhon-krathum-baen-2567-action-plan.pdf",
    # "ประเด็นที่ 1 จำนวน 61,100 บาท ประเด็นที่ 2 …": no issue from the money
    "rayong-klaeng-2567-progress.docx",
    "rayong-klaeng-2567-progress.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((g["district"], g["text"]) for g in gold(name, "issues"))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_provinces_follow_up_of_one_district_is_an_inspection_of_its_data_to_date(parsed, fmt):
    facts = extract_facts(parsed(f"nong-khai-tha-bo-2567-inspection.{fmt}"))
    assert facts.doc_type == "inspection_report"
    assert (facts.period_start, facts.period_end) == ("2023-10-01", "2024-06-30")
