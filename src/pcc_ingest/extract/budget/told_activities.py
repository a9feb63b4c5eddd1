"""An activity's money told in its results when a cost table itemises it.

A project report tells each activity's results under its heading
("กิจกรรมที่ 2 อบรมแกนนำ…" then "… ผู้เข้าร่วมจริง 114 คน … ใช้งบประมาณ
20,880 บาท"), then lists every activity's costs in a table grouped by
activity ("กิจกรรมที่ 2" over "ค่าอาหารกลางวัน | 120 | คน | 70 | 8,400").
The amount in the results is that activity's money told again, planned or
spent, whether or not it matches the costs: the cost lines are the lines
(labelling convention), and a cost line told once more in the results
("มอบหมวกนิรภัย 100 ใบ งบประมาณ 25,000 บาท") keeps its unit price and count.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.retold import is_cost_line


def _costs(line: PlacedLine) -> bool:
    """A line naming a cost ("ค่าอาหาร…") or showing its price and count."""
    item = line.item
    return is_cost_line(item.description) or (item.unit_cost_baht is not None and item.quantity is not None)


def told_activities(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the running-text amounts, none a cost line, of an
    activity whose cost lines a budget table lists."""
    itemised = {line.activity for line in lines
                if line.row is not None and line.activity is not None and _costs(line)}
    return [line for line in lines
            if not (line.row is None and line.activity in itemised and not _costs(line))]
