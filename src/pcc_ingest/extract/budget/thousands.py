"""Money tables in thousands of baht, and a districts × funders grid with no unit in its header.

A province's summary may state its unit once, in a line right above the
table or in its header ("หน่วย : พันบาท", "งบประมาณ (พันบาท)"), and write
"45.5" for 45,500 baht.  The unit is a property of the table, read once
from that text and applied to every money figure its rows give
(``scaled``), never guessed from the figures' size.  The unit line also
stands between the table and its title, so the title is looked for one
block further up (``unit_caption``).

Such a grid's header ("อำเภอ | สสจ.X | กองทุน… | อปท. | รวม") names one
role only, the place, so the table reader takes it for a body row; when
its other labels are two or more funders and a total, it is the header
(``funder_grid``), the total column the amount's.  A plan table splitting
its money by quarter under one money label has its "รวม" column as the
amount (``quarter_total``); one giving plan | spent | balance under each
quarter has its plan cells summed (``quarter_plans``).
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.funder_places import first_row_labels, named_funders
from pcc_ingest.extract.budget.lines import shown_arithmetic
from pcc_ingest.extract.budget.quarter_plans import planned_quarters
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_header import caption
from pcc_ingest.extract.table_model import Column
from pcc_ingest.extract.table_rows import body_rows
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.model import Document


def money_scale(table: Table) -> int:
    """Baht per figure of the table's money: 1000 when its title lines or
    header labels state thousands of baht (``line.thousands_unit``), else 1."""
    texts = [b.text for b in table.title] + [t for labels in table.labels.values() for t in labels]
    return 1000 if any(rule_re("line.thousands_unit").search(t) for t in texts) else 1


def scaled(scale: int, row: Row, items: list[BudgetItemRecord]) -> list[BudgetItemRecord]:
    """``items`` read from ``row`` with their money in baht, ``scale`` being
    its table's ``money_scale`` (read once per table, not per row): the
    amount multiplied, and the unit cost too when it
    multiplies back to the figure as written (a unit cost column); a
    working in words ("(35 คน x 100 บาท x 4 ครั้ง)" beside "14.0") is in
    baht already, and is read against the amount in baht.  The quantity
    stays as written."""
    if scale == 1:
        return items
    out = []
    for item in items:
        amount = round(item.amount_baht * scale, 2)
        unit, qty = _unit_in_baht(item, scale), item.quantity
        for cell in sorted(row.cells.items()) if unit is None else ():
            unit, qty = shown_arithmetic(cell[1].text, amount)
            if unit is not None:
                break
        out.append(item.model_copy(update={"amount_baht": amount, "unit_cost_baht": unit, "quantity": qty}))
    return out


def _unit_in_baht(item: BudgetItemRecord, scale: int) -> float | None:
    """The line's unit cost in baht: scaled when unit × quantity gives the
    amount in the table's unit, kept when it gives the amount in baht."""
    unit, qty = item.unit_cost_baht, item.quantity
    if unit is None or qty is None or abs(unit * qty - item.amount_baht * scale) < 0.5:
        return unit
    return round(unit * scale, 2)


def unit_caption(doc: Document, table: Table) -> Table:
    """``table`` with one more paragraph of caption when a caption line only
    states the unit (``line.unit_line``): the title it pushed out is above it."""
    if table.continues or not any(rule_re("line.unit_line").match(b.text) for b in table.title):
        return table
    own = tuple(b for b in table.title if b.kind == "table_cell")
    return replace(table, title=(*caption(doc, table.grid, max_blocks=3), *own))


def funder_grid(table: Table) -> Table:
    """A headerless ``table`` read through its first row when that row labels
    a place column, two or more funders (``funder_places.named_funders``)
    and one total (``line.funder_total``): the total column is the amount's."""
    if (first := first_row_labels(table, "district")) is None:
        return table
    labels, place, col = first
    rest = {c: t for c, t in labels.items() if c != place.col and c != col}
    if len(rest) < 2 or len(named_funders(rest)) != len(rest):
        return table
    total = Column(col, "budget_amount", labels[col], None, labels[col])
    columns = tuple(sorted((place, total), key=lambda c: c.col))
    header = (table.grid.rows[0],)
    rows = body_rows(table.grid, header, columns)
    return replace(table, header_rows=header, columns=columns, rows=rows,
                   labels={c: (t,) for c, t in labels.items()})


def quarter_total(table: Table, fy: int | None) -> Table:
    """A plan table with its money split by quarter under a spanning money
    label ("งบประมาณรายไตรมาส" over "ไตรมาส 1 | … | ไตรมาส 4", then "รวม"),
    or with no such label in a table whose title or source column says it
    holds money (``_money_quarters``):
    the total column is the row's amount, the quarters a time split of it;
    with no total column but plan | spent | balance under each quarter, the
    row's plan cells summed are its amount (``quarter_plans``);
    a plan giving each activity two rows is read one row per activity
    (``activities.two_rows.paired_plan``)."""
    if table.columns_of("budget_amount"):
        return table
    if (planned := planned_quarters(table)) is not None:
        return planned
    spanned = [c for c, labels in table.labels.items()
               if len(labels) > 1 and rule_re("line.money_span").match(labels[0])] or _money_quarters(table)
    after = max(spanned, default=-1) + 1
    label = table.labels.get(after, ())
    if len(spanned) < 2 or len(label) != 1 or not rule_re("line.funder_total").match(label[0]) \
            or any(c.col == after for c in table.columns):
        return table
    # Imported here: the activities package reads budget lines, so importing it with this module would cycle.
    from pcc_ingest.extract.activities.two_rows import paired_plan

    total = Column(after, "budget_amount", label[0], None, label[0])
    money = replace(table, columns=tuple(sorted((*table.columns, total), key=lambda c: c.col)))
    return paired_plan(money, fy) or money


def _money_quarters(table: Table) -> list[int]:
    """The quarter columns of a plan table with no money label over them
    ("กิจกรรม | ไตรมาสที่ 2 (ม.ค.–มี.ค. 68) | … | รวม | แหล่งงบประมาณ" under
    "ตารางที่ 3 แผนปฏิบัติการและงบประมาณรายไตรมาส (หน่วย : บาท)"): two or
    more period columns right before the "รวม" column, in a table whose
    title states money (``line.money_in_title``) or that has a source column."""
    periods = sorted(c.col for c in table.columns if c.role == "period")
    titled = any(rule_re("line.money_in_title").search(b.text) for b in table.title)
    if len(periods) < 2 or not (titled or table.column("source") is not None):
        return []
    return periods if periods == list(range(periods[0], periods[-1] + 1)) else []
