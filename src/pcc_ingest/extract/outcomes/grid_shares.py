"""The percent cells of any table, shares of one whole left out.

A column (or row) of shares of one whole ("แหล่งงบประมาณ | บาท | ร้อยละ" ending
"รวม | ... | 100.00") holds background, not results (gold/README.md): the
grid reader takes every other percent cell ``grid_cells.percent_cells`` finds.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.grid_cells import (
    GridCell,
    cell_percent,
    column_labels,
    header_rows,
    is_total,
    percent_cells,
    row_lead,
)
from pcc_ingest.extract.outcomes.table_measures import SHARES_SLACK, WHOLE_PCT
from pcc_ingest.extract.table_model import Table

# A column of shares has at least this many parts.
MIN_SHARES = 2


def is_shares(figures: list[tuple[float, bool]]) -> bool:
    """Figures (each with whether its row or column is a total) splitting one
    whole: a total of 100 over parts adding up to no more, or with no total two
    or more parts summing to 100 ("แหล่งงบประมาณ | บาท | ร้อยละ" ending "รวม |
    ... | 100.00").  Shares
    of a budget or a population are background, not results (gold/README.md)."""
    body = [v for v, total in figures if not total]
    whole = [v for v, total in figures if total]
    if whole:  # a total of 100 over parts not beyond it (a part may sit on the page before)
        return all(abs(v - WHOLE_PCT) <= SHARES_SLACK for v in whole) and bool(body) and sum(body) <= WHOLE_PCT + SHARES_SLACK
    return len(body) >= MIN_SHARES and abs(sum(body) - WHOLE_PCT) <= SHARES_SLACK


def _figures(table: Table, header: tuple[int, ...], cells: list[GridCell], by: str) -> list[tuple[float, bool]]:
    """Every figure of the body column (``by="col"``) or row of ``cells``, each
    with whether it is a total's (its row's head, or its column's own label,
    says so), whether or not it was read as a percentage."""
    grid, first = table.grid, cells[0].block
    labels = column_labels(table, header)
    out = []
    for (r, c), b in grid.cells.items():
        if r in header or (c != first.col if by == "col" else r != first.row):
            continue
        read = cell_percent(b.text) if b.text else None
        if read is not None:
            lead = row_lead(grid.row_cells(r))[0]
            out.append((read[0], is_total(lead) if by == "col" else is_total(labels.get(c, ())[-1:])))
    return out


def grid_cells(table: Table) -> list[GridCell]:
    """Every body cell of ``table`` holding a percentage, value or target, in
    grid order; a column or row of shares of one whole left out."""
    header = header_rows(table)
    found = percent_cells(table)
    shares = set()
    for by in ("col", "row"):
        groups: dict[int, list[GridCell]] = {}
        for c in found:
            if not c.target and c.span is None:
                groups.setdefault((c.block.col if by == "col" else c.block.row) or 0, []).append(c)
        shares |= {(by, k) for k, cells in groups.items() if is_shares(_figures(table, header, cells, by))}
    return [c for c in found if c.span is not None
            or not {("col", c.block.col or 0), ("row", c.block.row or 0)} & shares]


