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
    period cell.
    """
    if several:
        return dates_in(own, fy) or dates_in(period, fy) or ticked or dates_in(progress, fy)
    return dates_in(period, fy) or ticked or dates_in(own, fy) or dates_in(progress, fy)
