"""Amounts cells of budget tables: the figures they hold, or the cost lines they spell out.

PDF text glues and breaks figures ("5,0005,000", "5 ,000"), and some clerks
write whole cost lines into the amounts column ("ค่าอาหาร (50 คน x 70 บาท)
3,500 ... รวม 9,000"); reading a cell is kept apart from pairing it with the
rest of its row.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

from pcc_ingest.extract.budget.footnotes import unmarked
from pcc_ingest.extract.budget.lines import (
    arithmetic,
    budget_item,
    describe,
    is_total_context,
)
from pcc_ingest.extract.budget.rules import quantity_re, rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import CELL_BULLET_RE
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import parse_number

# An amounts cell: figures with their commas, "บาท", dashes and brackets only
# (a cell reading "12 เดือน" is not money).
AMOUNTS_CELL_RE = re.compile(r"[\d,.\s()\-–=/]*(?:(?:บาท|บ\.)[\d,.\s()\-–=/]*)*")


# A comma with white space around it inside a figure ("5 ,000").
SPACED_COMMA_RE = re.compile(r"(?<=\d)\s*,\s*(?=\d)")


# A bracketed aside of a spelled-out cost line ("(50 คน x 70 บาท)"): its
# figures are arithmetic, not the line's amount.
BRACKETED_RE = re.compile(r"\([^()]*\)")


# A baht word right after a figure, dropped to see what follows it
# ("70 บาท x 50 คน": the figure is a unit cost).
BAHT_WORD_RE = re.compile(r"^\s*(?:บาท|บ\.)")


# One figure of an amounts cell.  Thousands groups are taken greedily so that
# two amounts a PDF cell glued together ("5,0005,000") come apart.
CELL_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?")


# A line's bare result after its working ("9 ผืน x 450 = 4,050", the column's
# baht unsaid): the working alone shows the unit cost and count.
ANSWER_RE = re.compile(rf"\s*=\s*(?:{CELL_FIGURE_RE.pattern})\s*$")


def cell_figures(block: Block | None) -> list[tuple[float, int, int]]:
    """The figures of an amounts cell ("5,000 5,000"); none if it holds other words.

    PDF text may break a figure at its comma ("5 ,000"); such a cell is read
    with those spaces closed, and its figures cite the whole cell.  The
    arithmetic an amount shows in brackets ("8,400 (21 คน x 4 ครั้ง x 100
    บาท)") is no figure of its own and no other words, nor is the spending
    noted after an allotted amount ("36,750 เบิกจ่ายจริง 35,910").
    """
    if block is None:
        return []
    shown = rule_re("quantity.bracketed").sub(lambda m: " " * len(m.group()), unmarked(block.text))
    subtotals = [parse_number(m["n"]) for m in rule_re("line.bracketed_subtotal").finditer(shown)]
    shown = rule_re("line.bracketed_subtotal").sub(lambda m: " " * len(m.group()), shown)
    unspent = rule_re("line.spent_note").sub(lambda m: " " * len(m.group()), shown)
    if CELL_FIGURE_RE.search(unspent):
        shown = unspent
    if not AMOUNTS_CELL_RE.fullmatch(shown):
        return []
    text = SPACED_COMMA_RE.sub(",", shown)
    out = []
    for m in CELL_FIGURE_RE.finditer(text):
        value = parse_number(m.group())
        if value is not None:
            span = m.span() if len(text) == len(block.text) else (0, len(block.text))
            out.append((value, *span))
    if any(total is None or abs(sum(v for v, _, _ in out) - total) >= 0.5 for total in subtotals):
        return []
    return out


def counted_cell(text: str) -> float | None:
    """The count a quantity cell gives with its unit ("30 คน", "128 มื้อ",
    "2 ป้าย", "1 ชุด"): the figure, which a bare-number reading misses."""
    m = rule_re("quantity.counted_cell").fullmatch(text)
    return parse_number(m["n"]) if m else None


# A figure of a quantity cell's product ("45 คน x 2 มื้อ" -> 45, 2).
COUNT_FIGURE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def counted_product(text: str) -> float | None:
    """The quantity a cell gives as a product of counts ("45 คน x 2 มื้อ" ->
    90, "12 จุด x 7 วัน" -> 84): the line's units are all its factors, as a
    line's chained counts are (labelling convention); None for other cells."""
    if not rule_re("quantity.counted_product").fullmatch(text):
        return None
    factors = [parse_number(m.group()) for m in COUNT_FIGURE_RE.finditer(text)]
    return math.prod(factors) if factors and None not in factors else None


def worked_amount(cell: Block | None) -> list[tuple[float, int, int]]:
    """The amount of an amounts cell that shows only its working ("46 จุด x
    7 วัน x 100 บาท = 32,200"): the result as written, whether or not the
    working gives it (an auditor checks that); with no result written, the
    price times the counts."""
    m = rule_re("quantity.worked_cell").fullmatch(cell.text) if cell is not None else None
    if m is None:
        return []
    amount = parse_number(m["result"]) if m["result"] else arithmetic(cell.text, None)[0]
    return [(amount, 0, len(cell.text))] if amount else []


def spelled_out(cell: Block | None) -> Block | None:
    """An amounts cell that writes its cost lines in words ("ค่าอาหารกลางวัน
    (50 คน x 1 มื้อ x 70 บาท) 3,500 ... รวม 9,000"), else None: such a cell is
    read like a detail cell, line by line, its "รวม" being a subtotal.  A
    bulleted line needs no cost word ("- กระจกโค้งจราจร 10 ชุด x 3,500 บาท =
    35,000 บาท"): the clerk's dash marks it as a line."""
    if cell is None or cell_figures(cell):
        return None
    if rule_re("line.expense_start").search(cell.text) or CELL_BULLET_RE.search(cell.text):
        return cell
    return None


def line_amount(line: str) -> tuple[float, int] | None:
    """(amount, end) of one spelled-out cost line in an amounts cell: its first
    figure outside brackets that is no count ("50 คน"), unit cost ("70 บาท x"),
    ordinal ("รางวัลที่ 1") or subtotal ("รวม 9,000"); the column's unit is baht, so none is written."""
    inside = [m.span() for m in BRACKETED_RE.finditer(line)]
    for m in CELL_FIGURE_RE.finditer(line):
        after = BAHT_WORD_RE.sub("", line[m.end():], count=1)
        if (any(s <= m.start() < e for s, e in inside) or quantity_re().match(line[m.start():])
                or rule_re("line.unit_before").search(line[:m.start()]) or rule_re("line.unit_after").match(after)
                or rule_re("line.ordinal_before").search(line[:m.start()])):
            continue
        if is_total_context(line[:m.start()]):
            return None
        value = parse_number(m.group())
        return (value, m.end()) if value else None
    return None


def spelled_lines(cell: Block, source: str | None) -> list[BudgetItemRecord]:
    """The cost lines of an amounts cell that writes them out, one per cost
    word ("ค่าอาหารกลางวัน (50 คน x 1 มื้อ x 70 บาท) 3,500 ค่าป้ายไวนิล 1,200
    รวม 4,700") or one per bullet: each line's bare figure is its amount, the
    "รวม" a subtotal."""
    text = cell.text
    marks = {m.start() for m in rule_re("line.expense_start").finditer(text)}
    marks |= {m.start() for m in CELL_BULLET_RE.finditer(text)}
    starts = [*sorted(marks), len(text)]
    out = []
    for start, stop in pairwise(starts):
        line = text[start:stop]
        found = line_amount(line)
        if found is None:
            continue
        value, end = found
        amount, unit, qty = arithmetic(line[:end], value)
        if unit is None:
            amount, unit, qty = arithmetic(ANSWER_RE.sub("", line[:end]), value)
        if amount:
            out.append(budget_item(describe(line[:end]), amount, unit, qty, source, cell, start, start + end))
    return out
