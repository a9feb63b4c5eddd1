"""Build small real .docx files for extractor edge-case tests (python-docx, saved to disk)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.table import Table


def write_docx(path: Path, paragraphs: Sequence[str] = (), rows: Sequence[Sequence[str]] = (),
               merges: Sequence[tuple[int, int, int, int]] = (), after: Sequence[str] = ()) -> Path:
    """Paragraphs, then a table (a cell's lines become its paragraphs), then more paragraphs.

    ``merges`` are (r0, c0, r1, c1) cell ranges merged as Word merges them, keeping the first
    cell's text.
    """
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        add_table(document, rows, merges)
    for text in after:
        document.add_paragraph(text)
    document.save(path)
    return path


def add_table(document: DocxDocument, rows: Sequence[Sequence[str]],
              merges: Sequence[tuple[int, int, int, int]] = ()) -> Table:
    """Append a table of ``rows`` to ``document`` (a cell's lines become its paragraphs), for
    tests that interleave several tables with paragraphs; ``merges`` as in ``write_docx``."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            lines = value.split("\n")
            table.cell(r, c).text = lines[0]
            for line in lines[1:]:
                table.cell(r, c).add_paragraph(line)
    for r0, c0, r1, c1 in merges:
        keep = len(table.cell(r0, c0).paragraphs)
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        for extra in merged.paragraphs[keep:]:
            extra._p.getparent().remove(extra._p)
    return table


def write_parts(path: Path, parts: Sequence[str | Sequence[Sequence[str]]],
                merges: dict[int, Sequence[tuple[int, int, int, int]]] | None = None) -> Path:
    """Paragraphs (strings) and tables (sequences of rows) in the order given; the n-th table is
    merged as ``merges[n]`` says (as in ``write_docx``)."""
    document = docx.Document()
    tables = 0
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
        else:
            add_table(document, part, (merges or {}).get(tables, ()))
            tables += 1
    document.save(path)
    return path
