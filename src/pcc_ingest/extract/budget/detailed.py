"""Activity rows of a budget table that a later list of cost lines details.

A progress report's activity table gives each activity's money in a column
("2 | ประชุมเชิงปฏิบัติการ… | 7,800"), then details some activities' spending
in bulleted cost lines below it ("รายละเอียดค่าใช้จ่ายกิจกรรมที่ 2 และ 3 -
ค่าอาหารกลางวัน … 3,600 บาท - ค่าอาหารว่าง … 3,000 บาท …").  When the cost
lines, in order and all used, split into runs adding up to two or more
consecutive rows of the table, those rows are subtotals (labelling convention: the itemised
lines are the lines), and each cost line belongs to the activity of its
row, so it is paid by whoever pays that activity.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recap_sources import lend_sources, splits_into
from pcc_ingest.extract.budget.recaps import table_runs
from pcc_ingest.extract.budget.retold import is_cost_line

# Fewest cost lines a detail list must hold: one line equal to one row is
# the same money told twice, not an itemisation.
MIN_COST_LINES = 2
# Fewest rows a detail list must add up to in turn: two later costs adding
# up to one round row ("4,500 + 1,500" under a 6,000 meeting) may be
# another activity's costs.
MIN_ROWS = 2


def _cost_runs(lines: list[PlacedLine], after: int) -> list[list[int]]:
    """Runs of cost lines of running text after block ``after``, each a
    stretch of consecutive lines broken by any other line."""
    order = sorted((i for i, x in enumerate(lines) if x.item.evidence.block > after),
                   key=lambda i: (lines[i].item.evidence.block, lines[i].item.evidence.start))
    runs: list[list[int]] = [[]]
    for i in order:
        if lines[i].row is None and is_cost_line(lines[i].item.description):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= MIN_COST_LINES]


def _rows_window(lines: list[PlacedLine], rows: list[int], parts: list[int]) -> list[int]:
    """The consecutive ``rows`` (one line each, at least ``MIN_ROWS``) whose
    amounts ``parts`` split into in order, all used, fewer rows than parts;
    none if no window does."""
    amounts = [lines[i].item.amount_baht for i in parts]
    for start in range(len(rows)):
        for end in range(start + MIN_ROWS, min(len(rows), start + len(parts) - 1) + 1):
            if splits_into([lines[i].item.amount_baht for i in rows[start:end]], amounts):
                return rows[start:end]
    return []


def detailed_rows(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the activity rows a later cost-line list details;
    each cost line takes the activity (and source) of the row it details."""
    lines = list(lines)
    drop: set[int] = set()
    for idx in table_runs(lines).values():
        if len({lines[i].row for i in idx}) != len(idx) or any(lines[i].activity is None for i in idx):
            continue
        last = max(lines[i].item.evidence.block for i in idx)
        for parts in _cost_runs(lines, last):
            window = _rows_window(lines, [i for i in idx if i not in drop], parts)
            if not window:
                continue
            lend_sources(lines, {(k, 0): [i] for k, i in enumerate(window)}, parts)
            _lend_activities(lines, window, parts)
            drop |= set(window)
    return [line for i, line in enumerate(lines) if i not in drop]


def _lend_activities(lines: list[PlacedLine], rows: list[int], parts: list[int]) -> None:
    """Give each of ``parts`` with no activity the activity of the row its
    run adds up to (``lines`` is updated in place)."""
    i = 0
    for row in rows:
        total = 0.0
        while i < len(parts) and total < lines[row].item.amount_baht - 0.5:
            total += lines[parts[i]].item.amount_baht
            if lines[parts[i]].activity is None:
                lines[parts[i]] = replace(lines[parts[i]], activity=lines[row].activity)
            i += 1
