"""When an activity took place: the dates a text writes, a month without a year
placed in the fiscal year, and a deadline told from a start."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.thai.dates import DateMatch, PartialDate, be_to_ce, find_dates, month_number

# What stands between months listed with one year written after the last
# ("ก.พ. พ.ค. และ ส.ค. 68"): commas, "และ" and spaces.
MONTH_LIST_SEP_END_RE = re.compile(r"(?:\s*(?:,|และ|\s)\s*)+$")

# The number of a round, session or phase ("รอบที่ 1 กุมภาพันธ์ 2568", "ครั้งที่ 2
# ก.ค. 67", "ระยะที่ 1 ..."): it counts the rounds, it is no day of the month that
# follows, so it is blanked before dates are read.  A meeting's "ครั้งที่ 1/2567" keeps its number.
ROUND_NUMBER_RE = re.compile(r"(?<=ที่)(\s*)(\d{1,2})(?![\d/.])")
ROUND_LABEL_RE = re.compile(r"(?:รอบ|ครั้ง|ระยะ|งวด|ช่วง)\s*ที่$")

# The word right before a separator, which may be a month ("ก.พ.", "กุมภาพันธ์");
# an opening bracket before it is no part of it ("(ก.พ. และ ...").
MONTH_WORD_END_RE = re.compile(r"[^\s,(]+$")


def _fiscal_shift(m: DateMatch, fy_be: int) -> DateMatch:
    """A month whose year was inferred lies in the fiscal year: Oct-Dec in the year before."""
    def shift(d: PartialDate) -> PartialDate:
        return replace(d, year=d.year - 1) if d.month and d.month >= 10 else d
    return replace(m, start=shift(m.start), end=shift(m.end)) if m.year_inferred else m


def dates_in(text: str, fy_be: int | None) -> tuple[PartialDate | None, PartialDate] | None:
    """The first and last day written in ``text`` (a range, or several dates).

    A month written without a year takes the document's fiscal year.  A
    deadline ("ภายในวันที่ 30 เมษายน 2566") gives an end and no start.  A
    date put off in a bracket ("20/02/2567 (เลื่อนเป็น 05/04/2567)") gives the new date.
    """
    text = without_round_numbers(text)
    if moved := rule_re("dates", "moved_to").search(text):
        text = text[moved.end():]  # a date put off: the new one (``[dates] moved_to``)
    found = find_dates(text)
    if not found and fy_be:
        found = [_fiscal_shift(m, fy_be) for m in find_dates(text, fy_be)]
    if not found:
        return figure_months(text)
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
    months = listed_months(text, first.span[0])
    if not months:
        return None
    month = months[0][1]
    return PartialDate(first.start.year - (1 if month > first.start.month else 0), month)


def listed_months(text: str, at: int) -> list[tuple[int, int]]:
    """(offset, month) of the months listed right before ``at``, first first:
    "(กุมภาพันธ์ และ | กรกฎาคม 2567)" gives February at its offset."""
    months: list[tuple[int, int]] = []
    end = at
    while (sep := MONTH_LIST_SEP_END_RE.search(text, 0, end)) is not None:
        word = MONTH_WORD_END_RE.search(text, 0, sep.start())
        number = month_number(word.group()) if word else None
        if number is None:
            break
        months.insert(0, (word.start(), number))
        end = word.start()
    return months


def is_deadline(text: str, m: DateMatch) -> bool:
    """A day written after "ภายใน" is a deadline, not a date the activity starts."""
    return m.start == m.end and m.end.day is not None and bool(
        rule_re("dates", "deadline_before").search(text[: m.span[0]]))


def without_round_numbers(text: str) -> str:
    """``text`` with the number of each round, session or phase blanked
    ("รอบที่ 1 กุมภาพันธ์ 2568" -> "รอบที่   กุมภาพันธ์ 2568"), offsets kept:
    "รอบที่ 1 กุมภาพันธ์" is a round in February, not the first of it."""
    def blank(m: re.Match[str]) -> str:
        label = ROUND_LABEL_RE.search(text, 0, m.start())
        return m.group(1) + " " * len(m.group(2)) if label else m.group()
    return ROUND_NUMBER_RE.sub(blank, text)


def figure_months(text: str) -> tuple[PartialDate | None, PartialDate] | None:
    """The first and last month written as figures over a Buddhist-Era year
    ("02/2567 – 03/2567" -> February to March 2024, ``[dates] month_year``);
    ``None`` when none is."""
    months = [PartialDate(be_to_ce(m["y"]), int(m["m"])) for m in rule_re("dates", "month_year").finditer(text)]
    return (min(months, key=PartialDate.first_day), max(months, key=PartialDate.last_day)) if months else None
