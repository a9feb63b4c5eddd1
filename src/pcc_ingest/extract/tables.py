"""Read tables as tables: cells -> grid -> header -> column roles -> rows.

Each step is a small pure function over typed values (the way pdfplumber's
``table.py`` chains edges -> cells -> tables), so every extractor reads a
table the same way: find the header row(s), name each column by its role with
the synonyms in ``extractors/tables.toml``, then walk the body rows.  Nothing
here flattens a table to text.

Merged cells: the docx parser emits a merged cell once, at its first row and
column.  A header label spreads right over the columns it spans (an empty or
missing label next to it, under which a lower header row names sub-columns),
and the columns under one spanning label are a group ("ปีงบประมาณ 2567" over
"เป้าหมาย | ผลงาน | ร้อยละ": one year's figures; "ประเด็นที่ 1" over its counts
and percentage: one issue's);
a body cell of a ``carry_down`` role that is missing in a row is taken from
the row above.  A vertically merged cell that a parser emits as an *empty*
block cannot be told from a really empty cell, so it is not carried; the
model has no row or column spans, so a missing cell is read as merged.

PDF tables break across pages: a headerless table (or one that only repeats
the lower header row) right after a headed one is read through that header,
and a first row that is the rest of the page's last row is joined to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import parse_number
from pcc_ingest.thai.text import LIST_MARKER_RE

# White space inside a label: PDF text breaks words with stray spaces, so
# labels are compared with all of it removed.
SPACE_RE = re.compile(r"\s+")

# A sub-item number opening a cell ("1.1 ประชุม..."): the rest of an item.
SUB_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s")

# A Thai letter or mark: lines of Thai text join without a space.
THAI_LETTER_RE = re.compile("[\u0e01-\u0e4e]")

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
def _rules() -> dict:
    return load_rules("tables")


@cache
def _role_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple(
        (role, tuple(re.compile(p, re.IGNORECASE) for p in patterns))
        for role, patterns in _rules()["roles"].items()
    )


@cache
def _year_re() -> re.Pattern[str]:
    return re.compile(_rules()["header"]["year_label"])


@cache
def _total_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _rules()["rows"]["total"])


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


# --- step 2: labels -> roles --------------------------------------------------


def fold(text: str) -> str:
    """A label without white space, for matching."""
    return SPACE_RE.sub("", text)


# Roles of a column whose whole label is a year: the year's figures, or
# (under a target label) the target set for that year.
YEAR_ROLES = ("year", "target_year")

# Header labels repeat across tables and documents; their meaning is cached
# per text (bounded, so a long run does not grow it without end).
LABEL_CACHE_SIZE = 8192


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def label_year(label: str) -> int | None:
    """The Buddhist-Era year a column label names ("2563", "ปี 63"), else ``None``."""
    m = _year_re().match(fold(label))
    if m is None:
        return None
    year = int(m["year"])
    return year + 2500 if year < 100 else year


@cache
def _part_year_re() -> re.Pattern[str]:
    return re.compile(_rules()["header"]["part_year_label"], re.IGNORECASE)


def part_year(label: str) -> int | None:
    """The year a label naming part of it names ("ไตรมาส 1/2568", "รอบ 6
    เดือน ปี 2568"): under a results label its column is that year's result
    so far.  Only read there: elsewhere such a label is a schedule."""
    m = _part_year_re().match(fold(label))
    if m is None:
        return None
    year = int(m["year"])
    return year + 2500 if year < 100 else year


@cache
def _year_in_re() -> re.Pattern[str]:
    return re.compile(_rules()["header"]["year_in_label"])


def baseline_year(label: str) -> int | None:
    """The year of a baseline column: its whole label ("2565"), or a year
    written inside it ("ข้อมูลพื้นฐานปี 2565 (ร้อยละ)")."""
    year = label_year(label)
    if year is not None:
        return year
    m = _year_in_re().search(fold(label))
    return int(m["year"]) if m else None


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def label_role(label: str) -> str | None:
    """The role a header label names, by the first matching synonym."""
    folded = fold(label)
    if not folded or len(folded) > _rules()["header"]["max_label_chars"]:
        return None
    if label_year(label) is not None:
        return "year"
    for role, patterns in _role_patterns():
        if any(p.search(folded) for p in patterns):
            return role
    return None


# --- step 3: find the header ---------------------------------------------------


@cache
def _figure_cell_re() -> re.Pattern[str]:
    return re.compile(_rules()["header"]["figure_cell"])


def is_figure_cell(text: str) -> bool:
    """A figure with its bound or the counts it was worked out from ("≥ 75",
    "78.64 (162/206)"): a data cell, which no header label is."""
    return bool(_figure_cell_re().match(text.strip()))


def _is_labels(texts: list[str]) -> bool:
    """Short texts, no figures but years, at least one naming a role."""
    limit = _rules()["header"]["max_label_chars"]
    return (
        any(label_role(t) is not None for t in texts)
        and all(len(fold(t)) <= limit for t in texts)
        and all(cell_number(t) is None or label_year(t) is not None for t in texts)
        and not any(is_figure_cell(t) for t in texts)
    )


def _roles_named(cells: list[Block]) -> int:
    return len({label_role(b.text) for b in cells} - {None})


def find_header(grid: Grid) -> tuple[int, ...]:
    """The header rows: the first row of labels naming enough roles, plus label rows under it.

    A row under the header is a sub-header when it has two or more labels
    (one label alone is a group row such as "มาตรการที่ 1").
    """
    limits = _rules()["header"]
    for i, row in enumerate(grid.rows[: limits["max_scan_rows"]]):
        cells = grid.row_cells(row)
        if not _is_labels([b.text for b in cells if b.text]):
            continue
        rows = [row]
        for below in grid.rows[i + 1:]:
            texts = [b.text for b in grid.row_cells(below) if b.text]
            if len(texts) < 2 or not _is_labels(texts):
                break
            rows.append(below)
        if _roles_named(cells) >= limits["min_roles"] or _header_pair_names_roles(grid, rows):
            return tuple(rows)
    return ()


def _header_pair_names_roles(grid: Grid, rows: list[int]) -> bool:
    """A two-row header of merged cells ("หมู่ที่ | ลูกน้ำยุงลาย" over "พบ |
    HI (ร้อยละ)"): the top row names too few roles alone, but its group labels
    span sub-labels below, and the two rows together name enough."""
    if len(rows) < 2 or len(grid.row_cells(rows[0])) < 2:
        return False
    cells = [b for r in rows for b in grid.row_cells(r)]
    return _roles_named(cells) >= _rules()["header"]["min_roles"]


def spread_labels(grid: Grid, header_rows: tuple[int, ...]) -> dict[int, list[str]]:
    """Each column's labels, top row first, a spanning label spread over its sub-columns.

    An upper label covers the columns to its right that have no label of
    their own in that row but do have one in a lower header row.
    """
    labels: dict[int, list[str]] = {c: [] for c in range(grid.n_cols)}
    for i, row in enumerate(header_rows):
        lower = header_rows[i + 1:]
        current = ""
        for col in range(grid.n_cols):
            block = grid.cells.get((row, col))
            text = block.text if block else ""
            sub_labelled = any(grid.cells.get((r, col)) and grid.cells[(r, col)].text for r in lower)
            if text:
                current = text
            elif not (current and sub_labelled):
                current = ""
            if current:
                labels[col].append(current)
    return labels


def map_columns(labels: Mapping[int, list[str]]) -> tuple[Column, ...]:
    """Name each column by its lowest label that names a role.

    A label under a group label may mean something narrower there
    ("จำนวน" under "งบประมาณ" is an amount, a year under "Base line" a
    baseline, a year under "ค่าเป้าหมาย" that year's target): ``[under]``
    in tables.toml says so.
    """
    under = _rules()["under"]
    out = []
    for col in sorted(labels):
        for label in reversed(labels[col]):
            role = label_role(label)
            if role is None:
                continue
            for up in labels[col][: labels[col].index(label)]:
                role = under.get(label_role(up) or "", {}).get(role, role)
            year = (label_year(label) or part_year(label)) if role in YEAR_ROLES \
                else baseline_year(label) if role == "baseline" else None
            out.append(Column(col, role, " ".join(labels[col]), year, label))
            break
    return target_years(tuple(out))


@cache
def _year_in_target_re() -> re.Pattern[str]:
    return re.compile(_rules()["header"]["year_in_target"])


def target_year_of(label: str) -> int | None:
    """The year a target column's own label names ("ค่าเป้าหมาย ปี 2568" ->
    2568, "เป้าหมายปี 70" -> 2570), else ``None``."""
    m = _year_in_target_re().search(fold(label))
    if m is None:
        return None
    return int(m["year"]) if m["year"] else 2500 + int(m["short"])


def target_years(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """Target columns each naming a year of their own ("ค่าเป้าหมาย ปี 2568 |
    ค่าเป้าหมาย ปี 2569 | ค่าเป้าหมาย ปี 2570") are the targets set for those
    years, as under one spanning "ค่าเป้าหมาย"; so is one such column after
    columns of earlier years.  Else one alone is the current year's target
    column, often a count."""
    dated = {c.col: target_year_of(c.own) for c in columns if c.role in ("target", "target_pct")}
    dated = {col: year for col, year in dated.items() if year is not None}
    if len(set(dated.values())) < 2 and not (dated and follows_years(columns, min(dated.values()))):
        return columns
    return tuple(replace(c, role="target_year", year_be=dated[c.col]) if c.col in dated else c for c in columns)


def follows_years(columns: tuple[Column, ...], year: int) -> bool:
    """Whether a target column of ``year`` closes a row of earlier years' figures
    ("ข้อมูลพื้นฐาน ปี 2566 | ปี 2567 | ค่าเป้าหมาย ปี 2568"), or stands in a
    row of years beside that year's own result ("ปี 2565 | ปี 2566 |
    เป้าหมายปี 2567 | ผลงานปี 2567"): the table reads across years, with no
    result or percent column of its own whose counts the target would be the
    whole of."""
    years = [c.year_be for c in columns if c.role in ("baseline", "year") and c.year_be is not None]
    own = {c.role for c in columns} & {"result", "percent"}
    result_of_year = any(c.role == "year" and c.year_be == year for c in columns)
    before = bool(years) and (max(years) < year or (result_of_year and min(years) < year <= max(years)))
    return before and not own


# --- step 4: body rows ----------------------------------------------------------


def _is_group_row(cells: Mapping[int, Block]) -> bool:
    """A total, or one label alone in the row's first cell: Word spans such a
    row across the table, so its missing cells are no vertical merge."""
    texts = [cells[c].text for c in sorted(cells) if cells[c].text]
    if not texts:
        return False
    if any(p.search(fold(texts[0])) for p in _total_res()):
        return True
    return len(set(texts)) == 1 and cells[min(cells)].text == texts[0]


def body_rows(
    grid: Grid, header_rows: tuple[int, ...], columns: Iterable[Column], above: Mapping[int, Block] | None = None,
) -> tuple[Row, ...]:
    """Rows after the header, with merged cells of carry-down roles filled in.

    ``above`` is the last row of the table this one continues (a merged cell
    can run over a page break, and the piece of it at the top of the new
    page comes out as an empty cell).  Nothing is carried into or across a
    group or total row.
    """
    carry = {c.col for c in columns if c.role in _rules()["rows"]["carry_down"]}
    start = grid.rows.index(header_rows[-1]) + 1 if header_rows else 0
    out: list[Row] = []
    last = dict(above or {})
    broken = bool(above)  # the first row under a page break
    for row in grid.rows[start:]:
        cells = {b.col or 0: b for b in grid.row_cells(row)}
        if broken:
            cells = {c: b for c, b in cells.items() if b.text or c not in carry or c not in last}
            broken = False
        if _is_group_row(cells):
            last = {}
            out.append(Row(row, cells))
            continue
        carried = {c for c in carry if c not in cells and c in last}
        for c in carried:
            cells[c] = last[c]
        last.update(cells)
        out.append(Row(row, cells, frozenset(carried)))
    return tuple(out)


def title_rows(grid: Grid, header_rows: tuple[int, ...]) -> tuple[Block, ...]:
    """Cells of the rows above the header: the table's own title."""
    if not header_rows:
        return ()
    before = grid.rows[: grid.rows.index(header_rows[0])]
    return tuple(b for r in before for b in grid.row_cells(r) if b.text)


def caption(doc: Document, grid: Grid, max_blocks: int = 2) -> tuple[Block, ...]:
    """The short paragraphs right before a table, where its title usually is."""
    first = grid.first.order
    out: list[Block] = []
    for block in reversed(doc.blocks[:first]):
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "table_cell" or len(out) >= max_blocks:
            break
        out.append(block)
    return tuple(reversed(out))


def _repeats_header(grid: Grid, header: tuple[int, ...], previous: Table) -> bool:
    """The found header only repeats labels the previous table's header has in the
    same columns (a page's repeated lower header row)."""
    earlier = {(b.col, fold(b.text)) for (r, _), b in previous.grid.cells.items() if r in previous.header_rows}
    own = {(b.col, fold(b.text)) for r in header for b in grid.row_cells(r) if b.text}
    return bool(own) and own <= earlier


def _fragment_of(row: Row, last: Row) -> bool:
    """A table's first row continues the previous page's last row (a row Word let
    break across the page): the last row's first cell opened a numbered or
    bulleted item, and this one goes on mid-item, with a sub-item, or with
    the next number of that list."""
    if not row.cells or not last.cells or _is_group_row(row.cells) or _is_group_row(last.cells):
        return False
    head, prev = row.cells[min(row.cells)].text, last.cells[min(last.cells)].text
    opens = LIST_MARKER_RE.match(prev) or numbered_items(prev)
    continues = not LIST_MARKER_RE.match(head) or bool(SUB_NUMBER_RE.match(head)) or _next_number(prev, head)
    return bool(opens) and continues and min(row.cells) == min(last.cells)


def _next_number(prev: str, head: str) -> bool:
    """``head`` opens the item that comes next in ``prev``'s numbered list.

    Only a cell holding a list of several numbered items counts: a single row
    number ("2.") followed by the next row's ("3.") is two rows, not one cut list.
    """
    items = numbered_items(prev)
    first = ITEM_NUMBER_RE.match(head.lstrip())
    return len(items) > 1 and first is not None and first["sub"] is None and int(first["n"]) == items[-1].number + 1


def _joined(a: Block, b: Block) -> Block:
    """Block ``a`` with ``b``'s text appended as PDF lines join (Thai to Thai
    without a space).  The result keeps ``a``'s place; its text runs past
    ``a``'s span in the document text, which an auditor finds at ``b``."""
    if not b.text:
        return a
    glue = "" if a.text and THAI_LETTER_RE.match(a.text[-1]) and THAI_LETTER_RE.match(b.text[0]) else " "
    text = (a.text + glue + b.text).strip()
    return a.model_copy(update={"text": text, "end": a.start + len(text)})


def join_fragment(previous: Table, rows: tuple[Row, ...]) -> tuple[Table, tuple[Row, ...]]:
    """Join a continuation table's first row into the previous table's last row when it is a fragment."""
    if not rows or not previous.rows or not _fragment_of(rows[0], previous.rows[-1]):
        return previous, rows
    last, frag = previous.rows[-1], rows[0]
    cells = dict(last.cells)
    for col, block in frag.cells.items():
        cells[col] = _joined(cells[col], block) if col in cells and col not in last.carried else block
    joined = replace(last, cells=cells)
    return replace(previous, rows=(*previous.rows[:-1], joined)), rows[1:]


def read_table(doc: Document, grid: Grid, inherited: Table | None = None) -> Table:
    """A grid read through its own header, or through ``inherited`` when it has none.

    A grid whose only header is a repeat of the inherited table's lower
    header row is read through the inherited header too.
    """
    header = find_header(grid)
    repeated = inherited is not None and bool(header) and _repeats_header(grid, header, inherited)
    if inherited is not None and (not header or repeated):
        last = inherited.rows[-1].cells if inherited.rows else None
        rows = body_rows(grid, header, inherited.columns, last)
        return Table(grid, header, inherited.columns, rows, inherited.title, continues=True, labels=inherited.labels)
    labels = spread_labels(grid, header) if header else {}
    columns = map_columns(labels)
    title = (*caption(doc, grid), *title_rows(grid, header))
    spread = {c: tuple(ls) for c, ls in labels.items() if ls}
    return Table(grid, header, columns, body_rows(grid, header, columns), title, labels=spread)


@dataclass(frozen=True)
class _ReadCache:
    """The tables last read, with the document and the block states they were read from."""

    doc: Document
    blocks: tuple[tuple[Block, dict], ...]
    tables: tuple[Table, ...]


_last_read: _ReadCache | None = None


def _block_states(doc: Document) -> tuple[tuple[Block, dict], ...]:
    """Each block with a copy of its fields: a cached read is reused only while
    the very same blocks, unchanged, are in the document."""
    return tuple((b, dict(b.__dict__)) for b in doc.blocks)


def _same_blocks(states: tuple[tuple[Block, dict], ...], blocks: list[Block]) -> bool:
    """The document holds the very blocks of ``states``, none changed since."""
    return len(states) == len(blocks) and all(x is b and fx == b.__dict__ for (x, fx), b in zip(states, blocks))


def read_tables(doc: Document) -> list[Table]:
    """Every table of the document, read through its header.

    Several extractors read the same document's tables in turn, so the last
    read is kept (with strong references, so no object id is reused) and given
    back while the document and its blocks are unchanged.
    """
    global _last_read
    last = _last_read
    if last is not None and last.doc is doc and _same_blocks(last.blocks, doc.blocks):
        return list(last.tables)
    states = _block_states(doc)
    tables = _read_tables(doc)
    _last_read = _ReadCache(doc, states, tuple(tables))
    return tables


def _read_tables(doc: Document) -> list[Table]:
    """Every table of the document, read through its header.

    A table right after a headed one with no more columns, and no header of
    its own (or only a repeat of the lower header row), is its continuation
    (a table broken across PDF pages): it is read with that header, and a
    first row that continues the last row of the page before is joined to it.
    """
    out: list[Table] = []
    for grid in grids(doc):
        previous = out[-1] if out else None
        continues = (
            previous is not None and bool(previous.columns)
            and grid.first.parent_table is None
            and grid.n_cols <= previous.grid.n_cols
            and _adjacent(doc, previous.grid, grid)
        )
        table = read_table(doc, grid, previous if continues else None)
        if table.continues and previous is not None:
            out[-1], rows = join_fragment(previous, table.rows)
            table = replace(table, rows=rows)
        out.append(table)
    return out


def _adjacent(doc: Document, a: Grid, b: Grid) -> bool:
    """No body text stands between the end of ``a`` and the start of ``b``."""
    last = max(x.order for x in a.cells.values())
    between = doc.blocks[last + 1: b.first.order]
    return all(x.kind in ("header", "footer") for x in between)


# --- typed values -----------------------------------------------------------------


def cell_number(text: str) -> float | None:
    """A cell holding one figure, with or without % / ร้อยละ ("85.5%" -> 85.5)."""
    return parse_number(PERCENT_MARK_RE.sub("", text))


def is_total_row(row: Row) -> bool:
    """The row's first non-empty cell says it is a total (รวม, รวมทั้งสิ้น, ...)."""
    texts = row.texts()
    return bool(texts) and any(p.search(fold(texts[0])) for p in _total_res())


def is_section_row(row: Row, table: Table) -> bool:
    """A row with one label across the table ("มาตรการที่ 1 ..."): a group, not data.

    Its only text (some parsers repeat a merged cell's text in every column it
    spans) stands in the row's first cell.
    """
    own = {c: b.text for c, b in row.cells.items() if b.text and c not in row.carried}
    return (
        table.grid.n_cols >= 3 and len(set(own.values())) == 1
        and min(own) == min(row.cells) and not is_total_row(row)
    )


# --- lines inside a cell ------------------------------------------------------------
# Word keeps a cell's paragraphs apart, but normalised text folds them into one
# line; the bullets and numbers that started them still mark where they began.

# A bullet that starts a line in a cell ("-ค่าอาหาร ... -ค่าอาหารว่าง ..."): a
# dash or dot at the start or after a space, followed by a letter (not a
# figure, so "5,000 - 6,000" is no bullet).
CELL_BULLET_RE = re.compile(r"(?:^|(?<=\s))[-–•·▪●○*]\s*(?=[^\W\d_])")

# A number that may start an item: "1." "1)" "1.." "(1)", or "1 " before a
# letter; "1.1" sub-numbers are told apart by their second part.  Not inside a
# longer figure, a decimal, a date or a reference ("ขก0032/ว.1609").
ITEM_NUMBER_RE = re.compile(
    r"(?<![\d.,/:\-])\(?(?P<n>\d{1,2})(?:\.(?P<sub>\d{1,2}))?"
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
