"""An activity heading's amount that the lines right after it add up to.

Minutes and plans often open an activity with its money in all ("กิจกรรมที่ 1
การคัดกรอง… งบประมาณรวม 49,800 บาท"), then cost its sub-activities one by one
in paragraphs and tables ("1.2 … ค่าอาหารว่าง 450 คน × 30 บาท = 13,500 บาท",
"1.3 … ค่าอาหารกลางวัน … = 7,200 บาท …", a line-items table for 1.1).  When
the lines following the heading, in document order and starting with the
very next one, add up to its amount, that amount is their subtotal: no line.
"""

from __future__ import annotations

from collections import Counter

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.refs import opening_ref
from pcc_ingest.model import Document

# Lines that must make up the heading's amount, so that one later line of the
# same money (told twice) is left to the restatement rules.
MIN_PARTS = 2


def _sums_from(amount: float, later: list[float]) -> bool:
    """Whether a run of ``later`` amounts from the first adds up to ``amount``
    with ``MIN_PARTS`` or more of them."""
    total = 0.0
    for n, value in enumerate(later, 1):
        total += value
        if abs(total - amount) < 0.5:
            return n >= MIN_PARTS
        if total > amount + 0.5:
            return False
    return False


def heading_subtotals(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the amount of an activity heading in running text
    ("กิจกรรมที่ N …", its block's only line) that the lines after it sum to."""
    order = sorted(range(len(lines)), key=lambda i: (lines[i].item.evidence.block, lines[i].item.evidence.start))
    per_block = Counter(line.item.evidence.block for line in lines)
    drop: set[int] = set()
    for pos, i in enumerate(order):
        line = lines[i]
        block = doc.blocks[line.item.evidence.block]
        if (line.row is not None or block.kind == "table_cell" or per_block[block.order] != 1
                or opening_ref(block.text) is None):
            continue
        if _sums_from(line.item.amount_baht, [lines[j].item.amount_baht for j in order[pos + 1:]]):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]
