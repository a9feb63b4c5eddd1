"""Lines inside a table cell: its bulleted lines and its numbered items.

Word keeps a cell's paragraphs apart, but normalised text folds them into one
line; the bullets and numbers that started them still mark where they began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.thai.dates import find_dates

# A bullet that starts a line in a cell ("-ค่าอาหาร ... -ค่าอาหารว่าง ..."): a
# dash or dot at the start or after a space, followed by a letter (not a
# figure, so "5,000 - 6,000" is no bullet).
CELL_BULLET_RE = re.compile(r"(?:^|(?<=\s))[-–•·▪●○*]\s*(?=[^\W\d_])")

# A number that may start an item: "1." "1)" "1.." "(1)", or "1 " before a
# letter; "1.1" sub-numbers are told apart by their second part.  Not inside a
# longer figure, a decimal, a date or a reference ("ขก0032/ว.1609"), nor the
# last factor of a product ("3อ.2ส. (120x80x2)", a plan row's cost working), spaced
# or not ("ค่าอาหาร (50 x 150 x 3) = 22,500 บาท": a progress report's inline "(1) … (2)" items).
ITEM_NUMBER_RE = re.compile(
    r"(?<![\d.,/:\-x×X*])(?<![x×X*]\s)\(?(?P<n>\d{1,2})(?:\.(?P<sub>\d{1,2}))?"
    r"(?P<close>\.{1,2}(?!\d)|\)|(?=\s+[^\W\d_]))"
)


@dataclass(frozen=True)
class Item:
    """A numbered item inside a text: its number and span (marker, then body)."""

    number: int
    marker_start: int
    start: int
    end: int


def cell_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the bulleted lines of a cell; the whole text when it has no bullets.

    Text before the first bullet is its own line when it is not empty.  A
    dash inside a date range ("มกราคม – มีนาคม 2563") is no bullet.
    """
    ranges = [m.span for m in find_dates(text)]
    bullets = [m for m in CELL_BULLET_RE.finditer(text) if not any(s < m.start() < e for s, e in ranges)]
    starts = [m.end() for m in bullets]
    marks = [m.start() for m in bullets]
    if not starts:
        return [(0, len(text))] if text.strip() else []
    spans = [(0, marks[0])] if text[: marks[0]].strip() else []
    ends = [*marks[1:], len(text)]
    spans += [(s, e) for s, e in zip(starts, ends)]
    return [(s, len(text[:e].rstrip())) for s, e in spans if text[s:e].strip()]


def _next_marker(marks: list[re.Match[str]], pos: int, expected: int | None, bare: bool = True) -> re.Match[str] | None:
    """The first marker after ``pos`` numbered ``expected`` (1 or 2 to begin),
    a dotted or bracketed one before a bare "9 " (only allowed when ``bare``)."""
    fits = [
        m for m in marks
        if m.start() >= pos and (int(m["n"]) == expected if expected else int(m["n"]) <= 2)
    ]
    marked = [m for m in fits if m["close"]]
    bare_ok = bare and expected is not None
    return (marked or (fits if bare_ok else []) or [None])[0]


def numbered_items(text: str, *, implicit_first: bool = False) -> list[Item]:
    """The top-level numbered items of a text, numbered 1, 2, 3 ... in sequence.

    Items are found in order, each the next number after the last; a dotted
    or bracketed marker is preferred, and a bare "9 " counts only when no
    marked one follows, and one number may be left out.  Sub-items ("1.1",
    "1.2") stay inside their parent.  With ``implicit_first``, text before an
    item 2 is item 1 (a column of results often leaves its first number out).
    """
    marks = [m for m in ITEM_NUMBER_RE.finditer(text) if m["sub"] is None]
    found: list[re.Match[str]] = []
    pos, expected = 0, None
    while True:
        pick = _next_marker(marks, pos, expected)
        if pick is None and expected is not None:
            pick = _next_marker(marks, pos, expected + 1, bare=False)  # one number left out
        if pick is None:
            break
        found.append(pick)
        pos, expected = pick.end(), int(pick["n"]) + 1
    if not found:
        return []
    items: list[Item] = []
    first = found[0]
    if implicit_first and int(first["n"]) == 2 and text[: first.start()].strip():
        lead = len(text[: first.start()]) - len(text[: first.start()].lstrip())
        items.append(Item(1, lead, lead, len(text[: first.start()].rstrip())))
    for m, nxt in zip(found, [*found[1:], None]):
        end = nxt.start() if nxt else len(text)
        body = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
        items.append(Item(int(m["n"]), m.start(), body, len(text[:end].rstrip())))
    return items
