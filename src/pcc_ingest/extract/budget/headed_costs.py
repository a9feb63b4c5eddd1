"""Cost lines under a paragraph that names the activity they detail.

Minutes and plans may give each activity's money in a table, then detail one
activity in bullets under a heading paragraph that names it and holds no
money ("รายละเอียดค่าใช้จ่ายกิจกรรมที่ 2 อบรมฟื้นฟู… จำนวน 50 คน" over "-
ค่าอาหารกลางวัน … 3,500 บาท", "- ค่าตอบแทนวิทยากร … 3,600 บาท").  The
bullets belong to that activity, as a "กิจกรรมที่ 2 ค่าอาหาร…" sentence
would; ``recaps.itemised_rows`` then takes the activity's row as their
subtotal, and its source for them.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.refs import activity_refs, single_activity
from pcc_ingest.model import Document
from pcc_ingest.thai.numbers import find_amounts


def headed_costs(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` with each line of running text that names no activity given
    the activity of the heading right above its run of line blocks: the
    nearest body block above with no line, which must hold no money and
    name exactly one activity."""
    with_lines = {line.item.evidence.block for line in lines if line.row is None}
    out = []
    for line in lines:
        number = None
        if line.row is None and line.activity is None and line.outline is None:
            number = _heading_activity(doc, line.item.evidence.block, with_lines)
        out.append(line if number is None else replace(line, activity=number))
    return out


def _heading_activity(doc: Document, order: int, with_lines: set[int]) -> int | None:
    """The activity the heading over block ``order``'s run of line blocks names."""
    block = doc.body_before(order, skip_blank=True)
    while block is not None and block.order in with_lines and block.kind != "table_cell":
        block = doc.body_before(block.order, skip_blank=True)
    if block is None or block.kind == "table_cell" or find_amounts(block.text):
        return None
    refs = activity_refs(block.text)
    return single_activity(refs[0]) if len(refs) == 1 else None
