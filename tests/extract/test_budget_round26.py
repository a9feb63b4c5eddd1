"""Round 26 budget rules.

A prose cost line whose bare product ("(240x100)") has no unit words takes its counts from its own
sentence ("ผู้เข้าอบรม 240 คน"): the stated count is the quantity, the figure left the unit cost.
A cost cell of counts times a closing bare figure ("24 ด่าน x 14 วัน x 200", its baht lost) whose
product is the amount beside it gives that figure as the unit cost and the counts as the quantity.
A project's key-value table read as all header ("งบประมาณ" over "แหล่งงบประมาณ | funder", no body
rows) still gives its funder as a source line for the cost lines near it.
A row with no cell under a table's first amount column takes its money from the next amount column
it has a cell in (a PDF's key-value table with its nested cost lines laid out right of the keys).
A table row whose bare product ("(120x30x2)") its own cells do not tell apart takes its counts from
the table's header rows (that key-value table's "รวม 120 คน").
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget import arithmetic, extract_budget
from pcc_ingest.extract.budget.bare import own_counts
from pcc_ingest.extract.budget.collect import prose_lines
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

FUND = "กองทุนหลักประกันสุขภาพเทศบาลเมืองตัวอย่าง"


def _cell(text: str, order: int, table: int, row: int, col: int, parent: int | None = None) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text),
                 table=table, row=row, col=col, parent_table=parent)


def _para(text: str, order: int) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


# --- rules on strings and small documents ----------------------------------------------


def test_a_sentences_own_count_tells_a_bare_products_count_from_its_price():
    text = "อบรมแกนนำ อสม. วันที่ 12 มีนาคม 2567 ผู้เข้าอบรม อสม. 240 คน ค่าอาหารกลางวันและอาหารว่าง (240x100) = 24,000 บาท"
    doc = Document(path="x.pdf", sha256="0", format="pdf", blocks=[_para(text, 0)])
    lines = prose_lines(doc, set())
    assert [(p.item.amount_baht, p.item.unit_cost_baht, p.item.quantity) for p in lines] == [(24000.0, 100.0, 240.0)]


def test_a_prose_line_stating_no_count_leaves_its_bare_product_unread():
    doc = Document(path="x.pdf", sha256="0", format="pdf",
                   blocks=[_para("ค่าอาหารกลางวันและอาหารว่าง (240x100) = 24,000 บาท", 0)])
    assert [(p.item.unit_cost_baht, p.item.quantity) for p in prose_lines(doc, set())] == [(None, None)]


def test_own_counts_leave_out_the_figures_inside_a_bare_product():
    assert own_counts("ผู้เข้าอบรม 240 คน ค่าอาหาร (240x100)") == {240.0}


@pytest.mark.parametrize(("text", "amount", "expected"), [
    ("ค่าอาหารอาสาสมัครประจำด่าน 24 ด่าน x 14 วัน x 200", 67200.0, (67200.0, 200.0, 336.0)),
    ("ค่าอาหารอาสาสมัครประจำด่าน 24 ด่าน x 14 วัน x 200", 50000.0, (50000.0, None, None)),
])
def test_counts_times_a_closing_bare_figure_give_a_unit_cost_only_when_they_make_the_amount(text, amount, expected):
    assert arithmetic(text, amount) == expected


def test_a_key_value_tables_source_row_funds_the_cost_lines_nested_in_it():
    blocks = [_cell("งบประมาณ", 0, 0, 0, 0), _cell("", 1, 0, 0, 1)]
    for r, (detail, amount) in enumerate([("รายการ", "จำนวนเงิน (บาท)"), ("ค่าอาหารกลางวัน 120 คน × 70 บาท", "8,400"),
                                          ("ค่าป้ายไวนิลโครงการ 1 ป้าย", "600"), ("รวมโครงการ", "9,000")]):
        blocks += [_cell(detail, len(blocks), 1, r, 0, parent=0), _cell(amount, len(blocks) + 1, 1, r, 1, parent=0)]
    blocks += [_cell("แหล่งงบประมาณ", len(blocks), 0, 1, 0), _cell(FUND, len(blocks) + 1, 0, 1, 1),
               _para("มติที่ประชุม เห็นชอบ และเสนอขออนุมัติงบประมาณจากคณะกรรมการกองทุนฯ", len(blocks) + 2)]
    items, _ = extract_budget(Document(path="x.docx", sha256="0", format="docx", blocks=blocks), None)
    assert [(i.amount_baht, i.source) for i in items] == [(8400.0, FUND), (600.0, FUND)]


def test_a_row_with_no_cell_under_the_first_amount_column_takes_the_next_one_and_header_counts():
    rows = [["กลุ่มเป้าหมาย", "ผู้แทน พชต. รวม 120 คน"],
            ["งบประมาณ", "", "รายการ", "จำนวนเงิน (บาท)"],
            [None, None, "ค่าอาหารกลางวัน 120 คน × 70 บาท", "8,400"],
            [None, None, "ค่าอาหารว่างและเครื่องดื่ม (120x30x2)", "7,200"],
            [None, None, "ค่าป้ายไวนิลโครงการ 1 ป้าย", "600"],
            [None, None, "รวมโครงการ", "16,200"],
            ["แหล่งงบประมาณ", FUND]]
    blocks = [_cell(text, 0, 0, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)
              if text is not None]
    doc = Document(path="x.pdf", sha256="0", format="pdf",
                   blocks=[b.model_copy(update={"order": k}) for k, b in enumerate(blocks)])
    items, _ = extract_budget(doc, None)
    assert [(i.amount_baht, i.source) for i in items] == [(8400.0, FUND), (7200.0, FUND), (600.0, FUND)]
    assert (items[1].unit_cost_baht, items[1].quantity) == (30.0, 240.0)


# --- corpus files of set 26 ----------------------------------------------------------


def test_a_progress_reports_prose_bare_product_gets_the_gold_unit_and_quantity_on_a_real_file(parsed, gold):
    name = "nakhon-sawan-takhli-2567-progress.pdf"
    found = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in extract(parsed(name)).budget_items}
    assert (24000.0, 100.0, 240.0) in found
    assert any(g["amount_baht"] == 24000 and g["unit_cost_baht"] == 100 for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["ubon-ratchathani-warin-chamrap-2566-minutes.docx",
                                  "ubon-ratchathani-warin-chamrap-2566-minutes.pdf"])
def test_a_minutes_key_value_table_gives_its_nested_lines_with_their_source_on_a_real_file(parsed, gold, name):
    found = {(i.amount_baht, i.source) for i in extract(parsed(name)).budget_items}
    project = {(g["amount_baht"], g["source"]) for g in gold(name, "budget_items") if g["source"].startswith("กองทุน")}
    assert len(project) == 5 and project <= found
