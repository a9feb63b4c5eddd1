"""Round 25 issue rules, on small block lists and strings, then on set-25 corpus files against their gold.

A district table that counts each district's subdistrict committees in a column of its own ("พชต. (ตำบล) | 12") is still read for the districts' issues.
A table keyed by subdistrict names (a "ตำบล" column of names) is still skipped.
A results table's row labelled by the committee's mechanism alone ("กลไก พชอ.") names no issue.
"""

from __future__ import annotations

import pytest
from blocks import cell_block, doc_of, text_block
from issue_pairs import squashed

from pcc_ingest.extract.issues.items import item_text, make_item
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block


def _district_table(third_header: str, third_cells: tuple[str, str]) -> list[Block]:
    return [
        cell_block("อำเภอ", 0, 0, 0), cell_block("ประเด็นขับเคลื่อน ปี 2567", 0, 1, 0), cell_block(third_header, 0, 2, 0),
        cell_block("แม่ริม", 1, 0, 0), cell_block("1) การจัดการขยะในชุมชน 2) การดูแลผู้สูงอายุ", 1, 1, 0),
        cell_block(third_cells[0], 1, 2, 0),
        cell_block("สันทราย", 2, 0, 0), cell_block("1) การป้องกันอุบัติเหตุทางถนน", 2, 1, 0), cell_block(third_cells[1], 2, 2, 0),
    ]


# --- rules on blocks and strings ------------------------------------------------------------


def test_a_column_counting_subdistrict_committees_does_not_skip_a_district_issue_table():
    found = table_items(doc_of(_district_table("พชต. (ตำบล)", ("11", "12"))), "50", None)
    assert [(i.district, item_text(i)) for i in found] == [
        ("5007", "การจัดการขยะในชุมชน"), ("5007", "การดูแลผู้สูงอายุ"), ("5014", "การป้องกันอุบัติเหตุทางถนน"),
    ]


def test_a_column_naming_subdistricts_still_skips_the_table():
    found = table_items(doc_of(_district_table("ตำบล", ("ริมใต้", "สันทรายหลวง"))), "50", None)
    assert list(found) == []


@pytest.mark.parametrize("label", ["กลไก พชอ.", "การขับเคลื่อนกลไก พชอ.", "กลไกคณะกรรมการ"])
def test_a_row_labelled_by_the_committees_mechanism_names_no_issue(label):
    block = text_block(label)
    assert make_item(block, 0, len(block.text), None, None) is None


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # each district's "1) … 2) …" issues in one cell, beside a count of its subdistrict committees
    "buri-ram-province-2567-inspection.docx",
    "buri-ram-province-2567-inspection.pdf",
    # issues in a table, then a results table whose first row is the committee's mechanism
    "sukhothai-ban-dan-lan-hoi-2566-progress.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    found = extract(parsed(name)).issues
    assert squashed((i.district, i.text) for i in found) == squashed((g["district"], g["text"]) for g in gold(name, "issues"))
