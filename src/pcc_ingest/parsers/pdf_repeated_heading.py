"""Find the heading rows a table repeats at the top of the page it runs on to.

Word and LibreOffice repeat a table's heading rows on every page the table
reaches, but the repeat is not always read like the first: a heading row of
fixed height leaves a heading cell's wrapped last line ("งบประมาณ" over
"(บาท)") outside its box, so the reader finds that line in the row below the
heading, beside that row's own text (often the rest of a row the page break
cut).  Those wrapped ends go back to their heading cells, so the heading is
recognised and the row below keeps only its own text.
"""

from __future__ import annotations

from pcc_ingest.parsers.pdf_row_numbers import COLUMN_TOLERANCE
from pcc_ingest.parsers.pdf_running_lines import running_key
from pcc_ingest.parsers.pdf_tables import Cell, Table
from pcc_ingest.parsers.pdf_text import join_lines


def repeated_heading_cells(upper: Table, lower: Table) -> list[Cell]:
    """The cells of ``lower``'s leading rows that repeat ``upper``'s leading rows (at least one body row left).

    Rows compare by their non-empty texts, spaces and figures aside (pdfium
    may read "( บาท)" on one page and "(บาท)" on the next; a page number in
    a heading row changes): the grid below may be cut into more columns than
    the one above when other rows there split cells.  A heading cell below
    may read short of its twin above when the row after the heading holds,
    inside the cell's edges, exactly the words it misses (``_restore_wrapped_ends``).
    """
    upper_rows, lower_rows = upper.rows(), lower.rows()
    repeated = whole = 0  # rows matched; rows matched before any heading cell read short
    short: list[tuple[Cell, str]] = []  # heading cells below that read short, with the key they miss
    while repeated < min(len(upper_rows), len(lower_rows) - 1):
        below, above = _filled(lower, lower_rows[repeated]), _filled(upper, upper_rows[repeated])
        keys = [(running_key(b.text), running_key(a.text)) for b, a in zip(below, above)]
        if not below or len(below) != len(above) or not all(a.startswith(b) for b, a in keys):
            break
        short += [(cell, a[len(b):]) for cell, (b, a) in zip(below, keys) if a != b]
        repeated += 1
        whole = repeated if not short else whole
    if short and not _restore_wrapped_ends(short, [c for c in lower.cells if c.row == lower_rows[repeated]]):
        repeated = whole
    heading = lower_rows[:repeated]
    if short and repeated > whole and not any(c.text for c in lower.cells if c.row == lower_rows[repeated]):
        heading = lower_rows[: repeated + 1]  # the row held nothing but the heading's wrapped ends
    return [c for c in lower.cells if c.row in heading]


def _filled(table: Table, row: int) -> list[Cell]:
    return sorted((c for c in table.cells if c.row == row and c.text), key=lambda c: c.box[0])


def _restore_wrapped_ends(short: list[tuple[Cell, str]], next_row: list[Cell]) -> bool:
    """Move into each short heading cell the words it misses, found in ``next_row`` within its edges.

    Every short cell must find exactly its missing words there (spaces and
    figures aside), or nothing moves and False is returned: words that only
    look like a heading's end are a body row's own.
    """
    found: list[tuple[Cell, list[Cell]]] = []
    for heading, missing in short:
        inside = [
            c for c in sorted(next_row, key=lambda c: c.box[0])
            if c.text
            and c.box[0] >= heading.box[0] - COLUMN_TOLERANCE
            and c.box[2] <= heading.box[2] + COLUMN_TOLERANCE
        ]
        if "".join(running_key(c.text) for c in inside) != missing:
            return False
        found.append((heading, inside))
    for heading, inside in found:
        heading.text = join_lines([heading.text, *(c.text for c in inside)])
        for cell in inside:
            cell.text = ""
    return True
