"""The document's stated grand total, and its repetition in words.

Of several totals stated (total rows, "รวมทั้งสิ้น" phrases, a recap table's
total), the one the budget lines add up to wins, else the largest grand
total; in a report, money stated as spent wins over money allocated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.funder_places import header_funders
from pcc_ingest.extract.budget.lines import (
    Money,
    after_words,
    followed_by_words,
    in_millions,
    is_generic,
    line_arithmetic,
    money_in,
    multiplies_to,
)
from pcc_ingest.extract.budget.rules import budget_rules, rule_any, rule_re
from pcc_ingest.extract.budget.summaries import is_source_summary
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord, BudgetTotal
from pcc_ingest.extract.tables import Row, Table, is_total_row
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import (
    NUMBER,
    find_amounts,
    find_thai_money_words,
    parse_number,
)


@dataclass(frozen=True)
class _Total:
    amount: float
    grand: bool
    block: Block
    start: int
    end: int
    spent: bool = False
    beside: float | None = None  # a spent total's allocated figure in its row


def _table_totals(table: Table) -> Iterator[_Total]:
    """Total rows: the figure of the row's amount-column cell (else its last
    amount cell), or the amount its label cell writes itself ("รวมงบประมาณทั้งสิ้น 94,750 บาท" across the row).
    A plain "รวม" row of a summary by funding source (funders in rows) is a
    grand total: the whole budget split by who pays, over an amount a
    sentence approves for part of it (minutes' "ขออนุมัติ…ไตรมาสที่ 2–4")."""
    by_source = is_source_summary(table)
    for row in table.rows:
        if not is_total_row(row):
            continue
        label = row.texts()[0]
        cells = [b for c, b in sorted(row.cells.items()) if b.text and b.text != label]
        figures = [(b, f) for b in cells for f in cell_figures(b)]
        column = [(b, f) for b, f in figures if b is _amount_cell(table, row)]
        figures = column or figures  # received / spent / remaining: the items' own column
        if figures:
            block, (value, s, e) = figures[-1]
            grand = by_source or bool(rule_any("total.grand").search(label))
            yield _Total(value, grand, block, s, e, bool(rule_re("total.spent").search(label)))
            yield from _spent_column_totals(table, row, grand, value)
            continue
        block = row.cells[min(c for c, b in row.cells.items() if b.text == label)]
        for value, start, end in find_amounts(block.text)[:1]:
            yield _Total(value, bool(rule_any("total.grand").search(block.text[:start])), block, start, end)


def _amount_cell(table: Table, row: Row) -> Block | None:
    """The row's cell under the amount column that totals the others ("สสจ.X
    (บาท) | กองทุน… (บาท) | อปท. (บาท) | รวม (บาท)": one amount column per
    funder, then their sum), or under the "รวม" a lower header row of funders'
    names gives under a spanning amount label (``header_funders``), else
    under the first amount column."""
    totals = [c for c in table.columns_of("budget_amount") if rule_re("line.funder_total").match(c.own or c.label)]
    if len(totals) == 1 and len(table.columns_of("budget_amount")) > 1:
        return row.cells.get(totals[0].col)
    first = table.column("budget_amount")
    _, total = header_funders(table) if first is not None else ({}, None)
    if total is not None and total > first.col and total not in table.labels:
        return row.cells.get(total)  # the "รวม" a row of funders' names gives under a spanning amount label
    return table.cell(row, "budget_amount")


def _spent_column_totals(table: Table, row: Row, grand: bool, allocated: float) -> Iterator[_Total]:
    """A total row's figures under amount columns headed as spent ("ได้รับ
    จัดสรร (บาท) | ใช้จ่ายจริง (บาท) | คงเหลือ (บาท)"): the spending in all,
    which a report takes as its total (labelling convention) though the
    lines take the allocated column.  Each keeps its row's ``allocated``
    figure, which tells whether the row totals all the lines."""
    for column in table.columns_of("budget_amount"):
        cell = row.cells.get(column.col)
        if cell is None or cell is table.cell(row, "budget_amount") or not rule_re("total.spent").search(column.own):
            continue
        for value, s, e in cell_figures(cell)[-1:]:
            yield _Total(value, grand, cell, s, e, True, allocated)


def _background(text: str, money: Money, before: str) -> bool:
    """Money a sentence tells that is no grand total: a figure in millions
    (a fund's or the local bodies' money, ``line.in_millions``) or a balance
    left or paid back (``total.balance``)."""
    return in_millions(text, money) or bool(rule_re("total.balance").search(before))


def _text_totals(block: Block) -> Iterator[_Total]:
    """Totals a paragraph states; one that is its own clause's unit cost
    times count ("อำเภอละ 20,000 บาท จำนวน 12 อำเภอ รวมเป็นเงิน 240,000 บาท")
    is that line's sum, a grand total only when no other is stated.  Money
    in millions (background funds) or left over is none (``_background``)."""
    clause = line = 0
    for money in money_in(block.text):
        value, start, end = money.value, money.start, money.end
        before = block.text[clause:start]
        grand = bool(rule_any("total.grand").search(before))
        if not _background(block.text, money, before) and (grand or followed_by_words(block.text, end)):
            _, unit, qty = line_arithmetic(block.text[line:end], value)
            yield _Total(value, not multiplies_to(unit, qty, value), block, start, end,
                         bool(rule_re("total.spent").search(before)))
        clause = after_words(block.text, end)
        if not money.per_unit:
            line = clause
    for m in NUMBER.finditer(block.text):
        counted = _counted_re().match(block.text, m.end())  # "รวมทั้งสิ้น 51 คน" counts people
        if rule_any("total.grand").search(block.text[: m.start()]) and not find_amounts(block.text) and not counted:
            value = parse_number(m.group())
            if value:
                yield _Total(value, True, block, m.start(), m.end())


@cache
def _counted_re() -> re.Pattern[str]:
    """A unit word right after a figure: the figure counts things, it is no money."""
    return re.compile(rf"\s*(?:{'|'.join(budget_rules()['quantity']['units'])})")


def _in_words(doc: Document, total: _Total) -> float | None:
    """The total repeated in words in its own block, row, or the next block."""
    near = [total.block, *doc.blocks[total.block.order + 1: total.block.order + 4]]
    for block in near:
        found = find_thai_money_words(block.text if block is not total.block else block.text[total.end:])
        if found:
            return found[0][0]
    return None


def recap_totals(others: Iterable[Table], lines_sum: float) -> list[_Total]:
    """Total rows of tables that hold no budget lines (a closing recap by
    year: "รวม 3 ปี | 15 | 501,500") whose figure is what all the budget
    lines add up to: the document's total, though its label says no more
    than "รวม".  The sum guards against totals of people or places."""
    return [replace(t, grand=True) for table in others for t in _table_totals(table)
            if lines_sum and abs(t.amount - lines_sum) < 0.5]


def find_total(doc: Document, tables: list[Table], skip: set[int], lines_sum: float = 0.0,
               others: Iterable[Table] = (), report: bool = False) -> BudgetTotal | None:
    """The document's grand total: a grand-total row or phrase; of several, the
    one the budget lines add up to (``lines_sum``), else the largest.  With
    no grand total stated, a recap table's total row the lines add up to.
    In a ``report``, a grand total stated as spent wins over money allocated
    (the lines may list what was planned); so does, in minutes, an account
    table's spent total (``is_minutes``)."""
    candidates = [t for table in tables for t in _table_totals(table)]
    for block in doc.body():
        if block.order not in skip:
            candidates += list(_text_totals(block))
        elif block.kind == "table_cell":  # a note on spending written in a budget table's cell
            candidates += [t for t in _text_totals(block) if t.grand and t.spent]
    candidates = [whole_table_spending(t, lines_sum) for t in candidates]
    if not any(t.grand for t in candidates):
        candidates += recap_totals(others, lines_sum)
    grand = [t for t in candidates if t.grand] or candidates
    if not grand or group_totals_only(grand, lines_sum):
        return None
    report = report or (is_minutes(doc) and any(t.spent and t.beside is not None for t in grand))
    if report and any(t.spent for t in grand):
        candidates = grand = [t for t in grand if t.spent]
    elif report and (so_far := spent_to_date(doc, skip, grand, lines_sum)):
        candidates = grand = so_far
    best = max(grand, key=lambda t: (t.amount, -t.block.order))
    summed = [t for t in candidates if lines_sum and abs(t.amount - lines_sum) < 0.5]
    if summed:  # money received and money spent both stated: the lines add up to the spending
        best = summed[0]
    return BudgetTotal(
        amount_baht=best.amount, in_words=_in_words(doc, best),
        evidence=evidence(best.block, best.start, best.end),
    )


def is_minutes(doc: Document) -> bool:
    """Minutes of a meeting (``total.minutes``: "ระเบียบวาระที่ 3", "มติที่ประชุม"):
    one that reports the year's spending in an account table (received |
    spent | balance) reports it as a progress report does, so the money
    stated as spent is its total (labelling convention)."""
    return any(rule_re("total.minutes").search(b.text) for b in doc.body())


def whole_table_spending(total: _Total, lines_sum: float) -> _Total:
    """A spent column's figure in a total row whose allocated figure is what
    all the budget lines add up to ("รวม | 33,800 | 24,850 | 8,950"): that row
    totals the whole budget, so its spending is the document's spending in
    all, a grand total though the row says no more than "รวม"."""
    if total.spent and total.beside is not None and lines_sum and abs(total.beside - lines_sum) < 0.5:
        return replace(total, grand=True)
    return total


def spent_to_date(doc: Document, skip: set[int], stated: list[_Total], lines_sum: float) -> list[_Total]:
    """Amounts a report states as spent so far (``total.spent_to_date``: "เบิก
    จ่ายแล้ว 219,460 บาท", "ใช้จ่ายสะสม ... 131,390 บาท") against a total it
    also states (a grand total, or the total the lines add up to) and no
    larger than it: the spending of that budget.  A budget table's plain
    "รวม" row counts too for the paragraph right under that table ("รวม |
    … | 90,900" then "ผลการเบิกจ่าย … เบิกจ่ายแล้ว 58,740 บาท", an inspection
    report's province budget).  Without such a total the spending may be of
    one line's money only, so none is returned."""
    budget = [t.amount for t in stated if t.grand or (lines_sum and abs(t.amount - lines_sum) < 0.5)]
    out = []
    for block in doc.body():
        if block.order in skip:
            continue
        above = doc.body_before(block.order, skip_blank=True)
        under = [t.amount for t in stated if above is not None and above.kind == "table_cell"
                 and t.block.kind == "table_cell" and t.block.table == above.table]
        if not (ceiling := max(budget + under, default=0.0)):
            continue
        clause = 0
        for money in money_in(block.text):
            if rule_re("total.spent_to_date").search(block.text[clause:money.start]) and money.value <= ceiling:
                out.append(_Total(money.value, True, block, money.start, money.end, True))
            clause = money.end
    return out


def group_totals_only(totals: list[_Total], lines_sum: float) -> bool:
    """Two or more totals that together make up all the lines, none of them
    all the lines: each sums its own group (two proposals in minutes, each
    "รวมเป็นเงิน ..."), and the document states no grand total."""
    amounts = [t.amount for t in totals]
    return (len(amounts) >= 2 and lines_sum > 0 and abs(sum(amounts) - lines_sum) < 0.5
            and all(abs(a - lines_sum) >= 0.5 for a in amounts))


def sentence_total_only(total: BudgetTotal, items: list[BudgetItemRecord]) -> bool:
    """A total in running text that closes the lines of its own sentence
    ("ค่าอาหาร… 11,000 บาท และ…เงินรางวัล 10,000 บาท รวมงบประมาณทั้งแผน
    21,000 บาท" in minutes that approve other money too), while the document
    has lines beyond it: it totals that one group, and the document states
    no grand total.  A total stated first and then split ("รวมทั้งสิ้น 98,000
    บาท จาก 6 แหล่ง ได้แก่…") is the grand one."""
    if total.evidence.table is not None:
        return False
    own = [i for i in items if i.evidence.block == total.evidence.block]
    others = [i for i in items if i.evidence.block != total.evidence.block]
    return (len(own) >= 2 and bool(others) and all(i.evidence.end <= total.evidence.start for i in own)
            and abs(sum(i.amount_baht for i in own) - total.amount_baht) < 0.5)


def lone_spending(items: list[BudgetItemRecord]) -> bool:
    """The document's only money is one amount said to be spent, for no
    named purpose ("งบประมาณที่ใช้ในไตรมาสนี้ 28,500 บาท"): its total."""
    return len(items) == 1 and is_generic(items[0].description)
