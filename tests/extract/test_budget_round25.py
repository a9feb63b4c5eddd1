"""Round 25 budget rules.

A headerless table nested in a budget table's budget cell is read as a budget table (its figures
the amounts, its words the details), its lines funded by the source line under the parent, and
its "รวม" row is neither a line nor the document's total.
A PDF reader's spill of such a table into columns right of the header's, the budget cell left
empty, is read the same way, a later page's piece going on with it.
A word that "ๆ ละ" repeats before a price is a counted unit ("23 บูธๆ ละ 500 บาท").
A count written beside a bare product in its own cell tells that product's count from its price
("ด่านชุมชน 18 จุด (18x7x300)"), and a line's own product wins over another in its row that
makes the same amount.
A cost line with a source line a PDF glued on after its amount is still read.
"""

from __future__ import annotations

import pytest

from pcc_ingest.extract.budget import arithmetic, extract_budget
from pcc_ingest.extract.budget.bare import row_counts
from pcc_ingest.extract.budget.collect import prose_lines
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block, Document

SOURCE = "แหล่งงบประมาณ: กองทุนหลักประกันสุขภาพระดับท้องถิ่น"


def _cell(text: str, order: int, table: int, row: int, col: int, parent: int | None = None) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=order, start=0, end=len(text),
                 table=table, row=row, col=col, parent_table=parent)


def _para(text: str, order: int) -> Block:
    return Block(kind="paragraph", raw_text=text, text=text, order=order, start=0, end=len(text))


def _nested_doc() -> Document:
    """A district table whose budget cell holds a small table of cost lines, a source line under it."""
    blocks: list[Block] = []

    def add(text: str, **kw: int | None) -> None:
        if "table" in kw:
            blocks.append(_cell(text, len(blocks), **kw))  # type: ignore[arg-type]
        else:
            blocks.append(_para(text, len(blocks)))

    for c, label in enumerate(["อำเภอ", "ประเด็น", "งบประมาณที่ใช้ (บาท)"]):
        add(label, table=0, row=0, col=c)
    add("สตึก", table=0, row=1, col=0)
    add("การจัดการขยะ", table=0, row=1, col=1)
    add("", table=0, row=1, col=2)
    for r, (detail, amount) in enumerate([("ด่านชุมชน 18 จุด (18x7x300)", "37,800"),
                                          ("ทรายอะเบทและโลชั่นทากันยุง", "24,000"), ("รวม", "61,800")]):
        add(detail, table=1, row=r, col=0, parent=0)
        add(amount, table=1, row=r, col=1, parent=0)
    add(SOURCE)
    return Document(path="x.docx", sha256="0", format="docx", blocks=blocks)


def _spilled_doc() -> Document:
    """The same table as a PDF reader may give it: the nested lines in columns no header names."""
    rows = [["อำเภอ", "ประเด็น", "งบประมาณที่ใช้ (บาท)"],
            ["สตึก", "การจัดการขยะ", "", "ธนาคารขยะ 12 ตำบลๆ ละ 3,000 บาท", "36,000"],
            [None, None, None, "ทรายอะเบทและโลชั่นทากันยุง", "24,000"],
            [None, None, None, "รวม", "60,000"]]
    blocks = [_cell(text, 0, 0, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)
              if text is not None]
    blocks = [b.model_copy(update={"order": k}) for k, b in enumerate(blocks)]
    blocks.append(_para(SOURCE, len(blocks)))
    return Document(path="x.pdf", sha256="0", format="pdf", blocks=blocks)


# --- rules on strings and small documents ----------------------------------------------


def test_a_table_nested_in_a_budget_cell_gives_its_lines_with_the_parents_source():
    items, total = extract_budget(_nested_doc(), None)
    assert [(i.amount_baht, i.unit_cost_baht, i.quantity, i.source) for i in items] == [
        (37800.0, 300.0, 126.0, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
        (24000.0, None, None, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
    ]
    assert total is None


def test_lines_a_pdf_spilled_right_of_the_header_are_read_as_the_budget_cells_lines():
    items, total = extract_budget(_spilled_doc(), None)
    assert [(i.amount_baht, i.source) for i in items] == [
        (36000.0, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
        (24000.0, "กองทุนหลักประกันสุขภาพระดับท้องถิ่น"),
    ]
    assert total is None


@pytest.mark.parametrize(("text", "expected"), [
    ("ค่าจัดนิทรรศการ 23 บูธๆ ละ 500 บาท", (11500.0, 500.0, 23.0)),
    ("ค่าจัดนิทรรศการ 23 บูธ ๆ ละ 500 บาท", (11500.0, 500.0, 23.0)),
    ("ธนาคารขยะ 12 ตำบลๆ ละ 3,000 บาท", (36000.0, 3000.0, 12.0)),
])
def test_a_word_repeated_by_mai_yamok_before_a_price_is_a_counted_unit(text, expected):
    assert arithmetic(text, None) == expected


def test_a_count_beside_a_bare_product_in_its_cell_is_a_count_and_the_product_is_not():
    assert row_counts({0: _cell("ด่านชุมชน 18 จุด (18x7x300)", 0, 0, 0, 0)}) == {18.0}
    assert row_counts({0: _cell("ค่าอาหารกลางวัน (92x70x1)", 0, 0, 0, 0)}) == set()


def test_a_lines_own_bare_product_wins_over_another_making_the_same_amount():
    rows = [["กิจกรรม", "กลุ่มเป้าหมาย", "รายละเอียดงบประมาณ", "งบประมาณ (บาท)"],
            ["อบรม", "90 คน", "- ค่าวัสดุการเรียนรู้ (90x50) - ค่าอาหารว่าง (90x25x2)", "4,500 4,500"]]
    blocks = [_cell(text, 0, 0, r, c) for r, cells in enumerate(rows) for c, text in enumerate(cells)]
    doc = Document(path="x.docx", sha256="0", format="docx",
                   blocks=[b.model_copy(update={"order": k}) for k, b in enumerate(blocks)])
    items, _ = extract_budget(doc, None)
    assert [(i.unit_cost_baht, i.quantity) for i in items] == [(50.0, 90.0), (25.0, 180.0)]


def test_a_cost_line_with_a_source_line_glued_after_its_amount_is_read():
    text = "- ค่าอาหารอาสาสมัคร 140 คน × 50 บาท × 4 ครั้ง เป็นเงิน 28,000 บาทแหล่งงบประมาณ: อบจ.สุโขทัย"
    doc = Document(path="x.pdf", sha256="0", format="pdf", blocks=[_para(text, 0)])
    lines = prose_lines(doc, set())
    assert [(p.item.amount_baht, p.item.unit_cost_baht, p.item.quantity) for p in lines] == [(28000.0, 50.0, 560.0)]


# --- corpus files of set 25 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["buri-ram-province-2567-inspection.docx", "buri-ram-province-2567-inspection.pdf"])
def test_an_inspections_nested_district_budget_tables_give_the_gold_lines_and_total_on_a_real_file(
        parsed, gold, name):
    ex = extract(parsed(name))
    assert sorted((i.amount_baht, i.source or "") for i in ex.budget_items) == sorted(
        (g["amount_baht"], g["source"] or "") for g in gold(name, "budget_items"))
    assert ex.budget_total is not None and ex.budget_total.amount_baht == 65740


def test_a_progress_reports_glued_source_line_keeps_its_cost_line_on_a_real_file(parsed, gold):
    name = "sukhothai-ban-dan-lan-hoi-2566-progress.pdf"
    found = {i.amount_baht for i in extract(parsed(name)).budget_items}
    assert {g["amount_baht"] for g in gold(name, "budget_items")} <= found
