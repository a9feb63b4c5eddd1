"""Sub-activities numbered under an activity ("กิจกรรมที่ 1 ประชุม พชอ." over
rows "1.1 …", "1.2 …", each with its own date, head count and budget).

The numbered parent only groups its sub-rows: each sub-row is an activity
and the parent is none (labelling convention).  The heading may stand in a
row of its own over the sub-rows, or open the cell of the first sub-row
("กิจกรรมที่ 1 X ¶ 1.1 Y" beside that sub-row's date)."""

from __future__ import annotations

import itertools
import re

from pcc_ingest.extract.activities.columns import activity_column
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.runs import run_rows
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.model import Block
from pcc_ingest.thai.text import thai_digits_to_arabic


def _sub_re(number: str, sub: str = "1") -> re.Pattern[str]:
    """Sub-item ``number.sub`` as a marker: not part of a longer figure or a date."""
    return re.compile(rf"(?<![\d./]){number}\s*\.\s*{sub}(?![\d./])\s*\.?\s")


def _first_sub(text: str) -> tuple[str, int] | None:
    """The group number and where its first sub-item begins, for a cell opening
    with a numbered heading over exactly one sub-item; None otherwise: a cell
    listing "1.1 … 1.2 …" together spells out one activity's steps."""
    plain = thai_digits_to_arabic(text)
    m = rule_re("cells", "group_heading").match(plain)
    if m is None:
        return None
    first = _sub_re(m["n"]).search(plain, m.end())
    if first is None or _sub_re(m["n"], "2").search(plain, first.end()):
        return None
    return m["n"], first.start()


def heading_end(text: str, below: str) -> int:
    """Where the first sub-item of a cell opening with its group's heading
    begins ("กิจกรรมที่ 1 ประชุม พชอ. 1.1 ประชุมครั้งที่ 1/2567 …") when the
    row below (``below``, its activity cell) goes on with the group's second
    sub-item; 0 otherwise: a heading over a lone sub-item ("1. ชื่อกิจกรรมหลัก
    “X” 1.1 Y") names the activity, the sub-item its step."""
    found = _first_sub(text)
    if found is None or not _sub_re(found[0], "2").match(thai_digits_to_arabic(below).lstrip() + " "):
        return 0
    return found[1]


def sub_row_start(table: Table, row: Row, cell: Block) -> int:
    """``heading_end`` of a row's activity cell, read against the next row's."""
    column = activity_column(table)
    at = next((i for i, r in enumerate(table.rows) if r is row), None)
    if column is None or at is None or at + 1 >= len(table.rows):
        return 0
    below = table.rows[at + 1].cells.get(column)
    return heading_end(cell.text, below.text) if below is not None and below is not cell else 0


def heading_rows(table: Table) -> set[int]:
    """Indexes of rows whose activity cell is only a numbered heading
    ("1. การบำบัดฟื้นฟู…", "กิจกรรมที่ 3 …") when the next row's opens with its
    first sub-item ("1.1 …"): the heading names a group, not an activity."""
    column = activity_column(table)
    if column is None:
        return set()
    cells: list[Block | None] = [row.cells.get(column) for row in table.rows]
    out: set[int] = set()
    for at, (cell, below) in enumerate(itertools.pairwise(cells)):
        if cell is None or below is None or cell is below:
            continue
        m = rule_re("cells", "group_heading").match(thai_digits_to_arabic(cell.text))
        if m and _sub_re(m["n"]).match(thai_digits_to_arabic(below.text).lstrip() + " ") \
                and _first_sub(cell.text) is None and not run_rows(table, at):
            out.add(at)  # rounds of one activity ("4.1 รุ่นที่ 1") leave it the activity (runs.py)
    return out


def heading_names(tables: list[Table]) -> list[str]:
    """The names of the headings over sub-activities in plan tables: a budget
    table's group row restating one ("กิจกรรมที่ 1 ประชุม พชอ. (แหล่งงบประมาณ…)"
    over its cost lines) sums its sub-activities' money and is no activity."""
    out: list[str] = []
    for table in tables:
        column = activity_column(table)
        if column is None:
            continue
        rows = heading_rows(table)
        for at, row in enumerate(table.rows):
            cell = row.cells.get(column)
            end = sub_row_start(table, row, cell) if cell is not None else 0
            if cell is not None and (end or at in rows):
                plain = thai_digits_to_arabic(cell.text)[: end or None]
                m = rule_re("cells", "group_heading").match(plain)
                out.append(plain[m.end():].strip(" *") if m else plain)
    return out


def restates_heading(title: str, names: list[str]) -> bool:
    """A group's title naming one of the headings (``same_activity``)."""
    return any(same_activity(title, n) for n in names)
