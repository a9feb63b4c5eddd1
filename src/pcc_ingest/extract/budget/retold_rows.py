"""A table row's money retold later in running text.

Minutes approve a plan's table, then come back to one of its activities in a
later agenda item ("4.1 การเลื่อนกิจกรรมประกวดผู้สูงอายุสุขภาพดี … งบประมาณเดิม
8,000 บาท"): the sentence names the row's activity and repeats its amount.
That is the row's money told again, no new line.  A cost line ("ค่าอาหาร…")
of the same amount is a cost of its own and stays (``retold.is_cost_line``).
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.retold import is_cost_line
from pcc_ingest.extract.budget.rules import min_description_chars
from pcc_ingest.model import Document


def retold_rows(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without a running-text line whose amount an earlier table
    row's line has and whose sentence names that row's description."""
    rows = [line for line in lines if line.row is not None]
    drop: set[int] = set()
    for i, line in enumerate(lines):
        item = line.item
        if line.row is not None or is_cost_line(item.description):
            continue
        text = doc.blocks[item.evidence.block].text
        if any(row.item.evidence.block < item.evidence.block
               and abs(row.item.amount_baht - item.amount_baht) < 0.5
               and len(row.item.description) >= min_description_chars()
               and row.item.description in text for row in rows):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]
