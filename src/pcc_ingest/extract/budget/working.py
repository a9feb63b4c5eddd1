"""A bracket after an amount that shows how it was worked out, read whole.

"งบประมาณ 9,000 บาท (ค่าอาหารกลางวัน 50 บาท x 180 คน) จากกองทุน…": the
bracket names the cost the amount pays for, its unit cost and its count, and
the funder stands after it.  The count may follow the unit cost inside the
bracket, so the bracket is read to its close, not to its first amount.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import inline_source
from pcc_ingest.extract.budget.lines import describe, multiplies_to
from pcc_ingest.extract.budget.rules import min_description_chars, rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.thai.numbers import parse_number


def bracket_close(text: str, start: int) -> int | None:
    """Where the bracket open before ``start`` closes (after its ")"), if it does before another opens."""
    for i in range(start, len(text)):
        if text[i] in "(（":
            return None
        if text[i] in ")）":
            return i + 1
    return None


def bracket_name(before: str) -> str | None:
    """The cost a working bracket names before its figures ("(ค่าอาหารกลางวัน 50 บาท x…" gives
    "ค่าอาหารกลางวัน"); ``None`` when it holds figures alone ("(90 คน x 110 บาท)").

    ``before`` runs from the amount the bracket works out to the bracket's
    first amount; the words between "(" and the first figure name the item.
    """
    opened = rule_re("line.working_bracket").match(before)
    if opened is None:
        return None
    words = rule_re("line.working_name").match(before[before.index("(") + 1 if "(" in before else 0:])
    desc = describe(words["name"]) if words else ""
    return desc if len(desc) >= min_description_chars() else None


def with_working(item: BudgetItemRecord, before: str, after: str, unit: float | None,
                 qty: float | None) -> BudgetItemRecord:
    """``item`` given the working a bracket after its amount shows: the unit
    cost and count it lacks, the cost the bracket names as its description,
    and the funder named right after the bracket when it has none."""
    update: dict[str, object] = {}
    if item.unit_cost_baht is None:
        update |= {"unit_cost_baht": unit, "quantity": qty}
    name = bracket_name(before)
    if name is not None:
        update["description"] = name
    if item.source is None and (source := inline_source(after)):
        update["source"] = source
    return item.model_copy(update=update) if update else item


# Longest stretch of words between an amount and the per-unit share that
# divides it ("80,000 บาท จัดสรรให้ 5 อำเภอ อำเภอละ 16,000 บาท"): farther on,
# the share belongs to a clause of its own.
MAX_DIVIDED_CHARS = 60


def divides_previous(before: str, previous: float, per_unit: bool, unit: float | None, qty: float | None) -> bool:
    """Whether a per-unit amount right after another shares it out ("งบ… 80,000
    บาท จัดสรรให้ 5 อำเภอ อำเภอละ 16,000 บาท"): its count times it gives the
    amount before, and no cost is named between, so it is that amount's
    working, no second line."""
    return (per_unit and len(before) <= MAX_DIVIDED_CHARS and not rule_re("line.expense_start").search(before)
            and multiplies_to(unit, qty, previous))


def head_count(sentence: str, before_unit: str, unit: float, amount: float) -> float | None:
    """The count of a per-head unit cost a bracket gives without one ("… จำนวน 120
    คน งบประมาณ 12,000 บาท (ค่าอาหาร… คนละ 100 บาท)" gives 120): the head count
    ``sentence`` states, when times ``unit`` it makes ``amount``."""
    if not rule_re("line.per_head").search(before_unit):
        return None
    for m in rule_re("line.head_count").finditer(sentence):
        n = parse_number(m["n"])
        if multiplies_to(unit, n, amount):
            return n
    return None
