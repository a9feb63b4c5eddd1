"""Tell a table row cut by a page break from a row of its own by the numbers its column carries.

Plans and progress reports number their activities in some column ("1.1",
"1.2", "2.1"), not always the first: the first column often holds the issue,
merged down over its activities.  When a page cuts an activity's row, the rest
of the row opens the next page with no number of its own, and the row after
it carries the number that comes next after the row above the break.  That
shape, in any column, says the piece belongs to the row above.
"""

from __future__ import annotations

import re

from pcc_ingest.parsers.pdf_tables import Cell, Table

# A row's number at the start of a cell: "3", "3.", "3)", "(3)", "2.1" in
# ASCII or Thai digits (a bullet or a letter label is no number); a Thai
# word may follow the dot without a space ("๑๒.ประชุม").
ROW_NUMBER_RE = re.compile(r"^\(?([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*)(?:\.?\)?(?=\s|$)|\.(?=[\u0e01-\u0e4f]))")
# Column edges of a table continued on the next page agree within this (points).
COLUMN_TOLERANCE = 3.0
# A column numbers its rows when at least this many of its cells above the break carry a number.
MIN_NUMBERED = 2


def row_number(text: str) -> tuple[int, ...] | None:
    """The number a cell starts with ("2.1 ประชุม" -> (2, 1)), None without one."""
    m = ROW_NUMBER_RE.match(text)
    return tuple(int(part) for part in m.group(1).split(".")) if m else None  # int() reads Thai digits too


def comes_next(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether ``after`` is the number an outline gives right after ``before``.

    The same level one up ("1.2" -> "1.3"), a higher level one up with its
    sub-levels restarted ("2.2" -> "3.1", "2.2" -> "3"), or a first sub-level
    ("2" -> "2.1").  Dates and counts in a column rarely step like that.
    """
    i = next((k for k, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
    if i == len(after):
        return False
    if i == len(before):
        return all(part == 1 for part in after[i:])
    return after[i] == before[i] + 1 and all(part == 1 for part in after[i + 1:])


def cell_spanning(cells: list[Cell], cell: Cell) -> Cell | None:
    """The cell of ``cells`` with the same left and right edges as ``cell`` (the same column span)."""
    return next(
        (
            c for c in cells
            if abs(c.box[0] - cell.box[0]) <= COLUMN_TOLERANCE and abs(c.box[2] - cell.box[2]) <= COLUMN_TOLERANCE
        ),
        None,
    )


def unnumbered_between(upper: Table, lower: Table, body_rows: list[int]) -> bool:
    """Whether ``lower``'s first body row is an unnumbered piece between two numbered rows.

    It is when, in some column that numbers its rows above the break, its
    cell has text but no number, the last row above is numbered there and
    the next row below carries the number that comes next.  A table that
    ends with that row (a total row looks the same) is left alone.
    """
    if len(body_rows) < 2:
        return False
    last = [c for c in upper.cells if c.row == upper.rows()[-1]]
    following = [c for c in lower.cells if c.row == body_rows[1]]
    for cell in (c for c in lower.cells if c.row == body_rows[0]):
        if not cell.text or row_number(cell.text) is not None:
            continue
        above, below = cell_spanning(last, cell), cell_spanning(following, cell)
        if above is None or below is None:
            continue
        before, after = row_number(above.text), row_number(below.text)
        numbered = sum(row_number(c.text) is not None for c in upper.cells if cell_spanning([c], cell))
        if before and after and numbered >= MIN_NUMBERED and comes_next(before, after):
            return True
    return False
