"""Round and quarter columns under one year's results label ("ผลงานปี 2567"
over "ไตรมาส 1 | ไตรมาส 2"): the header reader names them by their own
label, a period, as in a timetable; in a results table they are that year's
results, each read like a year column.  So is a percent column naming its
year ("ร้อยละ ปี 2566"), which the header reader names by its unit, and a
bare percent column under a year label ("ปี 2564" over "ร้อยละ") of a year
before the latest such column's: a baseline beside the current percentages.
A year column counting heads ("ปี 2566 (คน)" beside "ปี 2566 (ร้อยละ)"
under one percent label, or "จำนวน (คน)" beside "ร้อยละ" under a year
label) holds that year's count, no percentage: the header reader names it
by the label above, so it is made a count column here.
Each round's result is named with its round ("... ไตรมาส 1"), its months in
brackets left out: the rounds of one year are figures of their own.
A results label naming no year ("ผลการดำเนินงานสะสม", "ผลการดำเนินงานรายไตรมาส"
over the quarters), or
quarters under no label in a table whose caption, or the section heading
right above that caption, names results by quarter
("ผลการดำเนินงานรายไตรมาส"), make year columns of no year: the table's own
year (caption, section or fiscal year) is theirs.
A running total beside such rounds under the same label ("สะสม 9 เดือน"
beside "ไตรมาส 1 | ไตรมาส 2" under "ผลงาน/เป้าหมาย (ร้อยละ)"), which the
header reader names by the percent label above it, or leaves unnamed under
a one-row header ("ผลทั้งปี" beside "ไตรมาส 1 … ไตรมาส 4"), is one more result
of their year, named by its own label.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.month_columns import month_table
from pcc_ingest.extract.table_model import Column, Table
from pcc_ingest.extract.tables import label_role
from pcc_ingest.thai.numbers import parse_number


def spanning_year(table: Table, col: Column) -> int | None:
    """The year a results label spanning ``col`` names, or a bare year label
    ("ปีงบประมาณ 2568" over "ไตรมาส 1 | ไตรมาส 2") when the round's cells
    are counts out of a total with their percentage ("412/436 (94.50)"):
    results, which no timetable holds; else ``None``."""
    for label in table.labels.get(col.col, ())[:-1]:
        m = rule_re("table", "year_results").match(label)
        if m:
            return int(m["year"])
    if label_role(col.own) != "period" or not any(counted_percent(c.text) for r in table.rows if (c := r.cells.get(col.col))):
        return None
    for label in table.labels.get(col.col, ())[:-1]:
        m = rule_re("table", "year_over_percent").match(label)
        if m:
            return int(m["year"])
    return None


def counted_percent(text: str) -> bool:
    """``text`` holds a count out of a total followed by its percentage
    ("86/412 (20.87)"), the percentage checked against the count."""
    slack = outcome_rules()["figure"]["fraction_slack"]
    for m in rule_re("figure", "fraction_result").finditer(text):
        n, d, p = parse_number(m["n"]), parse_number(m["d"]), parse_number(m["p"])
        if n is not None and d and p is not None and abs(100 * n / d - p) <= slack:
            return True
    return False


def yearless_results(table: Table, col: Column) -> bool:
    """``col`` is a round under a results label naming no year, or a round
    under no label in a table captioned as results by round or quarter."""
    if col.role != "period":
        return False
    upper = table.labels.get(col.col, ())[:-1]
    if upper:  # "ผลการดำเนินงาน" over the rounds, or "ผลการดำเนินงานรายไตรมาส" saying so itself
        return any(rule_re("table", "results_label").match(label) or rule_re("table", "results_caption").match(label)
                   for label in upper)
    # the heading over the table's own caption ("4. ผลการดำเนินงานรายไตรมาส" over
    # "4.1 ประเด็น..."): its title lines name the results for the table alike
    return any(rule_re("table", "results_caption").search(b.text) for b in table.title)


def percent_year(col: Column) -> int | None:
    """The year a percent column's own label names ("ร้อยละ ปี 2566"), or ``None``."""
    m = rule_re("table", "percent_year").match(col.own) if col.role == "percent" else None
    return int(m["year"]) if m else None


def year_above(table: Table, col: Column) -> int | None:
    """The year the label right above a bare percent column names ("ปี 2564"
    over "ร้อยละ"), or ``None``."""
    labels = table.labels.get(col.col, ())
    if col.role != "percent" or len(labels) < 2 or not rule_re("table", "bare_percent").match(col.own):
        return None
    m = rule_re("table", "year_over_percent").match(labels[-2])
    return int(m["year"]) if m else None


def earlier_year_above(table: Table, col: Column) -> int | None:
    """The year above a bare percent column when a later year stands above
    another one (the latest stays the table's current percent column)."""
    year = year_above(table, col)
    latest = max((y for c in table.columns if (y := year_above(table, c)) is not None), default=None)
    return year if year is not None and latest is not None and year < latest else None


def part_year(table: Table, col: Column) -> int | None:
    """The year ``col`` holds results of when read as a year column, or ``None``."""
    if col.role == "period":
        return spanning_year(table, col)
    return percent_year(col) or earlier_year_above(table, col)


def part_name(table: Table, col: Column) -> str:
    """The round a year column under a year's results label names ("ไตรมาส 1"
    of "ไตรมาส 1 (ต.ค.–ธ.ค. 65)"), "" for any other column or a bare running
    total ("ผลสะสม": the results so far, named by the measure alone)."""
    if col.role != "year" or spanning_year(table, col) != col.year_be or rule_re("table", "so_far").match(col.own):
        return ""
    return " ".join(rule_re("table", "round_months").sub(" ", col.own).split())


def is_year_count(table: Table, col: Column) -> bool:
    """``col``'s lowest label is a year with a count unit ("ปี 2566 (คน)"), or
    a count under a year label ("ปีงบประมาณ 2565" over "จำนวน (คน) | ร้อยละ",
    each year spanning its pair)."""
    labels = table.labels.get(col.col) or ("",)
    year, unit = rule_re("table", "year_over_percent"), rule_re("table", "unit_aside")
    if year.match(labels[-1]) and unit.search(labels[-1]):
        return True
    return (col.role == "year" and len(labels) >= 2 and bool(year.match(labels[-2]))
            and bool(rule_re("table", "whole_count").match(labels[-1])))


def running_total(table: Table, col: Column, columns: tuple[Column, ...]) -> Column | None:
    """``col`` made a result column of its rounds' year when its lowest label
    is a running total and a round column shares every label above it.  The
    header reader names it by the percent label above, or, under a year's
    results label ("ผลการดำเนินงาน ปีงบประมาณ 2566" over "ไตรมาส 1 … | ทั้งปี"),
    makes it a year column named by that label."""
    labels = table.labels.get(col.col, ())
    if col.role not in ("percent", "year") or len(labels) < 2 or col.own == labels[-1] or (
        not rule_re("table", "running_total").match(labels[-1])
    ):
        return None
    rounds = [c for c in columns if c.role == "year" and c.col != col.col
              and table.labels.get(c.col, ())[:-1] == labels[:-1]]
    return replace(col, role="year", year_be=rounds[0].year_be, own=labels[-1]) if rounds else None


def unnamed_total(table: Table, columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """A running total's column the header reader gave no role ("ผลทั้งปี" beside
    "ไตรมาส 1 … ไตรมาส 4", one header row), made a result column of its rounds'
    year when a round column shares every label above it; beside rounds of
    no year ("ไตรมาส 1 | … | ผลสะสม" in a minutes' results table), a round
    column of its own."""
    named = {c.col for c in columns}
    added = []
    for col, labels in sorted(table.labels.items()):
        if col in named or not labels or not rule_re("table", "running_total").match(labels[-1]):
            continue
        rounds = [c for c in columns if c.role in ("year", "period") and rule_re("pairing", "round_named").search(c.own)
                  and table.labels.get(c.col, ())[:-1] == labels[:-1]]
        if rounds:
            added.append(Column(col, rounds[0].role, " ".join(labels), rounds[0].year_be, labels[-1]))
    return tuple(sorted((*columns, *added), key=lambda c: c.col)) if added else columns


def year_parts(table: Table) -> Table:
    """``table`` with each period column under a year's results label, and
    each percent column naming its year, made a year column of that year
    (of none under a results label or caption naming none),
    and each year's count column made a count (unchanged when there is none);
    a grid with the months as columns read through them first."""
    table = month_table(table)
    columns = tuple(
        replace(c, role="count") if is_year_count(table, c)
        else replace(c, role="year", year_be=year) if (year := part_year(table, c))
        else replace(c, role="year") if yearless_results(table, c) else c
        for c in table.columns
    )
    columns = unnamed_total(table, tuple(running_total(table, c, columns) or c for c in columns))
    return table if columns == table.columns else replace(table, columns=columns)
