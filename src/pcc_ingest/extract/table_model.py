"""A table's typed values: its grid of cells, columns, body rows, and the read table.

Step 1 of reading a table (cells -> grid) lives here with the values every
later step passes along, and the few primitives they all share: the rules
of ``extractors/tables.toml``, a label folded for matching, a cell read as
a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.numbers import parse_number

# White space inside a label: PDF text breaks words with stray spaces, so
# labels are compared with all of it removed.
SPACE_RE = re.compile(r"\s+")

# A percent sign or the word ร้อยละ around a figure in a cell ("85.5%",
# "ร้อยละ 80"): dropped before the cell is read as a number.
PERCENT_MARK_RE = re.compile(r"^\s*ร้อยละ\s*|\s*%\s*$")


@dataclass(frozen=True)
class Grid:
    """One table's cells by (row, col), in the order the parser gave them."""

    table: int
    cells: Mapping[tuple[int, int], Block]
    rows: tuple[int, ...]
    n_cols: int

    def row_cells(self, row: int) -> list[Block]:
        """The cells of ``row`` left to right."""
        return list(self._by_row.get(row, ()))

    @cached_property
    def _by_row(self) -> dict[int, tuple[Block, ...]]:
        """Each row's cells left to right, grouped once: headers and body rows
        ask for a row many times, and scanning every cell each time was the
        bulk of reading a table."""
        groups: dict[int, list[Block]] = {}
        for (r, _), b in self.cells.items():
            groups.setdefault(r, []).append(b)
        return {r: tuple(sorted(bs, key=lambda b: b.col or 0)) for r, bs in groups.items()}

    @property
    def first(self) -> Block:
        """The table's first block (in reading order)."""
        return min(self.cells.values(), key=lambda b: b.order)


@dataclass(frozen=True)
class Column:
    """A column the header names: its role, its label, and a year if it is one."""

    col: int
    role: str
    label: str  # every header label of the column, top first
    year_be: int | None = None
    own: str = ""  # the label that named the role (the lowest one that did)


@dataclass(frozen=True)
class Row:
    """A body row: its cells by column, those carried from merged cells above."""

    index: int
    cells: Mapping[int, Block]
    carried: frozenset[int] = frozenset()

    def texts(self) -> list[str]:
        """The non-empty cell texts, left to right."""
        return [self.cells[c].text for c in sorted(self.cells) if self.cells[c].text]


@dataclass(frozen=True)
class Table:
    """A table read through its header: title, columns, and body rows."""

    grid: Grid
    header_rows: tuple[int, ...]
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    title: tuple[Block, ...] = field(default=())
    continues: bool = False  # read through the header of the table before it
    labels: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # every column's labels, top first

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(c.role for c in self.columns)

    def group(self, col: int) -> tuple[int, ...]:
        """The columns under the same spanning label as ``col`` ("ประเด็นที่ 1"
        over "ผู้เข้ารับการบำบัด | ติดตามครบ | ร้อยละ", "ปีงบประมาณ 2567" over
        "เป้าหมาย | ผลงาน | ร้อยละ"), left to right; ``(col,)`` when no label
        spans it.  Columns of one group measure one thing."""
        upper = self.labels.get(col, ())[:-1]
        if not upper:
            return (col,)
        out = [col]
        for step in (-1, 1):
            c = col + step
            while self.labels.get(c, ())[:-1] == upper:
                out.append(c)
                c += step
        return tuple(sorted(out))

    def column(self, role: str) -> Column | None:
        """The first (leftmost) column of ``role``."""
        return next((c for c in self.columns if c.role == role), None)

    def columns_of(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    def cell(self, row: Row, role: str) -> Block | None:
        """The cell of ``row`` in the first column of ``role``."""
        col = self.column(role)
        return row.cells.get(col.col) if col else None

    def text(self, row: Row, role: str) -> str:
        block = self.cell(row, role)
        return block.text if block else ""

    def number(self, row: Row, role: str) -> float | None:
        block = self.cell(row, role)
        return cell_number(block.text) if block else None

    def header_blocks(self) -> list[Block]:
        """Title and header cells: where a table states its own target."""
        heads = [b for (r, _), b in self.grid.cells.items() if r in self.header_rows]
        return [*self.title, *sorted(heads, key=lambda b: b.order)]

# --- rules ------------------------------------------------------------------


@cache
def table_rules() -> dict:
    """The rules of ``extractors/tables.toml``, loaded once: every step reads them."""
    return load_rules("tables")


# --- step 1: cells -> grids ---------------------------------------------------


def grids(doc: Document) -> list[Grid]:
    """Group the document's table cells into one grid per table, in reading order.

    A block with table coordinates belongs to its table even when a parser
    took it for a running page header (a table's header row repeated at the
    top of each page looks like one).
    """
    by_table: dict[int, dict[tuple[int, int], Block]] = {}
    for block in doc.blocks:
        if block.kind in ("table_cell", "header") and block.table is not None:
            key = (block.row or 0, block.col or 0)
            by_table.setdefault(block.table, {}).setdefault(key, block)
    out = []
    for table, cells in by_table.items():
        rows = tuple(sorted({r for r, _ in cells}))
        out.append(Grid(table, cells, rows, 1 + max(c for _, c in cells)))
    return sorted(out, key=lambda g: g.first.order)


def fold(text: str) -> str:
    """A label without white space, for matching."""
    return SPACE_RE.sub("", text)


def cell_number(text: str) -> float | None:
    """A cell holding one figure, with or without % / ร้อยละ ("85.5%" -> 85.5)."""
    return parse_number(PERCENT_MARK_RE.sub("", text))
