"""A table cell's percentage proved by the count it was worked out from, or
read before a note that states no other percentage.

Clerks often write a result cell as the percentage followed by its count out
of a total ("87.50 (105/120 คน)"), under a label that names no unit
("หลังดำเนินโครงการ").  When n/d x 100 gives the figure, the figure is a
percentage: the cell itself says so, whatever the column or row says.
A note under the figure ("(ต่ำกว่าเป้าหมาย)", a rate per 100,000) leaves the
figure the cell's.  In running text a figure followed by the count it was
worked out from ("ร้อยละ 93.3 (112 คน จาก 120 คน)") is an achieved result.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.thai.numbers import parse_number

PLACES_RE = re.compile(r"(\d+)(?:\.(\d+))?")  # a written figure, its places apart


def fraction_percent(text: str) -> float | None:
    """The figure of a cell "p (n/d ...)" or "n/d (p)" when it equals n/d x 100
    within ``fraction_slack``, else ``None`` (a count with an aside, a bare figure)."""
    m = rule_re("table", "fraction_cell").match(text) or rule_re("table", "fraction_first_cell").match(text)
    if m is None:
        return None
    p, n, d = float(m["p"]), parse_number(m["n"]), parse_number(m["d"])
    if n is None or not d or n > d:
        return None
    slack = outcome_rules()["figure"]["fraction_slack"]
    return p if abs(n / d * 100 - p) <= slack else None


def noted_figure(text: str) -> tuple[float, bool, str] | None:
    """The figure of a cell, whether it is written as a percentage and the
    change it states: one proved by its count ("ร้อยละ 81.20 (42,318 จาก
    52,118 ครัวเรือน)"), or one with a note under it ("88.75 (ต่ำกว่า
    เป้าหมาย)", "ลดลงร้อยละ 20 (ไม่เกิน 285 จุด)"), or one to decimal places
    over the count it comes to ("42.19 (1,620 คน)"), or a count before its
    bracketed percentage ("61 (26.52%)"); else ``None``."""
    proved = fraction_percent(text)
    if proved is not None:
        return proved, True, ""
    m = rule_re("table", "noted_figure").match(text) or rule_re("table", "counted_figure").match(text)
    if m is None:
        m = rule_re("table", "count_then_percent").match(text)  # "61 (26.52%)"
        return (float(m["n"]), True, "") if m else None
    return float(m["n"]), bool(m["pct"] or m["sign"]), " ".join((m["change"] or "").split())


def counted_after(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is followed by the bracketed count it
    was worked out from: n/d x 100 rounds to the figure at the places it is
    written to ("93.3" from 112/120), or lies within ``fraction_slack``."""
    m = rule_re("figure", "count_after").match(text, end)
    figures = PLACES_RE.findall(text, start, end)
    if m is None or not figures:
        return False
    n, d = parse_number(m["n"]), parse_number(m["d"])
    if n is None or not d or n > d:
        return False
    whole, places = figures[-1]
    slack = max(outcome_rules()["figure"]["fraction_slack"], 0.5 * 10 ** -len(places) + 1e-9)
    return abs(n / d * 100 - float(f"{whole}.{places or 0}")) <= slack
