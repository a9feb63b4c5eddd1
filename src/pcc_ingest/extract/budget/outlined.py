"""Sub-activity amounts told in a cell, itemised by a later cost table.

An activity cell may list its rounds under outline numbers, each with its
money ("4. อบรมเกษตรกร… 4.1 รุ่นที่ 1 … 27,000 บาท 4.2 รุ่นที่ 2 … 15,600
บาท", a progress report's plan table), while a cost table numbers its lines
the same way ("4.1 รุ่นที่ 1 ค่าอาหารกลางวัน | 12,600", "4.1 รุ่นที่ 1
ค่าวิทยากร | 5,400"): when two or more table lines numbered N.M add up to
the amount told after "N.M", that amount is their subtotal, no line.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.model import Document


def _told_outline(text: str) -> tuple[int, ...] | None:
    """The outline number last opening a sub-item in ``text`` (the running
    text or cell before a line's amount, ``outlined.told``), else ``None``."""
    found = list(rule_re("outlined.told").finditer(text))
    return tuple(int(p) for p in found[-1]["outline"].split(".")) if found else None


def outlined_subtotals(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the amounts of running text told under a sub-item's
    outline number that two or more table lines of that number add up to."""
    tabled: dict[tuple[int, ...], list[float]] = {}
    for line in lines:
        if line.row is not None and line.outline is not None and len(line.outline) > 1:
            tabled.setdefault(line.outline, []).append(line.item.amount_baht)
    if not tabled:
        return lines
    texts = {b.order: b.text for b in doc.blocks}

    def itemised(line: PlacedLine) -> bool:
        if line.row is not None:
            return False
        told = _told_outline(texts.get(line.item.evidence.block, "")[: line.item.evidence.end])
        parts = tabled.get(told) if told else None
        return parts is not None and len(parts) >= 2 and abs(sum(parts) - line.item.amount_baht) < 0.5

    return [line for line in lines if not itemised(line)]
