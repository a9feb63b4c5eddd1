"""Funders a recap table's rows lend the cost lines they add up to.

An activity table may name each row's funder ("1.1 ค้นหาผู้ป่วยเชิงรุก | 16,800
| สสจ.X") over a later line-items table that itemises the rows without
naming any ("- ค่าอาหารกลางวัน ... | 16,800", an action plan's "รายละเอียด
งบประมาณรายกิจกรรม").  The rows, in order, add up run by run to the cost
lines (``recaps.recaps_table``), so they are subtotals; each cost line naming
no funder of its own takes the funder of the row its run adds up to.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine


def splits_into(amounts: list[float], parts: list[float]) -> bool:
    """``parts``, in order and all used, split into runs adding up to each of ``amounts``."""
    i = 0
    for amount in amounts:
        total = 0.0
        while i < len(parts) and total < amount - 0.5:
            total += parts[i]
            i += 1
        if abs(total - amount) >= 0.5:
            return False
    return i == len(parts)


def lend_sources(lines: list[PlacedLine], rows: dict[tuple[int, int], list[int]], parts: list[int]) -> None:
    """Give each of ``parts`` naming no source the source of the row of
    ``rows`` (in order) whose amount its run adds up to (``lines`` is
    updated in place), when the rows split ``parts`` in order, all used.
    Rows of which one is split between funders, one line per funder column
    ("5. เวที… | - | 8,600 | 10,000 | 18,600"), lend none: that is a table of
    money by source beside the cost table, whose funders the cost lines do
    not name (labelling convention)."""
    amounts = [sum(lines[k].item.amount_baht for k in idx) for _, idx in sorted(rows.items())]
    if not splits_into(amounts, [lines[k].item.amount_baht for k in parts]) or any(
            len({lines[k].item.source for k in idx if lines[k].item.source}) >= 2 for idx in rows.values()):
        return
    i = 0
    for _, idx in sorted(rows.items()):
        amount = sum(lines[k].item.amount_baht for k in idx)
        source = next((lines[k].item.source for k in idx if lines[k].item.source), None)
        start, total = i, 0.0
        while i < len(parts) and total < amount - 0.5:
            total += lines[parts[i]].item.amount_baht
            i += 1
        for k in parts[start:i]:
            if source and lines[k].item.source is None:
                lines[k] = replace(lines[k], item=lines[k].item.model_copy(update={"source": source}))
