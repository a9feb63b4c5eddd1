"""Numbered groups of a budget table with no activity column ("1 | กิจกรรม
ประชุมคณะกรรมการ... | | 4,200" over "| - ค่าอาหารว่าง... | 30 คน × 35 บาท |
4,200"): the numbered row heads a group and its money is the group's total,
the unnumbered rows under it only spell that total out.  The head names its
activity in shorter words than the plan, or by its number when the plan
lists its activities 1..N too and the table has as many groups."""

from __future__ import annotations

from dataclasses import dataclass

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import numbered_runs
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.activities.tables import row_number
from pcc_ingest.extract.budget.rows import row_items
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Table


@dataclass(frozen=True)
class TableLine:
    """A budget-table line, with the text and number of the group head it is under."""

    item: BudgetItemRecord
    head: str | None = None
    number: int | None = None


def table_lines(table: Table, *, grouped: bool = True) -> list[TableLine]:
    """The lines of one budget table, each with its group: a row numbered in
    the sequence column ("ที่") heads the rows under it up to the next number.
    A head that gives money keeps it and its rows are dropped (they add up to
    it); a head without money passes its name and number to its rows.  A table
    numbering fewer than ``[ordinals] parallel_least`` heads has no groups, nor
    one not ``grouped`` (its groups were read as activities already)."""
    numbered = [r for r in table.rows if row_number(table, r) is not None]
    if not grouped or "seq" not in table.roles or len(numbered) < activity_rules()["ordinals"]["parallel_least"]:
        return [TableLine(item) for row in table.rows for item in row_items(table, row)]
    out: list[TableLine] = []
    head: tuple[str, int, bool] | None = None  # head text, number, whether it gave money
    for row in table.rows:
        items = row_items(table, row)
        n = row_number(table, row)
        if n is not None:
            head = (table.text(row, "budget_detail"), n, bool(items))
            out += [TableLine(i, head[0], head[1]) for i in items]
        elif head is None:
            out += [TableLine(i) for i in items]
        elif not head[2]:
            out += [TableLine(i, head[0], head[1]) for i in items]
    return out


def numbered_acts(drafts: list[Draft], groups: int) -> dict[int, int]:
    """Draft index by number, from the one list or table that numbers its
    activities 1..``groups`` exactly ("1. ประชุม...", ..., "6. เวที..."):
    a budget table's group N pays that list's N; empty when no list or
    several lists fit."""
    fits = [r for r in numbered_runs(drafts).values() if set(r) == set(range(1, groups + 1))]
    return fits[0] if len(fits) == 1 else {}
