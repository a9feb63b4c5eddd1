"""Plan rows dated by the quarters that hold their money: a plan table with one money
column per quarter whose label gives the quarter's months ("ไตรมาสที่ 2 (ม.ค.–มี.ค. 68) |
ไตรมาสที่ 3 (เม.ย.–มิ.ย. 68) | ...", a costed plan in minutes) says when each row is
to be done by where its figures stand: from the first month of its first quarter holding
money to the last month of its last ("- | 15,000 | 10,000" -> April to September).  Only
where those cells are money (``quarter_money``): counts planned and done per quarter date
nothing.  A quarter named without its months stays no date (gold/README.md: a quarter
alone is null).

The same quarter columns may hold the days instead of the money, one period column per
quarter under "ระยะเวลาดำเนินการ" ("21 พ.ย. 66 | 22 ก.พ. 67 | 23 พ.ค. 67 | 22 ส.ค. 67", "- |
15 ม.ค. – 31 มี.ค. 67 | 1–30 เม.ย. 67 | -"): the row runs from the first day its cells
write to the last, not only over the first period column's cell."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.cell_money import quarter_money, unmarked
from pcc_ingest.extract.activities.columns import activity_column
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_any
from pcc_ingest.extract.table_model import cell_number
from pcc_ingest.extract.tables import Table
from pcc_ingest.thai.dates import PartialDate
from pcc_ingest.thai.text import thai_digits_to_arabic


def quarter_months(table: Table, fy: int | None) -> dict[int, tuple[PartialDate, PartialDate]]:
    """Column -> the months its quarter label gives, for a table with at least two
    quarter columns (``[cells] quarter_label``) that all give theirs; else empty."""
    cols = [c for c in table.columns if rule_any("cells", "quarter_label").search(c.label)]
    months: dict[int, tuple[PartialDate, PartialDate]] = {}
    for c in cols:
        found = dates_in(c.label, fy)
        if found is None or found[0] is None or found[0].day is not None or found[1].day is not None:
            return {}
        months[c.col] = (found[0], found[1])
    return months if len(months) >= 2 else {}


def _money(text: str) -> bool:
    """A quarter cell holding a figure other than nought (a funder's mark after it allowed)."""
    figure = cell_number(thai_digits_to_arabic(unmarked(text)))
    return bool(figure)


def quarter_dates(table: Table, fy: int | None) -> dict[int, tuple[PartialDate, PartialDate]]:
    """Activity cell's block order -> the months its row's money spans."""
    months = quarter_months(table, fy)
    column = activity_column(table) if months else None
    out: dict[int, tuple[PartialDate, PartialDate]] = {}
    for row in table.rows if column is not None else ():
        cell = row.cells.get(column)
        paid = [c for c in sorted(months) if c in row.cells and _money(row.cells[c].text)]
        if cell is not None and paid and quarter_money(table, row) is not None:
            out[cell.order] = (months[paid[0]][0], months[paid[-1]][1])
    return out


def quarter_cell_dates(table: Table, fy: int | None) -> dict[int, tuple[PartialDate, PartialDate]]:
    """Activity cell's block order -> the first and last day its row's quarter
    period cells write, for a table with at least two period columns labelled as
    quarters (``[cells] quarter_label``).  A cell carried down from the row above
    (a PDF reading an empty cell as merged) is the row above's, not this row's."""
    label = rule_any("cells", "quarter_label")
    cols = [c.col for c in table.columns_of("period") if label.search(c.own or c.label)]
    column = activity_column(table) if len(cols) >= 2 else None
    out: dict[int, tuple[PartialDate, PartialDate]] = {}
    for row in table.rows if column is not None else ():
        cell = row.cells.get(column)
        found = [f for c in cols if c in row.cells and c not in row.carried
                 and (f := dates_in(row.cells[c].text, fy)) is not None]
        starts = [f[0] or f[1] for f in found]
        if cell is not None and found:
            out[cell.order] = (min(starts, key=PartialDate.first_day), max((f[1] for f in found), key=PartialDate.last_day))
    return out


def with_quarter_months(tables: list[Table], drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Undated drafts of such a table's rows dated by the quarters holding their
    money; drafts of a row whose quarter columns write days dated by all of them."""
    dated: dict[int, tuple[PartialDate, PartialDate]] = {}
    written: dict[int, tuple[PartialDate, PartialDate]] = {}
    for t in tables:
        if "activity" in t.roles:
            dated.update(quarter_dates(t, fy))
            written.update(quarter_cell_dates(t, fy))
    out = [replace(d, date_from=dated[d.block.order][0], date_to=dated[d.block.order][1])
           if d.block.order in dated and d.date_from is None and d.date_to is None else d for d in drafts]
    return [replace(d, date_from=written[d.block.order][0], date_to=written[d.block.order][1])
            if d.block.order in written else d for d in out]
