"""Round 31 budget rules, on small strings and tables, then on set-31 corpus files against their gold.

A table row's day range ("11–17 เมษายน 2566") counts its days, which, when neither the row's counts nor the table's prices tell them apart, tells a bare product's day factor ("(20x100x7)": 100 baht × 140).
A row whose budget cell holds a nested table of cost lines states their subtotal in its amount cell: the lines are kept, the row gives no line.
Under a PDF page break, the rows of a table that goes on take the source cell merged down from the page before, and a page's first row holding only the rest of the last line's working ("ละ 250 บาท") completes that line's unit cost and quantity.
In a paragraph, a funder named after a line funds the lines before it only within its clause: a verb of spending opening the later line's own clause ("… 1,120 บาท และการเยี่ยม… ใช้ค่าน้ำมัน 3,000 บาท จากเงินบำรุง…") stops it, and the earlier line takes no other source line's funder; a funder named before a line's amount funds the lines of its clause after it.
"รวมใช้งบประมาณในไตรมาสนี้ทั้งสิ้น 62,470 บาท" states a grand total.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, doc_of, table_doc, text_block

from pcc_ingest.extract.budget.bare import span_days
from pcc_ingest.extract.budget.rules import rule_any
from pcc_ingest.extract.run import extract
from pcc_ingest.scoring import SOURCE_MIN, similarity

HEADER = ["กิจกรรม", "ระยะเวลา", "รายละเอียดงบประมาณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]


# --- rules on small inputs ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "days"), [
    ("11–17 เมษายน 2566", {7.0}),
    ("29 ธันวาคม 2565 – 4 มกราคม 2566", {7.0}),
    ("22 มีนาคม 2566", set()),
    ("พฤษภาคม 2566", set()),
])
def test_a_day_range_counts_its_days(text, days):
    assert span_days(text) == days


def test_a_rows_day_range_tells_the_day_factor_of_a_bare_product():
    doc = table_doc([HEADER, ["2. รณรงค์ช่วงสงกรานต์", "11–17 เมษายน 2566",
                              "ค่าอาหารอาสาสมัครประจำจุด (20x100x7) = 14,000 บาท", "14,000", "ศปถ.อำเภอ"]])
    assert budget_lines(doc) == [("ค่าอาหารอาสาสมัครประจำจุด", 14000.0, 100.0, 140.0, "ศปถ.อำเภอ")]


def test_a_later_clause_with_its_own_spending_verb_keeps_its_funder_to_itself():
    doc = doc_of([
        text_block("แหล่งงบประมาณ: สสจ.ตัวอย่าง"),
        text_block("การประชุม พชอ. ใช้ค่าอาหารว่างและเครื่องดื่ม 32 คน คนละ 35 บาท เป็นเงิน 1,120 บาท "
                   "และการเยี่ยมเสริมพลัง พชต. ใช้ค่าน้ำมันเชื้อเพลิง 3,000 บาท จากเงินบำรุงโรงพยาบาลตัวอย่าง"),
    ])
    assert [(d, a, s) for d, a, _, _, s in budget_lines(doc)] == [
        ("ค่าอาหารว่างและเครื่องดื่ม", 1120.0, None), ("ค่าน้ำมันเชื้อเพลิง", 3000.0, "เงินบำรุงโรงพยาบาลตัวอย่าง"),
    ]


def test_a_funder_after_two_lines_of_one_clause_funds_both():
    doc = doc_of([text_block("ค่าทรายกำจัดลูกน้ำ 18,000 บาท และค่าน้ำยาพ่นหมอกควัน 12,500 บาท จากกองทุนตัวอย่าง")])
    assert [s for *_, s in budget_lines(doc)] == ["กองทุนตัวอย่าง", "กองทุนตัวอย่าง"]


def test_a_total_of_the_budget_used_in_a_period_is_a_grand_total():
    assert rule_any("total.grand").search("รวมใช้งบประมาณในไตรมาสนี้ทั้งสิ้น ")


# --- corpus files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    # minutes: a plan table whose third row holds its cost lines in a nested table, and "(20x100x7)"
    # beside "11–17 เมษายน 2566"
    "phra-nakhon-si-ayutthaya-bang-pa-in-2566-minutes.docx",
    "phra-nakhon-si-ayutthaya-bang-pa-in-2566-minutes.pdf",
    # a cost table over three PDF pages: a merged source cell and a cut working ("10 เล่มๆ" / "ละ 250 บาท")
    "pattani-nong-chik-2567-project.pdf",
    # spending paragraphs naming funders clause by clause
    "bueng-kan-pak-khat-2568-progress.pdf",
    "surin-prasat-2566-progress.pdf",
])
def test_budget_lines_match_their_gold(parsed, gold, name):
    found = sorted(((i.amount_baht, i.unit_cost_baht or 0, i.quantity or 0), i.source)
                   for i in extract(parsed(name)).budget_items)
    wanted = sorted(((g["amount_baht"], g["unit_cost_baht"] or 0, g["quantity"] or 0), g["source"])
                    for g in gold(name, "budget_items"))
    assert [f for f, _ in found] == [w for w, _ in wanted]
    assert all(_same_source(s, w) for (_, s), (_, w) in zip(found, wanted))


def _same_source(found: str | None, wanted: str | None) -> bool:
    """Sources as the scorer compares them: both absent, or similar enough."""
    if found is None or wanted is None:
        return found is wanted
    return similarity(found, wanted) >= SOURCE_MIN


def test_the_total_used_in_the_quarter_is_the_documents_total_on_a_real_file(parsed, gold):
    total = extract(parsed("bueng-kan-pak-khat-2568-progress.pdf")).budget_total
    assert total is not None and total.amount_baht == 62470
