"""Tables of money spent beside tables of money planned.

Minutes and progress reports often give the plan's budget table and, later,
a table of what each activity has cost so far ("กิจกรรม | วันที่ดำเนินการ |
ผู้เข้าร่วม | ค่าใช้จ่ายจริง (บาท) | สถานะ").  By the labelling convention
the lines are the planned money; spending reported so far is never a line.
A spending table is read for lines only when the document has no other
budget table (then its rows are the only statement of what money was for).

A report may also close with an account by activity ("กิจกรรม | งบประมาณที่
ได้รับ | ใช้จ่ายจริง | คงเหลือ") after a table itemising the money spent
("รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน" under "กิจกรรมที่ 1 …"
rows): when its spent column adds up to what the itemised table's lines do,
it only accounts for them, and its rows are no lines (``is_account_of``).
"""

from __future__ import annotations

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Table, cell_number, is_total_row


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
    kept = kept or tables
    return [t for t in kept if not is_account_of(t, [other for other in kept if other is not t])]


def _column_sum(table: Table, col: int) -> float:
    """The figures of column ``col`` over the table's body rows, total rows left out."""
    return sum(cell_number(row.cells[col].text) or 0 for row in table.rows
               if col in row.cells and col not in row.carried and not is_total_row(row))


def is_account_of(table: Table, others: list[Table]) -> bool:
    """Whether ``table`` accounts by activity for the money the other tables
    itemise: an activity table (no detail column) with an amount column
    labelled as money spent (``line.spent_label``) and one as money left
    (``line.balance_label``), whose spent column adds up to the cost lines of
    the tables with a detail column (one table, or its pieces a PDF page
    break cut)."""
    amounts = table.columns_of("budget_amount")
    itemised = [t for t in others if t.column("budget_detail") is not None and t.columns_of("budget_amount")]
    if table.column("activity") is None or table.column("budget_detail") is not None or not itemised:
        return False
    spent = [c for c in amounts if rule_re("line.spent_label").search(c.own or c.label)]
    left = [c for c in amounts if rule_re("line.balance_label").search(c.own or c.label)]
    if len(spent) != 1 or not left:
        return False
    total = _column_sum(table, spent[0].col)
    cost = sum(_column_sum(t, t.columns_of("budget_amount")[-1].col) for t in itemised)
    return total > 0 and abs(total - cost) < 0.5
