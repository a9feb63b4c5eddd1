"""Which amount column of a budget table gives a row's lines.

A table may carry money twice: as first planned and after a revision
("งบประมาณเดิม | ปรับลด | ปรับเพิ่ม | งบประมาณหลังปรับ"), minutes approving
the change.  The lines are what the money became, so the revised column
wins; otherwise the first amount column (the allocated one beside a spent
one, by the labelling convention).  A table comparing fiscal years
("ปี 2566 | รวม" beside "ปี 2567 | รวม") gives the latest year's lines.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Column, Row, Table
from pcc_ingest.model import Block


def line_amount_cell(table: Table, row: Row) -> Block | None:
    """The cell of ``row`` holding its lines' money: under an amount column
    labelled as revised (``line.revised_label``) when there is one, else
    under the first amount column the row has a cell in: a PDF reader may
    lay a key-value table's nested cost lines out right of its key column,
    which it also takes for an amount column ("งบประมาณ" over the keys), and
    those rows have no cell under it."""
    latest = latest_year_column(table)
    if latest is not None and latest.col in row.cells:
        return row.cells[latest.col]
    revised = next((c for c in table.columns_of("budget_amount") if rule_re("line.revised_label").search(c.own)), None)
    if revised is not None and revised.col in row.cells:
        return row.cells[revised.col]
    return next((row.cells[c.col] for c in table.columns_of("budget_amount") if c.col in row.cells), None)


def latest_year_column(table: Table) -> Column | None:
    """The amount column of the latest year when the amount columns' labels
    name two years or more (``line.column_year``), else none."""
    dated = [(int(m["year"]), c) for c in table.columns_of("budget_amount")
             if (m := rule_re("line.column_year").search(c.label))]
    if len({year for year, _ in dated}) < 2:
        return None
    return max(dated, key=lambda pair: pair[0])[1]

