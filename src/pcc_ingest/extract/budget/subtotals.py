"""An activity table's amounts that a later budget section itemises.

A progress report lists what was done in a table, each row ending with the
activity's money ("อบรมแกนนำ … งบประมาณ 27,000 บาท"), then itemises the
spending in a budget section of its own, a table or funders' sentences
("ค่าอาหารกลางวัน … 18,000 บาท ค่าตอบแทนวิทยากร … 5,400 บาท และค่าวัสดุ …
3,600 บาท").  When at least ``MIN_ITEMISED`` of the table's rows each equal a
run of two or more later lines in a row, the table gives subtotals: those
rows, and rows equal to a single later line (the same money told twice),
are no lines of their own; so are rows that together make one later line
("ค่าอาหารว่างประชุม พชอ. 2 ครั้ง" over two meetings' snacks).  A row
matching nothing later (money the section leaves out) stays a line.
"""

from __future__ import annotations

from itertools import combinations

from pcc_ingest.extract.budget.collect import PlacedLine

# Rows that must each equal a run of two or more later lines, so that a
# round amount or two cannot make a table look like subtotals.
MIN_ITEMISED = 2
# Largest number of unmatched rows tried together against one later line.
MAX_JOINED = 3


def _run_length(amount: float, later: list[float]) -> int:
    """The length of the longest run of consecutive ``later`` amounts adding
    up to ``amount``, else 0 (a subtotal told before its lines still counts
    its lines' run)."""
    best = 0
    for start in range(len(later)):
        total = 0.0
        for end in range(start, len(later)):
            total += later[end]
            if abs(total - amount) < 0.5:
                best = max(best, end - start + 1)
                break
            if total > amount + 0.5:
                break
    return best


def _joined(rows: list[tuple[int, float]], later: list[float]) -> set[int]:
    """Rows, two or more together, whose amounts make one later line."""
    for size in range(2, min(MAX_JOINED, len(rows)) + 1):
        for group in combinations(rows, size):
            if any(abs(sum(a for _, a in group) - x) < 0.5 for x in later):
                return {key for key, _ in group}
    return set()


def _place(line: PlacedLine) -> tuple[int, int] | None:
    """The table and row of a line read as running text from the cell of a
    table that is no budget table (an activity table), else ``None``."""
    ev = line.item.evidence
    if line.row is not None or ev.table is None:
        return None
    return ev.table, ev.row if ev.row is not None else -1


def activity_subtotals(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the rows of a table, one line each, whose amounts a
    later budget section itemises (see the module's docstring)."""
    drop: set[int] = set()
    tables: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if (place := _place(line)) is not None:
            tables.setdefault(place[0], []).append(i)
    for own in tables.values():
        rows = [_place(lines[i]) for i in own]
        if len(set(rows)) != len(rows) or len(rows) < MIN_ITEMISED:
            continue
        last = max(lines[i].item.evidence.block for i in own)
        later = [x.item.amount_baht for x in sorted(
            (x for i, x in enumerate(lines) if x.item.evidence.block > last and i not in own),
            key=lambda x: (x.item.evidence.block, x.item.evidence.start))]
        runs = {i: _run_length(lines[i].item.amount_baht, later) for i in own}
        if sum(1 for n in runs.values() if n >= 2) < MIN_ITEMISED:
            continue
        drop |= {i for i, n in runs.items() if n}
        drop |= _joined([(i, lines[i].item.amount_baht) for i in own if not runs[i]], later)
    return [line for i, line in enumerate(lines) if i not in drop]
