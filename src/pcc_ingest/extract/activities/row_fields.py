"""Field completion from an activity's own table row: a generic fallback.

Whatever reader found an activity in a table cell, the other cells of its row
are its evidence: a head count in a detail cell (or a bare number under a
label counting people), a date in a result or status cell, an exact
day inside the month a plan column gave.  When a field is still empty once
every rule has run (or a date is only a month), it takes a value of that type
from the row, but only an unambiguous one: every other cell that states one
states the same, and the row names no other activity.  It never
overwrites a value a rule set, never fills money (a budget table apart from
the plan gives none, ``gold/README.md``), and reads no cell carried down from
a merged cell above or that is a note (``[row_fields]`` in ``activities.toml``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TypeVar

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.table_model import Row, Table
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate, find_dates

T = TypeVar("T")
Span = tuple[PartialDate | None, PartialDate]
BARE_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def one_value(values: list[T | None]) -> T | None:
    """The value all the cells that state one agree on; None when none states
    one or two disagree (an ambiguous row fills nothing)."""
    found = {v for v in values if v is not None}
    return found.pop() if len(found) == 1 else None


def refined(month: Span, day: Span) -> Span | None:
    """Exact days that lie in the months an activity was dated by ("ม.ค. 67" and
    "15 ม.ค. 67"): the days, else None (a day of another month is another date)."""
    (m_from, m_to), (d_from, d_to) = month, day
    if m_from is None or d_from is None or m_from.day is not None or m_to.day is not None:
        return None
    if d_from.day is None or d_to.day is None:
        return None
    same = (m_from.year, m_from.month) == (d_from.year, d_from.month) and (m_to.year, m_to.month) == (
        d_to.year, d_to.month)
    return (d_from, d_to) if same else None


def cell_people(cell: Block, labels: str) -> int | None:
    """The head count a cell states for those taking part: under a label
    counting people, its number ("จำนวน (คน)" over "120"; ``[row_fields]
    people_label``); elsewhere a count no price multiplies ("อบรมแกนนำ 45 คน",
    not "40 คน x 3 วัน x 150 บาท"), and none under a results label, whose
    counts are of those screened or served (``result_label``)."""
    bare = cell.text.strip()
    if rule_re("row_fields", "people_label").search(labels):
        return int(bare.replace(",", "")) if BARE_COUNT_RE.fullmatch(bare) else head_count(bare)
    if rule_re("row_fields", "result_label").search(labels):
        return None
    return head_count(bare, priced=False)


def row_people(cells: list[tuple[Block, str]]) -> int | None:
    """The one head count of a row's other cells; a table with a column
    counting people states them there alone (an empty one: none)."""
    counted = [(c, labels) for c, labels in cells if rule_re("row_fields", "people_label").search(labels)]
    return one_value([cell_people(c, labels) for c, labels in counted or cells])


def one_dating(text: str, fy: int | None) -> Span | None:
    """The dates of a cell that states one date or one range; a cell listing
    several ("8 พ.ย. 66, 14 ก.พ. 67, 16 พ.ค. 67") dates a series, whose month
    span the plan gave stays as written."""
    return dates_in(text, fy) if len(find_dates(text)) == 1 else None


def completed(d: Draft, cells: list[tuple[Block, str]], fy: int | None) -> Draft:
    """``d`` with its empty head count and dates taken from the other cells of
    its row (with their column labels), and a month-only date refined by the
    exact days they state."""
    if not cells:
        return d
    if d.participants is None:
        d = replace(d, participants=row_people(cells))
    datings = [dates_in(c.text, fy) for c, _ in cells]
    if d.date_from is None and d.date_to is None:
        dated = one_value(datings)
        return replace(d, date_from=dated[0], date_to=dated[1]) if dated else d
    if d.date_to is None:
        return d
    exact = one_value([refined((d.date_from, d.date_to), x) if x else None
                       for x in (one_dating(c.text, fy) for c, _ in cells)])
    return replace(d, date_from=exact[0], date_to=exact[1]) if exact else d


def _other_cells(table: Table, row: Row, own: int) -> list[tuple[Block, str]]:
    """A row's cells beside the activity's own: not carried from above, not
    empty, not a note; each with its column's labels joined."""
    return [(c, " ".join(table.labels.get(col, ()))) for col, c in sorted(row.cells.items())
            if col != own and col not in row.carried and c.text.strip()
            and not rule_re("row_fields", "skip_cell").search(c.text)]


def with_row_fields(tables: list[Table], drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Each activity read from a table row that holds no other activity,
    completed from that row's other cells (``completed``)."""
    rows = {c.order: (t, r) for t in tables for r in t.rows for col, c in r.cells.items()
            if col not in r.carried}
    per_row = Counter(id(rows[d.block.order][1]) for d in drafts if d.block.order in rows)
    out: list[Draft] = []
    for d in drafts:
        found = rows.get(d.block.order)
        if found is None or per_row[id(found[1])] != 1:
            out.append(d)
            continue
        table, row = found
        out.append(completed(d, _other_cells(table, row, d.block.col or 0), fy))
    return out
