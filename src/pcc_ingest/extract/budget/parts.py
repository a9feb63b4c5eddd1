"""Amounts written one after another for parts of one purpose.

Clerks list prizes as "เงินรางวัล 10,000 บาท 7,000 บาท และ 5,000 บาท" or
"(เงินรางวัล 3,000 / 2,000 / 1,000 บาท)" beside the row's 22,000 or 6,000:
each amount is a line described by the purpose before the run, and the
row's figure that adds them up is their subtotal (labelling convention).
The paragraph's other cost lines, before or after the run and its sum
("- เงินรางวัล 3 รางวัล (5,000 + 3,000 + 2,000) = 10,000 บาท - ค่าน้ำมัน…
1,000 บาท"), are read as usual.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.lines import budget_item, describe, money_in
from pcc_ingest.extract.budget.rules import min_description_chars, rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import parse_number


def listed_parts(text: str) -> tuple[str, list[tuple[float, int, int]]] | None:
    """(purpose, [(amount, start, end), ...]) of the one run of two or more
    amounts ``text`` writes one after another (``parts.run``), else None.
    The purpose is the words before the run, back to a bracket, a colon or
    an earlier amount."""
    runs = list(rule_re("parts.run").finditer(text))
    if len(runs) != 1:
        return None
    run = runs[0]
    figures = [(parse_number(m.group()), run.start() + m.start(), run.start() + m.end())
               for m in rule_re("parts.figure").finditer(run.group())]
    if len(figures) < 2 or any(value is None for value, _, _ in figures):
        return None
    return _purpose(text, run.start()), [(float(v), s, e) for v, s, e in figures]


def _purpose(text: str, end: int) -> str:
    """The words naming a run's purpose: those before it back to the last
    opener (``parts.purpose_start``); when the run opens its own bracket
    right after the purpose ("เงินรางวัลชนะเลิศ ... (5,000 + 3,000 บาท)"),
    the words before that bracket."""
    opened = [0] + [m.end() for m in rule_re("parts.purpose_start").finditer(text, 0, end)]
    for start, stop in zip(reversed(opened), [end, *reversed(opened[1:])]):
        purpose = describe(text[start:stop].rstrip(" (:："))
        if purpose:
            return purpose
    return ""


def part_lines(cell: Block, total: float, source: str | None) -> list[BudgetItemRecord]:
    """The lines of a cell that lists parts of one purpose adding up to
    ``total`` (the row's amount), one per part; none if the cell lists no
    such run, names no purpose, or its parts add up to something else."""
    found = listed_parts(cell.text)
    if found is None:
        return []
    purpose, figures = found
    if len(purpose) < min_description_chars() or abs(sum(v for v, _, _ in figures) - total) >= 0.5:
        return []
    return [budget_item(purpose, value, None, None, source, cell, start, end) for value, start, end in figures]


def paragraph_parts(block: Block) -> list[BudgetItemRecord]:
    """The lines of a paragraph that lists parts of one purpose and then
    states their sum ("- ค่ารางวัลหมู่บ้านต้นแบบ 3 รางวัล (3,000 บาท 2,000
    บาท และ 1,000 บาท) เป็นเงิน 6,000 บาท"), one per part; none unless an
    amount written after the run adds them up."""
    found = listed_parts(block.text)
    if found is None:
        return []
    purpose, figures = found
    end = figures[-1][2]
    total = sum(v for v, _, _ in figures)
    if len(purpose) < min_description_chars() or not any(
            m.start >= end and abs(m.value - total) < 0.5 for m in money_in(block.text)):
        return []
    return [budget_item(purpose, value, None, None, None, block, start, stop) for value, start, stop in figures]


def with_parts(lines: list[BudgetItemRecord], flags: list[bool], parts: list[BudgetItemRecord],
               text: str) -> tuple[list[BudgetItemRecord], list[bool], str]:
    """A paragraph's ``lines`` (with their trailing-source ``flags``) with
    the ``parts`` of its one run in place of the lines read over the run and
    the amount after it that adds them up: the other cost lines of the
    paragraph stay, since a progress report's cell lists the prizes beside
    a fuel line.  The text comes back with that sum blanked: it is no
    amount between clauses, so a source named after the later lines
    ("แหล่งงบประมาณ: …") funds the parts too."""
    if not parts:
        return lines, flags, text
    start, end = parts[0].evidence.start, parts[-1].evidence.end
    total = sum(p.amount_baht for p in parts)
    summed = next((m for m in money_in(text) if m.start >= end and abs(m.value - total) < 0.5), None)
    stop = summed.end if summed else end
    pairs = [(line, flag) for line, flag in zip(lines, flags)
             if line.evidence.end <= start or line.evidence.start >= stop]
    pairs += [(p, False) for p in parts]
    pairs.sort(key=lambda pair: pair[0].evidence.start)
    if summed:
        text = text[:summed.start] + " " * (summed.end - summed.start) + text[summed.end:]
    return [line for line, _ in pairs], [flag for _, flag in pairs], text
