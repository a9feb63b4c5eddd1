"""Step 2 of reading a table: header labels -> column roles.

A label names a role by the synonyms in ``extractors/tables.toml``; a year
label is a year's column, and a label under a group label may mean
something narrower there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache, lru_cache

from pcc_ingest.extract.table_model import Column, fold, table_rules


@cache
def _role_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple(
        (role, tuple(re.compile(p, re.IGNORECASE) for p in patterns))
        for role, patterns in table_rules()["roles"].items()
    )


@cache
def _year_re() -> re.Pattern[str]:
    return re.compile(table_rules()["header"]["year_label"])


# Roles of a column whose whole label is a year: the year's figures, or
# (under a target label) the target set for that year.
YEAR_ROLES = ("year", "target_year")

# Header labels repeat across tables and documents; their meaning is cached
# per text (bounded, so a long run does not grow it without end).
LABEL_CACHE_SIZE = 8192


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def label_year(label: str) -> int | None:
    """The Buddhist-Era year a column label names ("2563", "ปี 63"), else ``None``."""
    m = _year_re().match(fold(label))
    if m is None:
        return None
    year = int(m["year"])
    return year + 2500 if year < 100 else year


@cache
def _part_year_re() -> re.Pattern[str]:
    return re.compile(table_rules()["header"]["part_year_label"], re.IGNORECASE)


def part_year(label: str) -> int | None:
    """The year a label naming part of it names ("ไตรมาส 1/2568", "รอบ 6
    เดือน ปี 2568"): under a results label its column is that year's result
    so far.  Only read there: elsewhere such a label is a schedule."""
    m = _part_year_re().match(fold(label))
    if m is None:
        return None
    year = int(m["year"])
    return year + 2500 if year < 100 else year


@cache
def _year_in_re() -> re.Pattern[str]:
    return re.compile(table_rules()["header"]["year_in_label"])


def baseline_year(label: str) -> int | None:
    """The year of a baseline column: its whole label ("2565"), or a year
    written inside it ("ข้อมูลพื้นฐานปี 2565 (ร้อยละ)")."""
    year = label_year(label)
    if year is not None:
        return year
    m = _year_in_re().search(fold(label))
    return int(m["year"]) if m else None


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def label_role(label: str) -> str | None:
    """The role a header label names, by the first matching synonym."""
    folded = fold(label)
    if not folded or len(folded) > table_rules()["header"]["max_label_chars"]:
        return None
    if label_year(label) is not None:
        return "year"
    for role, patterns in _role_patterns():
        if any(p.search(folded) for p in patterns):
            return role
    return None


def map_columns(labels: Mapping[int, list[str]]) -> tuple[Column, ...]:
    """Name each column by its lowest label that names a role.

    A label under a group label may mean something narrower there
    ("จำนวน" under "งบประมาณ" is an amount, a year under "Base line" a
    baseline, a year under "ค่าเป้าหมาย" that year's target): ``[under]``
    in tables.toml says so.
    """
    under = table_rules()["under"]
    out = []
    for col in sorted(labels):
        for label in reversed(labels[col]):
            role = label_role(label)
            if role is None:
                continue
            for up in labels[col][: labels[col].index(label)]:
                role = under.get(label_role(up) or "", {}).get(role, role)
            year = (label_year(label) or part_year(label)) if role in YEAR_ROLES \
                else baseline_year(label) if role == "baseline" else None
            out.append(Column(col, role, " ".join(labels[col]), year, label))
            break
    return target_years(tuple(out))


@cache
def _year_in_target_re() -> re.Pattern[str]:
    return re.compile(table_rules()["header"]["year_in_target"])


def target_year_of(label: str) -> int | None:
    """The year a target column's own label names ("ค่าเป้าหมาย ปี 2568" ->
    2568, "เป้าหมายปี 70" -> 2570), else ``None``."""
    m = _year_in_target_re().search(fold(label))
    if m is None:
        return None
    return int(m["year"]) if m["year"] else 2500 + int(m["short"])


def target_years(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """Target columns each naming a year of their own ("ค่าเป้าหมาย ปี 2568 |
    ค่าเป้าหมาย ปี 2569 | ค่าเป้าหมาย ปี 2570") are the targets set for those
    years, as under one spanning "ค่าเป้าหมาย"; so is one such column after
    columns of earlier years.  Else one alone is the current year's target
    column, often a count."""
    dated = {c.col: target_year_of(c.own) for c in columns if c.role in ("target", "target_pct")}
    dated = {col: year for col, year in dated.items() if year is not None}
    if len(set(dated.values())) < 2 and not (dated and follows_years(columns, min(dated.values()))):
        return columns
    return tuple(replace(c, role="target_year", year_be=dated[c.col]) if c.col in dated else c for c in columns)


def follows_years(columns: tuple[Column, ...], year: int) -> bool:
    """Whether a target column of ``year`` closes a row of earlier years' figures
    ("ข้อมูลพื้นฐาน ปี 2566 | ปี 2567 | ค่าเป้าหมาย ปี 2568"), or stands in a
    row of years beside that year's own result ("ปี 2565 | ปี 2566 |
    เป้าหมายปี 2567 | ผลงานปี 2567"): the table reads across years, with no
    result or percent column of its own whose counts the target would be the
    whole of."""
    years = [c.year_be for c in columns if c.role in ("baseline", "year") and c.year_be is not None]
    own = {c.role for c in columns} & {"result", "percent"}
    result_of_year = any(c.role == "year" and c.year_be == year for c in columns)
    before = bool(years) and (max(years) < year or (result_of_year and min(years) < year <= max(years)))
    return before and not own
