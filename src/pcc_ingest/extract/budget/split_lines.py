"""Activities' money split across funder columns the header names, with a total.

A plan or minutes may write each activity's money under the funders who pay
it, each column headed by the funder and the unit, then the row's total
("กิจกรรม | สสจ.X (บาท) | กปท. (บาท) | อปท. (บาท) | รวม (บาท) | บาท/คน |
ยอดสะสม (บาท)").  When some rows are paid by two funders the table reads as
a summary and, with no funders found, a row gives only its first figure,
unsourced.  When every row's funder figures add up to its total, each
figure is a line of its own, described by the activity and sourced by its
column; the columns after the total (cost per head, running total) are no
funders.  With no total column ("สสจ.X (บาท) | กองทุน… (บาท) | อปท. (บาท)", an
action plan) the same holds when all but one row are paid by one funder.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.budget.funder_columns import one_figure_a_row, unit_funder_columns
from pcc_ingest.extract.budget.funder_places import header_funders
from pcc_ingest.extract.budget.lines import budget_item, describe, shown_arithmetic
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Row, Table, cell_number, is_total_row
from pcc_ingest.model import Block

# A figure written as a percentage ("30.87%" in a "สัดส่วนของงบประมาณ" row
# under the funders' total): each funder's share, no money, so its row is
# neither a split line nor proof that the table splits rows.
PERCENT_RE = re.compile(r"\d\s*%")


def _split_columns(table: Table) -> tuple[dict[int, str], int | None]:
    """The funder amount columns before the total column, when the header
    heads two or more amount columns with funders and the table has no place
    column (a places × funders grid is ``funder_places``'s)."""
    if table.column("district") is not None:
        return {}, None
    funders, total = header_funders(table)
    amounts = {c.col for c in table.columns_of("budget_amount")} | _spanned(table)
    if total is None or total not in amounts:
        return {}, None
    funders = {c: n for c, n in funders.items() if c < total and c in amounts}
    return (funders, total) if len(funders) >= 2 else ({}, None)


def _spanned(table: Table) -> set[int]:
    """Columns with no label of their own right after an amount column: the
    funders and total a spanning money label stands over ("งบประมาณที่ได้รับ
    จัดสรร (บาท)" over "สสจ.X | กองทุน… | อปท. | รวม"), named by a lower header
    row the table reader took for a body row."""
    out: set[int] = set()
    for amount in table.columns_of("budget_amount"):
        col = amount.col + 1
        while col not in table.labels and all(c.col != col for c in table.columns) \
                and any(col in r.cells for r in table.rows):
            out.add(col)
            col += 1
    return out


def _paid(funders: dict[int, str], row: Row) -> dict[int, float]:
    """The row's own figures under the funder columns (none in a row of shares)."""
    if any(PERCENT_RE.search(row.cells[c].text) for c in funders if c in row.cells):
        return {}
    return {c: v for c in funders if c in row.cells and c not in row.carried
            and (v := cell_number(row.cells[c].text))}


def _adds_up(table: Table, funders: dict[int, str], total: int) -> bool:
    """Whether every body row with funder figures has them add up to its total
    and at least one row is paid by two funders or more."""
    split = False
    for row in table.rows:
        if is_total_row(row) or not (paid := _paid(funders, row)):
            continue
        whole = cell_number(row.cells[total].text) if total in row.cells else None
        if whole is None or abs(sum(paid.values()) - whole) >= 0.5:
            return False
        split = split or len(paid) >= 2
    return split


def split_funder_lines(table: Table, row: Row, named: Block | None) -> list[BudgetItemRecord] | None:
    """One line per funder figure of an activity row in such a table (none for
    a row with no figure under any funder); ``None`` when the table is no such
    table, the row then read as usual."""
    if named is None or not named.text.strip():
        return None
    funders, total = _split_columns(table)
    if not funders or total is None or not _adds_up(table, funders, total):
        funders = unit_funder_columns(table)  # no total column: each figure under its funder is the line
        if not funders or not one_figure_a_row(table, list(funders)):
            return None
    desc = describe(named.text)
    return [budget_item(desc, v, *shown_arithmetic(named.text, v), funders[c], row.cells[c], 0, len(row.cells[c].text))
            for c, v in sorted(_paid(funders, row).items())]
