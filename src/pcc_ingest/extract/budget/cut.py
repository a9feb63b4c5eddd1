"""A cost line's working cut by a page break, read whole.

A PDF table broken over pages may leave the end of a cost line's working at
the top of the next page: "ค่าจัดทำรูปเล่มรายงาน 10 เล่มๆ | 2,500" closes
page 2 and "ละ 250 บาท" alone, with no amount, opens page 3 under the same
merged activity cell.  The line is read with that rest joined on.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.lines import arithmetic, multiplies_to
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Row, Table, cell_number


def working_rest(table: Table, row: Row) -> str | None:
    """The detail text a page's first row holds when it only goes on with the
    line above: the first row of a table that continues the page before,
    its own detail cell filled and no amount of its own."""
    detail, amount = table.column("budget_detail"), table.column("budget_amount")
    if not table.continues or not table.rows or row is not table.rows[0] or detail is None or amount is None:
        return None
    own = row.cells.get(detail.col) if detail.col not in row.carried else None
    figure = row.cells.get(amount.col)
    if own is None or not own.text.strip() or (figure is not None and cell_number(figure.text) is not None):
        return None
    return own.text


def with_rest(items: list[BudgetItemRecord], rest: str) -> list[BudgetItemRecord]:
    """``items`` (the lines of the previous page's last row) with the last one
    given the unit cost and quantity its working shows once ``rest`` is joined
    on, when it has none and they multiply to its amount."""
    if not items or items[-1].unit_cost_baht is not None:
        return items
    last = items[-1]
    _, unit, qty = arithmetic(f"{last.evidence.text} {rest}", last.amount_baht)
    if not multiplies_to(unit, qty, last.amount_baht):
        return items
    return [*items[:-1], last.model_copy(update={"unit_cost_baht": unit, "quantity": qty})]
