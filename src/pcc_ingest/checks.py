"""Auditor cross-checks: rules a report's own figures must obey.

Each rule is a small named function that reads an ``Extraction`` (the month
rule also reads the document's blocks) and returns ``Finding``s: what the other
figures make the value ``expected`` to be, what the document ``found`` there,
and the evidence of the value.  A rule whose figures are missing says nothing:
a finding is something an auditor should look at, never a guess.  Tolerances
and messages are data (``extractors/checks.toml``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cache
from typing import Any

import sqlite_utils

from pcc_ingest import store
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import ActivityRecord, Evidence, Extraction, Finding, OutcomeRecord
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import PartialDate, find_dates, fiscal_year_bounds
from pcc_ingest.thai.numbers import NUMBER
from pcc_ingest.thai.text import thai_digits_to_arabic

# An ISO date at the precision a record keeps it: "2022", "2022-06" or "2022-06-24".
ISO_DATE_RE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")

# White space inside a subject's words: PDF text and Word runs split words at
# different places, so two statements of one subject compare without it.
SPACE_RE = re.compile(r"\s+")


def _config() -> dict[str, Any]:
    return load_rules("checks")


def _finding(rule: str, ev: Evidence, *, expected: str, found: str, table: str | None = None,
             seq: int | None = None, **fields: object) -> Finding:
    """A finding with the rule's message from ``checks.toml``, filled with ``fields``."""
    message = _config()["rule"][rule]["message"].format(**fields)
    return Finding(rule=rule, message=message, record_table=table, record_seq=seq,
                   expected=expected, found=found, evidence=ev)


def figure(value: float) -> str:
    """A figure as a report writes it: 48600.0 -> "48,600", 92.31 -> "92.31"."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _same_money(a: float, b: float) -> bool:
    return abs(a - b) <= _config()["tolerance"]["baht"]


def _same_count(a: float, b: float) -> bool:
    return abs(a - b) <= _config()["tolerance"]["noise"]


# --- money ------------------------------------------------------------------------


def budget_lines_sum_to_total(ex: Extraction) -> list[Finding]:
    """The budget lines add up to the stated grand total (lines are never subtotals)."""
    total = ex.budget_total
    if total is None or not ex.budget_items:
        return []
    lines = math.fsum(item.amount_baht for item in ex.budget_items)
    if _same_money(lines, total.amount_baht):
        return []
    return [_finding("budget_lines_sum_to_total", total.evidence, expected=figure(lines),
                     found=figure(total.amount_baht), lines=len(ex.budget_items))]


def unit_cost_times_quantity(ex: Extraction) -> list[Finding]:
    """A line that shows its sum (50 บาท x 100 คน) has that product as its amount."""
    out: list[Finding] = []
    for seq, item in enumerate(ex.budget_items):
        if item.unit_cost_baht is None or item.quantity is None:
            continue
        product = item.unit_cost_baht * item.quantity
        if not _same_money(product, item.amount_baht):
            out.append(_finding(
                "unit_cost_times_quantity", item.evidence, table="budget_items", seq=seq,
                expected=figure(product), found=figure(item.amount_baht),
                unit=figure(item.unit_cost_baht), quantity=figure(item.quantity),
            ))
    return out


def total_in_words_matches_figures(ex: Extraction) -> list[Finding]:
    """A total written in figures and in words ("หนึ่งหมื่นบาทถ้วน") is one amount."""
    total = ex.budget_total
    if total is None or total.in_words is None or _same_money(total.in_words, total.amount_baht):
        return []
    return [_finding("total_in_words_matches_figures", total.evidence,
                     expected=figure(total.amount_baht), found=figure(total.in_words))]


# --- percentages ------------------------------------------------------------------


def written_decimals(value: float, text: str) -> int:
    """How many decimals ``value`` was written with in ``text`` ("87.50" -> 2).

    A percentage is right when it is the true ratio rounded to the places the
    writer chose, so that is the precision to compare at.  When the figure is
    not in ``text``, the fewest places that write ``value`` are used.
    """
    for m in NUMBER.finditer(text):
        written = thai_digits_to_arabic(m.group()).replace(",", "")
        if abs(float(written) - value) < _config()["tolerance"]["noise"]:
            return len(written.partition(".")[2])
    return len(f"{value:.6f}".rstrip("0").partition(".")[2])


def rounds_to(exact: Fraction, value: float, decimals: int) -> bool:
    """``value`` is ``exact`` rounded to ``decimals`` places (either way on a tie)."""
    half_unit = Fraction(1, 2 * 10**decimals)
    return abs(Fraction(value) - exact) <= half_unit + Fraction(_config()["tolerance"]["noise"])


def percentage_matches_counts(ex: Extraction) -> list[Finding]:
    """A percentage beside its result and target counts is result ÷ target × 100."""
    out: list[Finding] = []
    for seq, o in enumerate(ex.outcomes):
        if o.value_pct is None or o.result is None or not o.denominator:
            continue
        exact = Fraction(o.result) / Fraction(o.denominator) * 100
        decimals = written_decimals(o.value_pct, o.evidence.text)
        if rounds_to(exact, o.value_pct, decimals):
            continue
        out.append(_finding(
            "percentage_matches_counts", o.evidence, table="outcomes", seq=seq,
            expected=f"{float(exact):.{decimals}f}", found=f"{o.value_pct:.{decimals}f}",
            result=figure(o.result), denominator=figure(o.denominator),
        ))
    return out


def percentage_in_range(ex: Extraction) -> list[Finding]:
    """A percentage (result or target) lies between 0 and 100."""
    out: list[Finding] = []
    for seq, o in enumerate(ex.outcomes):
        for field in ("value_pct", "target_pct"):
            value = getattr(o, field)
            if value is not None and not 0 <= value <= 100:
                out.append(_finding("percentage_in_range", o.evidence, table="outcomes", seq=seq,
                                    expected="0–100", found=figure(value), field=field))
    return out


def total_row_matches_rows(ex: Extraction) -> list[Finding]:
    """A results table's total row holds the sums of its district rows' counts.

    Rows of one table share indicator and year; the total row is the one
    without a district.  A group that names a district twice, or whose rows
    lack a count, is not one table's rows and is not checked.
    """
    groups: dict[tuple[str, int | None], list[tuple[int, OutcomeRecord]]] = defaultdict(list)
    for seq, o in enumerate(ex.outcomes):
        if o.evidence.table is not None:
            groups[(_subject(o.indicator), o.year_be)].append((seq, o))
    out: list[Finding] = []
    for members in groups.values():
        rows = [o for _, o in members if o.district is not None]
        totals = [(seq, o) for seq, o in members if o.district is None]
        if len(totals) != 1 or len(rows) < 2 or len({o.district for o in rows}) != len(rows):
            continue
        seq, total = totals[0]
        for column, field in (("ผลงาน/result", "result"), ("เป้าหมาย/target", "denominator")):
            stated = getattr(total, field)
            values = [getattr(o, field) for o in rows]
            if stated is None or any(v is None for v in values):
                continue
            summed = math.fsum(values)
            if not _same_count(summed, stated):
                out.append(_finding("total_row_matches_rows", total.evidence, table="outcomes", seq=seq,
                                    expected=figure(summed), found=figure(stated),
                                    column=column, rows=len(rows)))
    return out


# --- dates ------------------------------------------------------------------------


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
            out.append(_finding("date_within_fiscal_year", a.evidence, table="activities", seq=seq,
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
            out.append(_finding("end_not_before_start", a.evidence, table="activities", seq=seq,
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
                out.append(_finding("month_name_spelt_right", evidence(block, *m.span),
                                    expected=respell_months(written), found=written))
    return out


# --- places and repeated figures --------------------------------------------------


def district_in_province(ex: Extraction) -> list[Finding]:
    """Every district code a record carries lies in the document's province."""
    province = ex.document.province_code
    if province is None:
        return []
    tables: dict[str, list[Any]] = {
        "districts": ex.districts, "issues": ex.issues, "outcomes": ex.outcomes,
        "counts": ex.counts, "uccare_scores": ex.uccare_scores,
    }
    out: list[Finding] = []
    for table, records in tables.items():
        for seq, rec in enumerate(records):
            code = rec.code if table == "districts" else rec.district
            if code is not None and not code.startswith(province):
                out.append(_finding("district_in_province", rec.evidence, table=table, seq=seq,
                                    expected=f"{province}xx", found=code, code=code, province=province))
    return out


def _subject(text: str) -> str:
    return SPACE_RE.sub("", text)


@dataclass(frozen=True)
class _Statement:
    """One stated value of a subject, for comparing repeats."""

    table: str
    seq: int
    value: float
    evidence: Evidence
    subject: str


def comparable(a: Evidence, b: Evidence, *, row_keyed: bool) -> bool:
    """Whether two statements of one subject can be the same figure.

    Not when they share a block: two numbers in one cell or sentence are
    usually a part and its whole.  Table rows are broken down by something a
    record may not keep: an outcome keeps the district a row is for, so one
    outcome row may be compared with prose (never two rows); a count keeps no
    row key (a ตำบล, a month), so only counts stated in prose are compared.
    """
    if a.block == b.block:
        return False
    in_tables = (a.table is not None) + (b.table is not None)
    return in_tables == 0 or (row_keyed and in_tables == 1)


def _statements(ex: Extraction) -> list[tuple[bool, list[_Statement]]]:
    """Statements grouped by subject, each group with whether its records keep the row's district."""
    groups: dict[tuple[object, ...], list[_Statement]] = defaultdict(list)
    for seq, o in enumerate(ex.outcomes):
        if o.value_pct is not None:
            key = ("outcomes", _subject(o.indicator), o.district, o.year_be)
            groups[key].append(_Statement("outcomes", seq, o.value_pct, o.evidence, o.indicator))
    for seq, c in enumerate(ex.counts):
        key = ("counts", _subject(c.what), c.unit, c.district)
        groups[key].append(_Statement("counts", seq, c.value, c.evidence, f"{c.what} ({c.unit})"))
    return [(key[0] == "outcomes", members) for key, members in groups.items()]


def one_value_per_figure(ex: Extraction) -> list[Finding]:
    """One subject is stated with one value: an indicator's result for a district and
    year, or a count of the same thing in the same unit for the same district.

    A statement that differs from an earlier comparable one is a finding.
    """
    out: list[Finding] = []
    for row_keyed, members in _statements(ex):
        for i, later in enumerate(members):
            earlier = next((e for e in members[:i]
                            if comparable(e.evidence, later.evidence, row_keyed=row_keyed)
                            and not _same_count(e.value, later.value)), None)
            if earlier is not None:
                out.append(_finding("one_value_per_figure", later.evidence, table=later.table, seq=later.seq,
                                    expected=figure(earlier.value), found=figure(later.value),
                                    subject=later.subject))
    return out


# --- figures read by OCR -----------------------------------------------------------

BUDDHIST_ERA_OFFSET = 543


def _ocr_years(ex: Extraction) -> tuple[int, int] | None:
    """The B.E. years an OCR-read figure may be for: the document's years, with room for baselines."""
    window = document_window(ex)
    if window is None:
        return None
    rule = _config()["rule"]["ocr_figure_implausible"]
    return (window[0].year + BUDDHIST_ERA_OFFSET - rule["years_before"],
            window[1].year + BUDDHIST_ERA_OFFSET + rule["years_after"])


def ocr_figure_implausible(ex: Extraction) -> list[Finding]:
    """A figure read by OCR that the report cannot mean: an outcome's year far from the
    document's years, a percentage outside 0–100, budget lines that no longer add up to
    the total.

    Fires only for OCR evidence, where a misread digit (๒๕๖๗ read as 2520, x as %) is the
    likely cause: the finding asks for a look at the page image, so the value is not taken
    as clean.
    """
    out: list[Finding] = []
    years = _ocr_years(ex)
    for seq, o in enumerate(ex.outcomes):
        if not o.evidence.from_ocr:
            continue
        if years is not None and o.year_be is not None and not years[0] <= o.year_be <= years[1]:
            out.append(_finding("ocr_figure_implausible", o.evidence, table="outcomes", seq=seq,
                                expected=f"{years[0]}–{years[1]}", found=str(o.year_be), what="year_be"))
        for field in ("value_pct", "target_pct"):
            value = getattr(o, field)
            if value is not None and not 0 <= value <= 100:
                out.append(_finding("ocr_figure_implausible", o.evidence, table="outcomes", seq=seq,
                                    expected="0–100", found=figure(value), what=field))
    total = ex.budget_total
    if total is not None and ex.budget_items and (
        total.evidence.from_ocr or any(item.evidence.from_ocr for item in ex.budget_items)
    ):
        lines = math.fsum(item.amount_baht for item in ex.budget_items)
        if not _same_money(lines, total.amount_baht):
            out.append(_finding("ocr_figure_implausible", total.evidence, expected=figure(lines),
                                found=figure(total.amount_baht), what="budget_total_baht"))
    return out


# --- running the checks -----------------------------------------------------------

RecordRule = Callable[[Extraction], list[Finding]]

# The rules that read records only, in the order their findings are listed.
RECORD_RULES: tuple[RecordRule, ...] = (
    budget_lines_sum_to_total, unit_cost_times_quantity, total_in_words_matches_figures,
    percentage_matches_counts, percentage_in_range, total_row_matches_rows,
    date_within_fiscal_year, end_not_before_start, district_in_province, one_value_per_figure,
    ocr_figure_implausible,
)


def run_checks(ex: Extraction, doc: Document | None = None) -> list[Finding]:
    """Every finding of every rule for one document (pure: nothing is stored).

    ``doc`` gives the text the month-spelling rule reads; without it that rule
    cannot apply and says nothing.
    """
    findings = [f for rule in RECORD_RULES for f in rule(ex)]
    if doc is not None:
        findings += month_name_spelt_right(ex, doc.blocks)
    return findings


# --- stored documents -------------------------------------------------------------


@dataclass
class CheckedDocument:
    """One stored document's fresh findings."""

    document_id: int
    path: str
    findings: list[Finding]


def check_stored(db: sqlite_utils.Database) -> Iterator[CheckedDocument]:
    """Re-run the checks on every stored document, replacing its stored findings."""
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    for doc_id in ids:
        doc = store.load_document(db, doc_id)
        findings = run_checks(store.load_extraction(db, doc_id), doc)
        store.replace_findings(db, doc_id, findings)
        yield CheckedDocument(doc_id, doc.path, findings)
