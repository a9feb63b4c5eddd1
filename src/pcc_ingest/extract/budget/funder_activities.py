"""Funders a table of sources gives each numbered activity, for cost lines elsewhere.

A project may list its cost lines in one table (grouped under "กิจกรรมที่ 1
…" rows, no funder column) and give its sources in another: a row per
activity ("1. ประชุม…"), one amount column per funder, the activity's
subtotal written under the funder who pays it.  That row says who pays for
the activity's cost lines, as a "แหล่งงบประมาณ: กิจกรรมที่ 1 …" line would.
Its header may name no role but the activity's ("กิจกรรม | กองทุน… | สสจ.X |
รวม"): the table reader then finds no header, and its first row is read as
the labels (``headerless_funder_lines``).
The same table may be laid out transposed: a row per funder, a column per
activity ("แหล่งงบประมาณ | กิจกรรมที่ 1 | กิจกรรมที่ 2 | รวม"); an activity
with money under one funder's row only is that funder's.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import listed_number, row_activity
from pcc_ingest.extract.budget.funder_columns import column_funder, funder_cell, header_funder_columns, source_span_funders
from pcc_ingest.extract.budget.funder_places import first_row_labels, named_funders
from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.sources import SourceLine
from pcc_ingest.extract.tables import Row, Table, cell_number, is_total_row
from pcc_ingest.model import Block


def activity_funder_lines(tables: list[Table]) -> list[SourceLine]:
    """A source line per activity row of each table whose header names one
    amount column per funder (or whose source label spans a row of funders'
    names) and whose rows are activities, not cost lines; and per activity
    column of a transposed one (``column_funder_lines``).  A plain amount
    label over funders' names ("งบประมาณ (บาท)") is left alone: such a table
    only sums money by source."""
    out = []
    for table in tables:
        out += column_funder_lines(table) + headerless_funder_lines(table)
        if table.column("activity") is None or table.column("budget_detail") is not None:
            continue
        funders = header_funder_columns(table) or source_span_funders(table)
        for row in table.rows if funders else []:
            number, name, cell = row_activity(table, row), column_funder(funders, row), funder_cell(funders, row)
            if number is not None and name and cell is not None:
                out.append(SourceLine(cell, None, {number: name}))
    return out


SHARED = ""
"""The source an activity two funders share is given: none, and no other
source line's either (``assemble._sourced`` reads it as ``None``)."""


def column_funder_lines(table: Table) -> list[SourceLine]:
    """A source line per activity column of a table whose rows are funders
    (its first column the source column) and whose columns are numbered
    activities: the one funder row with a figure in that column pays for the
    activity; an activity two funders share gets none (no line says which
    of its costs each pays)."""
    source = table.column("source")
    if source is None or source.col != min((c.col for c in table.columns), default=-1):
        return []
    numbers = {col: n for col, ls in table.labels.items() if ls and col != source.col
               and (n := listed_number(ls[-1].strip())) is not None}
    if len(numbers) < 2:
        return []
    out = []
    for col, number in numbers.items():
        paying = [row for row in table.rows if not is_total_row(row) and col in row.cells
                  and cell_number(row.cells[col].text) and source.col in row.cells]
        if len(paying) >= 2:  # shared: no funder, nor the nearest source line's
            out.append(SourceLine(paying[0].cells[col], None, {number: SHARED}))
        elif paying and (name := clean_source(paying[0].cells[source.col].text)):
            out.append(SourceLine(paying[0].cells[col], None, {number: name}))
    return out


def headerless_funder_lines(table: Table) -> list[SourceLine]:
    """A source line per numbered activity row of a table the reader found no
    header in, when its first row labels the activity column, two or more
    funders (``funder_places.named_funders``) and one total after them
    ("กิจกรรม | กองทุน…เทศบาลเมืองX | สสจ.X | รวม"): the one funder column
    holding a figure in a row pays for that activity; a row two funders
    share gives none, nor lets another source line give one (``SHARED``)."""
    if len(table.rows) < 2 or (first := first_row_labels(table, "activity")) is None:
        return []
    labels, named, total = first
    activity = named.col
    funders = named_funders({c: t for c, t in labels.items() if activity < c < total})
    if len(funders) < 2 or len(funders) != len(labels) - 2:
        return []
    out = []
    for row in table.rows[1:]:
        cell = row.cells.get(activity)
        number = listed_number(cell.text) if cell is not None else None
        name, paying = column_funder(funders, row), funder_cell(funders, row)
        if number is not None and name and paying is not None:
            out.append(SourceLine(paying, None, {number: name}))
        elif number is not None and (shared := _paying_cells(funders, row)):
            out.append(SourceLine(shared[0], None, {number: SHARED}))
    return out


def _paying_cells(funders: dict[int, str], row: Row) -> list[Block]:
    """The funder cells of a row holding money, when two or more do."""
    paying = [row.cells[c] for c in funders if c in row.cells and cell_number(row.cells[c].text)]
    return paying if len(paying) >= 2 else []
