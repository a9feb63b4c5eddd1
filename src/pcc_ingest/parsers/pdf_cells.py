"""Put the text of a PDF page's table lines into the cells under their characters.

A line inside a ruled table is cut at the cell edges character by character
(a finder bisects the cell edges, so long tables stay fast), then each cell's
runs are joined into its text as a paragraph's lines are.
"""

from __future__ import annotations

from bisect import bisect_left

from pcc_ingest.parsers.pdf_line_joining import first_chunk_width
from pcc_ingest.parsers.pdf_tables import Cell, CellText, Table
from pcc_ingest.parsers.pdf_text import Glyphs, Piece, join_lines


def _edge_slot(edges: list[float], v: float) -> int:
    """Where ``v`` falls among sorted ``edges``: 2i on edge i, 2i+1 between edges i and i+1.

    A box from edge a to edge b holds exactly the values of slots 2a..2b, so
    every value of one slot lies in the same boxes.
    """
    i = bisect_left(edges, v)
    return 2 * i if i < len(edges) and edges[i] == v else 2 * i - 1


class CellFinder:
    """``Table.cell_at`` by bisecting the table's cell edges instead of trying every cell.

    Points in the same column slot and row slot (see ``_edge_slot``) lie in
    the same cells, so the plain scan's answer for one of them is remembered
    for all; a nested table gets its own finder.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.xs = sorted({v for c in table.cells for v in (c.box[0], c.box[2])})
        self.ys = sorted({v for c in table.cells for v in (-c.box[1], -c.box[3])})
        self.holders: dict[tuple[int, int], Cell | None] = {}
        self.inner: dict[int, list[CellFinder]] = {}

    def contains(self, x: float, y: float) -> bool:
        return self.table.contains(x, y)

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The innermost cell holding the point (a nested table's cell before its holder)."""
        slot = (_edge_slot(self.xs, x), _edge_slot(self.ys, y))
        if slot not in self.holders:
            self.holders[slot] = next((c for c in self.table.cells if c.holds(x, y)), None)
        cell = self.holders[slot]
        if cell is None or not cell.nested:
            return cell
        inner = self.inner.get(id(cell))
        if inner is None:
            inner = self.inner[id(cell)] = [CellFinder(t) for t in cell.nested]
        return next((found for f in inner if (found := f.cell_at(x, y)) is not None), cell)


def route_to_cells(glyphs: Glyphs, piece: Piece, tables: list[CellFinder]) -> bool:
    """Send a line lying in a table to the cells under its characters; False if it is prose."""
    probe_y = piece.baseline + 0.2 * piece.size
    table = next((t for t in tables if t.contains(piece.left + 1, probe_y)), None)
    if table is None:
        return False
    runs: dict[int, tuple[Cell, list[str], list[float]]] = {}
    cell: Cell | None = None
    for ch, index in zip(piece.text, piece.chars):
        x, y = glyphs.origin(index)
        y += 0.2 * piece.size
        if cell is None or cell.nested or not cell.holds(x, y):  # most chars fall in the cell of the one before
            cell = table.cell_at(x, y) or cell  # a char on a ruling stays with the text before it
        if cell is not None:
            _, chars, xs = runs.setdefault(id(cell), (cell, [], []))
            chars.append(ch)
            xs.append(x)
    for target, chars, xs in runs.values():
        # an origin is a glyph's left edge: half a size more is about where the last glyph ends
        text = "".join(chars)
        target.pieces.append(CellText(piece.baseline, text, min(xs), max(xs) + 0.5 * piece.size, piece.size))
    return True


def settle_cell_text(table: Table) -> None:
    """Each cell's text: runs on one baseline are one line; lines join as in a paragraph.

    A line that stops with room left in the cell for the next line's first
    word group ended a paragraph of the cell, so a space follows it even
    between Thai words.
    """
    for cell in table.cells:
        lines: list[CellText] = []
        for run in cell.pieces:
            if lines and abs(lines[-1].baseline - run.baseline) <= 1.0:
                last = lines[-1]
                lines[-1] = last._replace(text=last.text + run.text, right=max(last.right, run.right))
            else:
                lines.append(run)
        cell_right = cell.box[2]
        texts = [
            ln.text + " " if nxt is not None and cell_right - ln.right > first_chunk_width(nxt.text, nxt.right - nxt.left, nxt.size) else ln.text
            for ln, nxt in zip(lines, lines[1:] + [None])
        ]
        cell.text = join_lines(texts)
        for inner in cell.nested:
            settle_cell_text(inner)
