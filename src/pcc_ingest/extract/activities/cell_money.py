"""Money told inside an activity cell of a table.

A results table of date and activity with no money column ("วัน เดือน ปี |
กิจกรรมและผลการดำเนินงาน") writes each row's spending after its account,
"(ค่าอาหารว่าง 32 คน × 35 บาท = 1,120 บาท งบ สสจ.)", and that is the row's
activity's money.  An action plan whose activity cell also holds its cost
lines ("กิจกรรม / รายละเอียดค่าใช้จ่าย") works each out to its amount, while
the money columns (one per funder and their total) state only the sum."""

from __future__ import annotations

from pcc_ingest.extract.activities.nested_costs import worked_money
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.table_model import cell_number
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.model import Block


def cell_money(table: Table, cell: Block) -> float | None:
    """The sum of the cost lines the budget reader finds in ``cell`` when the
    table has no column for money (``[cells] money_roles``); None otherwise."""
    if table.roles & set(activity_rules()["cells"]["money_roles"]):
        return None
    return sum(i.amount_baht for i in text_items(cell)) or None


def worked_in_cell(row: Row, cell: Block) -> float | None:
    """The results of the cost lines worked out in the activity ``cell``
    ("- ค่าอาหารกลางวัน 40 คน × 70 บาท = 2,800 บาท") added up, when the row
    states that sum in another cell (its total column): the row's money.  A
    row that states no such figure (the cell read again on the next page,
    under a repeated header) gets none, so the money is not counted twice."""
    money = worked_money(cell.text, [])
    figures = {cell_number(b.text) for b in row.cells.values() if b is not cell}
    return money if money is not None and money in figures else None
