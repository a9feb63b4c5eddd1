"""Round 40 issue rules, on small blocks, then on a set-40 corpus file against its gold.

A column headed "ประเด็นที่ต้องเร่งรัด" (an inspection's problems to press on, per district) is no issue column.
An indicator table's row naming several districts at once (no one owner) gives no issue once districts' lists came before it.
An indicator table's row naming several districts still gives its issue when no list came before it.
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.issues.assemble import _lists_over_summaries
from pcc_ingest.extract.issues.items import Item
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

SARABURI = "saraburi-province-2567-inspection"


def _cell(row: int, col: int, text: str, order: int) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text),
                 table=0, row=row, col=col)


def _doc(rows: list[list[str]]) -> Document:
    blocks = [_cell(r, c, t, 0) for r, row in enumerate(rows) for c, t in enumerate(row)]
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


def _item(text: str, district: str | None, order: int, *, summarised: bool) -> Item:
    block = Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text))
    return Item(block, 0, len(text), district, summarised=summarised)


# --- rules on blocks ---------------------------------------------------------------------


def test_a_column_of_problems_to_press_on_is_no_issue_column():
    doc = _doc([
        ["อำเภอ", "ประเด็นการพัฒนาคุณภาพชีวิต", "ประเด็นที่ต้องเร่งรัด"],
        ["เมืองสระบุรี", "1) การจัดการขยะมูลฝอย 2) การป้องกันอุบัติเหตุทางถนน", "จุดเสี่ยงยังแก้ไขไม่ครบ 7 จุด"],
    ])
    texts = [i.block.text[i.start:i.end] for i in table_items(doc, "19", None)]
    assert texts and not any("จุดเสี่ยง" in t for t in texts)


def test_a_summary_row_of_several_districts_gives_no_issue_after_the_districts_lists():
    listed = _item("การป้องกันอุบัติเหตุทางถนน", "1901", 1, summarised=False)
    shared = _item("อุบัติเหตุทางถนน", None, 5, summarised=True)
    assert _lists_over_summaries([listed, shared]) == [listed]


def test_a_summary_row_of_several_districts_stands_when_no_list_came_before():
    shared = _item("อุบัติเหตุทางถนน", None, 1, summarised=True)
    later = _item("การป้องกันอุบัติเหตุทางถนน", "1901", 5, summarised=False)
    assert _lists_over_summaries([shared, later]) == [shared, later]


# --- a real corpus file of set 40 ----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_gives_only_the_districts_chosen_issues(parsed, suffix):
    issues = extract(parsed(SARABURI + suffix)).issues
    assert len(issues) == 14
    assert all(i.district is not None for i in issues)
    assert not any("ยังแก้ไขไม่ครบ" in i.text or "ยังสูงกว่า" in i.text for i in issues)
