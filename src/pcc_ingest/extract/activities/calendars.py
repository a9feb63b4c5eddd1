"""An activity calendar beside a plan table: a table of an activity column and
month columns only ("กิจกรรม | ต.ค. | พ.ย. | ... | ก.ย.", a mark "●" in each
month the activity runs) restates the plan's activities in short
("1.1 ประชุมชี้แจง CM/CG" for the plan's "1.1 ประชุมเชิงปฏิบัติการชี้แจง...").
A calendar row numbered like a plan row is that row's activity, not another:
it only dates the plan's activity when the plan gave it no period (a period
cell naming only a quarter, "ไตรมาส 2", is a period given, too coarse for a
date: the calendar's months do not replace it).  So is a
calendar row whose short name shares a stretch of letters with one plan row's
when the numbers do not line up (a plan table numbered in its own "ที่" column,
a calendar numbering its rows again with rows the plan has not)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pcc_ingest.extract.activities.draft import Draft, gives_when_who_or_money
from pcc_ingest.extract.activities.ordinals import shared_run
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import item_number, list_number
from pcc_ingest.extract.activities.ticks import month_columns
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import Table, fold


def is_calendar(table: Table, fy: int | None) -> bool:
    """A table that names activities and marks months, and says nothing else
    of them (``[calendars] roles``: no period, money or target column).  A
    column on a month of the timeline is the timeline's, whatever its top
    label read as ("ไตรมาส 1" over "ต.ค.67 | พ.ย.67 | ธ.ค.67": a quarter row
    over the months is no period column)."""
    allowed = set(activity_rules()["calendars"]["roles"])
    months = month_columns(table, fy)
    roles = {c.role for c in table.columns if c.col not in months}
    return "activity" in roles and roles <= allowed and bool(months)


def without_calendar_repeats(tables: list[Table], drafts: list[Draft], fy: int | None, *,
                             in_lines: bool = False) -> list[Draft]:
    """Drafts of calendar rows numbered like a plan table's rows are dropped,
    their months given to the plan's activity when it had no dates.  With
    ``in_lines`` the plan is told in listed lines, read after the tables
    (a project's "4. กิจกรรมและวิธีดำเนินการ" over its calendar): only drafts
    read outside tables are its rows, a plan table's rows being paired already.
    A calendar row that tells its own date or head count in its cell is the
    plan's own row, the line of its number an account of its results: the row
    keeps its name and takes the line's head count and money."""
    calendars = {t.grid.table for t in tables if is_calendar(t, fy)}
    if not calendars:
        return drafts
    no_plan = {j for j, d in enumerate(drafts) if in_lines and d.block.table is not None}
    plan: dict[tuple[int, int | None], int] = {}
    for i, d in enumerate(drafts):
        if d.block.table not in calendars and i not in no_plan and (key := list_number(d.block)) is not None:
            plan.setdefault(key, i)
    numbered = {i: at for i, d in enumerate(drafts)
                if d.block.table in calendars and (at := plan.get(list_number(d.block))) is not None}
    calendars -= own_calendars(numbered, drafts)
    pairs = {i: at for i, at in numbered.items() if drafts[i].block.table in calendars}
    pairs |= alike_rows(drafts, calendars, set(pairs) | group_parents(drafts, calendars, plan),
                        set(pairs.values()) | no_plan | numbered_elsewhere(tables, drafts, calendars))
    pairs |= named_like_rows(drafts, calendars, pairs)
    out = list(drafts)
    for i, at in list(pairs.items()):
        d = drafts[i]
        if in_lines and d.block.table in calendars and gives_when_who_or_money(d.block.text[d.end:]):
            # the calendar is the plan: its row tells its own date and head count
            # ("1. ประชุม... (วันที่ 18 พ.ย. 67 จำนวน 45 คน)"), the line only its results;
            # numbered like a budget table's "กิจกรรมที่ N" group, it is that group's activity
            number = list_number(d.block)
            out[i] = replace(d, participants=out[at].participants or d.participants,
                             budget=out[at].budget or d.budget, date_from=d.date_from or out[at].date_from,
                             date_to=d.date_to or out[at].date_to,
                             row_number=d.row_number or (number[0] if number and number[1] is None else None))
            del pairs[i]
            pairs[at] = i
            continue
        if out[at].date_from is None and d.date_from is not None and not quarter_given(tables, out[at]):
            out[at] = replace(out[at], date_from=d.date_from, date_to=d.date_to)
        if out[at].budget is None and d.budget is not None:
            out[at] = replace(out[at], budget=d.budget)
        if out[at].participants is None and d.participants is not None:
            out[at] = replace(out[at], participants=d.participants)
    return [d for i, d in enumerate(out) if i not in pairs]


def group_parents(drafts: list[Draft], calendars: set[int], plan: dict[tuple[int, int | None], int]) -> set[int]:
    """Calendar rows numbered "N." where the plan has no row N but rows N.1, N.2 under it
    (a results table splitting step 2 of the calendar into "2.1 อบรม..." and "2.2
    ฝึกปฏิบัติ..." under a merged heading row): the step itself, kept with its months as
    the activity its sub-activities make up, not a look-alike of one of them."""
    subs = {n for n, sub in plan if sub is not None}
    return {i for i, d in enumerate(drafts) if d.block.table in calendars
            and (key := list_number(d.block)) is not None and key[1] is None and key[0] in subs and key not in plan}


def numbered_elsewhere(tables: list[Table], drafts: list[Draft], calendars: set[int]) -> set[int]:
    """Plan drafts numbered like a calendar row: that row's activity, whether
    paired with it or already merged, never another row's look-alike (the
    calendar's "6. ติดตามผลและรายงาน พชอ." is not the listed "5. เวทีถอดบทเรียน...
    นำเสนอผลงาน พชอ." when the calendar's own row 5 restated it)."""
    numbers = {n for t in tables if t.grid.table in calendars for r in t.rows
               if (cell := t.cell(r, "activity")) is not None and (n := list_number(cell)) is not None}
    return {j for j, d in enumerate(drafts)
            if d.block.table not in calendars and item_number(d.block) in numbers}


def quarter_given(tables: list[Table], d: Draft) -> bool:
    """The plan row of ``d`` gives its period as quarters only ("ไตรมาส 2 และ
    ไตรมาส 4", ``[calendars] quarter_only``): the plan set no dates on purpose."""
    table = next((t for t in tables if t.grid.table == d.block.table), None)
    row = next((r for r in table.rows if r.index == d.block.row), None) if table else None
    return row is not None and bool(rule_re("calendars", "quarter_only").fullmatch(table.text(row, "period").strip()))


def own_calendars(numbered: dict[int, int], drafts: list[Draft]) -> set[int]:
    """The calendars that list acts of their own: most of their rows share
    fewer than ``[calendars] shared`` letters with the plan row of their number
    (a province's calendar of its support, "1. ประชุมชี้แจงแนวทาง... ●", beside
    an inspection report's table of the districts' acts 1..16).  Their rows
    restate no plan row and stand as activities."""
    least = activity_rules()["calendars"]["shared"]
    tables: dict[int, list[bool]] = {}
    for i, at in numbered.items():
        alike = shared_run(fold(comparable(drafts[i].title)), fold(comparable(drafts[at].title))) >= least
        tables.setdefault(drafts[i].block.table, []).append(alike)
    return {t for t, alike in tables.items() if 2 * sum(alike) < len(alike)}


def named_like_rows(drafts: list[Draft], calendars: set[int], pairs: dict[int, int]) -> dict[int, int]:
    """Rows of another table named word for word like a paired calendar row
    (a budget table's group "กิจกรรมที่ 2 อบรมแกนนำ..." over its cost lines, the
    calendar's "2. อบรมแกนนำ..." for the plan's long "2. อบรมเชิงปฏิบัติการ...")
    are that plan row's activity too: they give it their money and head count."""
    short = {fold(comparable(drafts[i].title)): at for i, at in pairs.items()}
    return {i: at for i, d in enumerate(drafts)
            if d.block.table is not None and d.block.table not in calendars and i not in pairs
            and i not in pairs.values() and (at := short.get(fold(comparable(d.title)))) is not None and at != i}


def alike_rows(drafts: list[Draft], calendars: set[int], paired: set[int], taken: set[int]) -> dict[int, int]:
    """Calendar rows paired one to one with the plan rows whose names share the
    longest stretch of letters, at least ``[calendars] shared`` ("อบรมฟื้นฟู
    Care Giver / อสม." for "อบรมฟื้นฟู Care Giver และ อสม. ในการดูแล..."); the
    best-sharing pairs are taken first, so a row the plan lacks ("เยี่ยมบ้าน
    ผู้ป่วยติดเตียง") is left to stand when its plan look-alike has its own row.  Names
    telling no act in common are never alike, whatever letters they share ("เยี่ยมบ้าน
    ผู้สูงอายุ..." is not "อบรมฟื้นฟู...ผู้ดูแลผู้สูงอายุ", ``same_act``)."""
    least = activity_rules()["calendars"]["shared"]
    names = [fold(comparable(d.title)) for d in drafts]
    rows = [i for i, d in enumerate(drafts) if d.block.table in calendars and i not in paired]
    plan = [j for j, d in enumerate(drafts) if d.block.table not in calendars and j not in taken]
    scored = sorted(((shared_run(names[i], names[j]), -i, -j) for i in rows for j in plan
                     if same_act(drafts[i].title, drafts[j].title)), reverse=True)
    pairs: dict[int, int] = {}
    for size, i, j in scored:
        if size >= least and -i not in pairs and -j not in pairs.values():
            pairs[-i] = -j
    return pairs


def acts_named(title: str) -> set[str]:
    """The acts a name tells, wherever they stand ("อบรม" and "เยี่ยม" of "อบรม CG
    และเยี่ยมบ้าน"; ``[words] start``), without spaces."""
    return {re.sub(r"\s+", "", m.group()) for m in act_words_re().finditer(title)}


@cache
def act_words_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in activity_rules()["words"]["start"]), re.IGNORECASE)


def same_act(a: str, b: str) -> bool:
    """Two names that share an act, or of which one names none ("ด่านชุมชน..."); "ฝึกอบรม"
    is "อบรม": a calendar's short name keeps at least one act of the row it restates."""
    x, y = acts_named(a), acts_named(b)
    return not x or not y or any(u.endswith(v) or v.endswith(u) for u in x for v in y)
