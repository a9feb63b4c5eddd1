"""Tick matrices with one column per issue: district rows ticked under the issues they chose.

A provincial plan or summary tallies the districts' choices as a grid: a
merged "ประเด็น…" header over one column per issue (the issue's name in the
header row below it), one row per district, a tick where the district chose
the column's issue, and count columns after the issues.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.issues.items import Item, make_item
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block

Row = dict[int, Block]


def is_tick(text: str) -> bool:
    """Whether a matrix cell holds a tick alone (✓, √, "/"): the district chose the issue."""
    return bool(compiled(issue_rules()["table"]["tick_mark"]).match(text))


def header_span(header: Row, issue_cols: frozenset[int]) -> set[int]:
    """The columns under an issue header: from its first column to the next other header cell.

    A merged cell is read once, in its first column, so the columns it spans
    run up to the next header cell that is not the issue header ("จำนวน
    ประเด็น", "งบสนับสนุน"); a header repeated in each merged column counts once.
    """
    first = min(issue_cols)
    after = [col for col, c in header.items() if col > first and col not in issue_cols and c.text]
    end = min(after) if after else max(issue_cols) + 1
    return set(range(first, max(end, max(issue_cols) + 1)))


def issue_column_items(
    rows: list[Row], issue_cols: frozenset[int], body_from: int, district_col: int | None,
    province: str | None,
) -> list[Item] | None:
    """Issues of a matrix with one column per issue and one row per district, or ``None`` if it is none.

    The row after the issue header names an issue in each column under it
    (at least ``min_tick_issues``), and some rows below tick them.  Each
    ticked cell gives the column's issue to the district its row names; a
    row naming no district (a total row of counts) gives nothing.
    """
    rules = issue_rules()["table"]
    if district_col is None or body_from < 1 or body_from >= len(rows):
        return None
    span = header_span(rows[body_from - 1], issue_cols)
    names = {
        col: c for col, c in rows[body_from].items()
        if col in span and c.text and not is_tick(c.text)
    }
    body = rows[body_from + 1:]
    if len(names) < rules["min_tick_issues"] or not any(
        is_tick(r[col].text) for r in body for col in names if col in r
    ):
        return None
    found: list[Item] = []
    for row in body:
        key = row.get(district_col)
        lead = district_at_start(key.text, province) if key is not None and key.text else None
        if lead is None:
            continue
        for col in sorted(names):
            if col in row and is_tick(row[col].text):
                item = make_item(names[col], 0, len(names[col].text), lead[0], province)
                if item is not None:
                    found.append(item)
    return found
