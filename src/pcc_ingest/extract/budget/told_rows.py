"""Budget table rows whose money one earlier cell or paragraph already itemised.

A progress report may tell an activity with its priced parts where it
first names it ("ประกวดหมู่บ้านต้นแบบ… • มอบรางวัลชนะเลิศ 3,000 บาท รองชนะเลิศ
2,000 บาท และรองชนะเลิศอันดับ 2 1,000 บาท", a cell of its activity list), then
give the activity's money as one row of its spending table ("3. ประกวด
หมู่บ้านต้นแบบ… | 6,000.00").  When the earlier block names the row's
activity and its lines add up to the row's amount, the row is their subtotal
(labelling convention: parts written one after another are the items), and
the lines belong to the row's activity: they take its funder, and are
measured from the table for the nearest source line.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import table_runs
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Document

# Fewest parts: one earlier amount equal to the row is the same money told
# twice (``retold``), not an itemisation.
MIN_PARTS = 2
# Shortest activity name that may be looked up in the earlier block: a
# short one ("ประชุม") names no activity in particular.
MIN_NAME_CHARS = 12


def _names(text: str, name: str) -> bool:
    """Whether ``text`` contains the activity ``name`` (spacing aside)."""
    name = fold(name)
    return len(name) >= MIN_NAME_CHARS and name in fold(text)


def told_rows(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the table rows an earlier block's lines itemise;
    those lines take the row's activity, span and source."""
    lines = list(lines)
    drop: set[int] = set()
    for idx in table_runs(lines).values():
        first = min(lines[i].item.evidence.block for i in idx)
        blocks: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            if line.row is None and line.item.evidence.block < first:
                blocks.setdefault(line.item.evidence.block, []).append(i)
        for block, parts in blocks.items():
            total = sum(lines[k].item.amount_baht for k in parts)
            row = next((i for i in idx if i not in drop and len(parts) >= MIN_PARTS
                        and abs(lines[i].item.amount_baht - total) < 0.5
                        and _names(doc.blocks[block].text, lines[i].item.description)), None)
            if row is None:
                continue
            drop.add(row)
            owner = lines[row]
            for k in parts:
                item = lines[k].item
                item = item if item.source or not owner.item.source else item.model_copy(
                    update={"source": owner.item.source})
                lines[k] = replace(lines[k], item=item, activity=owner.activity, span=owner.span)
    return [line for i, line in enumerate(lines) if i not in drop]
