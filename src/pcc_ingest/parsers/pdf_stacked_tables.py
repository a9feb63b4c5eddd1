"""Two ruled tables drawn one right under the other, touching, that the grid
algorithm takes for one (set 49, a minutes' results table continued on a new
page and, under it, a before/after table of three columns): where no inner
column edge of the rows above goes on in the row below, no cell above
reaches below, and each part has column edges the other lacks (two column
systems), one table ends and the next begins.  A header spanning columns
still shares an edge with the rows under it, a title row spanning the whole
width has no inner edge, and rows of merged cells keep to the edges of the
rest of their table, so none of them is cut off.
"""

from __future__ import annotations

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (pdfplumber's top-down frame)

# Column edges this close (points) are one edge.
EDGE_TOLERANCE = 2.0


def _inner_lefts(boxes: list[Box], left: float) -> list[float]:
    return [b[0] for b in boxes if b[0] - left > EDGE_TOLERANCE]


def _shares_edge(above: list[float], below: list[float]) -> bool:
    return any(abs(a - b) <= EDGE_TOLERANCE for a in above for b in below)


def _within(some: list[float], other: list[float]) -> bool:
    return all(_shares_edge([a], other) for a in some)


def split_stacked(group: list[Box]) -> list[list[Box]]:
    """``group`` (one table's cell boxes) as the tables stacked in it, top to bottom."""
    left = min(b[0] for b in group)
    out: list[list[Box]] = []
    for part in _cut(group, left):
        if out and (_within(_inner_lefts(part, left), _inner_lefts(out[-1], left))
                    or _within(_inner_lefts(out[-1], left), _inner_lefts(part, left))):
            out[-1] = out[-1] + part  # one column system: rows of merged cells, not two tables
        else:
            out.append(part)
    return out


def _cut(group: list[Box], left: float) -> list[list[Box]]:
    """``group`` cut where no inner column edge goes on from one row to the next."""
    tops = sorted({round(b[1], 1) for b in group})
    bands = {t: [b for b in group if round(b[1], 1) == t] for t in tops}
    out: list[list[Box]] = [[]]
    for prev, top in zip([None, *tops], tops):
        if prev is not None:
            above, below = _inner_lefts(bands[prev], left), _inner_lefts(bands[top], left)
            reaches = any(b[3] > top + EDGE_TOLERANCE for b in out[-1])
            if above and below and not reaches and not _shares_edge(above, below):
                out.append([])
        out[-1] += bands[top]
    return out
