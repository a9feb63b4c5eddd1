"""The last look at a document's budget lines: drop those that restate others.

Money is often written twice, and a rule written for one layout misses the
second telling on a layout it was not written for: an activity's total row
over its own cost lines, an approved / received summary ("งบประมาณที่ได้รับ
อนุมัติ 44,000"), a second table (by funder, by quarter) giving the cost
table's amounts again.  The conventions (gold/README.md: subtotals and
recaps are not items) keep the itemised lines.  This check judges the result,
not the layout: a line is dropped only when the kept lines give its money
exactly, as a sum of two or more lines beside it or of all the others, or a
whole table when another table gives each of its amounts one for one.  It
never drops a line equal to one other line alone (a real second item of the
same amount), never changes a kept line, and keeps the more detailed of two
tables that repeat each other.  Rules: ``[restated]`` in
``extractors/budget.toml``.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from pcc_ingest.extract.budget.retold import is_cost_line
from pcc_ingest.extract.budget.rules import budget_rules, rule_re
from pcc_ingest.extract.records import BudgetItemRecord


@cache
def _min_parts() -> int:
    """Fewest lines a restated sum must add up."""
    return int(budget_rules()["restated"]["min_parts"])


def _cents(amount: float) -> int:
    """An amount in satang, so sums compare exactly."""
    return round(amount * 100)


def _part_of(head: BudgetItemRecord, part: BudgetItemRecord, step: int) -> bool:
    """Whether ``part`` may be one of the lines ``head`` adds up: read from
    the same table (or both from running text), paid by the same funder when
    both name one, and a cost line when it follows the head."""
    return (head.evidence.table == part.evidence.table
            and (head.source is None or part.source is None or head.source == part.source)
            and (step < 0 or is_cost_line(part.description)))


def _says_summary(line: BudgetItemRecord) -> bool:
    """Whether the line's words call it a sum ("รวม", "ได้รับอนุมัติ", "ทั้งสิ้น")."""
    return bool(rule_re("restated.summary").search(f"{line.description} {line.evidence.text}"))


def sums_beside(items: list[BudgetItemRecord], i: int, taken: set[int]) -> list[int]:
    """The run of two or more lines, read from the same table as line ``i``
    (or all from running text) and taken by no other sum, whose amounts add
    up to line ``i``'s: the lines right after it when it names an activity,
    not a cost ("ค่าอาหาร…" heads no lines), or right before it when its
    words call it a sum (a "รวม" row under them).  Parts after an activity
    are its cost lines ("ค่า…"; prizes or supplies after one another are
    siblings, whatever they add up to), and no part names a funder other
    than the line's own.  Empty when there is none."""
    target = _cents(items[i].amount_baht)
    steps = ([1] if not is_cost_line(items[i].description) else []) + ([-1] if _says_summary(items[i]) else [])
    for step in steps:
        total, run, j = 0, [], i + step
        while 0 <= j < len(items) and j not in taken and _part_of(items[i], items[j], step):
            total += _cents(items[j].amount_baht)
            run.append(j)
            if total == target and len(run) >= _min_parts():
                return run
            if total > target:
                break
            j += step
    return []


def sums_all_others(items: list[BudgetItemRecord], i: int, dropped: set[int]) -> bool:
    """Whether line ``i`` is a summary of all the money (its words say so)
    worth exactly the sum of every other kept line, two or more of them."""
    line = items[i]
    if not _says_summary(line):
        return False
    others = [o for k, o in enumerate(items) if k != i and k not in dropped]
    return len(others) >= _min_parts() and sum(_cents(o.amount_baht) for o in others) == _cents(line.amount_baht)


def _detail(lines: list[BudgetItemRecord]) -> int:
    """How much a table's lines tell beyond their amounts: sources and arithmetic."""
    return sum((o.source is not None) + (o.unit_cost_baht is not None) for o in lines)


def restated_tables(items: list[BudgetItemRecord]) -> set[int]:
    """Indexes of the lines of a table whose amounts (three or more) are,
    one for one, the amounts of another table's lines: the recap (by funder,
    by quarter, by result) of a cost table.  Of the two the one whose lines
    tell less (sources, unit costs) goes; on a tie, the later one.  A table
    whose amounts are only some of another's is kept: two activities' cost
    tables often share amounts."""
    tables: dict[int, list[int]] = {}
    for k, item in enumerate(items):
        if item.evidence.table is not None:
            tables.setdefault(item.evidence.table, []).append(k)
    amounts = {t: Counter(_cents(items[k].amount_baht) for k in own) for t, own in tables.items()}
    detail = {t: _detail([items[k] for k in own]) for t, own in tables.items()}
    gone: set[int] = set()
    for t, own in tables.items():
        if len(own) < budget_rules()["restated"]["min_table_lines"]:
            continue
        for u in tables:
            if u != t and amounts[u] == amounts[t] and (detail[t], -t) < (detail[u], -u) and not set(tables[u]) & gone:
                gone |= set(own)
                break
    return gone


def drop_restated(items: list[BudgetItemRecord]) -> list[BudgetItemRecord]:
    """``items`` (in document order) without the lines other lines restate;
    the lines a dropped sum adds up take its source when they have none."""
    dropped = restated_tables(items)
    out = list(items)
    taken: set[int] = set()
    for i in range(len(items)):
        if i in dropped or i in taken:
            continue
        if run := sums_beside(items, i, taken | dropped):
            dropped.add(i)
            taken |= set(run)
            for j in run:
                if out[j].source is None and items[i].source is not None:
                    out[j] = out[j].model_copy(update={"source": items[i].source})
        elif sums_all_others(items, i, dropped):
            dropped.add(i)
    return [item for k, item in enumerate(out) if k not in dropped]
