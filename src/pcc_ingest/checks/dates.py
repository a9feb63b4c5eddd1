"""Checks on dates: activities inside the document's year and in order, month names spelt right.

Records keep dates as ISO strings at the precision written, so they are
compared at that precision; the month-spelling check reads the blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from pcc_ingest.checks.findings import make_finding
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import ActivityRecord, Extraction, Finding
from pcc_ingest.model import Block
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import PartialDate, find_dates, fiscal_year_bounds

# An ISO date at the precision a record keeps it: "2022", "2022-06" or "2022-06-24".
ISO_DATE_RE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def parse_iso(value: str) -> PartialDate | None:
    """A record's ISO date at its own precision, or ``None`` if it is not one."""
    m = ISO_DATE_RE.fullmatch(value)
    if m is None:
        return None
    month, day = (int(m[k]) if m[k] else None for k in ("month", "day"))
    try:
        found = PartialDate(int(m["year"]), month, day)
        found.first_day()
    except ValueError:
        return None
    return found


def document_window(ex: Extraction) -> tuple[date, date] | None:
    """The days the document's fiscal year and stated period cover together."""
    facts = ex.document
    spans: list[tuple[date, date]] = []
    if facts.fiscal_year_be is not None:
        spans.append(fiscal_year_bounds(facts.fiscal_year_be))
    start = parse_iso(facts.period_start) if facts.period_start else None
    end = parse_iso(facts.period_end) if facts.period_end else None
    if start is not None and end is not None:
        spans.append((start.first_day(), end.last_day()))
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _activity_dates(a: ActivityRecord) -> list[str]:
    return list(dict.fromkeys(d for d in (a.start, a.end) if d is not None))


def date_within_fiscal_year(ex: Extraction) -> list[Finding]:
    """Activity dates fall inside the document's fiscal year or stated period.

    A date kept to the month counts as inside when any day of that month is.
    """
    window = document_window(ex)
    if window is None:
        return []
    lo, hi = window
    out: list[Finding] = []
    for seq, a in enumerate(ex.activities):
        outside = [iso for iso in _activity_dates(a)
                   if (d := parse_iso(iso)) is not None and (d.last_day() < lo or d.first_day() > hi)]
        if outside:
            out.append(make_finding("date_within_fiscal_year", a.evidence, table="activities", seq=seq,
                                    expected=f"{lo.isoformat()} – {hi.isoformat()}", found=", ".join(outside)))
    return out


def end_not_before_start(ex: Extraction) -> list[Finding]:
    """An activity does not end before it starts, compared at the coarser precision written."""
    out: list[Finding] = []
    for seq, a in enumerate(ex.activities):
        if a.start is None or a.end is None or parse_iso(a.start) is None or parse_iso(a.end) is None:
            continue
        n = min(len(a.start), len(a.end))
        if a.end[:n] < a.start[:n]:
            out.append(make_finding("end_not_before_start", a.evidence, table="activities", seq=seq,
                                    expected=f"≥ {a.start}", found=a.end))
    return out


@cache
def _month_spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every full month name and misspelling, longest first, and each one's right spelling."""
    right: dict[str, str] = {}
    for entry in load_rules("months")["month"]:
        name = entry["names"][0]
        for word in entry["names"] + entry.get("typos", []):
            right[word] = name
    words = sorted(right, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), right


def respell_months(text: str) -> str:
    """``text`` with every misspelt month name written right ("มิถุนยน" -> "มิถุนายน")."""
    pattern, right = _month_spellings()
    return pattern.sub(lambda m: right[m.group()], text)


def month_name_spelt_right(ex: Extraction, blocks: Sequence[Block]) -> list[Finding]:
    """No date in the text is readable only through a known misspelling of its month.

    Reads the blocks themselves, not the records: a misspelt month anywhere (a
    period, a meeting date) is worth a look, and records keep dates as ISO.  A
    page header or footer is read once, not once per page.
    """
    out: list[Finding] = []
    margins: set[str] = set()
    for block in blocks:
        if block.kind in ("header", "footer"):
            if block.text in margins:
                continue  # the same page header or footer on the next page
            margins.add(block.text)
        for m in find_dates(block.text, ex.document.fiscal_year_be, default_is_fiscal=True):
            if m.month_corrected:
                written = block.text[m.span[0]:m.span[1]]
                out.append(make_finding("month_name_spelt_right", evidence(block, *m.span),
                                        expected=respell_months(written), found=written))
    return out
