"""Dates in the cells of a row beside an activity, in a table read cell by cell
because no header was found: a borderless list of two columns, the date first
("12/10/2566 | ประชุมคณะกรรมการ ... ครั้งที่ 1/2567"), or an activity calendar
whose month labels carry their year ("กิจกรรม | ต.ค. 67 | พ.ย. 67 | ...", a mark
"●" in each month the activity runs)."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ticks import month_columns, month_labels, ticked_dates
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import PartialDate, find_dates

# What may be left of a date cell once its dates are taken out: the dashes and
# "ถึง" of a range, commas, white space ("11/04/2567 – 17/04/2567").
DATE_CELL_REST_RE = re.compile(r"(?:\s|[–—,-]|ถึง)*")


def is_date_cell(text: str) -> bool:
    """A cell that holds dates and nothing else."""
    found = find_dates(text)
    if not found:
        return False
    rest, at = [], 0
    for m in found:
        rest.append(text[at:m.span[0]])
        at = m.span[1]
    rest.append(text[at:])
    return all(DATE_CELL_REST_RE.fullmatch(part) for part in rest)


def calendar_dates(tables: list[Table], fy: int | None) -> dict[int, tuple[PartialDate, PartialDate]]:
    """Block order -> the months its row marks, for the cells of headerless
    tables whose top row labels months (``month_columns``); the label row
    itself marks nothing."""
    out: dict[int, tuple[PartialDate, PartialDate]] = {}
    for t in tables:
        months = month_columns(t, fy) if not t.columns else {}
        for row in t.rows if months else []:
            if month_labels({c: b.text for c, b in row.cells.items()}):
                continue
            if ticked := ticked_dates(row, months):
                out.update({b.order: ticked for c, b in row.cells.items() if c not in months})
    return out


def with_row_dates(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Undated drafts read from a table cell, dated by a cell before theirs in
    the same row that holds only dates: the row's date column, which a table
    read without a header does not pair with its activity."""
    dated: dict[tuple[int, int], Block] = {}
    for b in doc.body():
        if b.kind == "table_cell" and b.table is not None and b.row is not None and is_date_cell(b.text):
            dated.setdefault((b.table, b.row), b)
    return [_dated(d, dated, fy) for d in drafts]


def _dated(d: Draft, dated: dict[tuple[int, int], Block], fy: int | None) -> Draft:
    """``d`` dated by its row's date cell, when it has no date."""
    b = d.block
    if d.date_from is not None or d.date_to is not None or b.table is None or b.row is None:
        return d
    cell = dated.get((b.table, b.row))
    if cell is not None and (cell.col or 0) < (b.col or 0) and (found := dates_in(cell.text, fy)):
        return replace(d, date_from=found[0], date_to=found[1])
    return d


def with_calendar_months(tables: list[Table], drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Activities still undated once merged, named only in a calendar read
    without a header, dated by the months their row marks.  A calendar row
    that merged into a plan's activity leaves that activity as the plan dates
    it: a period the plan gives only by quarter stays undated."""
    ticked = calendar_dates(tables, fy)
    return [replace(d, date_from=ticked[d.block.order][0], date_to=ticked[d.block.order][1])
            if d.block.order in ticked and d.date_from is None and d.date_to is None else d for d in drafts]
