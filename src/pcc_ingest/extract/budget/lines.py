"""Reading one cost line: its amounts, unit cost times quantity, and what it is for.

A line that shows its arithmetic ("คนละ 50 บาท x 100 คน") gives unit cost and
quantity as written, even when they do not multiply back to the line's
amount (an auditor checks that).  The words around an amount say whether it
is a line at all: a total, money received or a balance left is none, and an
amount repeated in words ("(หนึ่งหมื่นบาทถ้วน)") is a total.  These readers know
one stretch of text, not tables or the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.extract.budget.counts import counts_tied, quantity, summed_count
from pcc_ingest.extract.budget.rules import (
    budget_rules,
    min_description_chars,
    quantity_re,
    rule_any,
    rule_re,
)
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_cell_lines import cell_lines
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import find_amounts, find_thai_money_words, parse_number
from pcc_ingest.thai.text import strip_list_marker

# A name in quotes inside a description ("ชื่อกิจกรรมหลัก “จัดประชุม ...”"): the
# activity's own name, which describes its money better than the form label.
QUOTED_NAME_RE = re.compile(r"[“\"«]([^”\"»]{3,})[”\"»]")


@dataclass(frozen=True)
class Money:
    """One amount in a text: value, span, and whether it is a per-unit cost."""

    value: float
    start: int
    end: int
    per_unit: bool


def money_in(text: str) -> list[Money]:
    """Amounts in baht in ``text``, each flagged per-unit when it is a unit cost."""
    out = []
    for value, start, end in find_amounts(text):
        per_unit = bool(rule_re("line.unit_before").search(text[:start])) or bool(
            rule_re("line.unit_after").match(text[end:])
        )
        out.append(Money(value, start, end, per_unit))
    return out


def in_millions(text: str, money: Money) -> bool:
    """Whether a figure of running text is written in millions of baht
    (``line.in_millions``): background funds, no line or total."""
    return bool(rule_re("line.in_millions").search(text[money.start:money.end]))


def arithmetic(text: str, amount: float | None) -> tuple[float | None, float | None, float | None]:
    """(amount, unit cost, quantity) of a line that shows its arithmetic.

    Unit cost and quantity are kept as written, whether or not they multiply
    to the stated amount (a slip there is for an auditor to see); a line
    with a unit cost and a quantity but no total gets their product.
    """
    # A line may show its working twice, bare and then worded ("(7x7x200)
    # (7 ด่าน x 7 วัน x 200 บาท)"): the bracket naming the price is the sum.
    brackets = rule_re("quantity.bracketed").finditer(text)
    priced = next((b for b in brackets if any(m.per_unit for m in money_in(b.group(1)))), None)
    before = text[: priced.start()] if priced else ""
    text = priced.group(1) if priced else text
    money = money_in(text)
    units = [m for m in money if m.per_unit]
    if not units:
        return (amount, *bare_unit_cost(text, money, amount))
    unit = units[0]
    skip, anchor = [(m.start, m.end) for m in money], (unit.start, unit.end)
    qty = _times_outside(before, unit.value, quantity(text, skip, anchor), amount)
    last = money[-1]
    implied = summed_count(text[unit.end:last.start], unit.value, amount) if last is not unit else None
    if implied is not None and not multiplies_to(unit.value, qty, amount) and not counts_tied(text, skip, anchor):
        qty = implied
    if qty is None:
        return amount, None, None
    return (unit.value * qty if amount is None else amount), unit.value, qty


def _times_outside(before: str, unit: float, qty: float | None, amount: float | None) -> float | None:
    """``qty`` times the count written before the bracket of workings
    ("ประชุม… 2 ครั้ง (40 คน x 70 บาท)" for 5,600: 80) when the bracket
    alone falls short of the line's amount and that count makes it up."""
    if qty is None or amount is None or not before or multiplies_to(unit, qty, amount):
        return qty
    times = None if money_in(before) else quantity(before)
    return qty * times if times and multiplies_to(unit, qty * times, amount) else qty


def bare_unit_cost(text: str, money: list[Money], amount: float | None = None) -> tuple[float | None, float | None]:
    """(unit cost, quantity) of "16 ถัง x 1,150 = 18,400 บ.": a count times a
    figure with no baht of its own, equal to the line's amount; or of counts
    times a closing bare figure ("24 ด่าน x 14 วัน x 200", its baht lost)
    whose product is the amount stated beside the line."""
    for m in money:
        found = rule_re("quantity.count_times").search(text[: m.start])
        if found and quantity_re().match(f"{found['q']} {found['unit']}"):
            return parse_number(found["u"]), parse_number(found["q"])
    last = rule_re("quantity.times_last").search(text) if amount is not None and not money else None
    price = parse_number(last["u"]) if last else None
    qty = quantity(text[: last.start()]) if last and price else None
    if price and qty and amount is not None and abs(price * qty - amount) < 0.5:
        return price, qty
    return None, None


def describe(text: str) -> str:
    """A line's purpose: a quoted name if any, else its words before the arithmetic."""
    text = text[expense_start(text):]
    quoted = QUOTED_NAME_RE.search(text)
    if quoted:
        return quoted.group(1).strip()
    body = strip_list_marker(text.strip())
    cut = rule_re("line.arithmetic_start").search(body)
    if cut and cut.start() >= budget_rules()["line"]["min_description_chars"]:
        body = body[: cut.start()]
    return rule_re("line.trailing_filler").sub("", body).strip(" -:")


def expense_start(text: str) -> int:
    """Where a cost line's own words begin in ``text``: at its cost word
    ("ค่าอาหาร...") when words naming something else (the activity the cost is
    for) stand before it, else at its bullet (``bulleted_start``), else 0."""
    m = rule_re("line.expense_start").search(text)
    if m and _OPEN_BRACKET_RE.search(text[: m.start()]) and _PLAIN_BRACKET_RE.match(text, m.start()):
        return bulleted_start(text)
    return m.start() if m and m.start() > 0 and text[: m.start()].strip(" -•") else bulleted_start(text)


# A bracket left open right before a cost word ("เยี่ยมบ้านผู้ป่วยติดเตียง
# (ค่าน้ำมันเชื้อเพลิง)") and closed with no figure in it (``_PLAIN_BRACKET_RE``):
# the cost word qualifies the activity's name, it starts no line of its own.
# A bracket of workings ("(ค่าอาหารว่าง 32 คน × 35 บาท = 1,120 บาท)") is the line.
_OPEN_BRACKET_RE = re.compile(r"\(\s*$")
_PLAIN_BRACKET_RE = re.compile(r"[^()\d]*\)")


# A figure anywhere in a stretch of text.
_FIGURE_RE = re.compile(r"\d")


def bulleted_start(text: str) -> int:
    """Where the last bulleted line of ``text`` begins, when an activity's
    name stands before the bullets and that line alone holds figures ("รณรงค์
    Big Cleaning Day 3 ครั้ง - ทรายกำจัดลูกน้ำยุงลาย 4 ถัง x "): clerks
    itemise materials with a dash and no cost word ("ค่า..."), so the dash
    starts the line's own words.  0 when no such line ends the text."""
    spans = cell_lines(text)
    if len(spans) < 2 or spans[0][0] != 0 or not _FIGURE_RE.search(text[spans[-1][0]:spans[-1][1]]):
        return 0
    between = spans[1:-1]
    return 0 if any(_FIGURE_RE.search(text[s:e]) for s, e in between) else spans[-1][0]


def is_total_context(before: str) -> bool:
    """The words just before an amount make it a total or subtotal.

    A bare "รวม" after the line's own words is that line's sum, not a
    subtotal ("ค่าอาหาร 2 มื้อ 60 คน รวม 3,000 บาท"); after nothing but
    the previous amount it sums the lines before it.
    """
    m = rule_any("total.any").search(before)
    if m is None:
        return False
    own = describe(before[: m.start()])
    return not (rule_re("total.own_sum").fullmatch(before[m.start():]) and len(own) >= min_description_chars())


def is_not_a_line(before: str) -> bool:
    """Money received or left over ("ได้รับการสนับสนุน... 25,000 บาท", "คงเหลือ
    200 บาท") is no line for a purpose.  Only the words after the last list
    opener count ("... คงเหลือ 500 บาท ได้ส่งคืนแล้ว รายละเอียดการใช้จ่ายมี
    ดังนี้ การอบรม... เป็นค่าอาหารกลางวัน 90 คน คนละ 70 บาท"): the list's
    lines are the spending, whatever the sentence said of the money before.
    Money received that the words after the receipt name as a cost ("ได้รับ
    การสนับสนุนงบประมาณจากกองทุน... สำหรับการอบรม... เป็นค่าอาหารกลางวัน 120 คน
    × 150 บาท เป็นเงิน 18,000 บาท") is that cost's line."""
    openers = list(rule_re("line.list_opener").finditer(before))
    words = before[openers[-1].end():] if openers else before
    found = list(rule_any("line.not_purpose").finditer(words))
    if not found:
        return False
    last = found[-1]
    return not (rule_re("line.received").search(words[last.start():])
                and rule_re("line.received_cost").search(words[last.end():]))


def is_generic(description: str) -> bool:
    """A description that only says "the money used" (in a period, from a
    fund), naming no purpose."""
    return bool(rule_re("line.generic").fullmatch(description.strip()))


def budget_item(desc: str, amount: float, unit: float | None, qty: float | None, source: str | None,
          block: Block, start: int, end: int) -> BudgetItemRecord:
    return BudgetItemRecord(
        description=desc, amount_baht=amount, unit_cost_baht=unit, quantity=qty,
        source=source, evidence=evidence(block, start, end),
    )


def shown_arithmetic(text: str, amount: float) -> tuple[float | None, float | None]:
    """(unit cost, quantity) a description shows for an amount in another cell
    ("... (30 คน x 3 วัน x 400 บาท)" beside 36,000), only when they multiply to
    it: an activity's words hold other figures that are no arithmetic."""
    for reading in dict.fromkeys((text, rule_re("line.split_figure").sub("", text))):
        # PDF text may break a figure with a stray space ("(30 0 บาท x 60 คน)" beside
        # 18,000): closed up, it is read only if it then multiplies to the amount
        _, unit, qty = arithmetic(reading, amount)
        if unit and qty and abs(unit * qty - amount) < 0.5:
            return unit, qty
    return None, None


def line_groups(money: list[Money]) -> list[list[Money]]:
    """Amounts grouped into lines: a unit cost goes with the total after it.

    A unit cost followed by another unit cost (or by nothing) is a line of
    its own, worth its unit cost times its quantity.
    """
    groups: list[list[Money]] = []
    current: list[Money] = []
    for m in money:
        if m.per_unit and current:
            groups.append(current)
            current = []
        current.append(m)
        if not m.per_unit:
            groups.append(current)
            current = []
    return groups + ([current] if current else [])


def multiplies_to(unit: float | None, qty: float | None, amount: float | None) -> bool:
    """A unit cost times its count gives the amount: the amount is that line's
    own sum ("อำเภอละ 20,000 บาท จำนวน 12 อำเภอ รวมเป็นเงิน 240,000 บาท
    (สองแสนสี่หมื่นบาทถ้วน)"), a line even when repeated in words."""
    return bool(unit and qty and amount) and abs(unit * qty - amount) < 0.5


def line_arithmetic(line: str, amount: float | None) -> tuple[float | None, float | None, float | None]:
    """``arithmetic`` of a cost line, read from its cost word on when words
    naming something else stand before it ("เยี่ยม... พชอ. 9 อำเภอ -
    ค่าอาหารว่าง 9 ครั้ง x 30 คน x 30 บาท": the 9 districts multiply
    nothing); the whole line when the arithmetic is not all after it."""
    cut = expense_start(line)
    if cut:
        own = arithmetic(line[cut:], amount)
        if own[1] is not None and own[2] is not None:
            return own
    return arithmetic(line, amount)


def _words_end(text: str, end: int) -> int | None:
    """Where the amount ending at ``end`` is repeated in words right after it
    ("(หนึ่งหมื่นบาทถ้วน)") ends, if it is."""
    words = find_thai_money_words(text[end:end + 80])
    if not words or text[end:end + words[0][1]].strip(" ()"):
        return None
    return end + words[0][2]


def followed_by_words(text: str, end: int) -> bool:
    """An amount repeated in words right after it ("(หนึ่งหมื่นบาทถ้วน)") is a total."""
    return _words_end(text, end) is not None


def after_words(text: str, end: int) -> int:
    """Where the clause after an amount starts: past its repetition in words, if any,
    so that "58,400 บาท (ห้าหมื่น...บาทถ้วน) ใช้จ่ายจริง 57,150 บาท" reads "ใช้จ่ายจริง" first."""
    after = _words_end(text, end)
    if after is None:
        return end
    return after + len(text[after:]) - len(text[after:].lstrip(" )"))
