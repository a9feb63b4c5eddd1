"""Money received, split by funder in a project header's row.

A project report's header table states the allocation in a key-value row
("งบประมาณที่ได้รับ | 150,000 บาท (สสอ.X 10,000 บาท กองทุน… 75,000 บาท
อบจ.Y 65,000 บาท)"): the amounts in its value split the money received by
funder.  When the document itemises its spending elsewhere, they restate
that money and are no lines (only the cost lines are); alone, they are the
document's only statement of money and stay.  So are the figures of a
funders' table's row keyed as money received, under its spent totals.  Rule: ``line.received_key``.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.model import Block, Document


def _received_value(doc: Document, block: Block) -> bool:
    """Whether ``block`` is the value cell of a row keyed as money received."""
    if block.kind != "table_cell" or not block.col:
        return False
    key = next((b for b in doc.blocks[max(0, block.order - block.col): block.order]
                if b.table == block.table and b.row == block.row and b.col == 0), None)
    return key is not None and bool(rule_re("line.received_key").fullmatch(key.text.strip()))


def received_splits(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without those splitting the money received in a header
    row, or a funders' table's row of money received under its totals
    ("งบประมาณที่ได้รับอนุมัติ | 44,000 | 22,000 | …"), when other lines
    itemise the spending."""
    split = {line.item.evidence.block for line in lines
             if _received_value(doc, doc.blocks[line.item.evidence.block])}
    if not split or all(line.item.evidence.block in split for line in lines):
        return lines
    return [line for line in lines if line.item.evidence.block not in split]
