"""Numbered project rows over numbered activity rows in a budget table.

A plan table lists each project on a row numbered "1" with an amount and
its activities under it numbered "1.1", "1.2", ... with theirs (the number
in the "ที่" column or opening the description).  When the activities'
amounts add up to the project's, the project row is their subtotal, not a
line; its activities take its source when they name none.

A line-items table may instead head each activity's cost lines with a row
whose label is merged across the table up to the amount column
("กิจกรรมที่ 1 ประชุม… (สสจ.X) | 3,150", the subtotal before its lines):
when the rows under it, down to the next such row, add up to its amount,
it is their subtotal in the same way, and its bracketed funder theirs; so
is a row opening with an activity's label in a table too narrow to merge
("กิจกรรมที่ 1 … | 10,750" over "- ค่าทราย… | 6,250").
"""

from __future__ import annotations

import re

from pcc_ingest.extract.budget.refs import opening_ref
from pcc_ingest.extract.budget.rows import description_cell
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Row, Table

# An outline number opening a cell: "1", "1.", "2)", "1.1", "2.3.1" (then a
# space, a bracket or the cell's end), not a figure ("1,500") nor a date ("1/2567").
OUTLINE_NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\)?(?=\s|$)")


def outline_number(text: str) -> tuple[int, ...] | None:
    """The outline number a cell opens with ("1.2 อบรม..." -> (1, 2)), else ``None``."""
    m = OUTLINE_NUMBER_RE.match(text)
    return tuple(int(p) for p in m.group(1).split(".")) if m else None


def row_outline(table: Table, row: Row) -> tuple[int, ...] | None:
    """A row's outline number: its sequence cell's, else its description's,
    else its activity cell's when the description is a detail cell of cost
    lines beside it ("๑.๑ อบรม… | ค่าอาหารกลางวัน… ¶ ค่าวิทยากร… | 18,000", a
    plan's cost table numbering its rows as the plan does), as
    ``collect.row_activity`` reads the activity number."""
    seq = table.cell(row, "seq")
    if seq is not None and seq.text.strip():
        return outline_number(seq.text)
    for named in (description_cell(table, row), table.cell(row, "activity")):
        if named is not None and (number := outline_number(named.text)) is not None:
            return number
    return None


def subtotal_parents(numbers: list[tuple[int, ...] | None], amounts: list[float],
                     blank: list[bool] | None = None, heads: list[bool] | None = None) -> dict[int, list[int]]:
    """Rows (by position) that are subtotals, each with its child rows: the
    rows right after it whose outline numbers extend its own ("1" over
    "1.1", "1.2"), an unnumbered row ending them, or else the rows right
    after it, unnumbered, whose sequence cell is their own and empty (``blank``: "1"
    over "- ค่าอาหาร", "- ค่าวิทยากร", a plan's activity row over its cost
    lines; a row under a sequence cell merged down continues its row's
    item), and whose amounts add up to its amount.  A row without an
    amount (0) adds nothing.  A merged heading row (``heads``) has as
    children the rows under it down to the next heading row."""
    out: dict[int, list[int]] = {}
    for i, number in enumerate(numbers):
        if heads is not None and heads[i] and amounts[i] > 0:
            kids = next((range(i + 1, j) for j in range(i + 1, len(heads)) if heads[j]), range(i + 1, len(heads)))
            if kids and abs(sum(amounts[j] for j in kids) - amounts[i]) < 0.5:
                out[i] = list(kids)
            continue
        if number is None or amounts[i] <= 0:
            continue
        bare = blank is not None and i + 1 < len(numbers) and blank[i + 1] and numbers[i + 1] is None
        children = []
        for j in range(i + 1, len(numbers)):
            child = numbers[j]
            if bare:
                if child is not None or not blank[j]:
                    break
            elif child is None or len(child) <= len(number) or child[: len(number)] != number:
                break
            children.append(j)
        total = sum(amounts[j] for j in children)
        if children and total > 0 and abs(total - amounts[i]) < 0.5:
            out[i] = children
    return out


def _blank_sequence(table: Table, row: Row) -> bool:
    """Whether ``row`` has a sequence cell of its own (not carried from a
    merged cell above) and it is empty."""
    col = table.column("seq")
    cell = row.cells.get(col.col) if col is not None else None
    return cell is not None and col.col not in row.carried and not cell.text.strip()


def merged_heading(table: Table, row: Row) -> bool:
    """Whether ``row`` holds only a label and an amount, the label merged
    over the columns between them (no cells of their own): an activity's
    heading with its subtotal ("กิจกรรมที่ 2 อบรม… | 39,000")."""
    amount = table.column("budget_amount")
    own = {c for c, b in row.cells.items() if b.text.strip() and c not in row.carried}
    if amount is None or not own or own != {min(row.cells), amount.col}:
        return False
    return any(c not in row.cells for c in range(min(row.cells) + 1, amount.col))


def activity_heading(table: Table, row: Row) -> bool:
    """Whether ``row`` opens with an activity's label and holds one amount
    ("กิจกรรมที่ 1 รณรงค์… (วันที่ 7 – 11 ส.ค. 66) อสม. 180 คน | 10,750"
    over "- ค่าทราย… | 6,250", a two-column line-items table with nothing to
    merge): a heading with its subtotal, as a merged one is."""
    named = description_cell(table, row)
    amount = table.column("budget_amount")
    return (named is not None and amount is not None and opening_ref(named.text) is not None
            and amount.col in row.cells and bool(row.cells[amount.col].text.strip()))


def heading_funder(table: Table, row: Row) -> str | None:
    """The funder a merged heading row names in the bracket closing its
    label ("กิจกรรมที่ 4 คัดกรอง… (อบจ.X)"), else ``None``."""
    if not merged_heading(table, row):
        return None
    m = rule_re("source.merged_heading_funder").search(row.cells[min(row.cells)].text)
    return named_funder(m["name"]) if m else None


def drop_subtotal_rows(rows: list[tuple[Table, Row, list[BudgetItemRecord]]]
                       ) -> list[tuple[Table, Row, list[BudgetItemRecord]]]:
    """``rows`` (each row of a table run, pages of one table read in order,
    with its table and lines) without the project rows that are their
    activity rows' subtotals (``subtotal_parents``); an activity line with
    no source takes its project row's."""
    numbers = [row_outline(table, row) for table, row, _ in rows]
    amounts = [sum(i.amount_baht for i in items) for _, _, items in rows]
    heads = [merged_heading(table, row) or activity_heading(table, row) for table, row, _ in rows]
    parents = subtotal_parents(numbers, amounts, [_blank_sequence(table, row) for table, row, _ in rows],
                               heads if any(heads) else None)
    # A row working out its own amount ("ค่าอาหาร 60 คน x 70 บาท | 4,200") is a
    # line, the unnumbered rows under it the rest of its item (a PDF shows a
    # merged sequence cell as empty ones), not its children.
    worked = [any(i.unit_cost_baht is not None for i in items) for _, _, items in rows]
    parents = {i: kids for i, kids in parents.items() if numbers[kids[0]] is not None or not worked[i]}
    out = list(rows)
    for i, children in parents.items():
        source = next((item.source for item in rows[i][2] if item.source), None) or heading_funder(*rows[i][:2])
        for j in children:
            table, row, items = out[j]
            out[j] = (table, row, [item if item.source or not source else item.model_copy(update={"source": source})
                                   for item in items])
    return [triple for i, triple in enumerate(out) if i not in parents]
