"""Cost lines a line-items table lists in the order of an activity table's money.

A project report may state each activity's money in one table ("กิจกรรมที่ 1
… | 6,300", or sub-rows "2.1 รุ่นที่ 1 … | 13,000" under a "กิจกรรมที่ 2 …"
heading row) and list its cost lines in another with no activity headings
("ค่าอาหารกลางวัน ประชุม… | 3,600").  When the cost lines, in order and all
used, add up run by run to the activities' amounts, each run is that
activity's: its lines take the activity's number, and with it the funder a
table of sources by activity gives it (``funder_activities``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine, row_activity
from pcc_ingest.extract.budget.recap_sources import splits_into
from pcc_ingest.extract.budget.recaps import table_runs
from pcc_ingest.extract.tables import Table, cell_number, is_total_row

# A sub-row numbered under its activity ("2.1 รุ่นที่ 1 …", "3.2 ครั้งที่ 2 …"):
# its money is part of activity 2's or 3's.
SUB_ROW_RE = re.compile(r"^\s*(\d{1,2})\.\d{1,2}(?![\d.])")

# Fewest activities: one amount is a total, not a list of activities.
MIN_ACTIVITIES = 2


def activity_amounts(table: Table) -> list[tuple[int, float]]:
    """Each numbered activity's money in a table of activities, in order: its
    own row's amount, or the sum of the sub-rows under it.  Empty when an
    amount belongs to no activity or an activity comes back after another."""
    amount, named = table.column("budget_amount"), table.column("activity")
    if amount is None or named is None:
        return []
    out: list[tuple[int, float]] = []
    current: int | None = None
    for row in table.rows:
        if is_total_row(row):
            continue
        number = row_activity(table, row)
        cell = row.cells.get(named.col)
        sub = SUB_ROW_RE.match(cell.text) if number is None and cell is not None else None
        number = int(sub.group(1)) if sub else number
        current = number if number is not None else current
        value = cell_number(row.cells[amount.col].text) if amount.col in row.cells else None
        if not value:
            continue
        if current is None or (current in {n for n, _ in out[:-1]}):
            return []
        if out and out[-1][0] == current:
            out[-1] = (current, out[-1][1] + value)
        else:
            out.append((current, value))
    return out


def placed_by_activity(lines: list[PlacedLine], tables: list[Table]) -> list[PlacedLine]:
    """``lines`` with the cost lines of a table run that names no activity
    given the activity whose amount their run adds up to, when the run's
    lines split in order, all used, into an activity table's amounts."""
    lines = list(lines)
    listed = [a for a in map(activity_amounts, tables) if len(a) >= MIN_ACTIVITIES]
    for idx in table_runs(lines).values():
        if any(lines[i].activity is not None for i in idx):
            continue
        parts = [lines[i].item.amount_baht for i in idx]
        amounts = next((a for a in listed if len(parts) > len(a) and splits_into([v for _, v in a], parts)), None)
        k = 0
        for number, value in amounts or []:
            total = 0.0
            while k < len(idx) and total < value - 0.5:
                total += lines[idx[k]].item.amount_baht
                lines[idx[k]] = replace(lines[idx[k]], activity=number)
                k += 1
    return lines
