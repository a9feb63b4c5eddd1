"""Quarter tables giving planned | spent | balance under each quarter.

A progress report or minutes may account for the year's money by quarter,
each quarter spanning "แผน | จ่ายจริง | คงเหลือ" ("ไตรมาส 1" over "แผน |
ใช้จริง | คงเหลือ", then "ไตรมาส 2" …), with no total column.  This is the
plan table ``thousands.quarter_total`` reads, its quarters a timing split of
each row's money, without the "รวม" column: by the labelling convention the
row's line is its planned money, so the row is worth the sum of its plan
cells; what was spent and what is left are no lines.

The second header row is often read as the first body row (its cells hold
words only); it is taken as the header it is.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.table_model import Column, Row, Table, cell_number


def planned_quarters(table: Table) -> Table | None:
    """``table`` read with one amount column holding each row's planned
    money summed over its quarters, when two or more period columns each
    span a planned (``line.planned_label``) and a spent
    (``line.spent_label``) sub-column; else none."""
    periods = sorted(c.col for c in table.columns if c.role == "period")
    if len(periods) < 2 or table.columns_of("budget_amount") or table.column("activity") is None:
        return None
    subs, label_row = _sub_labels(table, periods)
    plans = [c for c, t in sorted(subs.items()) if rule_re("line.planned_label").match(t)]
    spent = [c for c, t in subs.items() if rule_re("line.spent_label").search(t)]
    owners = {_period_of(c, periods) for c in plans}
    if len(plans) != len(periods) or len(spent) != len(periods) or owners != set(periods):
        return None
    kept = tuple(c for c in table.columns if c.role != "period")
    amount = Column(plans[0], "budget_amount", subs[plans[0]], None, subs[plans[0]])
    rows = tuple(_summed(row, plans, periods[0]) for row in table.rows if row is not label_row)
    header = table.header_rows + ((label_row.index,) if label_row is not None else ())
    return replace(table, columns=tuple(sorted((*kept, amount), key=lambda c: c.col)), rows=rows,
                   header_rows=header)


def _sub_labels(table: Table, periods: list[int]) -> tuple[dict[int, str], Row | None]:
    """The labels under the quarters, by column, and the body row holding
    them when the reader took the second header row for one."""
    below = {c: labels[-1] for c, labels in table.labels.items() if len(labels) > 1 and c >= periods[0]}
    if below or not table.rows:
        return below, None
    first = table.rows[0]
    cells = {c: b.text for c, b in first.cells.items() if c >= periods[0] and b.text}
    if not cells or any(cell_number(t) is not None for t in cells.values()):
        return {}, None
    return cells, first


def _period_of(col: int, periods: list[int]) -> int:
    """The period column whose span ``col`` falls in (the last one at or before it)."""
    return max(p for p in periods if p <= col) if col >= periods[0] else -1


def _summed(row: Row, plans: list[int], first_period: int) -> Row:
    """``row`` with its quarter cells replaced by one cell of its planned
    money summed (the first plan cell holding money, its text the sum)."""
    cells = {c: b for c, b in row.cells.items() if c < first_period}
    held = [(c, v) for c in plans if c in row.cells and (v := cell_number(row.cells[c].text))]
    if held:
        total = sum(v for _, v in held)
        cells[plans[0]] = row.cells[held[0][0]].model_copy(update={"text": f"{total:,.2f}"})
    return replace(row, cells=cells, carried=frozenset(c for c in row.carried if c in cells))
