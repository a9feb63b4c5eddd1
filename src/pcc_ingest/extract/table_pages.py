"""Tables broken across PDF pages: which table goes on from the one before, and rows cut by the break.

A headerless table (or one that only repeats the lower header row) right
after a headed one is read through that header, and a first row that is
the rest of the page's last row is joined to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.table_cell_lines import ITEM_NUMBER_RE, numbered_items
from pcc_ingest.extract.table_model import Grid, Row, Table, fold
from pcc_ingest.extract.table_rows import is_group_row, is_total_row
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import LIST_MARKER_RE

# A sub-item number opening a cell ("1.1 ประชุม..."): the rest of item 1 when
# the cell before ended in item 1, else a row of its own ("6.3" after "6.2").
SUB_NUMBER_RE = re.compile(r"^\s*(?P<n>\d{1,2})\.\d{1,2}\s")

# A Thai letter or mark: lines of Thai text join without a space.
THAI_LETTER_RE = re.compile("[\u0e01-\u0e4e]")


def repeats_header(grid: Grid, header: tuple[int, ...], previous: Table) -> bool:
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
    if not row.cells or not last.cells or is_group_row(row.cells) or is_group_row(last.cells):
        return False
    at, was = _lead(row), _lead(last)
    if at is None or at != was:
        return False
    head, prev = row.cells[at].text, last.cells[was].text
    opens = LIST_MARKER_RE.match(prev) or numbered_items(prev)
    continues = not LIST_MARKER_RE.match(head) or sub_item_of(prev, head) or _next_number(prev, head)
    return bool(opens) and continues


def _label_rest(rows: tuple[Row, ...], last: Row) -> bool:
    """A table's first row is the rest of the previous page's last row's label
    though it looks like a group row: one unnumbered label alone in the column
    where the last row opened a numbered item ("3. หมู่บ้านจัดการขยะ" then
    "ต้นทางผ่านเกณฑ์", its figures all on the page before), and nothing
    follows it but the next numbered row, or no row at all: a group heads rows."""
    row = rows[0]
    at, was = _lead(row), _lead(last)
    if at is None or at != was or not is_group_row(row.cells) or is_group_row(last.cells):
        return False
    head, prev = row.cells[at].text, last.cells[was].text
    if is_total_row(row) or LIST_MARKER_RE.match(head):
        return False
    opened = ITEM_NUMBER_RE.match(prev.lstrip())
    if opened is None or len(last.texts()) < 2:
        return False
    after = rows[1].cells.get(at) if len(rows) > 1 else None
    following = ITEM_NUMBER_RE.match(after.text.lstrip()) if after is not None else None
    return len(rows) == 1 or (following is not None and int(following["n"]) == int(opened["n"]) + 1)


def _lead(row: Row) -> int | None:
    """The first column a row fills itself: a cell carried down from a merged
    cell above (the issue cell over a plan's rows) or left empty on the new
    page (the rest of that issue cell) does not open the row."""
    return next((c for c in sorted(row.cells) if c not in row.carried and row.cells[c].text.strip()), None)


def sub_item_of(prev: str, head: str) -> bool:
    """``head`` opens a sub-item of the last numbered item of ``prev`` ("1.2
    ..." after "1. ประชุม ... 1.1 ..."); a sibling of a sub-numbered row ("6.3
    ด่านชุมชน" after "6.2 อบรม") is the next row, not the rest of this one."""
    sub = SUB_NUMBER_RE.match(head)
    items = numbered_items(prev)
    return sub is not None and bool(items) and int(sub["n"]) == items[-1].number


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
    if not rows or not previous.rows or not (
            _fragment_of(rows[0], previous.rows[-1]) or _label_rest(rows, previous.rows[-1])):
        return previous, rows
    last, frag = previous.rows[-1], rows[0]
    cells = dict(last.cells)
    for col, block in frag.cells.items():
        if (col in last.carried and not block.text) or col in frag.carried:
            continue  # the empty rest of a merged cell, or a copy carried down from the row it goes on, adds nothing
        cells[col] = _joined(cells[col], block) if col in cells and col not in last.carried else block
    joined = replace(last, cells=cells)
    return replace(previous, rows=(*previous.rows[:-1], joined)), rows[1:]


def adjacent(doc: Document, a: Grid, b: Grid) -> bool:
    """No body text stands between the end of ``a`` and the start of ``b``."""
    last = max(x.order for x in a.cells.values())
    between = doc.blocks[last + 1: b.first.order]
    return all(x.kind in ("header", "footer") for x in between)
