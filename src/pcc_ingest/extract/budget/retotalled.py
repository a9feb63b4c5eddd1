"""Activities' amounts that a later cost table adds up to in all.

A project report tells each activity with its money, in an activity table
("ประชุมคณะกรรมการ… งบประมาณ 1,500 บาท") and in running text ("… ใช้ทรายกำจัด
ลูกน้ำ 7,700 บาท"), then lists the spending in a cost table whose lines do
not follow the activities one by one (one line may pay for two meetings'
snacks, "2 มื้อ x 30 คน x 2 ครั้ง").  When the activities' amounts told
before the table add up to exactly what the table's lines add up to, they
are the same money told twice: the table's cost lines are the lines
(labelling convention) and the activities' amounts are no lines.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import table_runs
from pcc_ingest.extract.budget.retold import is_cost_line

# Fewest amounts on each side: one amount equal to a table's sum is the
# table's total (``recaps.restated_tables``), not a list of activities.
MIN_AMOUNTS = 2


def retotalled(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the running-text amounts between one budget table
    run and the next that, none a cost line, add up to the next run's lines,
    all cost lines (a table of money by place or by funder restates the
    activities, not the other way round)."""
    drop: set[int] = set()
    previous = -1
    for idx in table_runs(lines).values():
        first = min(lines[i].item.evidence.block for i in idx)
        told = [i for i, x in enumerate(lines)
                if x.row is None and previous < x.item.evidence.block < first]
        previous = max(lines[i].item.evidence.block for i in idx)
        if len(told) < MIN_AMOUNTS or len(idx) < MIN_AMOUNTS:
            continue
        if any(is_cost_line(lines[i].item.description) for i in told) or not all(
                is_cost_line(lines[i].item.description) for i in idx):
            continue
        if abs(sum(lines[i].item.amount_baht for i in told) - sum(lines[i].item.amount_baht for i in idx)) < 0.5:
            drop |= set(told)
    return [line for i, line in enumerate(lines) if i not in drop]
