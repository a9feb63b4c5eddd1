"""Money told inside an activity cell of a table with no money column: a
results table of date and activity ("วัน เดือน ปี | กิจกรรมและผลการดำเนินงาน")
writes each row's spending after its account, "(ค่าอาหารว่าง 32 คน × 35 บาท
= 1,120 บาท งบ สสจ.)", and that is the row's activity's money."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block


def cell_money(table: Table, cell: Block) -> float | None:
    """The sum of the cost lines the budget reader finds in ``cell`` when the
    table has no column for money (``[cells] money_roles``); None otherwise."""
    if table.roles & set(activity_rules()["cells"]["money_roles"]):
        return None
    return sum(i.amount_baht for i in text_items(cell)) or None
