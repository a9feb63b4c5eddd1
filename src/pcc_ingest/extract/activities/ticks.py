"""Dates of a plan table's rows from its timeline: a column per month under
the plan's header ("ต.ค. | พ.ย. | ... | ก.ย."), where a mark in a row's cell
("✓", "●", "/", "x", a shaded cell's text) says the activity runs that month.
The activity runs from its first marked month to its last."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.thai.dates import PartialDate, be_to_ce, month_number

# A timeline names at least this many months in one row; fewer month-named
# cells are a stray value, not a calendar.
MIN_MONTH_COLUMNS = 3

# The rows at the top of a table searched for the month labels: the header
# and the row or two a reader may take for body rows under it.
HEADER_ROWS_SEARCHED = 3


def month_labels(texts: dict[int, str]) -> dict[int, int]:
    """Column -> month of the cells of one row that are a month name alone
    ("ต.ค.", "พฤศจิกายน"), or else each with its year ("ต.ค.67 | พ.ย.67 | ...",
    ``[calendars] label_year`` cut first); empty when fewer than
    ``MIN_MONTH_COLUMNS`` are."""
    months = {c: m for c, t in texts.items() if t.strip() and (m := month_number(t.strip())) is not None}
    if len(months) < MIN_MONTH_COLUMNS:  # one "ต.ค. 67" among bare names is a date, not a label
        year = rule_re("calendars", "label_year")
        months = {c: m for c, t in texts.items()
                  if year.search(t) and (m := month_number(year.sub("", t).strip())) is not None}
    return months if len(months) >= MIN_MONTH_COLUMNS else {}


def month_columns(table: Table, fy_be: int | None) -> dict[int, PartialDate]:
    """Column -> month of a plan table's timeline, each month in its year.

    The months run in calendar order from the first one, which lies in the
    fiscal year (October to December in the year before it); a month smaller
    than the one left of it opens the next year.
    """
    if fy_be is None:
        return {}
    rows = [{c: labels[-1] for c, labels in table.labels.items() if labels}]
    rows += [{c: b.text for c, b in r.cells.items()} for r in table.rows[:HEADER_ROWS_SEARCHED]]
    months = next((m for m in map(month_labels, rows) if m), {})
    out: dict[int, PartialDate] = {}
    year, last = None, 0
    for col, month in sorted(months.items()):
        if year is None:
            year = be_to_ce(fy_be) - (1 if month >= 10 else 0)
        elif month < last:
            year += 1
        out[col] = PartialDate(year, month)
        last = month
    return out


def ticked_dates(row: Row, months: dict[int, PartialDate]) -> tuple[PartialDate, PartialDate] | None:
    """The first and last month a row marks in the timeline, or ``None``."""
    marked = [months[c] for c in sorted(months) if c in row.cells and is_mark(row.cells[c].text)]
    return (marked[0], marked[-1]) if marked else None


def is_mark(text: str) -> bool:
    """A timeline cell that marks its month: any text but a month's own name."""
    return bool(text.strip()) and month_number(text.strip()) is None
