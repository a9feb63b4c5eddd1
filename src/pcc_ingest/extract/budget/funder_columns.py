"""Funders given one amount column each under a spanning source label.

A budget table may split its money by funder across columns: "แหล่ง
งบประมาณ (บาท)" spans several columns, a row below it names one funder
per column ("สสอ.X | กองทุน... | รพ.X"), and each cost line writes its
money under the funder who pays it ("1,750 | - | - | 1,750").  The table
reader keeps only the spanning label as the source column, so its first
cell holds a figure, not a name; the funder is the column's name.  The
spanning label may instead be an amount column's that says the money is
split by source ("งบประมาณจำแนกตามแหล่ง (บาท)"), with a total column among
the funders' ("รวม"); a row with nothing under any funder is a heading over
lines, its figure their subtotal.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Row, Table, cell_number
from pcc_ingest.model import Block


def _source_span(table: Table) -> list[int]:
    """The grid columns under the source label: from the source column up to
    the next column the header names."""
    col = table.column("source") or next(
        (c for c in table.columns_of("budget_amount") if rule_re("line.by_source_label").search(c.own)), None)
    if col is None:
        return []
    named = sorted(c.col for c in table.columns if c.col > col.col)
    last = named[0] if named else max(c for r in table.rows for c in r.cells) + 1
    return list(range(col.col, last))


def funder_columns(table: Table) -> dict[int, str]:
    """Each column under a spanning source label and the funder it names
    (the row of names under the label: a lower header row the reader took
    for a body row), or nothing when the source column is a single one."""
    span = _source_span(table)
    if len(span) < 2:
        return {}
    for row in table.rows[:2]:
        texts = {c: b.text.strip() for c, b in row.cells.items() if b.text.strip() and c not in row.carried}
        if set(texts) != set(span) or any(cell_number(t) is not None for t in texts.values()):
            continue
        names = {c: clean_source(t) for c, t in texts.items() if not _is_total(t)}
        if len(names) >= 2 and all(names.values()):
            return {c: n for c, n in names.items() if n}
    return {}


def _is_total(text: str) -> bool:
    """A total column's name among the funders' ("รวม")."""
    return bool(rule_re("line.funder_total").match(text))


def is_funder_row(funders: dict[int, str], row: Row) -> bool:
    """The row naming the funder columns (and their total's): no line of its own."""
    return bool(funders) and all(c in funders or c in row.carried or _is_total(b.text)
                                 for c, b in row.cells.items() if b.text.strip())


def is_group_row(funders: dict[int, str], row: Row) -> bool:
    """A row with nothing under any funder column (an activity's name over
    its cost lines, its subtotal in the total column, the funder columns
    merged across): every cost line of such a table writes its money under
    the funder who pays it, so this row is a heading, no line.  A cell the
    table reader carried down from a merged cell above is not the row's."""
    return bool(funders) and not any(c in funders and c not in row.carried and b.text.strip()
                                     for c, b in row.cells.items())


def funder_cell(funders: dict[int, str], row: Row) -> Block | None:
    """The one funder column cell of a row holding a figure: the row's
    money, when the table's amount column is the first funder's own."""
    paying = [row.cells[c] for c in funders if c in row.cells and c not in row.carried
              and cell_number(row.cells[c].text)]
    return paying[0] if len(paying) == 1 else None


def column_funder(funders: dict[int, str], row: Row) -> str | None:
    """The funder of a row's money: the one funder column holding a figure."""
    paying = [name for c, name in funders.items()
              if c in row.cells and cell_number(row.cells[c].text)]
    return paying[0] if len(paying) == 1 else None
