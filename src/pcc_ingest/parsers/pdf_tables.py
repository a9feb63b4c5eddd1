"""Find ruled tables on a PDF page: cell boxes in rows and columns, nested tables inside cells.

The straight horizontal and vertical segments of the page's path objects
(read with pdfium) are handed to pdfplumber's grid algorithm (``merge_edges``
-> intersections -> cells -> tables), so pdfminer never lays out the page:
that is what makes pdfplumber ~40x slower than pdfium per page.  A page
without ruling lines both ways stops after one pass over its objects.

Coordinates: PDF units, y growing upwards, except the ``Box`` tuples handed
to and from pdfplumber, which use its top-down convention with ``top = -y``.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pcc_ingest.model import BlockKind
from pcc_ingest.parsers.pdf_stacked_tables import split_stacked
from pcc_ingest.parsers.pdf_text import Frame

Box = tuple[float, float, float, float]  # x0, top, x1, bottom with top = -y (pdfplumber's frame)
Point = tuple[float, float]  # x, top in pdfplumber's frame

# pdfplumber's default tolerances for its "lines" table strategy, in points.
SNAP_TOLERANCE = 3.0
JOIN_TOLERANCE = 3.0
INTERSECTION_TOLERANCE = 3.0
EDGE_MIN_LENGTH = 3.0
# A straight segment at most this far off horizontal/vertical is a ruling.
AXIS_TOLERANCE = 0.5
MIN_SEGMENT = 1.0
# Fewer path objects than this cannot draw a ruled table (two rulings each way).
MIN_PATHS = 4


class CellText(NamedTuple):
    """A run of one text line that falls in a cell, with where it stands."""

    baseline: float
    text: str
    left: float
    right: float
    size: float


@dataclass(eq=False)
class Cell:
    """One cell: its box, grid position, tables drawn inside it, and the text routed to it."""

    box: Box
    row: int
    col: int
    nested: list[Table] = field(default_factory=list)
    pieces: list[CellText] = field(default_factory=list)  # in content order
    text: str = ""
    kind: BlockKind = "table_cell"

    def baselines(self) -> list[float]:
        """The distinct baselines of the cell's text, top to bottom."""
        out: list[float] = []
        for baseline in sorted((p.baseline for p in self.pieces), reverse=True):
            if not out or out[-1] - baseline > 1.0:
                out.append(baseline)
        return out

    def holds(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.box
        return x0 <= x <= x1 and -bottom <= y <= -top


@dataclass(eq=False)
class Table:
    """A ruled table: cells in row order, each at its first row and column."""

    cells: list[Cell]
    col_lefts: list[float]
    left: float
    right: float
    top: float  # PDF y of the top edge
    bottom: float

    def contains(self, x: float, y: float) -> bool:
        return self.left - 1 <= x <= self.right + 1 and self.bottom - 1 <= y <= self.top + 1

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The innermost cell holding the point (a nested table's cell before its holder)."""
        for cell in self.cells:
            if cell.holds(x, y):
                for inner in cell.nested:
                    found = inner.cell_at(x, y)
                    if found is not None:
                        return found
                return cell
        return None

    def rows(self) -> list[int]:
        return sorted({c.row for c in self.cells})


def find_tables(page: pdfium.PdfPage, frame: Frame) -> list[Table]:
    """The ruled tables of a page (upright, as ``frame`` shows it), with tables inside cells nested."""
    edges = _ruling_edges(page, frame)
    if not edges:
        return []
    # Imported here: pdfplumber (and pdfminer under it) costs ~0.1 s to import
    # and only pages with ruling lines need it.
    from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges

    merged = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= EDGE_MIN_LENGTH]
    intersections = edges_to_intersections(merged, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    groups = [t for g in cells_to_tables(intersections_to_cells(intersections)) for t in split_stacked(g)]
    boxes = [b for group in groups for b in group]
    inside: dict[Box | None, list[Box]] = {}  # holder -> the boxes it is the smallest holder of, in order
    for b in boxes:
        inside.setdefault(_smallest_holder(b, boxes), []).append(b)
    top = set(inside.get(None, ()))
    tables = []
    for group in groups:
        top_level = [b for b in group if b in top]
        if top_level:
            tables.append(_build(top_level, inside))
    return tables


def intersections_to_cells(intersections: dict[Point, dict[str, list[dict]]]) -> list[Box]:
    """pdfplumber's ``intersections_to_cells``: the smallest cell whose top-left corner is each point.

    The same cells in the same order, but each point's edges are made into
    sets once and its neighbours below and to the right are looked up, where
    the library rebuilds both sets for every pair of points it compares (most
    of a ruled page's table time).  Two points are connected when they lie on
    one ruling (an edge touching both).
    """
    bbox = itemgetter("x0", "top", "x1", "bottom")
    vertical = {p: {bbox(e) for e in edges["v"]} for p, edges in intersections.items()}
    horizontal = {p: {bbox(e) for e in edges["h"]} for p, edges in intersections.items()}

    def connects(p1: Point, p2: Point) -> bool:
        return (p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2])) or (
            p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])
        )

    points = sorted(intersections)  # by x, then top: a column's points are consecutive
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for p in points:
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    cells: list[Box] = []
    for pt in points:
        column, row = columns[pt[0]], rows[pt[1]]
        below = column[column.index(pt) + 1:]
        right = row[row.index(pt) + 1:]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(
    pt: Point, below: list[Point], right: list[Point], corners: Container[Point], connects: Callable[[Point, Point], bool]
) -> Box | None:
    """The first cell (nearest bottom, then nearest right) closed by rulings from ``pt``, if any."""
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in corners and connects(corner, right_pt) and connects(corner, below_pt):
                return pt[0], pt[1], corner[0], corner[1]
    return None


def _build(boxes: list[Box], inside: dict[Box | None, list[Box]]) -> Table:
    """A table from its own cell boxes; cells lying inside one of them become its nested tables.

    A table drawn inside a cell shows up as cells inside that cell's box (in
    the same grid or as a grid of its own).  Rows and columns are the
    distinct tops and lefts of the table's own cells, so a merged cell sits
    at its first row and column.
    """
    from pdfplumber.table import cells_to_tables

    tops = sorted({round(b[1], 1) for b in boxes})
    lefts = sorted({round(b[0], 1) for b in boxes})
    cells = []
    for box in sorted(boxes, key=lambda b: (round(b[1], 1), b[0])):
        cell = Cell(box=box, row=tops.index(round(box[1], 1)), col=lefts.index(round(box[0], 1)))
        inner = inside.get(box, [])
        if inner:
            groups = cells_to_tables(inner)
            grouped = {b for g in groups for b in g}
            groups += [[b] for b in inner if b not in grouped]  # a lone inner cell is a table too
            cell.nested = [_build(g, inside) for g in groups]
        cells.append(cell)
    return Table(
        cells=cells, col_lefts=lefts,
        left=min(b[0] for b in boxes), right=max(b[2] for b in boxes),
        top=-min(b[1] for b in boxes), bottom=-max(b[3] for b in boxes),
    )


def _smallest_holder(box: Box, boxes: list[Box]) -> Box | None:
    tol = SNAP_TOLERANCE
    holders = [
        b for b in boxes
        if b != box and b[0] - tol <= box[0] and box[2] <= b[2] + tol and b[1] - tol <= box[1] and box[3] <= b[3] + tol
    ]
    return min(holders, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), default=None)


def _ruling_edges(page: pdfium.PdfPage, frame: Frame) -> list[dict]:
    """Horizontal and vertical straight segments of the page's path objects, as pdfplumber edges.

    Both stroked lines and the sides of filled rectangles count, as in
    pdfplumber ("lines" strategy).  Returns nothing when there are not at
    least two rulings each way.
    """
    raw = page.raw
    paths = []
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths.append(obj)
    if len(paths) < MIN_PATHS:
        return []
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict] = []
    for obj in paths:
        pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
        previous: tuple[float, float] | None = None
        start: tuple[float, float] | None = None
        for s in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, s)
            pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
            point = frame.point(
                matrix.a * x.value + matrix.c * y.value + matrix.e,
                matrix.b * x.value + matrix.d * y.value + matrix.f,
            )
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
                _add_edge(edges, previous, point)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_edge(edges, point, start)
            previous = point
    horizontal = sum(e["orientation"] == "h" for e in edges)
    return edges if horizontal >= 2 and len(edges) - horizontal >= 2 else []


def _add_edge(edges: list[dict], p0: tuple[float, float], p1: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p0, p1
    if abs(y0 - y1) <= AXIS_TOLERANCE and abs(x0 - x1) >= MIN_SEGMENT:
        top = -(y0 + y1) / 2
        edges.append(_edge("h", min(x0, x1), max(x0, x1), top, top))
    elif abs(x0 - x1) <= AXIS_TOLERANCE and abs(y0 - y1) >= MIN_SEGMENT:
        x = (x0 + x1) / 2
        edges.append(_edge("v", x, x, -max(y0, y1), -min(y0, y1)))


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {
        "object_type": "line", "orientation": orientation, "x0": x0, "x1": x1,
        "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top,
    }
