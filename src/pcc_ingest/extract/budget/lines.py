"""Reading one cost line: its amounts, unit cost times quantity, and what it is for.

A line that shows its arithmetic ("คนละ 50 บาท x 100 คน") gives unit cost and
quantity as written, even when they do not multiply back to the line's
amount (an auditor checks that).  The words around an amount say whether it
is a line at all: a total, money received or a balance left is none, and an
amount repeated in words ("(หนึ่งหมื่นบาทถ้วน)") is a total.  These readers know
one stretch of text, not tables or the document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.budget.rules import (
    budget_rules,
    min_description_chars,
    quantity_re,
    rule_any,
    rule_re,
)
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord
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


def quantity(text: str, skip: Iterable[tuple[int, int]] = (), anchor: tuple[int, int] | None = None) -> float | None:
    """The product of the counted things in ``text`` ("2 มื้อ ... x 100 คน" -> 200).

    With ``anchor`` (the unit cost's span), only the counts chained to it by
    arithmetic count: "ทั้ง 7 ตำบล ... 8 แห่ง ๆ ละ 3,000 บาท" is 8, and a
    size "1.2 x 2.4 เมตร 16 ป้าย x 450 บาท" is no count.  With none chained,
    the count of what the cost is per ("100 คน ค่าอาหาร คนละ 50 บาท"), else
    every count.
    """
    spans = list(skip)
    found = [m for m in quantity_re().finditer(text)
             if not any(s < m.end() and m.start() < e for s, e in spans)]
    if anchor is not None:
        found = without_sizes(text, chained(text, found, anchor), anchor) or per_unit_count(text, found, anchor) or found
    factors = [v for m in found if (v := parse_number(m["n"] or m["bare"]))]
    return math.prod(factors) if factors else None


# "ละ" right before a count ("ๆ ละ 30 คน", "รุ่นละ 30 คน"): the count is a size per unit.
_SIZE_RE = re.compile(r"ละ\s*$")


def without_sizes(text: str, found: list[re.Match[str]], anchor: tuple[int, int]) -> list[re.Match[str]]:
    """The counts that multiply a cost stated per unit of something counted
    ("3 รุ่น ๆ ละ 30 คน รุ่นละ 15,000 บาท" -> "3 รุ่น"): a count written "ละ N"
    after the count of the cost's own unit is the size of each unit (30
    people a run), and the money is per run already; it multiplies nothing.
    Sizes nested above the cost's unit still multiply ("12 อำเภอๆละ 2 วันๆละ 5
    คนๆละ 240 บาท": 120 person-days), and counts are kept as they are when
    the cost is per nothing counted in the line."""
    per = _per_unit_re().search(text[: anchor[0]])
    own = [m.start() for m in found if per is not None and m.group().rstrip().endswith(per["unit"])]
    if not own:
        return found
    return [m for m in found if not (own[-1] < m.start() < anchor[0] and _SIZE_RE.search(text[: m.start()]))]


def per_unit_count(text: str, found: list[re.Match[str]], anchor: tuple[int, int]) -> list[re.Match[str]]:
    """The last count before ``anchor`` of the thing its cost is per: "มี 8 อำเภอ
    ... อำเภอละ 15,000 บาท" -> "8 อำเภอ"; none when the cost is per nothing named."""
    per = _per_unit_re().search(text[: anchor[0]])
    if per is None:
        return []
    same = [m for m in found if m.end() <= per.start() and m.group().rstrip().endswith(per["unit"])]
    return same[-1:]


@cache
def _per_unit_re() -> re.Pattern[str]:
    """A unit word then "ละ" right before a unit cost ("คนละ", "อำเภอละ", "มื้อ ๆ ละ")."""
    return re.compile(rf"(?P<unit>{'|'.join(budget_rules()['quantity']['units'])})\s*ๆ?\s*ละ\s*$")


@cache
def _glue_re() -> re.Pattern[str]:
    rules = budget_rules()["quantity"]
    return re.compile(rules["glue"].replace("{units}", "|".join(rules["units"])))


def chained(text: str, found: list[re.Match[str]], anchor: tuple[int, int]) -> list[re.Match[str]]:
    """The matches joined to ``anchor`` and to each other by nothing but
    arithmetic glue ("x", "ๆ ละ", "จำนวน", a unit word), outwards both ways."""
    glue = _glue_re()
    before = [m for m in found if m.end() <= anchor[0]]
    after = [m for m in found if m.start() >= anchor[1]]
    kept, edge = [], anchor[0]
    for m in reversed(before):
        if not glue.fullmatch(text[m.end():edge]):
            break
        kept.append(m)
        edge = m.start()
    edge = anchor[1]
    for m in after:
        if not glue.fullmatch(text[edge:m.start()]):
            break
        kept.append(m)
        edge = m.end()
    return kept


def arithmetic(text: str, amount: float | None) -> tuple[float | None, float | None, float | None]:
    """(amount, unit cost, quantity) of a line that shows its arithmetic.

    Unit cost and quantity are kept as written, whether or not they multiply
    to the stated amount (a slip there is for an auditor to see); a line
    with a unit cost and a quantity but no total gets their product.
    """
    bracket = rule_re("quantity.bracketed").search(text)
    if bracket and any(m.per_unit for m in money_in(bracket.group(1))):
        text = bracket.group(1)
    money = money_in(text)
    units = [m for m in money if m.per_unit]
    if not units:
        return (amount, *bare_unit_cost(text, money))
    unit = units[0]
    qty = quantity(text, [(m.start, m.end) for m in money], (unit.start, unit.end))
    if qty is None:
        return amount, None, None
    return (unit.value * qty if amount is None else amount), unit.value, qty


def bare_unit_cost(text: str, money: list[Money]) -> tuple[float | None, float | None]:
    """(unit cost, quantity) of "16 ถัง x 1,150 = 18,400 บ.": a count times a
    figure with no baht of its own, equal to the line's amount."""
    for m in money:
        found = rule_re("quantity.count_times").search(text[: m.start])
        if found and quantity_re().match(f"{found['q']} {found['unit']}"):
            return parse_number(found["u"]), parse_number(found["q"])
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
    for) stand before it, else 0."""
    m = rule_re("line.expense_start").search(text)
    return m.start() if m and m.start() > 0 and text[: m.start()].strip(" -•") else 0


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
    200 บาท") is no line for a purpose."""
    return bool(rule_any("line.not_purpose").search(before))


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
    _, unit, qty = arithmetic(text, amount)
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
