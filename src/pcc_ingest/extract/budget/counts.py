"""Counts that multiply a unit cost: which figures of a line count its units.

A sentence holds many counts ("ผู้เข้าร่วม 32 คน", "ทั้ง 7 ตำบล", "2 มื้อ x 100
คน"); only those joined to the unit cost by arithmetic, or counting what it
is per, multiply it.  When none is written, a rate and the sum after it
imply one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache

from pcc_ingest.extract.budget.rules import budget_rules, quantity_re, rule_re
from pcc_ingest.thai.numbers import parse_number


def counts_in(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[re.Match[str]]:
    """The counts ("100 คน", "2 มื้อ") of ``text`` outside the ``skip`` spans (its money)."""
    spans = list(skip)
    return [m for m in quantity_re().finditer(text) if not any(s < m.end() and m.start() < e for s, e in spans)]


def quantity(text: str, skip: Iterable[tuple[int, int]] = (), anchor: tuple[int, int] | None = None) -> float | None:
    """The product of the counted things in ``text`` ("2 มื้อ ... x 100 คน" -> 200).

    With ``anchor`` (the unit cost's span), only the counts chained to it by
    arithmetic count: "ทั้ง 7 ตำบล ... 8 แห่ง ๆ ละ 3,000 บาท" is 8, and a
    size "1.2 x 2.4 เมตร 16 ป้าย x 450 บาท" is no count.  With none chained,
    the count of what the cost is per ("100 คน ค่าอาหาร คนละ 50 บาท"), else
    every count.
    """
    found = counts_in(text, skip)
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


def counts_tied(text: str, skip: Iterable[tuple[int, int]], anchor: tuple[int, int]) -> bool:
    """Whether a count in ``text`` belongs to the unit cost at ``anchor``:
    joined to it by arithmetic, or counting what it is per ("8 อำเภอ ...
    อำเภอละ"); other counts in the sentence ("ผู้เข้าร่วม 32 คน") are not its."""
    found = counts_in(text, skip)
    return bool(chained(text, found, anchor) or per_unit_count(text, found, anchor))


def summed_count(between: str, rate: float, amount: float | None) -> float | None:
    """The count a rate and its sum imply when no count is written ("ประเด็นละ
    8,000 บาท รวม 24,000 บาท" -> 3, "อำเภอละ 10,000 บาท รวม 60,000 บาท" -> 6):
    the sum stated right after the rate (``between`` them nothing but
    ``quantity.rate_then_sum``) divided by it, when that is a whole number of
    at least two (labelling convention).  It stands in for counts the
    sentence gives other things ("ผู้เข้าร่วม 32 คน ... อำเภอละ 10,000 บาท รวม
    80,000 บาท" -> 8), not for the rate's own (``counts_tied``)."""
    if amount is None or not rate or not rule_re("quantity.rate_then_sum").fullmatch(between):
        return None
    count = amount / rate
    return float(round(count)) if count >= 2 and abs(count - round(count)) < 1e-9 else None
