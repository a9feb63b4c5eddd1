"""Tables of money spent beside tables of money planned.

Minutes and progress reports often give the plan's budget table and, later,
a table of what each activity has cost so far ("กิจกรรม | วันที่ดำเนินการ |
ผู้เข้าร่วม | ค่าใช้จ่ายจริง (บาท) | สถานะ").  By the labelling convention
the lines are the planned money; spending reported so far is never a line.
A spending table is read for lines only when the document has no other
budget table (then its rows are the only statement of what money was for).
"""

from __future__ import annotations

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Table


def is_spent_table(table: Table) -> bool:
    """Whether ``table`` lists activities (an activity column, no column of
    line details) and every amount column of it is labelled as money spent
    (``line.spent_label``).  A summary by funder ("แหล่งงบประมาณ | ใช้จริง")
    is no list of activities: its rows are the funders' money."""
    amounts = table.columns_of("budget_amount")
    return (bool(amounts) and table.column("activity") is not None and table.column("budget_detail") is None
            and all(rule_re("line.spent_label").search(c.own or c.label) for c in amounts))


def planned_tables(tables: list[Table]) -> list[Table]:
    """``tables`` (budget tables) without the spending tables, when another
    budget table states the planned money; all of them otherwise."""
    kept = [t for t in tables if not is_spent_table(t)]
    return kept or tables
