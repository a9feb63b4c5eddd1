"""Read Thai dates, date ranges, fiscal years, quarters and inspection rounds.

Reports write dates in the Buddhist Era (B.E. = C.E. + 543), often with a
two-digit year ("๖๕"), abbreviated months with or without their dots, one year
for both ends of a range ("ก.ย.-ต.ค.2565"), and the occasional misspelt month.
Everything is returned in C.E. at the precision the text gives (day, month or
year), with the span it was read from.  The month lexicon lives in
``extractors/months.toml``.

Thai fiscal year B.E. N runs from 1 October of B.E. N-1 to 30 September of B.E.
N; its quarters start in October, and the inspection rounds (รอบ) are its two
halves.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import thai_digits_to_arabic

BE_OFFSET = 543

# Thai letters and marks (not digits): a month abbreviation or short form must
# not be glued to one (nor to another dotted abbreviation), or "ตุลา" would be
# read inside "ตุลาการ" and "ก.ค." inside "ก.ค.ศ.".
_THAI_LETTER = "\u0e01-\u0e4e"


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day (year in C.E.)."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """"YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text was."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> date:
        """The earliest calendar day this date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The latest calendar day this date can mean (end of month or year)."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class MonthMatch:
    """A month token's number, and whether a known misspelling was corrected."""

    number: int
    corrected: bool = False


@dataclass(frozen=True)
class DateMatch:
    """A date or date range found in text; a single date has ``start == end``.

    ``span`` indexes the searched string; ``month_corrected`` is set when a
    month was read through a known misspelling; ``year_inferred`` when no year
    was written and ``default_year_be`` supplied it.
    """

    start: PartialDate
    end: PartialDate
    span: tuple[int, int]
    month_corrected: bool = False
    year_inferred: bool = False


def be_to_ce(year: int | str) -> int:
    """C.E. year of a written year: B.E. 4-digit, B.E. 2-digit, or C.E. as is.

    2565 -> 2022, "๖๕" -> 2022 (two digits are B.E. 25xx), 2022 -> 2022
    (four-digit years under 2400 are already C.E.).
    """
    text = thai_digits_to_arabic(str(year)).strip()
    if not text.isdigit() or len(text) not in (2, 4):
        raise ValueError(f"not a two- or four-digit year: {year!r}")
    value = int(text)
    if len(text) == 2:
        return 2500 + value - BE_OFFSET
    return value - BE_OFFSET if value >= 2400 else value


def ce_to_be(year: int) -> int:
    """B.E. year of a C.E. year."""
    return year + BE_OFFSET


# --- months ---------------------------------------------------------------


def _undotted(abbreviation: str) -> str:
    """The key of an abbreviation however it is dotted: "ม. ค." -> "มค"."""
    return abbreviation.replace(".", "").replace(" ", "")


@cache
def _month_table() -> dict[str, MonthMatch]:
    """Every accepted spelling -> month (abbreviations keyed without dots)."""
    table: dict[str, MonthMatch] = {}
    for entry in load_rules("months")["month"]:
        n = entry["number"]
        for word in entry["names"] + entry.get("short", []):
            table[word] = MonthMatch(n)
        for abbreviation in entry.get("abbreviations", []):
            table[_undotted(abbreviation)] = MonthMatch(n)
        for typo in entry.get("typos", []):
            table[typo] = MonthMatch(n, corrected=True)
    return table


@cache
def _full_spellings() -> frozenset[str]:
    """Full month names and their misspellings: safe to read with no day or year."""
    words: set[str] = set()
    for entry in load_rules("months")["month"]:
        words.update(entry["names"], entry.get("typos", []))
    return frozenset(words)


def month_lookup(token: str) -> MonthMatch | None:
    """The month a token names (full, short, abbreviated or misspelt), else ``None``."""
    token = token.strip()
    return _month_table().get(token) or _month_table().get(_undotted(token))


def month_number(token: str) -> int | None:
    """The month number (1-12) a token names, else ``None``."""
    found = month_lookup(token)
    return found.number if found else None


def _abbreviation_pattern(abbreviation: str) -> str:
    """"ม.ค." -> a pattern accepting "ม.ค.", "ม. ค.", "ม.ค", "มค." and "มค"."""
    parts = [re.escape(p) for p in abbreviation.split(".") if p]
    return r"(?:\.\s?)?".join(parts) + r"\.?"


@cache
def _month_re() -> str:
    """One alternation of every month spelling, longest first.

    Full names and their misspellings may touch the next word (Thai has no
    spaces); short forms and abbreviations must stand apart from Thai letters,
    except after the words of ``glued_after`` ("ระยะเวลาธ.ค. 66").
    """
    rules = load_rules("months")
    loose: list[str] = []
    bounded: list[str] = []
    for entry in rules["month"]:
        loose += entry["names"] + entry.get("typos", [])
        bounded += [re.escape(w) for w in entry.get("short", [])]
        bounded += [_abbreviation_pattern(a) for a in entry.get("abbreviations", [])]
    loose_alt = "|".join(re.escape(w) for w in sorted(loose, key=len, reverse=True))
    bounded_alt = "|".join(sorted(bounded, key=len, reverse=True))
    glued = "".join(f"(?<={re.escape(w)})|" for w in rules["glued_after"])
    left = f"(?:{glued}(?<![{_THAI_LETTER}.]))"
    return f"(?:{loose_alt}|{left}(?:{bounded_alt})(?!\\.?[{_THAI_LETTER}]))"


# --- dates ----------------------------------------------------------------

# A day of the month, not part of a longer number or decimal.
_DAY = r"(?<![\d.,/])(?:[1-9]|[12]\d|3[01])(?![\d.,])"

# Words that make a two-digit number after a month a count, not a year
# ("ม.ค. 50 คน").
_COUNT_WORDS = r"%|คน|ราย|ครั้ง|แห่ง|บาท|ร้อยละ|หมู่|ตำบล|หมู่บ้าน|ชุด|เล่ม"

# A year after a month: four digits, or two-digit B.E. (40-99, see
# ``_year_be``) that is not a count, with an optional "ปี", "พ.ศ." or "ค.ศ.".  A comma
# right after it ends the date ("5 มีนาคม 2567, ณ …"); a comma and a digit make it a
# larger figure.
_YEAR = (
    r"(?:ปี\s*)?(?:[พค]\.?\s?ศ\.?\s*)?"
    rf"(?P<year>\d{{4}}|[4-9]\d(?!\s*(?:{_COUNT_WORDS})))(?!\d|[,.]\d)"
)

# A numeric day/month/year date ("12/01/2565", "5/1/65"), day first as in Thai.
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"
)

# What joins the two ends of a range: a dash, "ถึง" or "จนถึง", or "- ถึง".
RANGE_JOINER_RE = re.compile(r"\s*(?:[-–—]\s*(?:ถึง)?|(?:จน)?ถึง(?:\s*[-–—])?)\s*")


@cache
def _month_token_re() -> re.Pattern[str]:
    """A month spelling alone: text it does not occur in holds no written date atom.

    Searching for it first is several times cheaper than trying the whole
    date pattern at every position, and most blocks name no month.
    """
    return re.compile(_month_re())


@cache
def _atom_re() -> re.Pattern[str]:
    """One written date: [วันที่] [day[-day]] [เดือน] month [year]."""
    month = _month_re()
    return re.compile(
        r"(?:วันที่\s*)?"
        rf"(?:(?P<day1>{_DAY})\s*(?:[-–—]|ถึง)\s*)?"
        rf"(?:(?P<day>{_DAY})\s*)?"
        r"(?:เดือน\s*)?"
        rf"(?P<month>{month})"
        rf"(?:\s*{_YEAR})?"
    )


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    day_from: int | None
    day: int | None
    month: int
    year_be: int | None
    corrected: bool
    bare_month_ok: bool  # a full month name, readable without day or year


def _year_be(text: str) -> int | None:
    """B.E. year of a written year, if plausible for a report (2-digit: 40-99)."""
    if len(text) == 2 and int(text) < 40:
        return None
    value = be_to_ce(text) + BE_OFFSET
    return value if 2440 <= value <= 2700 else None


def _atoms(s: str) -> list[_Atom]:
    ascii_s = thai_digits_to_arabic(s)  # same length: spans stay valid
    atoms: list[_Atom] = []
    if _month_token_re().search(ascii_s) is None:
        return _numeric_atoms(ascii_s)
    for m in _atom_re().finditer(ascii_s):
        found = month_lookup(m["month"])
        if found is None:
            continue
        year = _year_be(m["year"]) if m["year"] else None
        atoms.append(_Atom(
            m.start(), m.end(),
            int(m["day1"]) if m["day1"] else None,
            int(m["day"]) if m["day"] else None,
            found.number, year, found.corrected, m["month"] in _full_spellings(),
        ))
    atoms += _numeric_atoms(ascii_s)
    return sorted(atoms, key=lambda a: a.start)


def _numeric_atoms(ascii_s: str) -> list[_Atom]:
    """The day/month/year dates of ``ascii_s`` ("12/01/2565"), in order."""
    if "/" not in ascii_s:
        return []
    atoms: list[_Atom] = []
    for m in NUMERIC_DATE_RE.finditer(ascii_s):
        month = int(m["month"])
        if 1 <= month <= 12 and 1 <= int(m["day"]) <= 31:
            atoms.append(_Atom(m.start(), m.end(), None, int(m["day"]), month,
                               _year_be(m["year"]), False, False))
    return atoms


def _valid_day(year_ce: int, month: int, day: int | None) -> int | None:
    if day is None or day > calendar.monthrange(year_ce, month)[1]:
        return None
    return day


def _partial(year_be: int, month: int, day: int | None) -> PartialDate:
    year = year_be - BE_OFFSET
    return PartialDate(year, month, _valid_day(year, month, day))


def _ends_of_range(a: _Atom, b: _Atom) -> tuple[int | None, int | None]:
    """B.E. years of both ends; one written year serves both ends.

    A start later in the year than the end lies in the previous year
    ("พ.ย.-ก.ย. 2566" is Nov 2565 - Sep 2566), and an end earlier than the
    start in the next one.
    """
    start_key = (a.month, a.day or 0)
    end_key = (b.month, b.day or 0)
    if a.year_be is None and b.year_be is not None:
        return (b.year_be - 1 if start_key > end_key else b.year_be), b.year_be
    if b.year_be is None and a.year_be is not None:
        return a.year_be, (a.year_be + 1 if end_key < start_key else a.year_be)
    return a.year_be, b.year_be


def _single(atom: _Atom, year_be: int, inferred: bool) -> DateMatch:
    end = _partial(year_be, atom.month, atom.day)
    start = _partial(year_be, atom.month, atom.day_from) if atom.day_from else end
    if atom.day_from and (start.day is None or end.day is None or start.day > end.day):
        start = end = PartialDate(end.year, end.month)
    return DateMatch(start, end, (atom.start, atom.end), atom.corrected, inferred)


def find_dates(
    s: str, default_year_be: int | None = None, *, default_is_fiscal: bool = False
) -> list[DateMatch]:
    """Dates and date ranges written in ``s``, in order, in C.E.

    Reads "๒๖ ธันวาคม ๒๕๖๒", "เดือนธันวาคม ๒๕๖๒", "๑๒-๑๔ ม.ค. ๒๕๖๖",
    "พ.ย. ๒๕๖๕ – ก.ย. ๒๕๖๖", "ก.ย.-ต.ค.2565", "1 ตุลาคม – 31 ธัวาคม 2563",
    "12/01/2565".  A date without a year takes it from the other end of its
    range, else from ``default_year_be`` (flagged ``year_inferred``); with
    ``default_is_fiscal`` that default is a fiscal year, so October-December
    fall in the calendar year before it.  A month alone, with no day or year,
    is read only when spelt in full and a default year is given.  Thai or
    ASCII digits; spans index ``s``.
    """
    atoms = _atoms(s)
    out: list[DateMatch] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and RANGE_JOINER_RE.fullmatch(s, a.end, b.start) \
                and a.day_from is None and b.day_from is None:
            match = _range(a, b, _default_year(b.month, default_year_be, default_is_fiscal))
            if match is not None:
                out.append(match)
                i += 2
                continue
        match = _lone(a, _default_year(a.month, default_year_be, default_is_fiscal))
        if match is not None:
            out.append(match)
        i += 1
    return out


def _default_year(month: int, default_year_be: int | None, fiscal: bool) -> int | None:
    """The calendar year (B.E.) a month without a written year falls in."""
    if default_year_be is None or not fiscal or month < 10:
        return default_year_be
    return default_year_be - 1


def _range(a: _Atom, b: _Atom, default_year_be: int | None) -> DateMatch | None:
    inferred = a.year_be is None and b.year_be is None
    if inferred:
        if default_year_be is None:
            return None
        b = replace(b, year_be=default_year_be)
    start_be, end_be = _ends_of_range(a, b)
    if start_be is None or end_be is None:
        return None
    return DateMatch(
        _partial(start_be, a.month, a.day), _partial(end_be, b.month, b.day),
        (a.start, b.end), a.corrected or b.corrected, inferred,
    )


def _lone(a: _Atom, default_year_be: int | None) -> DateMatch | None:
    if a.year_be is not None:
        return _single(a, a.year_be, False)
    if default_year_be is None or (a.day is None and not a.bare_month_ok):
        return None
    return _single(a, default_year_be, True)


# --- fiscal year, quarters, rounds -----------------------------------------


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of fiscal year B.E. N: 1 Oct (N-544) - 30 Sep (N-543) C.E."""
    year = fy_be - BE_OFFSET
    return date(year - 1, 10, 1), date(year, 9, 30)


def quarter_bounds(fy_be: int, q: int) -> tuple[date, date]:
    """First and last day of quarter ``q`` (1-4) of a fiscal year; Q1 is Oct-Dec."""
    if q not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1-4, not {q}")
    first_month = (10 + 3 * (q - 1) - 1) % 12 + 1
    year = fy_be - BE_OFFSET - (1 if q == 1 else 0)
    last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def round_bounds(fy_be: int, r: int) -> tuple[date, date]:
    """First and last day of inspection round ``r`` (1: Oct-Mar, 2: Apr-Sep)."""
    if r not in (1, 2):
        raise ValueError(f"inspection round must be 1 or 2, not {r}")
    year = fy_be - BE_OFFSET
    if r == 1:
        return date(year - 1, 10, 1), date(year, 3, 31)
    return date(year, 4, 1), date(year, 9, 30)


def fiscal_year_of(d: date) -> int:
    """The fiscal year (B.E.) a day falls in."""
    return d.year + BE_OFFSET + (1 if d.month >= 10 else 0)


# "ปีงบประมาณ พ.ศ.๒๕๖๓", "ประจำปีงบประมาณ 2565", "ปีงบฯ 65": the year after the
# fiscal-year phrase (ASCII digits; callers' Thai digits are converted first).
FISCAL_YEAR_RE = re.compile(
    r"(?:ประจำ)?ปี\s*งบ(?:ประมาณ|\s*ฯ)?\s*(?:[พค]\.?\s?ศ\.?\s*)?(?P<year>\d{4}|\d{2})(?!\d|[,.]\d)"
)
# A word every FISCAL_YEAR_RE match holds: a text without it is not searched.
FISCAL_YEAR_WORD = "งบ"

# "ไตรมาส 4", "ไตรมาสที่ ๒", "ไตรมาส 3-4"; "ไตรมาสละ ๑ ครั้ง" (per quarter) has no
# number right after it and is not read.
QUARTER_RE = re.compile(
    r"ไตรมาส\s*(?:ที่\s*)?(?P<q>[1-4])(?:\s*[-–—,]\s*(?:ที่\s*)?(?P<q2>[1-4]))?(?![\d.,])"
)

# "รอบที่ 1", "รอบ 2", and the dotted fill-in form "รอบที่ ...1..../2565"; not
# "รอบ 6 เดือน" (a length, not a round number), nor กรอบ (frame) / ครอบ (cover).
ROUND_RE = re.compile(
    r"(?<![กค])รอบ\s*(?:ที่)?[\s.…]*(?P<r>[12])(?![\d,]|\.\d)(?!\s*เดือน)"
)
# A word every ROUND_RE match holds: a text without it is not searched.
ROUND_WORD = "รอบ"


def find_fiscal_years(s: str) -> list[tuple[int, tuple[int, int]]]:
    """Every fiscal year written in ``s`` (B.E.), each with the span of its phrase."""
    out: list[tuple[int, tuple[int, int]]] = []
    if FISCAL_YEAR_WORD not in s:
        return out
    for m in FISCAL_YEAR_RE.finditer(thai_digits_to_arabic(s)):
        year = _year_be(m["year"])
        if year is not None:
            out.append((year, m.span()))
    return out


def find_fiscal_year(s: str) -> tuple[int, tuple[int, int]] | None:
    """The first fiscal year written in ``s`` (B.E.) and the span of its phrase."""
    found = find_fiscal_years(s)
    return found[0] if found else None


def find_quarter(s: str) -> tuple[int, tuple[int, int]] | None:
    """The first quarter number written in ``s`` and its span ("ไตรมาส 3-4" gives 3)."""
    found = find_quarter_range(s)
    return (found[0], found[2]) if found else None


def find_quarter_range(s: str) -> tuple[int, int, tuple[int, int]] | None:
    """The first quarter or quarter range written in ``s``: (first, last, span)."""
    m = QUARTER_RE.search(thai_digits_to_arabic(s))
    if m is None:
        return None
    first = int(m["q"])
    last = max(first, int(m["q2"] or first))
    return first, last, m.span()


def find_round(s: str) -> tuple[int, tuple[int, int]] | None:
    """The first inspection round (1 or 2) written in ``s`` and its span."""
    if ROUND_WORD not in s:
        return None
    m = ROUND_RE.search(thai_digits_to_arabic(s))
    return (int(m["r"]), m.span()) if m else None
