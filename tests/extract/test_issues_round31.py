"""Round 31 issue rules, on small block lists, then on set-31 corpus files against their gold.

One district's list of issues with a subdistrict column right of the issue column ("ที่ | ประเด็น | ตำบลนำร่อง | หน่วยงานหลัก") is read; with a district column, such a column still skips the table.
A decision that adds an issue under a heading naming a later year than the document's ("การคัดเลือกประเด็นขับเคลื่อนปี 2567" in a 2566 report) plans next year's list and adds nothing; in the document's own year it adds the issue.
"""

from __future__ import annotations

import pytest
from blocks import cell_block, doc_of, text_block
from issue_pairs import squashed

from pcc_ingest.extract.issues.added import added_items
from pcc_ingest.extract.issues.items import item_text
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract

PILOTS = [
    ("ที่", "ประเด็น", "ตำบลนำร่อง", "หน่วยงานหลัก"),
    ("1", "การป้องกันและลดอุบัติเหตุทางถนน", "บ้านเลน, คลองจิก", "สภ."),
    ("2", "การดูแลผู้สูงอายุติดบ้านติดเตียง", "ทุกตำบล", "รพ."),
]


def _table(rows: list[tuple[str, ...]]):
    return doc_of([cell_block(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)])


# --- rules on blocks -----------------------------------------------------------------------


def test_a_single_districts_issue_list_with_a_pilot_subdistrict_column_is_read():
    found = table_items(_table(PILOTS), "14", "1406")
    assert [(i.district, item_text(i)) for i in found] == [
        ("1406", "การป้องกันและลดอุบัติเหตุทางถนน"), ("1406", "การดูแลผู้สูงอายุติดบ้านติดเตียง"),
    ]


def test_a_subdistrict_column_before_the_issue_column_still_skips_the_table():
    rows = [("ตำบล", "ประเด็น"), ("บ้านเลน", "การป้องกันและลดอุบัติเหตุทางถนน")]
    assert list(table_items(_table(rows), "14", "1406")) == []


def _decision(heading: str):
    return doc_of([text_block(heading), text_block("มติที่ประชุม ให้คงประเด็นอุบัติเหตุทางถนนไว้ และเพิ่มประเด็นยาเสพติด")])


def test_an_issue_added_for_a_later_year_than_the_documents_adds_nothing():
    assert list(added_items(_decision("3.2 การคัดเลือกประเด็นขับเคลื่อนปี 2567"), "32", "3205", 2566)) == []


def test_an_issue_added_in_the_documents_own_year_is_added():
    found = added_items(_decision("3.2 การคัดเลือกประเด็นขับเคลื่อนปี 2566"), "32", "3205", 2566)
    assert [item_text(i) for i in found] == ["ยาเสพติด"]


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # minutes: "4.1 พิจารณาประเด็น…", then "ที่ | ประเด็น | ตำบลนำร่อง | หน่วยงานหลัก" with four issues
    "phra-nakhon-si-ayutthaya-bang-pa-in-2566-minutes.docx",
    "phra-nakhon-si-ayutthaya-bang-pa-in-2566-minutes.pdf",
    # a 2566 progress report whose appended minutes add "ยาเสพติด" under "การคัดเลือกประเด็นขับเคลื่อนปี 2567"
    "surin-prasat-2566-progress.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
