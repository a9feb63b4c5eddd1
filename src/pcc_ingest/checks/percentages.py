"""Checks on outcome figures: a percentage against its counts and its range, a total row against its rows.

A percentage is compared at the precision its writer chose, so a rounded
figure is never a finding.
"""

from __future__ import annotations

import math
from collections import defaultdict
from fractions import Fraction

from pcc_ingest.checks.findings import (
    config,
    figure,
    make_finding,
    same_count,
    subject_key,
)
from pcc_ingest.extract.records import Extraction, Finding, OutcomeRecord
from pcc_ingest.thai.numbers import NUMBER
from pcc_ingest.thai.text import thai_digits_to_arabic


def written_decimals(value: float, text: str) -> int:
    """How many decimals ``value`` was written with in ``text`` ("87.50" -> 2).

    A percentage is right when it is the true ratio rounded to the places the
    writer chose, so that is the precision to compare at.  When the figure is
    not in ``text``, the fewest places that write ``value`` are used.
    """
    for m in NUMBER.finditer(text):
        written = thai_digits_to_arabic(m.group()).replace(",", "")
        if abs(float(written) - value) < config()["tolerance"]["noise"]:
            return len(written.partition(".")[2])
    return len(f"{value:.6f}".rstrip("0").partition(".")[2])


def rounds_to(exact: Fraction, value: float, decimals: int) -> bool:
    """``value`` is ``exact`` rounded to ``decimals`` places (either way on a tie)."""
    half_unit = Fraction(1, 2 * 10**decimals)
    return abs(Fraction(value) - exact) <= half_unit + Fraction(config()["tolerance"]["noise"])


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
        out.append(make_finding(
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
                out.append(make_finding("percentage_in_range", o.evidence, table="outcomes", seq=seq,
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
            groups[(subject_key(o.indicator), o.year_be)].append((seq, o))
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
            if not same_count(summed, stated):
                out.append(make_finding("total_row_matches_rows", total.evidence, table="outcomes", seq=seq,
                                        expected=figure(summed), found=figure(stated),
                                        column=column, rows=len(rows)))
    return out
