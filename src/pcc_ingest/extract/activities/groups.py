"""Activities that head groups of rows in a budget table with no activity
column: a row across the table naming one, a detail cell labelled as one, or a
numbered row over its unnumbered cost lines; the group's lines give its money."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.draft import Draft, budget_people, new_draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.structure import closes_section
from pcc_ingest.extract.activities.tables import is_never, row_number
from pcc_ingest.extract.activities.titles import is_labelled_name, title_span
from pcc_ingest.extract.budget import row_items
from pcc_ingest.extract.tables import Row, Table, is_section_row, is_total_row
from pcc_ingest.model import Block
from pcc_ingest.thai.text import LIST_MARKER_RE

# A sequence cell's number ("1", "2.", "(3)"): the row is an item of the table's list.
SEQ_NUMBER_RE = re.compile(r"^\s*\(?\d{1,2}[.)]?\s*$")


def names_activity(text: str) -> bool:
    """A group row's text names an activity: a form label ("กิจกรรมที่ 1 ...")
    or an activity's first words, and not a bare heading or a cost line."""
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    if rule_any("words", "never").search(body) or rule_re("words", "heading_only").match(body) or closes_section(text):
        return False
    return is_labelled_name(body) or bool(start_re().match(body))


@cache
def plan_roles() -> frozenset[str]:
    """Column roles that make a table a plan or budget (``[groups] table_roles``)."""
    return frozenset(activity_rules()["groups"]["table_roles"])


def group_activities(table: Table, fy: int | None) -> list[Draft]:
    """Activities that head groups of a table with no activity column.

    A budget table often sets each activity as a row across the whole table
    ("กิจกรรมที่ 1 ประชุม... (ต.ค. 67 – ก.ย. 68) กลุ่มเป้าหมาย ... 30 คน") with
    its cost lines under it: the row gives the name, period and head count,
    and the money is the sum of the lines up to the next group or total row.
    A row labelled as an activity ("กิจกรรมที่ 1 ...") heads a group even with
    money of its own; that money is then its amount, and the lines under it
    only spell it out.
    """
    out: list[Draft] = []
    adding = False  # the lines under the last head add up to its money
    details: list[str] = []  # the cost lines of the last head, whose arithmetic may count its people
    for at, row in enumerate(table.rows):
        head = group_head(table, row) or numbered_group_head(table, at)
        if head is not None:
            close_group(out, details)
            span = title_span(head.text, 0, len(head.text), cell=True)
            own = 0 if is_section_row(row, table) else sum(i.amount_baht for i in row_items(table, row))
            if span is not None:
                # numbered in the sequence column, the group pays for the plan row of that number
                out.append(new_draft(head, span, head.text, fy, budget=own or None, row_number=row_number(table, row)))
            adding, details = span is not None and not own, []
        elif is_total_row(row) or is_section_row(row, table) or (labels_total(row) and row_items(table, row)):
            adding = False  # a subtotal, the grand total or another group closes the group
        elif adding:
            money = sum(i.amount_baht for i in row_items(table, row))
            if money:
                out[-1] = replace(out[-1], budget=(out[-1].budget or 0) + money, summed=True)
                details.append(table.text(row, "budget_detail"))
    close_group(out, details)
    return out


def labels_total(row: Row) -> bool:
    """A cell after the first says only "รวม" (``[groups] total_cell``): with
    money, the row totals the group though its first cell names the funder, so
    its money is not one more cost line (a header's "รวม" column has none)."""
    cells = [b.text for c, b in sorted(row.cells.items()) if c not in row.carried][1:]
    return any(rule_re("groups", "total_cell").match(t) for t in cells if t)


def close_group(out: list[Draft], details: list[str]) -> None:
    """The last group's head takes the people its cost lines pay for ("x 80 คน")
    when its own words count none (``budget_people``)."""
    if out and details and out[-1].participants is None:
        out[-1] = replace(out[-1], participants=budget_people(" ".join(details)))


def numbered_group_head(table: Table, at: int) -> Block | None:
    """The detail cell of a row numbered in the table's sequence column with
    no money of its own, right above unnumbered rows that have money ("1 |
    ประชุมชี้แจง... (7 พ.ย. 66) |" over "| - ค่าอาหาร... | 4,800"): the numbered
    row is the activity and the rows under it its cost lines, whatever its
    first word ("2 | สนับสนุนการขับเคลื่อน..." over one line per committee)."""
    rows = table.rows
    row = rows[at]
    cell = table.cell(row, "budget_detail")
    if (cell is None or not cell.text or at + 1 >= len(rows) or not SEQ_NUMBER_RE.match(table.text(row, "seq"))
            or row_items(table, row) or is_total_row(row) or is_never(cell.text)):
        return None
    below = rows[at + 1]
    return cell if not table.text(below, "seq").strip() and row_items(table, below) else None


def group_head(table: Table, row: Row) -> Block | None:
    """The cell of ``row`` that names an activity heading a group: a row
    across the table that names one, or a detail cell labelled as one."""
    if is_total_row(row) or not row.cells:
        return None
    if is_section_row(row, table):
        cell = row.cells[min(row.cells)]
        return cell if names_activity(cell.text) else None
    cell = table.cell(row, "budget_detail") or row.cells[min(row.cells)]
    if cell.text and is_labelled_name(cell.text):
        return cell
    # a numbered budget line that names an activity and pays for it in its own
    # row ("2. ประชุมเชิงปฏิบัติการทบทวนประเด็นและแผน พชอ. วันที่ ... | 8,000")
    listed = LIST_MARKER_RE.match(cell.text)
    return cell if listed and names_activity(cell.text) and row_items(table, row) else None


def across_pages(tables: list[Table]) -> list[Table]:
    """The tables with each one a page break cut joined to the page before
    (``Table.continues``, same columns): a group head on the last row of a
    page has its cost lines on the next."""
    out: list[Table] = []
    for table in tables:
        if table.continues and out and out[-1].columns == table.columns:
            out[-1] = replace(out[-1], rows=out[-1].rows + table.rows)
        else:
            out.append(table)
    return out
