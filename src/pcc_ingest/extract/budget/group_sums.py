"""Money restating one activity group of an itemised cost table.

A cost table grouped by activity (a heading row "กิจกรรมที่ 2 อบรม…" over
its cost lines) is often followed by a summary by funder with one row per
activity group ("กิจกรรมที่ 2 … | 16,650.00"), and by results that tell each
activity's spending again ("… ใช้งบประมาณ 16,650 บาท").  Those amounts are
the groups' subtotals: the itemised lines are kept and the restatements
dropped, so the lines sum to what was spent.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import table_runs


def _group_sums(lines: list[PlacedLine]) -> dict[tuple[int, int], list[float]]:
    """The sums of each table run's groups of two or more lines: consecutive
    lines of one activity (None for lines under no numbered heading).  A run
    that is one group is left to the whole-table rules."""
    out: dict[tuple[int, int], list[float]] = {}
    for span, idx in table_runs(lines).items():
        groups: list[list[float]] = []
        previous: object = object()
        for i in idx:
            if lines[i].activity != previous:
                groups.append([])
                previous = lines[i].activity
            groups[-1].append(lines[i].item.amount_baht)
        if len(groups) >= 2:
            out[span] = [sum(g) for g in groups if len(g) >= 2]
    return out


def restated_groups(lines: list[PlacedLine]) -> list[PlacedLine]:
    """Lines outside a grouped cost table worth exactly one of its groups of
    two or more lines restate that group's subtotal and are dropped."""
    sums = _group_sums(lines)
    return [line for line in lines
            if not any(span != line.span and any(abs(line.item.amount_baht - s) < 0.005 for s in group)
                       for span, group in sums.items())]
