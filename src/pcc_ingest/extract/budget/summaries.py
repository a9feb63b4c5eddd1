"""Budget lines of a summary by funding source, when nothing else itemises the money.

A table "แหล่งงบประมาณ | จำนวนเงิน (บาท) | ร้อยละ" usually sums by funder
lines listed elsewhere, so its rows are no lines (``rows.is_account_table``).
An inspection or summary report may list the money only that way: then each
funder's row is the document's one statement of that money, and is a line
described and sourced by the funder as written (labelling convention: "the
budget lines are by source, shares are background").
"""

from __future__ import annotations

from pcc_ingest.extract.budget.cells import cell_figures
from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.headings import describing_columns
from pcc_ingest.extract.budget.lines import budget_item, describe
from pcc_ingest.extract.budget.rules import budget_rules
from pcc_ingest.extract.tables import Table, is_section_row, is_total_row


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
