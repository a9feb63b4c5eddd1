"""Round 38 budget rules (budget a).

A line-items table row closing a group with its source and subtotal ("แหล่งงบประมาณ: X | รวม |
42,300") funds the rows above it, back to the group's opening row, and is no line of its own.
Such a closing row at the top of a table's next page funds the rows at the foot of the page before.
A unit note after a source label ("(หน่วย: บาท)") is never a funder.
A deadline after a source label ("ภายในเดือนธันวาคม 2565") is never a funder.
On a real file of set 38 (minutes with a line-items table), every line takes its group's funder.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, table_doc

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.run import extract

HEADER = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]
GROUP_1 = [["กิจกรรมที่ 1 อบรมแกนนำ", None, None, None, None],
           ["ค่าอาหารกลางวัน", "100", "มื้อ", "70", "7,000"],
           ["ค่าวิทยากร", "6", "ชั่วโมง", "600", "3,600"],
           ["แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง", None, None, "รวม", "10,600"]]
GROUP_2 = [["กิจกรรมที่ 2 ประชุมติดตาม", None, None, None, None],
           ["ค่าอาหารว่าง", "100", "มื้อ", "35", "3,500"],
           ["แหล่งงบประมาณ: สสจ.ตัวอย่าง (งบสนับสนุน พชอ.)", None, None, "รวม", "3,500"]]


def test_a_closing_source_row_funds_its_group_above_and_is_no_line():
    lines = budget_lines(table_doc([HEADER, *GROUP_1, *GROUP_2]))
    assert sorted((d, a, s) for d, a, _, _, s in lines) == sorted([
        ("ค่าอาหารกลางวัน", 7000, "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"),
        ("ค่าวิทยากร", 3600, "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"),
        ("ค่าอาหารว่าง", 3500, "สสจ.ตัวอย่าง"),
    ])


def test_a_closing_source_row_at_the_top_of_the_next_page_funds_the_rows_before_the_break():
    first = [cell_block(t, r, c, table=0) for r, row in enumerate([HEADER, *GROUP_1[:3]])
             for c, t in enumerate(row) if t is not None]
    second = [cell_block(t, r, c, table=1) for r, row in enumerate([HEADER, GROUP_1[3], *GROUP_2])
              for c, t in enumerate(row) if t is not None]
    sources = {d: s for d, _, _, _, s in budget_lines(doc_of(first + second))}
    assert sources == {"ค่าอาหารกลางวัน": "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง",
                       "ค่าวิทยากร": "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง", "ค่าอาหารว่าง": "สสจ.ตัวอย่าง"}


def test_a_unit_note_after_a_source_label_is_no_funder():
    assert clean_source("(หน่วย: บาท)") is None
    assert clean_source("หน่วย : บาท") is None


def test_a_deadline_after_a_source_label_is_no_funder():
    assert clean_source("ภายในเดือนธันวาคม 2565") is None
    assert clean_source("สสจ.ตัวอย่าง") == "สสจ.ตัวอย่าง"


@pytest.mark.parametrize("name", ["krabi-ao-luek-2566-minutes.docx", "krabi-ao-luek-2566-minutes.pdf"])
def test_a_line_items_tables_closing_source_rows_give_the_gold_lines_on_a_real_file(parsed, gold, name):
    found = sorted((i.description, i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["description"], g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))
