"""The fallback reader of tables no rule read: one activity a row of a table
whose header names an activity column, behind a coverage check.

Every unseen set had a table of activities laid out in a way no per-layout
rule knew ("อำเภอ | ประเด็น | การดำเนินงานที่สำคัญ | ผลลัพธ์", "วัน เดือน ปี |
การดำเนินงาน" read as progress), and all its rows were lost.  This reader
knows no layout: a table counts as unread when no draft of any reader stands
in any of its cells; it is read when a column's own label names activities
(the tables' activity role, or ``[unclaimed] column``), at least
``MIN_ROWS`` rows fill that column, and the rows carry dates or money (some
row states one).  Each such cell is one activity, titled by the cell, dated
by its own text; the other cells of its row fill the rest later
(``row_fields``), and money only from the row's own amount column.  It never
reads a table any reader took a cell of, one naming an activity already read
or referring to activities by number (a table of money by source or of
status restates them), a table in minutes (what they report done is no act
of the meeting), a cell carried down from a merged cell, or a total, note or
cost line; it splits no cell.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Row, Table
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import find_amounts

# fewer rows than this are a form or a heading, not a list of activities
MIN_ROWS = 2


def names_activities(label: str) -> bool:
    """A column label naming the activities: the activity role of the tables'
    rules, or the work done ("การดำเนินงานที่สำคัญ", ``[unclaimed] column``)."""
    text = label.strip()
    return label_role(text) == "activity" or bool(rule_any("unclaimed", "column").search(text.replace(" ", "")))


def activity_column(table: Table) -> int | None:
    """The one column whose own (lowest) label names activities, else None
    (two such columns are a layout this reader does not guess at)."""
    found = [col for col, labels in table.labels.items() if labels and names_activities(labels[-1])]
    return found[0] if len(found) == 1 else None


def _own_cell(row: Row, col: int) -> str:
    cell = row.cells.get(col)
    if cell is None or col in row.carried:
        return ""
    text = cell.text.strip()
    return "" if rule_re("unclaimed", "skip_cell").search(text) else text


def row_money(table: Table, row: Row) -> float | None:
    """The amount of the row's own money column (the one column of role
    ``budget_amount``), not carried from a merged cell; None otherwise."""
    cols = [c.col for c in table.columns if c.role == "budget_amount"]
    if len(cols) != 1 or cols[0] in row.carried or cols[0] not in row.cells:
        return None
    amount = table.number(row, "budget_amount")
    return amount or None


def carries_when_or_money(table: Table, rows: list[Row]) -> bool:
    """Some row states a date or an amount (in a cell's words or in the money
    column): a table of what was or will be done, not of names or measures."""
    return any(row_money(table, r) is not None or any(find_dates(c.text) or find_amounts(c.text)
                                                      for c in r.cells.values()) for r in rows)


def is_unread(table: Table, claimed: set[int]) -> bool:
    """No reader took any cell of the table."""
    return not any(c.order in claimed for c in table.grid.cells.values())


def restates(names: list[str], read: list[Draft]) -> bool:
    """One of the table's names is an activity already read elsewhere, or
    refers to activities by number ("กิจกรรมที่ 1, 2 และ 6", "1.2, 3.1 – 3.3",
    ``[unclaimed] reference``): the table restates activities (money spent on
    them by source, their status), and its other rows are the same activities
    told otherwise, not new ones."""
    if any(rule_re("unclaimed", "reference").search(n) for n in names):
        return True
    bare = [rule_re("unclaimed", "item_number").sub("", n) for n in names]
    return any(same_activity(n, d.title) for n in bare for d in read)


def unclaimed_activities(tables: list[Table], claimed: set[int], read: list[Draft],
                         fy: int | None) -> list[Draft]:
    """One activity a row of each unread table with an activity column whose
    rows carry dates or money and restate no activity read (module docstring)."""
    out: list[Draft] = []
    for table in tables:
        col = activity_column(table)
        if col is None or not is_unread(table, claimed):
            continue
        rows = [r for r in table.rows if _own_cell(r, col)]
        if len(rows) < MIN_ROWS or not carries_when_or_money(table, rows):
            continue
        if restates([_own_cell(r, col) for r in rows], read):
            continue
        for row in rows:
            cell = row.cells[col]
            text = cell.text.rstrip()
            start = len(text) - len(text.lstrip())
            first_line = text.find("\n", start)
            end = first_line if first_line > 0 else len(text)
            d = new_draft(cell, (start, end), cell.text, fy)
            out.append(replace(d, budget=row_money(table, row)))
    return out
