"""Round 40 budget rules.

A closing total may name the level it covers between รวมงบประมาณ and ทั้งสิ้น ("รวมงบประมาณ
ระดับจังหวัดทั้งสิ้น"): it is still the grand total.
Money a heading says is left out of what it lists ("(ไม่รวมงบค่าย… 48,000 บาท)") is no line.
An activity table whose rows each end with an activity's money, when a later budget section
itemises at least two of those amounts as runs of lines, gives subtotals: those rows, rows equal
to one later line, and rows together making one later line are no lines; a row matching nothing
later stays a line.
A table that tells no such runs keeps its rows as lines.
A summary whose funders stand in a row under a plain amount label ("งบประมาณ (บาท)") and split a
project's money between them gives no lines.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, cell_block, doc_of, text_block

from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.funder_columns import is_split_summary
from pcc_ingest.extract.budget.subtotals import activity_subtotals
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import read_tables

OFFICE = "สสจ.ตัวอย่าง"


# --- rules on small documents ----------------------------------------------------------


def test_a_total_naming_its_level_is_the_grand_total():
    doc = doc_of([text_block("ค่าอาหารกลางวัน 98 คน × 120 บาท เป็นเงิน 11,760 บาท"),
                  text_block("ค่าเบี้ยเลี้ยง 60 วัน × 240 บาท เป็นเงิน 14,400 บาท"),
                  text_block("รวมงบประมาณระดับจังหวัดทั้งสิ้น 26,160 บาท")])
    items, total = extract_budget(doc, None)
    assert total is not None and total.amount_baht == 26160.0
    assert [i.amount_baht for i in items] == [11760.0, 14400.0]


def test_money_a_heading_leaves_out_is_no_line():
    doc = doc_of([text_block("6. งบประมาณที่ใช้ (ไม่รวมงบค่ายบำบัดของหน่วยอื่น 48,000 บาท)"),
                  text_block("ค่าอาหารกลางวัน 130 คน × 60 บาท เป็นเงิน 7,800 บาท")])
    assert [amount for _, amount, *_ in budget_lines(doc)] == [7800.0]


def _line(amount: float, order: int, row: int | None = None) -> PlacedLine:
    """A line of running text (``row`` None) or of an activity table's cell at ``row``, block ``order``."""
    text = f"x {amount:,.0f} บาท"
    block = (cell_block(text, row, 1) if row is not None else text_block(text)).model_copy(update={"order": order})
    item = BudgetItemRecord(description="x", amount_baht=amount, unit_cost_baht=None, quantity=None,
                            source=None, evidence=evidence(block))
    return PlacedLine(item, None, (order, order))


def test_activity_rows_a_later_budget_section_itemises_are_subtotals():
    rows = [_line(1120.0, 1, 1), _line(14300.0, 2, 2), _line(51000.0, 3, 3), _line(1050.0, 4, 4),
            _line(48000.0, 5, 5)]
    later = [_line(7800.0, 10), _line(6500.0, 10), _line(47400.0, 11), _line(3600.0, 11), _line(2170.0, 12)]
    kept = activity_subtotals(rows + later)
    assert sorted(x.item.amount_baht for x in kept) == [2170.0, 3600.0, 6500.0, 7800.0, 47400.0, 48000.0]


def test_a_row_equal_to_one_later_line_is_the_same_money_told_twice():
    rows = [_line(14300.0, 1, 1), _line(51000.0, 2, 2), _line(15000.0, 3, 3)]
    later = [_line(7800.0, 10), _line(6500.0, 10), _line(47400.0, 11), _line(3600.0, 11), _line(15000.0, 12)]
    kept = activity_subtotals(rows + later)
    assert sorted(x.item.amount_baht for x in kept) == [3600.0, 6500.0, 7800.0, 15000.0, 47400.0]


def test_activity_rows_no_later_runs_itemise_stay_lines():
    rows = [_line(14300.0, 1, 1), _line(51000.0, 2, 2)]
    later = [_line(7800.0, 10), _line(1050.0, 11)]
    assert len(activity_subtotals(rows + later)) == 4


# --- corpus files of set 40 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["loei-wang-saphung-2566-action-plan.docx", "loei-wang-saphung-2566-action-plan.pdf"])
def test_a_summary_splitting_projects_by_funder_under_a_plain_amount_label_gives_no_lines_on_a_real_file(
        parsed, gold, name):
    doc = parsed(name)
    assert any(is_split_summary(t) for t in read_tables(doc))
    found = sorted(i.amount_baht for i in extract(doc).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["kanchanaburi-tha-muang-2568-progress.pdf", "ranong-la-un-2566-progress.pdf"])
def test_an_activity_tables_amounts_itemised_later_are_no_lines_on_a_real_file(parsed, gold, name):
    found = sorted(i.amount_baht for i in extract(parsed(name)).budget_items)
    assert found == sorted(g["amount_baht"] for g in gold(name, "budget_items"))


@pytest.mark.parametrize("name", ["saraburi-province-2567-inspection.docx", "saraburi-province-2567-inspection.pdf"])
def test_a_total_naming_its_level_is_the_gold_total_on_a_real_file(parsed, gold, name):
    total = extract(parsed(name)).budget_total
    assert total is not None and total.amount_baht == 126160.0
