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

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.lines import budget_item, describe
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Row, Table, cell_number


def named_funders(texts: Mapping[int, str]) -> dict[int, str]:
    """The columns whose label is a funder's name alone (``source.named_funder``),
    by column: a total or place column names none."""
    out = {}
    for col, text in texts.items():
        name = clean_source(text) if text else None
        if name and (funder := named_funder(name)):
            out[col] = funder
    return out


def place_name(label: str, name: str) -> str:
    """A place as its column's label names it ("อำเภอ" + "พาน"), the label not
    written twice when the cell already has it."""
    return name if name.startswith(label) else f"{label}{name}"


def header_funders(table: Table) -> dict[int, str]:
    """The columns the header heads with a funder's name alone and gives no
    role (``named_funders``), when there are two or more."""
    roled = {c.col for c in table.columns}
    out = named_funders({col: labels[-1] for col, labels in table.labels.items() if labels and col not in roled})
    return out if len(out) >= 2 else {}


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
    row's amount is their sum; otherwise none, the row being read as usual."""
    funders, district = header_funders(table), table.column("district")
    name = table.cell(row, "district")
    if not funders or district is None or name is None or not name.text.strip():
        return []
    place = place_name(district.own.strip(), name.text.strip())
    amount = table.cell(row, "budget_amount")
    total = cell_number(amount.text) if amount is not None else None
    paid = {c: cell_number(row.cells[c].text) for c in funders if c in row.cells}
    paid = {c: v for c, v in paid.items() if v}
    if not paid or total is None or abs(sum(paid.values()) - total) >= 0.5:
        return []
    desc = describe(" ".join(p for p in (money_title(table), place) if p))
    return [budget_item(desc, v, None, None, funders[c], row.cells[c], 0, len(row.cells[c].text))
            for c, v in sorted(paid.items())]
