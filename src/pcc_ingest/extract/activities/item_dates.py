"""Dates of one item of a plan table's activity cell: the item's own dates
before its row's period, when the cell lists several items."""

from __future__ import annotations

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.thai.dates import PartialDate

Dates = tuple[PartialDate | None, PartialDate]


def item_dates(own: str, period: str, progress: str, several: bool, fy: int | None,
               ticked: Dates | None = None) -> Dates | None:
    """When one item of an activity cell takes place.

    A cell listing several items under one project ("1) อบรม... (ธ.ค. 67)
    2) รณรงค์... (พ.ย. 67 – ก.พ. 68)") shares one period cell, which spans
    them all; an item that writes its own date is dated by it, the others
    take the row's period.  A cell with one activity takes the period
    cell first, its own words (which may date a cost or a source) after.
    The months the row marks in a timeline (``ticked``) stand in for a
    period cell.  Days the item writes itself within the period's first and
    last months ("ตั้งด่าน...ปีใหม่ (27 ธ.ค. 67 – 2 ม.ค. 68) และสงกรานต์ (11 – 17
    เม.ย. 68)" over "ธ.ค. 67 – เม.ย. 68") date it more exactly than the period.
    """
    if several:
        return dates_in(own, fy) or dates_in(period, fy) or ticked or dates_in(progress, fy)
    spans = dates_in(period, fy) or ticked
    days = dates_in(own, fy)
    if spans and days and refines(days, spans):
        return days
    return spans or days or dates_in(progress, fy)


def refines(days: Dates, months: Dates) -> bool:
    """Dates to the day that open and close in the first and last months of a
    period written to the month."""
    (d0, d1), (m0, m1) = days, months
    if d0 is None or m0 is None or d0.day is None or d1.day is None or m0.day is not None or m1.day is not None:
        return False
    return (d0.year, d0.month) == (m0.year, m0.month) and (d1.year, d1.month) == (m1.year, m1.month)
