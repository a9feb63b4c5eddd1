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
So does an activity table with no spent column whose money adds up to the
itemised lines: the activities' budgets, told again by line.
"""

from __future__ import annotations

from collections.abc import Collection

from pcc_ingest.extract.budget.lines import money_in
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Table, cell_number, is_total_row
from pcc_ingest.model import Document

# Fewest activities with money for an activity table to tell the activities'
# budgets: a piece of a plan table a PDF page break left with one row is no
# such table (its row may be worth what one cost table itemises).
MIN_ACTIVITIES = 2


def is_spent_table(table: Table) -> bool:
    """Whether ``table`` lists activities (an activity column, no column of
    line details) and every amount column of it is labelled as money spent
    (``line.spent_label``).  A summary by funder ("แหล่งงบประมาณ | ใช้จริง")
    is no list of activities: its rows are the funders' money."""
    amounts = table.columns_of("budget_amount")
    return (bool(amounts) and table.column("activity") is not None and table.column("budget_detail") is None
            and all(rule_re("line.spent_label").search(c.own or c.label) for c in amounts))


def planned_tables(tables: list[Table], balances: Collection[float] = ()) -> list[Table]:
    """``tables`` (budget tables) without the spending tables, when another
    budget table states the planned money; all of them otherwise.
    ``balances``: the money the document says was left over (``stated_balances``)."""
    kept = [t for t in tables if not is_spent_table(t)]
    kept = kept or tables
    return [t for t in kept if not is_account_of(t, [other for other in kept if other is not t], balances)]


def stated_balances(doc: Document) -> list[float]:
    """Amounts running text gives as money left over or paid back
    (``total.balance``: "… จ่ายจริง 56,695 บาท คงเหลือ 605 บาท")."""
    out = []
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        clause = 0
        for money in money_in(block.text):
            if rule_re("total.balance").search(block.text[clause:money.start]):
                out.append(money.value)
            clause = money.end
    return out


def _amount_rows(table: Table, col: int) -> int:
    """How many body rows of the table have a figure in column ``col``."""
    return sum(1 for row in table.rows if col in row.cells and col not in row.carried
               and not is_total_row(row) and cell_number(row.cells[col].text))


def _column_sum(table: Table, col: int) -> float:
    """The figures of column ``col`` over the table's body rows, total rows left out."""
    return sum(cell_number(row.cells[col].text) or 0 for row in table.rows
               if col in row.cells and col not in row.carried and not is_total_row(row))


def is_account_of(table: Table, others: list[Table], balances: Collection[float] = ()) -> bool:
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
    if not spent and not left:
        return _restates(table, itemised, balances)
    if len(spent) != 1 or not left:
        return False
    total = _column_sum(table, spent[0].col)
    cost = sum(_column_sum(t, t.columns_of("budget_amount")[-1].col) for t in itemised)
    return total > 0 and abs(total - cost) < 0.5


def _restates(table: Table, itemised: list[Table], balances: Collection[float]) -> bool:
    """Whether an activity table's money ("กิจกรรม | วันที่ | ผู้เข้าร่วม |
    งบประมาณ (บาท)", or one column per funder and their "รวม") adds up to
    what the itemised tables' lines do in their first amount column (the
    allocated one beside a spent one, ``amount_column``): the same money told
    by activity, as the activities' budgets, while the itemised table
    (grouped by funder, "งบประมาณ สสจ.X" … "รวมงบ สสจ.X") gives the lines.
    A piece of a table a page break cut (``continues``) is not judged alone;
    one with a source column lends its funders to the lines it recaps
    (``recaps.recap_tables``), so it is left for that.
    The activities' money may exceed the lines by a balance the document
    states (``balances``): money received, the lines what was spent of it."""
    amounts = table.columns_of("budget_amount")
    totals = [c for c in amounts if rule_re("line.funder_total").match(c.own or c.label)]
    column = totals[0] if len(totals) == 1 and len(amounts) > 1 else amounts[0] if len(amounts) == 1 else None
    if column is None or table.continues or _amount_rows(table, column.col) < MIN_ACTIVITIES \
            or table.column("source") is not None:
        return False
    total = _column_sum(table, column.col)
    cost = sum(_column_sum(t, t.columns_of("budget_amount")[0].col) for t in itemised)
    return total > 0 and any(abs(total - cost - left) < 0.5 for left in (0.0, *balances))
