"""Funders of an activity's cost lines, from its row split between funders.

A budget table with one column per funder may give one activity's money
under two or more of them ("1. คัดกรอง… (1.1–1.3) | 16,200.- | 33,600.- | - |
49,800.-") while its sub-activities are costed elsewhere, in paragraphs and
tables naming no funder.  That row is no line (``funder_columns.is_split_row``),
and it says who pays for which part: when a run of unsourced lines in
document order (the row's own line left out) adds up to the row's total,
and their paragraphs and tables, each taken whole, can be given to the
funders in one way only so that each funder's figure is the sum of its
part, each line takes its part's funder and the row's own line, their
subtotal, is dropped.
"""

from __future__ import annotations

from itertools import product

from pcc_ingest.extract.budget.funder_columns import funder_columns, is_split_row
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Table, cell_number

# Parts (paragraphs or tables) tried at most: the assignments grow as
# funders ** parts.
MAX_PARTS = 8


def _splits(tables: list[Table]) -> list[tuple[dict[str, float], set[int]]]:
    """Each split row's money by funder, and the blocks of its cells."""
    out = []
    for table in tables:
        funders = funder_columns(table)
        for row in table.rows:
            if funders and is_split_row(funders, row):
                out.append(({name: value for c, name in funders.items()
                             if c in row.cells and c not in row.carried
                             and (value := cell_number(row.cells[c].text))},
                            {b.order for b in row.cells.values()}))
    return out


def _part(item: BudgetItemRecord) -> tuple[str, int]:
    """The paragraph or table a line was read from."""
    ev = item.evidence
    return ("table", ev.table) if ev.table is not None else ("block", ev.block)


def _assignment(sums: list[float], split: dict[str, float]) -> list[str] | None:
    """The one way of giving each part to a funder so that every funder's
    parts add up to its figure, else ``None`` (none, or more than one)."""
    names = list(split)
    found: list[list[str]] = []
    for choice in product(range(len(names)), repeat=len(sums)):
        totals = [0.0] * len(names)
        for part, k in zip(sums, choice):
            totals[k] += part
        if all(abs(t - split[n]) < 0.5 for t, n in zip(totals, names)):
            found.append([names[k] for k in choice])
            if len(found) > 1:
                return None
    return found[0] if found else None


def split_sources(items: list[BudgetItemRecord], tables: list[Table]) -> list[BudgetItemRecord]:
    """``items`` (in document order) with the funders split rows give the
    unsourced lines they pay for, and without those rows' own lines (see
    the module's docstring)."""
    out = list(items)
    drop: set[int] = set()
    for split, cells in _splits(tables):
        total = sum(split.values())
        own = {i for i, item in enumerate(out) if item.evidence.block in cells}
        free = [i for i, item in enumerate(out) if item.source is None and i not in own | drop]
        for start in range(len(free)):
            run, acc = [], 0.0
            for i in free[start:]:
                run.append(i)
                acc += out[i].amount_baht
                if acc >= total - 0.5:
                    break
            if abs(acc - total) >= 0.5:
                continue
            parts = list(dict.fromkeys(_part(out[i]) for i in run))
            if len(parts) > MAX_PARTS or len(parts) < len(split):
                continue
            sums = [sum(out[i].amount_baht for i in run if _part(out[i]) == p) for p in parts]
            chosen = _assignment(sums, split)
            if chosen is not None:
                funder = dict(zip(parts, chosen))
                for i in run:
                    out[i] = out[i].model_copy(update={"source": funder[_part(out[i])]})
                drop |= own
                break
    return [item for i, item in enumerate(out) if i not in drop]
