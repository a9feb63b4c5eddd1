"""Budget lines of a summary by funding source, when nothing else itemises the money.

A table "แหล่งงบประมาณ | จำนวนเงิน (บาท) | ร้อยละ" usually sums by funder
lines listed elsewhere, so its rows are no lines (``table_kinds.is_account_table``).
An inspection or summary report may list the money only that way: then each
funder's row is the document's one statement of that money, and is a line
described and sourced by the funder as written (labelling convention: "the
budget lines are by source, shares are background").  A summary may instead
give each funder a column and each place a row ("อำเภอ | สสจ.X | กองทุน...
| รวม"): then each place's figure under a funder is a line.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.funder_places import named_funders, place_name
from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.headings import describing_columns
from pcc_ingest.extract.budget.lines import budget_item, describe
from pcc_ingest.extract.budget.rules import budget_rules
from pcc_ingest.extract.tables import Table, cell_number, is_section_row, is_total_row


def is_source_summary(table: Table) -> bool:
    """A table whose only words are its funders: a source column, an amount
    column, and no column saying what money is for or who it goes to."""
    named = set(budget_rules()["line"]["description_roles"]) | set(budget_rules()["line"]["purpose_roles"])
    return (table.column("source") is not None and table.column("budget_amount") is not None
            and not describing_columns(table, named))


def source_summary_lines(tables: list[Table]) -> list[PlacedLine]:
    """One line per funder row of the source-summary tables (total rows
    left out), each described and funded by its funder cell."""
    out = []
    for t, table in enumerate(tables):
        if not is_source_summary(table):
            continue
        for row in table.rows:
            if is_total_row(row) or is_section_row(row, table):
                continue
            funder, amounts = table.cell(row, "source"), table.cell(row, "budget_amount")
            figures = cell_figures(amounts) if amounts is not None else []
            if funder is None or len(figures) != 1 or not figures[0][0]:
                continue
            desc = describe(funder.text)
            if desc:
                item = budget_item(desc, figures[0][0], None, None, clean_source(funder.text), funder, 0, len(funder.text))
                out.append(PlacedLine(item, None, (funder.order, funder.order), (t, row.index)))
    return out


def funder_column_lines(tables: list[Table]) -> list[PlacedLine]:
    """One line per place and funder of a table that gives each funder a
    column and each place a row, its first row the labels ("อำเภอ | สสจ.X |
    กองทุนหลักประกันสุขภาพ อปท. | รวม"), read when no table has roles: the
    place's figure under a funder is money that funder gives the place,
    described by the place as its label names it ("อำเภอ" + "ดอนตูม").  A
    total column names no funder, so it is no line; nor is a total row."""
    out = []
    for t, table in enumerate(tables):
        if table.roles or len(table.rows) < 2:
            continue
        header, body = table.rows[0], table.rows[1:]
        funders = named_funders({col: block.text for col, block in header.cells.items()})
        places = [c for c in header.cells if c not in funders]
        if len(funders) < 2 or not places:
            continue
        place, label = places[0], header.cells[places[0]].text.strip()
        for row in body:
            name = row.cells.get(place)
            if is_total_row(row) or name is None or not name.text or cell_number(name.text) is not None:
                continue
            for col, funder in sorted(funders.items()):
                cell = row.cells.get(col)
                amount = cell_number(cell.text) if cell is not None else None
                if cell is not None and amount:
                    desc = describe(place_name(label, name.text))
                    item = budget_item(desc, amount, None, None, funder, cell, 0, len(cell.text))
                    out.append(PlacedLine(item, None, (cell.order, cell.order), (t, row.index)))
    return out
