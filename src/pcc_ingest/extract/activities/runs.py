"""Rounds of one activity set as its sub-rows: a plan row names a camp over
two cohorts ("4. ค่ายปรับเปลี่ยนพฤติกรรม... (2 รุ่น) | 80 คน | ม.ค. – มิ.ย. 68 |"),
and the rows under it give each cohort ("4.1 รุ่นที่ 1 ตำบล... | 40 คน | 15–16
ม.ค. 68 | 18,000", "4.2 รุ่นที่ 2 ..."); the cohorts only spell out their
parent, which stays the activity, dated by its first and last round, its
money theirs when it states none."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.columns import activity_column
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block
from pcc_ingest.thai.text import thai_digits_to_arabic


def run_rows(table: Table, at: int) -> list[Block]:
    """The activity cells of the rows right under row ``at`` that are numbered
    as its sub-items and name only a round of it ("4.1 รุ่นที่ 1 ...",
    ``[cells] run_row``); empty unless at least two are, and the row's cell is
    a numbered heading (``[cells] group_heading``)."""
    column = activity_column(table)
    cell = table.rows[at].cells.get(column) if column is not None else None
    head = rule_re("cells", "group_heading").match(thai_digits_to_arabic(cell.text)) if cell is not None else None
    if head is None:
        return []
    sub = re.compile(rf"\s*{head['n']}\s*\.\s*\d{{1,2}}\s*\.?\s*")
    out: list[Block] = []
    for row in table.rows[at + 1:]:
        below = row.cells.get(column)
        if below is None or below is cell:
            break
        text = thai_digits_to_arabic(below.text)
        m = sub.match(text)
        if m is None or not rule_re("cells", "run_row").match(text, m.end()):
            break
        out.append(below)
    return out if len(out) >= 2 else []


def with_runs(table: Table, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` of one table with each row's rounds folded into it: the
    activity runs from its first round's start to its last round's end when
    they fall in its own period (or it gives none), counts its own people,
    else all the rounds', and is paid its own money, else the rounds'."""
    for at in range(len(table.rows)):
        runs = run_rows(table, at)
        if not runs:
            continue
        parent = table.rows[at].cells[activity_column(table)]
        own = [d for d in drafts if d.block is parent]
        rounds = [d for d in drafts if any(d.block is b for b in runs)]
        if len(own) != 1 or not rounds:
            continue
        drafts = [_folded(d, rounds) if d is own[0] else d for d in drafts if d not in rounds]
    return drafts


def _folded(parent: Draft, rounds: list[Draft]) -> Draft:
    """``parent`` given the dates, people and money of its ``rounds``."""
    first, last = rounds[0].date_from, rounds[-1].date_to
    inside = first is not None and last is not None and (
        parent.date_from is None or parent.date_to is None
        or (parent.date_from.first_day() <= first.first_day() and last.last_day() <= parent.date_to.last_day()))
    people = [d.participants for d in rounds]
    money = [d.budget for d in rounds if d.budget is not None]
    return replace(parent,
                   date_from=first if inside else parent.date_from, date_to=last if inside else parent.date_to,
                   participants=parent.participants or (sum(people) if all(people) else None),  # type: ignore[arg-type]
                   budget=parent.budget or (sum(money) or None))
