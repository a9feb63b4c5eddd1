"""Money of plan rows whose cost lines each work out to their amount ("ค่าอาหารว่าง
(35x30x4) = 4,200"), in the row's budget cell or in a table nested in it.

A table nested in the budget cell ("ประชุมคณะกรรมการ พชอ. 4 ครั้ง | ธ.ค. 66 – ก.ย. 67
| [ค่าอาหารว่าง (35x30x4) = 4,200]") leaves the parent's own cell empty, so the
row's activity is paid by the nested lines (a "รวม" row only totals them).  Each
line's result after "=" is its amount, whatever its arithmetic looks like, so
the results add up to the row's money when the budget reader found fewer lines."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.budget.nested import holder_row, parent_of
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_rows import is_total_row
from pcc_ingest.extract.tables import Table


def worked_money(text: str, items: list[BudgetItemRecord]) -> float | None:
    """The money of a budget cell: the sum of its lines' results ("= 2,700")
    when it states more of them than ``items`` (the lines read from it), else
    the sum of ``items``."""
    results = [float(m["n"].replace(",", "")) for m in rule_re("fields", "result").finditer(text)
               if "รวม" not in text[max(0, m.start() - 12):m.start()]]  # "รวม = 8,550" totals them
    if len(results) > len(items):
        return sum(results) or None
    return sum(i.amount_baht for i in items) or None


def with_nested_costs(tables: list[Table], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the one activity of each plan row whose budget cell holds
    a nested table of worked cost lines paid by them, when nothing else paid it."""
    out = list(drafts)
    for inner in tables:
        if (at := parent_of(inner, tables)) is None or "activity" not in tables[at].roles:
            continue
        row = holder_row(inner, tables[at])
        text = " ".join(b.text for r in inner.rows if not is_total_row(r) for b in r.cells.values())
        money = worked_money(text, [])
        held = {b.order for b in row.cells.values()} if row is not None else set()
        own = [k for k, d in enumerate(out) if d.block.order in held]
        if money and len(own) == 1 and out[own[0]].budget is None:
            out[own[0]] = replace(out[own[0]], budget=money)
    return out
