"""Money told inside an activity cell of a table.

A results table of date and activity with no money column ("วัน เดือน ปี |
กิจกรรมและผลการดำเนินงาน") writes each row's spending after its account,
"(ค่าอาหารว่าง 32 คน × 35 บาท = 1,120 บาท งบ สสจ.)", and that is the row's
activity's money.  An action plan whose activity cell also holds its cost
lines ("กิจกรรม / รายละเอียดค่าใช้จ่าย") works each out to its amount, while
the money columns (one per funder and their total) state only the sum.  A plan
table may also put a row's money in columns the header names by year or by
quarter rather than as money: this year's column, or the quarters added up."""

from __future__ import annotations

from pcc_ingest.extract.activities.nested_costs import worked_money
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.table_model import cell_number
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.model import Block
from pcc_ingest.thai.text import thai_digits_to_arabic


def cell_money(table: Table, cell: Block) -> float | None:
    """The sum of the cost lines the budget reader finds in ``cell`` when the
    table has no column for money (``[cells] money_roles``); None otherwise.
    A cell that states its total before its lines ("... งบประมาณรวม 12,240 บาท
    ¶ 1.1 ... = 5,040 บาท ¶ 1.2 ... = 7,200 บาท") has that total as its money,
    not the total and its parts added up; without a total's words before it
    (``[cells] stated_total``) the largest amount is a line like the others
    (prizes "ชนะเลิศ 3,000 บาท รองชนะเลิศ 2,000 บาท และ... 1,000 บาท")."""
    if table.roles & set(activity_rules()["cells"]["money_roles"]):
        return None
    items = text_items(cell)
    amounts = [i.amount_baht for i in items]
    total = sum(amounts)
    if len(amounts) > 2 and abs(2 * max(amounts) - total) < 0.005:
        top = max(items, key=lambda i: i.amount_baht)
        if rule_re("cells", "stated_total").search(f"{top.description} {top.evidence.text}"):
            return max(amounts)
    return total or None


def worked_in_cell(row: Row, cell: Block) -> float | None:
    """The results of the cost lines worked out in the activity ``cell``
    ("- ค่าอาหารกลางวัน 40 คน × 70 บาท = 2,800 บาท") added up, when the row
    states that sum in another cell (its total column): the row's money.  A
    row that states no such figure (the cell read again on the next page,
    under a repeated header) gets none, so the money is not counted twice."""
    money = worked_money(cell.text, [])
    figures = {cell_number(b.text) for b in row.cells.values() if b is not cell}
    return money if money is not None and money in figures else None


def year_money(table: Table, row: Row, fy: int | None) -> float | None:
    """The row's money in the column of the plan's own fiscal year when the
    money header spans one column per year ("งบประมาณ (บาท)" over "ปี 2565 |
    ปี 2566", ``[cells] money_year_label``): an action plan setting this year's
    budget beside last year's; the other years' figures are no money of it."""
    own = [c for c in table.columns if c.role == "year" and c.year_be == fy
           and rule_re("cells", "money_year_label").search(c.label)]
    if len(own) != 1 or own[0].col not in row.cells:
        return None
    return cell_number(thai_digits_to_arabic(row.cells[own[0].col].text)) or None


def quarter_money(table: Table, row: Row) -> float | None:
    """The row's money spread over one column per quarter ("ไตรมาส 1 | ... |
    ไตรมาส 4" holding "1,750 | - | 1,750 | -", a progress report's plan
    table with no money header, ``[cells] quarter_label``): the quarters'
    figures added up, when every such cell of the table holds one figure
    (a funder's footnote mark after it, "18.0**", ``[cells] footnote_mark``) or a
    dash and some figure is written in thousands ("16,320"), as money is, or the
    table states its money in thousands of baht ("หน่วย : พันบาท" over it,
    ``[cells] thousands_unit``: "45.5" is 45,500 baht); a percentage per
    quarter is no money.  A row naming each quarter's columns ("แผน | ใช้จริง |
    คงเหลือ" under each quarter label, ``quarter_sub_label``) is no body row:
    the quarters' planned columns hold the money (``planned_columns``)."""
    cols = [c.col for c in table.columns if rule_any("cells", "quarter_label").search(c.label)]
    cols, rows = planned_columns(table, cols)
    cells = [unmarked(r.cells[c].text) for r in rows for c in cols if c in r.cells]
    scale = 1000 if any(rule_re("cells", "thousands_unit").search(t)
                        for t in [b.text for b in table.title] + [c.label for c in table.columns]) else 1
    if len(cols) < 2 or not (scale > 1 or any(rule_re("cells", "thousands").search(t) for t in cells)) or not all(
            rule_re("cells", "dash_cell").fullmatch(t) or cell_number(thai_digits_to_arabic(t)) is not None
            for t in cells if t):
        return None
    figures = [cell_number(thai_digits_to_arabic(unmarked(row.cells[c].text))) for c in cols if c in row.cells]
    return round(sum(f for f in figures if f) * scale, 2) or None


def planned_columns(table: Table, cols: list[int]) -> tuple[list[int], list[Row]]:
    """Each quarter's planned column and the body rows other than the one naming
    the columns under the quarter labels ("ไตรมาส 1" over "แผน | ใช้จริง | คงเหลือ",
    read as a body row when the header reader takes one row only); the quarter
    columns and all rows when no row names them so."""
    sub = rule_re("cells", "quarter_sub_label")
    names = next((r for r in table.rows
                  if len(texts := [b.text for c, b in r.cells.items() if c >= min(cols, default=0) and b.text.strip()]) >= 2
                  and all(sub.match(t) for t in texts)), None)
    if names is None:
        return cols, list(table.rows)
    bounds = [*cols[1:], max(names.cells) + 1]
    plan = rule_re("cells", "quarter_plan_label")
    planned = [next((k for k in range(c, end) if k in names.cells and plan.match(names.cells[k].text)), c)
               for c, end in zip(cols, bounds, strict=True)]
    return planned, [r for r in table.rows if r is not names]


def unmarked(text: str) -> str:
    """A figure cell without the footnote mark after its figure ("18.0**" -> "18.0")."""
    return rule_re("cells", "footnote_mark").sub("", text.strip())


def funders_total(table: Table, row: Row) -> float | None:
    """The row's figure in the total column of a table with one money column per
    funder and their total ("กองทุนฯ (บาท) | สสจ. (บาท) | อบจ. (บาท) | รวม (บาท)",
    ``[cells] funders_total_label``): the activity's money is all its funders', not
    the first funder's share; None when the table has no such column or the
    row's cell holds no figure."""
    money = [c for c in table.columns if c.role == "budget_amount"]
    total = [c for c in money if rule_re("cells", "funders_total_label").match(c.label)]
    if len(money) < activity_rules()["cells"]["funders_total_min_columns"] or len(total) != 1 or total[0].col not in row.cells:
        return None
    return cell_number(thai_digits_to_arabic(row.cells[total[0].col].text)) or None
