"""Column groups of a results table under a header of three rows (an
indicator's label over "ปี 2564 | ปี 2565 | ปี 2566 (ไตรมาส 1)", its target
under the last: "เป้าหมาย ≥ 40"): the middle row splits the indicator's
columns, so the indicator's own label, the outermost, decides which
baselines go with which percent column.  Year columns under an indicator's
label holding no percent column ("ร้อยละกลุ่มเปราะบาง..." over "ผลงาน
ย้อนหลัง 2564 | 2565 | ปี 2566 (เกณฑ์ ≥ 80)" beside another indicator's
"ตำบล | ร้อยละ") measure that indicator, not the percent column beside.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Table

YEAR_ROLES = ("year", "baseline")
# A Buddhist-Era year named in any header label ("ปี 2566 (ต.ค. 65 – มิ.ย. 66)" over a value
# column's "ร้อยละ"): the table's latest year may be named only there, and year columns
# ending before it ("ผลงานปีที่ผ่านมา (ร้อยละ)" over 2564 | 2565) are baselines, no measure.
LABEL_YEAR_RE = re.compile(r"(?<!\d)25\d\d(?!\d)")


def outer_span(table: Table, col: int) -> tuple[int, ...]:
    """The columns next to ``col`` under the same outermost label, left to
    right; ``(col,)`` when no label spans it."""
    labels = table.labels.get(col, ())
    if len(labels) < 2:
        return (col,)
    out = [col]
    for step in (-1, 1):
        c = col + step
        while (other := table.labels.get(c, ())) and len(other) > 1 and other[0] == labels[0]:
            out.append(c)
            c += step
    return tuple(sorted(out))


def measure_span(table: Table, col: int) -> tuple[int, ...]:
    """The columns of ``col``'s measure: its spanning label's, or, when that
    spans it alone ("ปี 2568" beside "ผลงานย้อนหลัง" over "2566 | 2567"),
    its outermost label's ("ร้อยละกลุ่มเปราะบาง... (เกณฑ์ ≥ ร้อยละ 80)")."""
    own = table.group(col)
    return own if len(own) > 1 else outer_span(table, col)


def year_home(table: Table, col: int, spans: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The group of year columns (their labels above the year, one of
    ``spans``) a column goes with: the one it shares those labels with, or
    else the one alone it shares its outermost label with (baselines under
    "ผลงานย้อนหลัง" beside the indicator's "ปี 2568" under the same
    indicator's label); ``None`` for a column of every group (the row's name)."""
    labels = table.labels.get(col, ())
    if labels[:-1] in spans:
        return labels[:-1]
    outer = [span for span in spans if len(labels) > 1 and span[0] == labels[0]]
    return outer[0] if len(outer) == 1 else None


def value_group(table: Table, value: Column, values: tuple[Column, ...]) -> set[int]:
    """The columns going with one of several value columns: its spanning
    label's, or, when that spans it alone, its outermost label's unless that
    holds another value column too."""
    own = set(table.group(value.col))
    if len(own) > 1:
        return own
    outer = set(outer_span(table, value.col))
    return outer if not any(v.col in outer for v in values if v != value) else own


def year_spans(table: Table, grouped: set[int]) -> list[tuple[Column, ...]]:
    """Runs of year and baseline columns, in no value column's group, under
    one outermost label naming a percentage and reaching the table's latest
    year, as year columns or any header label name it (earlier years alone
    are the value column's baselines): each
    measures that label's indicator (empty when there are none)."""
    latest = max((c.year_be for c in table.columns if c.role in YEAR_ROLES and c.year_be), default=0)
    latest = max([latest, *(int(y) for c in table.columns for label in table.labels.get(c.col, ())
                            for y in LABEL_YEAR_RE.findall(label))])
    spans: list[tuple[Column, ...]] = []
    seen: set[int] = set()
    for c in table.columns:
        if c.role != "year" or c.col in grouped or c.col in seen:
            continue
        span = outer_span(table, c.col)
        members = tuple(x for x in table.columns if x.col in span)
        top = table.labels.get(c.col, ("",))[0]
        if (len(span) > 1 and not grouped & set(span) and all(x.role in YEAR_ROLES for x in members)
                and max(x.year_be or 0 for x in members) == latest and rule_re("table", "percent_label").search(top)):
            spans.append(members)
        seen |= set(span)
    return spans
