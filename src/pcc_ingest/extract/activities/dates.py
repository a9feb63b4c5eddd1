"""When an activity took place: the dates a text writes, a month without a year
placed in the fiscal year, and a deadline told from a start."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.thai.dates import DateMatch, PartialDate, find_dates, month_number

# What stands between months listed with one year written after the last
# ("ก.พ. พ.ค. และ ส.ค. 68"): commas, "และ" and spaces.
MONTH_LIST_SEP_RE = re.compile(r"\s*(?:,|และ|\s)\s*")


def _fiscal_shift(m: DateMatch, fy_be: int) -> DateMatch:
    """A month whose year was inferred lies in the fiscal year: Oct-Dec in the year before."""
    def shift(d: PartialDate) -> PartialDate:
        return replace(d, year=d.year - 1) if d.month and d.month >= 10 else d
    return replace(m, start=shift(m.start), end=shift(m.end)) if m.year_inferred else m


def dates_in(text: str, fy_be: int | None) -> tuple[PartialDate | None, PartialDate] | None:
    """The first and last day written in ``text`` (a range, or several dates).

    A month written without a year takes the document's fiscal year.  A
    deadline ("ภายในวันที่ 30 เมษายน 2566") gives an end and no start.
    """
    found = find_dates(text)
    if not found and fy_be:
        found = [_fiscal_shift(m, fy_be) for m in find_dates(text, fy_be)]
    if not found:
        return None
    starts = [m for m in found if not is_deadline(text, m)]
    first = min(starts, key=lambda m: m.start.first_day()).start if starts else None
    listed = listed_months_start(text, found[0]) if starts else None
    if listed is not None and first is not None and listed.first_day() < first.first_day():
        first = listed
    last = max(found, key=lambda m: m.end.last_day())
    return first, last.end


def listed_months_start(text: str, first: DateMatch) -> PartialDate | None:
    """The first of the months listed right before a month written with its
    year, which share that year: "ก.พ. พ.ค. และ ส.ค. 68" (a meeting in each)
    runs from February 2025.  A listed month later in the year than the dated
    one falls in the year before ("พ.ย. ธ.ค. และ ม.ค. 68").  ``None`` when no
    month stands right before it or it gives a day."""
    if first.start.day is not None or first.start.month is None:
        return None
    months = []
    for token in reversed([t for t in MONTH_LIST_SEP_RE.split(text[: first.span[0]]) if t]):
        number = month_number(token)
        if number is None:
            break
        months.append(number)
    if not months:
        return None
    month = months[-1]
    return PartialDate(first.start.year - (1 if month > first.start.month else 0), month)


def is_deadline(text: str, m: DateMatch) -> bool:
    """A day written after "ภายใน" is a deadline, not a date the activity starts."""
    return m.start == m.end and m.end.day is not None and bool(
        rule_re("dates", "deadline_before").search(text[: m.span[0]]))
