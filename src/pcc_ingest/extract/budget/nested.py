"""Budget tables nested in a budget table's cell, read as budget tables.

A district row may hold its cost lines as a small table of its own inside
the row's budget cell ("ด่านชุมชน 18 จุด (18x7x300) | 37,800" over "รวม |
73,800"), with no header: the parent's budget column says what it holds.
Its column of figures is the amount column and its column of words the
detail column, and its lines are placed with the parent table (a source
line under the parent funds them all) and read as its row gives them
(``held_items``).  A PDF reader may instead spill such
a table into columns right of the parent's budget column that no header
names (past the source column or before it), the parent's budget cell left
empty but for a "ไม่ใช้งบประมาณ" note or the grand total: those columns are
read as its detail and amount columns.  A "รวม" of a nested or spilled table totals one cell's
lines, never the document (``whole_tables``).
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.bare import row_counts, row_source, with_bare
from pcc_ingest.extract.budget.rules import rule_any
from pcc_ingest.extract.budget.table_kinds import is_budget_table
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_pages import adjacent
from pcc_ingest.extract.table_rows import body_rows, is_total_row
from pcc_ingest.extract.tables import Column, Row, Table, cell_number
from pcc_ingest.model import Document


def _holder_role(doc: Document, table: Table, parent: Table) -> str | None:
    """The role of the parent's column whose cell holds ``table``: the
    parent cell last laid out before the nested table's first cell."""
    first = min(b.order for b in table.grid.cells.values())
    cell = next((b for b in reversed(doc.blocks[:first])
                 if b.kind == "table_cell" and b.table == parent.grid.table), None)
    if cell is None:
        return None
    return next((c.role for c in parent.columns if c.col == cell.col), None)


def _is_figures(texts: list[str]) -> bool:
    """A column of amounts: every filled cell a figure or a dash (no money)."""
    filled = [t.strip() for t in texts if t.strip()]
    return bool(filled) and all(t in ("-", "–") or cell_number(t) is not None for t in filled)


def _pair_roles(grid_texts: dict[int, list[str]]) -> dict[int, str] | None:
    """Roles of a nested table's columns: figures the amount, words the
    detail, one of each (detail first); None for any other shape."""
    roles = {c: "budget_amount" if _is_figures(ts) else "budget_detail" for c, ts in grid_texts.items()}
    ordered = [roles[c] for c in sorted(roles)]
    return roles if ordered == ["budget_detail", "budget_amount"] else None


def _holds_lines(row: Row, text: str) -> bool:
    """The budget column's own cell holds a row's lines: not empty, not the
    grand total row's figure, not a note that the row spends nothing
    ("ไม่ใช้งบประมาณ (ใช้งบปกติ)", ``source.empty``)."""
    text = text.strip()
    return bool(text) and not is_total_row(row) \
        and not rule_any("source.empty").search(text)


def _spilled(table: Table) -> Table | None:
    """``table`` read with the budget lines a PDF reader spilled right of
    its budget column into columns no header names, when that column's own
    cells are empty."""
    holder = table.column("budget_amount") or table.column("budget_detail")
    if holder is None or not table.columns:
        return None
    named = {c.col for c in table.columns}
    extra: dict[int, list[str]] = {}
    for row in table.rows:
        if (own := row.cells.get(holder.col)) is not None and _holds_lines(row, own.text):
            return None
        for c, b in row.cells.items():
            if c > holder.col and c not in named and b.text.strip():
                extra.setdefault(c, []).append(b.text)
    roles = _pair_roles(extra) if extra else None
    if roles is None:
        return None
    columns = tuple(c for c in table.columns if c.col != holder.col) + tuple(
        Column(c, role, holder.label) for c, role in sorted(roles.items()))
    return replace(table, columns=columns, rows=body_rows(table.grid, table.header_rows, columns))


def nested_budget_tables(doc: Document, tables: list[Table]) -> dict[int, Table]:
    """Headerless tables nested in a budget cell of a budget table, read with
    an amount column (figures) and a detail column (words), by the index of
    their table in ``tables``; the parent's run places them (``parent_of``)."""
    by_index = {t.grid.table: t for t in tables}
    out: dict[int, Table] = {}
    for k, table in enumerate(tables):
        parent = by_index.get(table.grid.first.parent_table)
        if table.columns or parent is None or not is_budget_table(parent) \
                or _holder_role(doc, table, parent) not in ("budget_amount", "budget_detail"):
            continue
        grid = table.grid
        roles = _pair_roles({c: [b.text for (_, col), b in grid.cells.items() if col == c]
                             for c in range(grid.n_cols)})
        if roles is None:
            continue
        columns = tuple(Column(c, role, "") for c, role in roles.items())
        out[k] = replace(table, columns=columns, rows=body_rows(grid, (), columns))
    return out


def spilled_budget_tables(doc: Document, tables: list[Table]) -> dict[int, Table]:
    """Budget tables whose cells' lines a PDF reader spilled into unnamed
    columns, read through those columns (``_spilled``), by index; one right
    after the last such table, no body text between (its next page's piece),
    goes on with it."""
    out: dict[int, Table] = {}
    for k, table in enumerate(tables):
        if not is_budget_table(table) or (read := _spilled(table)) is None:
            continue
        before = out[max(out)] if out else None
        if before is not None and before.columns == read.columns and adjacent(doc, before.grid, read.grid):
            read = replace(read, continues=True)
        out[k] = read
    return out


def whole_tables(tables: list[Table], nested: dict[int, Table], spilled: dict[int, Table]) -> list[Table]:
    """The budget tables whose total rows may total the document: no nested
    table, and no total row of a spilled table's detail column."""
    out = []
    for k, table in enumerate(tables):
        if k in nested or not is_budget_table(table):
            continue
        detail = table.column("budget_detail") if k in spilled else None
        out.append(table if detail is None else replace(table, rows=tuple(
            r for r in table.rows
            if not (is_total_row(r) and min(c for c, b in r.cells.items() if b.text) >= detail.col))))
    return out


def holder_row(table: Table, parent: Table) -> Row | None:
    """The parent row whose budget cell holds ``table``: the row of the
    parent cell laid out last before the nested table's first cell."""
    first = min(b.order for b in table.grid.cells.values())
    before = [(b.order, row) for row in parent.rows for b in row.cells.values() if b.order < first]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def held_items(items: list[BudgetItemRecord], parent: Table, row: Row | None) -> list[BudgetItemRecord]:
    """Lines of a table nested in ``row``'s budget cell, as that row gives
    them: paid by the funder its source cell names ("1 | โครงการ... |
    [lines] | สสจ.X (งบ...)"), and a bare product ("ค่าอาหารว่าง
    (25x60x2)") told apart by the counts the row states ("อบรม... 60 คน")."""
    if row is None:
        return items
    funder = row_source(parent, row)
    counts = row_counts(row.cells)
    return [with_bare(i if i.source or not funder else i.model_copy(update={"source": funder}),
                      i.evidence.text, counts) for i in items]


def parent_of(table: Table, tables: list[Table]) -> int | None:
    """The index in ``tables`` of the table whose cell holds ``table``."""
    parent = table.grid.first.parent_table
    return next((k for k, t in enumerate(tables) if parent is not None and t.grid.table == parent), None)


def held_subtotals(rows: list[tuple[Table, Row, list[BudgetItemRecord]]],
                   held: dict[int, Row | None]) -> list[tuple[Table, Row, list[BudgetItemRecord]]]:
    """``rows`` (each row of a table run with its table and lines, ``held``
    the holder row of each nested table by the table's ``id``) without a
    holder row's own line that the lines of the table nested in its cell add
    up to: Word's row "3. อบรม… | [lines] | 11,400" states their subtotal."""
    sums: dict[int, float] = {}
    for table, _, items in rows:
        if (holder := held.get(id(table))) is not None:
            sums[id(holder)] = sums.get(id(holder), 0.0) + sum(i.amount_baht for i in items)
    return [(table, row, [i for i in items if id(row) not in sums or abs(i.amount_baht - sums[id(row)]) >= 0.5])
            for table, row, items in rows]
