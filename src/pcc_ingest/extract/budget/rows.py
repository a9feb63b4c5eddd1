"""Budget lines of budget table rows: detail, amount, unit cost, quantity and source cells.

Budget tables are read through their header (detail, amount and source
columns); a detail cell of several bulleted lines pairs, in order, with an
amounts cell of several figures.  Tables that account for money by funder,
or allot it to districts, are told apart (``table_kinds``) because their rows
are sums or allocations, not cost lines.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.amount_column import line_amount_cell
from pcc_ingest.extract.budget.bare import bare_arithmetic, row_source
from pcc_ingest.extract.budget.cells import (
    cell_figures,
    counted_cell,
    counted_product,
    spelled_lines,
    spelled_out,
    worked_amount,
)
from pcc_ingest.extract.budget.funder_columns import (
    column_funder,
    funder_cell,
    funder_columns,
    is_funder_row,
    is_group_row,
    is_split_summary,
)
from pcc_ingest.extract.budget.funder_places import funder_cells
from pcc_ingest.extract.budget.funders import priced_bracket_source
from pcc_ingest.extract.budget.headings import is_heading_row
from pcc_ingest.extract.budget.lines import (
    arithmetic,
    budget_item,
    describe,
    multiplies_to,
    shown_arithmetic,
)
from pcc_ingest.extract.budget.notes import noted_amount
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.budget.parts import part_lines
from pcc_ingest.extract.budget.rules import budget_rules, rule_any, rule_re
from pcc_ingest.extract.budget.split_lines import split_funder_lines
from pcc_ingest.extract.budget.table_kinds import (
    is_account_table,
    is_allocation_table,
    is_balance_row,
    is_share_row,
    is_working_column,
)
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import (
    Row,
    Table,
    cell_lines,
    is_section_row,
    is_total_row,
)
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import parse_number


def _line_items(block: Block, spans: list[tuple[int, int]], figures: list[tuple[float, int, int]],
                source: str | None) -> list[BudgetItemRecord]:
    """Pair a detail cell's lines with the amount cell's figures, in order.

    A detail cell that writes each line's own amount ("... = 27,000 บาท
    ค่าป้าย ... = 5,850 บาท", or bulleted with the baht unsaid: "- ค่าอาหารว่าง
    (25x90x2) = 4,500 - ป้ายไวนิล 9 ผืน x 450 = 4,050") under one amount that
    is their sum gives those lines.
    """
    for own_lines in (text_items(block), spelled_lines(block, None)):
        if len(own_lines) > 1 and abs(sum(i.amount_baht for i in own_lines) - sum(f[0] for f in figures)) < 0.5:
            return [i.model_copy(update={"source": i.source or source}) for i in own_lines]
    if len(figures) > len(spans) == 1:
        spans = cost_word_spans(block.text, len(figures)) or spans
    lines = [(block.text[s:e], s, e) for s, e in spans]
    if len(figures) == 1 and len(lines) > 1:
        own = [arithmetic(text, None)[0] for text, _, _ in lines]
        if None not in own and abs(sum(own) - figures[0][0]) < 0.5:
            figures = [(a, 0, 0) for a in own]
        else:
            lines = [(block.text, 0, len(block.text))]
    out = []
    for (text, s, e), (value, _, _) in zip(lines, figures):
        amount, unit, qty = arithmetic(text, value)
        out.append(budget_item(describe(text), amount, unit, qty, source, block, s, e))
    return out


def cost_word_spans(text: str, wanted: int) -> list[tuple[int, int]] | None:
    """A detail cell's lines split at their cost words ("ค่าอาหาร... ค่าตอบแทน..."),
    when it has as many as the amounts cell has figures: Word kept them
    as paragraphs, one per amount, which normalised text folds into one
    line with no bullet to mark them."""
    starts = [m.start() for m in rule_re("line.expense_start").finditer(text)]
    if len(starts) != wanted or text[: starts[0]].strip():
        return None
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _columns_arithmetic(table: Table, row: Row, item: BudgetItemRecord) -> BudgetItemRecord:
    """Unit cost and quantity from their own columns, as written; a count
    with its unit word, or a product of such counts ("45 คน x 2 มื้อ"),
    counts when unit cost times it gives the amount."""
    unit, qty = table.number(row, "unit_cost"), table.number(row, "quantity")
    if unit and not qty and (cell := table.cell(row, "quantity")) is not None:
        counted = counted_cell(cell.text) or counted_product(cell.text)
        qty = counted if multiplies_to(unit, counted, item.amount_baht) else None
    if unit and qty:
        return item.model_copy(update={"unit_cost_baht": unit, "quantity": qty})
    return item


def description_cell(table: Table, row: Row) -> Block | None:
    """The cell that says what a row's money is for: detail, activity, issue, ...

    Without any such column, the row's first cell of words (not a number).
    A detail column labelled as the working (``line.working_label``) names
    a row only when no other column does, unless that other column is
    merged down over several cost lines (:func:`is_working_column`).
    """
    roles = budget_rules()["line"]["description_roles"]
    if is_allocation_table(table):
        roles = ["district", *roles]
    if is_working_column(table):
        roles = [*(r for r in roles if r != "budget_detail"), "budget_detail"]
    for role in roles:
        block = table.cell(row, role)
        if block is not None and block.text:
            return block
    money = {c.col for c in table.columns if c.role in ("budget_amount", "unit_cost", "quantity", "seq")}
    return next((b for c, b in sorted(row.cells.items())
                 if c not in money and b.text and parse_number(b.text) is None), None)


def place_description(table: Table, row: Row, name: str) -> str:
    """What a row of a per-place allocation table pays for: the kind of money
    its amount column names and the place ("งบสนับสนุน (บาท)" over a row
    "ปลาปาก" under "อำเภอ" -> "งบสนับสนุนอำเภอปลาปาก")."""
    amount, place = table.column("budget_amount"), table.column("district")
    kind = rule_re("line.unit_label").sub("", amount.own).strip() if amount else ""
    label = place.own.strip() if place else ""
    named = name if not label or name.startswith(label) else f"{label}{name}"
    return f"{kind}{named}" if kind and not rule_any("line.plain_amount_label").fullmatch(kind) else named


def row_items(table: Table, row: Row) -> list[BudgetItemRecord]:
    """The budget lines of one table row (none for group, total and empty rows).

    Lines come from the detail cell paired with the amounts cell, or from
    the detail cell's own amounts, or from the amounts cell described by the
    row's activity; a row with unit cost and quantity columns but no amount
    is worth their product.
    """
    if is_total_row(row) or is_balance_row(row) or is_share_row(row) or is_section_row(row, table) \
            or is_heading_row(table, row) or is_account_table(table):
        return []
    funders = funder_columns(table)
    if is_funder_row(funders, row):
        return []
    named = description_cell(table, row)
    if named is not None and named is table.cell(row, "district") and (own := funder_cells(table, row)):
        return own
    if (split := split_funder_lines(table, row, named)) is not None:
        return split
    if is_group_row(funders, row) or is_split_summary(table):
        return []
    source = column_funder(funders, row) if funders else row_source(table, row)
    if source is None and named is not None:
        source = priced_bracket_source(named.text)
    amounts = funder_cell(funders, row, table) or line_amount_cell(table, row)
    figures = cell_figures(amounts) or worked_amount(amounts)
    unit, qty = table.number(row, "unit_cost"), table.number(row, "quantity")
    if not figures and unit and qty:
        figures = [(unit * qty, 0, 0)]
    if named is None or not named.text:
        return []
    noted = noted_amount(amounts.text) if not figures and amounts is not None else None
    if noted is not None and noted.purpose is not None:
        return [budget_item(describe(noted.purpose), noted.amount, *_row_arithmetic(named, amounts, noted.amount),
                            source, amounts, noted.start, noted.end)]
    if noted is not None:
        figures, source = [(noted.amount, 0, len(amounts.text))], source or noted.funder
    if not figures:
        spelled = spelled_out(amounts)
        if spelled is not None:
            return spelled_lines(spelled, source)
        own = text_items(named) if named is table.cell(row, "budget_detail") else []
        return [i.model_copy(update={"source": i.source or source}) for i in own]
    if len(figures) == 1 and (parts := part_lines(named, figures[0][0], source)):
        return parts
    if named is table.cell(row, "budget_detail") or funders:
        items = _line_items(named, cell_lines(named.text), figures, source)
    elif own := cost_lines(named, figures) or beside_cost_lines(row, figures, (named, amounts, table.cell(row, "source"))):
        items = [i.model_copy(update={"source": i.source or source}) for i in own]
    else:
        desc = describe(named.text)
        if named is table.cell(row, "district"):
            desc = place_description(table, row, desc)
        items = [budget_item(desc, v, *_row_arithmetic(named, amounts, v, row), source, named, 0, len(named.text))
                 for v, _, _ in figures]
    if len(items) == 1:
        items = [_beside_arithmetic(table, row, _columns_arithmetic(table, row, items[0]), (named, amounts))]
    return [bare_arithmetic(table, row, i) for i in items]


def _beside_arithmetic(table: Table, row: Row, item: BudgetItemRecord,
                       read: tuple[Block | None, ...]) -> BudgetItemRecord:
    """Unit cost and quantity from a cell of their own beside the line
    ("รายการ | การคำนวณ | จำนวนเงิน": "ค่าอาหาร | 80 คน x 60 บาท x 2 วัน |
    9,600"), whatever its header says, when they multiply to the amount: a
    clerk's working column has no fixed name."""
    if item.unit_cost_baht is not None:
        return item
    for _, cell in sorted(row.cells.items()):
        if any(cell is r for r in read) or not cell.text:
            continue
        unit, qty = shown_arithmetic(cell.text, item.amount_baht)
        if unit is not None:
            return item.model_copy(update={"unit_cost_baht": unit, "quantity": qty})
    return item


def _row_arithmetic(named: Block, amounts: Block | None, amount: float,
                    row: Row | None = None) -> tuple[float | None, float | None]:
    """(unit cost, quantity) a row shows for ``amount``: in its description,
    else beside the amount itself ("8,400 (21 คน x 4 ครั้ง x 100 บาท)"),
    else, as written, when they multiply to another money cell of the row
    (the spent column of "งบที่ได้รับ | ใช้จริง | คงเหลือ": the working
    costs the money used, the line is the money allotted)."""
    unit, qty = shown_arithmetic(named.text, amount)
    if unit is None and amounts is not None:
        unit, qty = shown_arithmetic(amounts.text, amount)
    for cell in [] if row is None else row.cells.values():
        value = parse_number(cell.text) if cell is not named and cell is not amounts else None
        if unit is None and value and value < amount:
            unit, qty = shown_arithmetic(named.text, value)
    return unit, qty


def beside_cost_lines(row: Row, figures: list[tuple[float, int, int]],
                      read: tuple[Block | None, ...]) -> list[BudgetItemRecord]:
    """Two or more cost lines another cell of the row spells out (a results
    cell: "ดำเนินการวันที่ ... ค่าอาหารกลางวัน 150 คน x 60 บาท = 9,000 บาท
    ค่าอาหารว่าง ... = 7,500 บาท" beside the amount 16,500) that add up to
    the row's amount: the row's money is those lines, whatever the cell's
    header says.  A single figure there only restates the amount."""
    for _, cell in sorted(row.cells.items()):
        if any(cell is r for r in read) or not cell.text:
            continue
        own = summed_lines(cell, figures)
        if len(own) >= 2:
            return own
    return []


def cost_lines(cell: Block, figures: list[tuple[float, int, int]]) -> list[BudgetItemRecord]:
    """The cost lines an activity cell spells out after the activity's name
    ("อบรมแกนนำ... ค่าอาหารกลางวัน 60 บาท × 45 คน = 2,700 บาท ค่าตอบแทน...")
    when they add up to the row's amount: the row's money is those lines.
    Bulleted lines need no cost word ("รณรงค์... - ทรายกำจัดลูกน้ำยุงลาย 4
    ถัง x 3,200 บาท = 12,800 บาท - ป้าย..."): the clerk's dash marks each.
    A line may close on a bare figure, the amount column's baht left unsaid
    ("… - อาหารว่าง 2 มื้อ x 100 คน x 35 บาท = 7,000 - ป้ายไวนิล = 1,500"): such
    lines are read as an amounts cell's spelled-out lines are."""
    if not (rule_re("line.expense_start").search(cell.text) or len(cell_lines(cell.text)) > 1):
        return []
    return summed_lines(cell, figures)


def summed_lines(cell: Block, figures: list[tuple[float, int, int]]) -> list[BudgetItemRecord]:
    """The lines ``cell`` spells out, when they add up to the row's amount.
    Beside the activity, two or more such lines need no cost word or bullet
    ("ทรายกำจัดลูกน้ำ 5 ถังๆ ละ 3,200 บาท = 16,000 บาท ป้ายไวนิล 11 ป้าย ×
    500 บาท = 5,500 บาท" beside 21,500, its paragraphs folded into one line):
    their sum is evidence enough."""
    row_amount = sum(f[0] for f in figures)
    for own in (text_items(cell), spelled_lines(cell, None)):
        if own and abs(sum(i.amount_baht for i in own) - row_amount) < 0.5:
            return own
    return []
