"""A line of running text that repeats the budget's total stated elsewhere.

Minutes propose the money line by line with its total ("... ประเด็นละ 8,000
บาท รวม 24,000 บาท และเป็นค่าอาหารว่าง ... 6,000 บาท รวมทั้งสิ้น 30,000 บาท")
and the resolution approves it again by its sum alone ("มติที่ประชุม เห็นชอบ
... และการจัดสรรงบประมาณ 30,000 บาท"); a report's summary may do the same.
Such an amount is the total again, no line of its own.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import block_totals
from pcc_ingest.extract.budget.retold import is_cost_line
from pcc_ingest.model import Document


def repeats_total(line: PlacedLine, others: list[PlacedLine], totals: list[tuple[int, float]]) -> bool:
    """Whether ``line`` (running text, no cost word) is worth a total stated
    in another block that the two or more ``others`` add up to."""
    amount = line.item.amount_baht
    return (line.row is None and len(others) >= 2 and not is_cost_line(line.item.description)
            and abs(sum(o.item.amount_baht for o in others) - amount) < 0.5
            and any(order != line.item.evidence.block and abs(value - amount) < 0.5 for order, value in totals))


def repeated_totals(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the one that repeats the total the others add up to."""
    totals = [(block.order, value) for block in doc.body() for value, _ in block_totals(block.text)]
    for i, line in enumerate(lines):
        others = lines[:i] + lines[i + 1:]
        if repeats_total(line, others, totals):
            return others
    return lines
