"""Fiscal years' money under one spanning amount label.

A plan comparing two fiscal years may head its money "งบประมาณ (บาท)" over
"ปี 2565 | ปี 2566".  The header reader gives the lower labels the year's
role, and with no amount column left the table would read as no budget
table at all.  Under a money label the year columns are amount columns,
one per year; ``amount_column.latest_year_column`` then takes the latest.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Table


def money_years(table: Table) -> Table:
    """``table`` with its year columns made amount columns, when two or more
    stand under a spanning money label (``line.money_span``) and the table
    has no amount column of its own."""
    if table.columns_of("budget_amount"):
        return table
    years = {c.col for c in table.columns if c.role == "year"
             and any(rule_re("line.money_span").match(upper) for upper in table.labels.get(c.col, ())[:-1])}
    if len(years) < 2:
        return table
    columns = tuple(replace(c, role="budget_amount", own=c.own or c.label) if c.col in years else c
                    for c in table.columns)
    return replace(table, columns=columns)
