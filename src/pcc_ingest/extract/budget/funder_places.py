"""Districts' money given one column per funder, the last column their total.

An inspection report may sum up its money as a grid: a row per district,
a column per funder headed by the funder's name alone, and a total column
("อำเภอ | สสจ.X | กองทุน... | รวม (บาท)").  The funder columns get no role,
the total gets the amount's, so the row would read as one line of its total.
Each district's figure under a funder is a line instead (labelling
convention: the total column holds subtotals), described by the money the
table's title names and the district.
"""

from __future__ import annotations

from collections.abc import Mapping

from pcc_ingest.extract.budget.funder_columns import funder_columns, is_funder_row
from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.lines import budget_item, describe
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_labels import map_columns
from pcc_ingest.extract.table_model import Column
from pcc_ingest.extract.tables import Row, Table, cell_number


def named_funders(texts: Mapping[int, str]) -> dict[int, str]:
    """The columns whose label is a funder's name alone (``source.named_funder``),
    by column: a total or place column names none.  Among funders' columns a
    hospital's is a funder's too (``source.column_hospital``)."""
    out = {}
    for col, text in texts.items():
        name = clean_source(text) if text else None
        if name and (funder := named_funder(name) or hospital_column(name)):
            out[col] = funder
    return out


def first_row_labels(table: Table, role: str) -> tuple[dict[int, str], Column, int] | None:
    """A headerless table's first-row labels by column, the column they give
    ``role`` and the total column (``line.funder_total``), when that row names
    ``role`` as its only column role and exactly one total ("อำเภอ | สสจ.X |
    กองทุน… | รวม"): the header the table reader took for a body row."""
    if table.header_rows or table.columns or not table.rows:
        return None
    labels = {c: b.text.strip() for c, b in table.rows[0].cells.items() if b.text.strip()}
    columns = map_columns({c: [t] for c, t in labels.items()})
    totals = [c for c, t in labels.items() if rule_re("line.funder_total").match(t)]
    if [c.role for c in columns] != [role] or len(totals) != 1:
        return None
    return labels, columns[0], totals[0]


def hospital_column(name: str) -> str | None:
    """A hospital's name heading a column of money ("โรงพยาบาลX (เงินบำรุง)",
    its channel bracket already dropped): it pays from its own funds."""
    return name if rule_re("source.column_hospital").fullmatch(name) else None


def place_name(label: str, name: str) -> str:
    """A place as its column's label names it ("อำเภอ" + "พาน"), the label not
    written twice when the cell already has it."""
    return name if name.startswith(label) else f"{label}{name}"


def header_funders(table: Table) -> tuple[dict[int, str], int | None]:
    """The funder columns of a places × funders grid and its total column.

    The header may head each funder's column with the funder's name alone,
    no role given (two or more, ``named_funders``); or with the name and
    the unit, read as amount columns ("สสจ.X (บาท) | ศอ.บต. (บาท) | รวม
    (บาท)"), one of them named as funders are named; or a plain amount label
    may span a lower header row of names ("งบประมาณ (บาท)" over "สสจ.X |
    สปสช.เขต N | กองทุน… | รวม"), which the table reader takes for a body
    row (``funder_columns``).  The total column is the one named "รวม"."""
    roled = {c.col for c in table.columns}
    labels = {col: labels[-1] for col, labels in table.labels.items() if labels}
    funders = named_funders({col: text for col, text in labels.items() if col not in roled})
    if len(funders) >= 2:
        return funders, _total_column(labels)
    funders, total = _amount_funders(table, labels)
    if funders:
        return funders, total
    funders = funder_columns(table)
    row = next((r for r in table.rows[:2] if is_funder_row(funders, r)), None)
    return (funders, _total_column({c: b.text for c, b in row.cells.items()})) if row else ({}, None)


def _amount_funders(table: Table, labels: Mapping[int, str]) -> tuple[dict[int, str], int | None]:
    """Amount columns headed by a funder's name and the unit, before one total
    column: every such label a name once the unit is cut, one of them a
    funder as funders are named (``source.named_funder``)."""
    amounts = {c.col for c in table.columns_of("budget_amount")}
    total = _total_column({c: t for c, t in labels.items() if c in amounts})
    if total is None:
        return {}, None
    names = {c: clean_source(rule_re("line.unit_label").sub("", t)) for c, t in labels.items()
             if c in amounts and c != total}
    if len(names) < 2 or not all(names.values()) or not any(named_funder(n) for n in names.values() if n):
        return {}, None
    return {c: n for c, n in names.items() if n}, total


def _total_column(texts: Mapping[int, str]) -> int | None:
    """The one column whose label is a total's ("รวม (บาท)")."""
    totals = [c for c, t in texts.items() if rule_re("line.funder_total").match(t)]
    return totals[0] if len(totals) == 1 else None


def money_title(table: Table) -> str:
    """What a table's money is, as its title names it ("6. งบประมาณสนับสนุน
    การขับเคลื่อน พชอ. จำแนกตามแหล่งงบประมาณ" -> "งบประมาณสนับสนุนการขับเคลื่อน
    พชอ."): the outline number, the breakdown and the unit cut off
    (``line.title_trim``); empty when the title names no money."""
    for block in reversed(table.title):
        if rule_re("line.money_title").match(block.text):
            return rule_re("line.title_trim").sub("", block.text).strip()
    return ""


def funder_cells(table: Table, row: Row) -> list[BudgetItemRecord]:
    """A district row's lines under funder-headed columns (``header_funders``):
    one per funder figure, described by the table's money and the place as
    its label names it ("อำเภอ" + "พาน"), sourced by the column, when the
    row's total is their sum; otherwise none, the row being read as usual."""
    (funders, total), district = header_funders(table), table.column("district")
    name = table.cell(row, "district")
    if not funders or district is None or name is None or not name.text.strip():
        return []
    place = place_name(district.own.strip(), name.text.strip())
    amount = row.cells.get(total) if total is not None else table.cell(row, "budget_amount")
    whole = cell_number(amount.text) if amount is not None else None
    paid = {c: cell_number(row.cells[c].text) for c in funders if c in row.cells}
    paid = {c: v for c, v in paid.items() if v}
    if not paid or whole is None or abs(sum(paid.values()) - whole) >= 0.5:
        return []
    desc = describe(" ".join(p for p in (money_title(table), place) if p))
    return [budget_item(desc, v, None, None, funders[c], row.cells[c], 0, len(row.cells[c].text))
            for c, v in sorted(paid.items())]
