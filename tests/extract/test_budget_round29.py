"""Round 29 budget rules.

A table nested in a budget table's budget cell has its lines paid by the funder its row's source
cell names, and its bare products told apart by the counts that row states.
A PDF reader's spill of such tables into unnamed columns between the budget column and the source
column is read as their detail and amount columns, though the budget column holds a "no budget"
note on one row and the grand total's figure on the total row.
Paragraphs that each state one activity's money, followed by a budget table whose lines add up to
them in turn, are that table's subtotals, not lines of their own.
A bare product in a row that states no counts takes as its price the one factor the table states
as a price elsewhere, unless the table also states that figure as a count.
"""

from __future__ import annotations

import pytest
from blocks import table_doc

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.bare import split_priced
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

OFFICE = "สสจ.ตัวอย่าง"
FUND = "กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"
HEADER = ["ที่", "โครงการ / กิจกรรม", "รายละเอียดงบประมาณ (บาท)", "แหล่งงบประมาณ"]


def _items(doc: Document) -> list[tuple[str, float, float | None, float | None, str | None]]:
    items, _ = extract_budget(doc, None)
    return [(i.description, i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items]


def _cell(text: str, table: int, row: int, col: int, parent: int | None = None) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=table, row=row, col=col, parent_table=parent)


def _doc(blocks: list[Block]) -> Document:
    return Document(path="x.docx", sha256="0", format="docx",
                    blocks=[b.model_copy(update={"order": k}) for k, b in enumerate(blocks)])


# --- rules on small documents ----------------------------------------------------------


def test_a_table_nested_in_a_budget_cell_takes_its_rows_funder_and_counts():
    blocks = [_cell(t, 0, 0, c) for c, t in enumerate(HEADER)]
    rows = [(1, "อบรม อสม. 60 คน", FUND + " (งบส่งเสริม)",
             [("ค่าอาหารว่าง (25x60x2)", "3,000"), ("ค่าวิทยากร 6 ชม. x 600 บาท", "3,600"), ("รวม", "6,600")]),
            (2, "ตั้งด่านชุมชน 13 ด่าน", OFFICE,
             [("ค่าป้ายและกรวยจราจร 13 ชุดๆ ละ 800 บาท", "10,400"), ("รวม", "10,400")])]
    for nested, (row, activity, funder, lines) in enumerate(rows, start=1):
        blocks += [_cell(str(row), 0, row, 0), _cell(activity, 0, row, 1), _cell("", 0, row, 2)]
        blocks += [_cell(t, nested, r, c, parent=0) for r, line in enumerate(lines) for c, t in enumerate(line)]
        blocks.append(_cell(funder, 0, row, 3))
    assert _items(_doc(blocks)) == [("ค่าอาหารว่าง", 3000.0, 25.0, 120.0, FUND),
                                    ("ค่าวิทยากร", 3600.0, 600.0, 6.0, FUND),
                                    ("ค่าป้ายและกรวยจราจร", 10400.0, 800.0, 13.0, OFFICE)]


def test_nested_lines_spilled_before_the_source_column_are_read_past_a_no_budget_note_and_the_total():
    doc = table_doc([["ที่", "โครงการ / กิจกรรม", "รายละเอียดงบประมาณ (บาท)", None, None, "แหล่งงบประมาณ"],
                     ["1", "อบรม อสม. 60 คน", "", "ค่าอาหารกลางวัน 60 คน × 60 บาท", "3,600", OFFICE],
                     [None, None, None, "ค่าวิทยากร 6 ชม. x 600 บาท", "3,600", None],
                     [None, None, None, "รวม", "7,200", None],
                     ["2", "เยี่ยมบ้านผู้พิการ ตลอดปี", "ไม่ใช้งบประมาณ (ใช้งบปกติของหน่วยงาน)", None, None, "–"],
                     ["รวมทั้งสิ้น", None, "7,200", None, None, ""]])
    assert _items(doc) == [("ค่าอาหารกลางวัน", 3600.0, 60.0, 60.0, OFFICE),
                           ("ค่าวิทยากร", 3600.0, 600.0, 6.0, OFFICE)]


def test_paragraphs_of_one_amount_each_itemised_by_a_later_table_are_its_subtotals():
    paragraphs = ["จัดประชุมคณะกรรมการ 45 คน ใช้งบประมาณ 5,400 บาท",
                  "จัดอบรมผู้ดูแล 120 คน ใช้งบประมาณ 19,200 บาท"]
    table = table_doc([["กิจกรรม", "รายการค่าใช้จ่าย", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                       ["1. ประชุมคณะกรรมการ", "ค่าอาหารว่าง 45 คน × 25 บาท × 2 มื้อ", "2,250", OFFICE],
                       [None, "ค่าอาหารกลางวัน 45 คน × 70 บาท", "3,150", None],
                       ["2. อบรมผู้ดูแล", "ค่าอาหารกลางวัน 120 คน × 70 บาท × 2 วัน", "16,800", FUND],
                       [None, "ค่าวัสดุอุปกรณ์ฝึกปฏิบัติ", "2,400", None]])
    blocks = [Block(kind="paragraph", raw_text=t, text=t, order=0, start=0, end=len(t)) for t in paragraphs]
    doc = _doc(blocks + table.blocks)
    assert [a for _, a, *_ in _items(doc)] == [2250.0, 3150.0, 16800.0, 2400.0]


def test_a_bare_product_with_no_stated_counts_takes_the_price_the_table_states_elsewhere():
    doc = table_doc([["กิจกรรม", "รายการค่าใช้จ่าย", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                     ["1. ประชุมคณะกรรมการ", "ค่าอาหารกลางวัน 45 คน × 70 บาท", "3,150", OFFICE],
                     ["2. อบรมผู้ดูแล", "ค่าอาหารกลางวัน (120x70x2)", "16,800", FUND]])
    assert _items(doc)[1] == ("ค่าอาหารกลางวัน", 16800.0, 70.0, 240.0, FUND)


def test_a_figure_stated_as_a_price_and_a_count_does_not_price_a_bare_product():
    doc = table_doc([["กิจกรรม", "รายการค่าใช้จ่าย", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"],
                     ["1. อบรม", "ค่าอาหารกลางวัน 60 คน × 60 บาท", "3,600", OFFICE],
                     ["2. อบรม", "ค่าอาหารว่าง (25x60x2)", "3,000", OFFICE]])
    assert _items(doc)[1][2:4] == (None, None)


def test_only_one_factor_stated_as_a_price_splits_a_bare_product():
    assert split_priced([120.0, 70.0, 2.0], {70.0, 25.0}) == (70.0, 240.0)
    assert split_priced([25.0, 70.0, 2.0], {70.0, 25.0}) is None
    assert split_priced([120.0, 2.0], {70.0}) is None


# --- corpus files of set 29 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["sa-kaeo-aranyaprathet-2566-minutes.docx",
                                  "sa-kaeo-aranyaprathet-2566-minutes.pdf"])
def test_nested_budget_tables_give_the_gold_lines_sources_and_arithmetic_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.unit_cost_baht, i.quantity, i.source)
                   for i in extract(parsed(name)).budget_items)
    expected = sorted((g["amount_baht"], g["unit_cost_baht"], g["quantity"], g["source"])
                      for g in gold(name, "budget_items"))
    assert found == expected


@pytest.mark.parametrize("name", ["yasothon-maha-chana-chai-2568-project.docx",
                                  "yasothon-maha-chana-chai-2568-project.pdf"])
def test_activity_paragraphs_before_a_cost_table_give_no_lines_of_their_own_on_a_real_file(parsed, gold, name):
    found = sorted(((i.amount_baht, i.unit_cost_baht, i.quantity) for i in extract(parsed(name)).budget_items),
                   key=repr)
    expected = sorted(((g["amount_baht"], g["unit_cost_baht"], g["quantity"]) for g in gold(name, "budget_items")),
                      key=repr)
    assert found == expected
