"""Money restating one activity group of an itemised cost table.

A cost table grouped by activity (a heading row "กิจกรรมที่ 2 อบรม…" over
its cost lines) is often followed by a summary by funder with one row per
activity group ("กิจกรรมที่ 2 … | 16,650.00"), and by results that tell each
activity's spending again ("… ใช้งบประมาณ 16,650 บาท").  Those amounts are
the groups' subtotals: the itemised lines are kept and the restatements
dropped, so the lines sum to what was spent.  A summary row may also name
several activities at once ("สสจ.X | กิจกรรมที่ 1, 2, 7, 8 | 28000"), worth
the groups of those activities together, wherever they stand in the table.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import table_runs
from pcc_ingest.extract.budget.refs import activity_refs
from pcc_ingest.model import Document


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


def _row_text(doc: Document, line: PlacedLine) -> str:
    """The words of every cell of the table row ``line`` was read from."""
    block = doc.blocks[line.item.evidence.block]
    return " ".join(b.text for b in doc.blocks
                    if b.kind == "table_cell" and (b.table, b.row) == (block.table, block.row))


def named_groups(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """Table lines whose row names two or more activities ("กิจกรรมที่ 1, 2,
    7, 8") and which are worth exactly the lines of those activities in
    another table run, all of them there: a summary row restating their
    groups, dropped."""
    runs = table_runs(lines)
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if line.row is None:
            continue
        named = {n for ref in activity_refs(_row_text(doc, line)) for n in ref.numbers}
        if len(named) < 2:
            continue
        for span, idx in runs.items():
            if span == line.span or not named <= {lines[k].activity for k in idx}:
                continue
            worth = sum(lines[k].item.amount_baht for k in idx if lines[k].activity in named)
            if abs(worth - line.item.amount_baht) < 0.005:
                drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]
