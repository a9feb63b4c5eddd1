"""Recommendations tables with a deadline column ("ข้อเสนอแนะ | ผู้รับผิดชอบ |
กำหนดแล้วเสร็จ"): each recommendation given a deadline is a planned activity,
dated by its deadline."""

from __future__ import annotations

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.tables import Table
from pcc_ingest.thai.dates import PartialDate


def labelled_column(table: Table, key: str) -> int | None:
    """The first column whose lowest label matches ``[recommendations] key``."""
    pattern = rule_re("recommendations", key)
    return next((c for c, labels in sorted(table.labels.items()) if labels and pattern.search(labels[-1])), None)


def recommendation_activities(table: Table, fy: int | None) -> list[Draft]:
    """Rows of a recommendations table with a deadline column ("ข้อเสนอแนะ |
    ผู้รับผิดชอบ | กำหนดแล้วเสร็จ"): each recommendation given a deadline is a
    planned activity (``deadline_dates``); one whose deadline names no day or
    month ("ภายในไตรมาสที่ 4") is one too, undated."""
    what, when = labelled_column(table, "what"), labelled_column(table, "deadline")
    if what is None or when is None:
        return []
    out = []
    for row in table.rows:
        cell, due = row.cells.get(what), row.cells.get(when)
        if cell is None or due is None or not rule_re("recommendations", "due_given").search(due.text):
            continue
        dates = deadline_dates(due.text, fy)
        span = title_span(cell.text, 0, len(cell.text), cell=True)
        if span is not None:
            out.append(Draft(cell.text[span[0]:span[1]], cell, span[0], span[1], *(dates or (None, None))))
    return out


def deadline_dates(text: str, fy: int | None) -> tuple[PartialDate | None, PartialDate] | None:
    """The dates a deadline cell gives: a day is the day it must be done by
    (start null, end that day, written with "ภายใน" or not); a month or a
    span of months is the time given to do it, at both ends."""
    dates = dates_in(text, fy)
    if dates is None:
        return None
    start, end = dates
    return (None, end) if start == end and end.day is not None else dates
