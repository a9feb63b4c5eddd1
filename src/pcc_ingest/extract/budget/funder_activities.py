"""Funders a table of sources gives each numbered activity, for cost lines elsewhere.

A project may list its cost lines in one table (grouped under "กิจกรรมที่ 1
…" rows, no funder column) and give its sources in another: a row per
activity ("1. ประชุม…"), one amount column per funder, the activity's
subtotal written under the funder who pays it.  That row says who pays for
the activity's cost lines, as a "แหล่งงบประมาณ: กิจกรรมที่ 1 …" line would.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import row_activity
from pcc_ingest.extract.budget.funder_columns import column_funder, funder_cell, header_funder_columns
from pcc_ingest.extract.budget.sources import SourceLine
from pcc_ingest.extract.tables import Table


def activity_funder_lines(tables: list[Table]) -> list[SourceLine]:
    """A source line per activity row of each table whose header names one
    amount column per funder and whose rows are activities, not cost lines."""
    out = []
    for table in tables:
        if table.column("activity") is None or table.column("budget_detail") is not None:
            continue
        funders = header_funder_columns(table)
        for row in table.rows if funders else []:
            number, name, cell = row_activity(table, row), column_funder(funders, row), funder_cell(funders, row)
            if number is not None and name and cell is not None:
                out.append(SourceLine(cell, None, {number: name}))
    return out
