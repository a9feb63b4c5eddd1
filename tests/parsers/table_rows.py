"""Top-level table rows of a parsed file as lists of cell texts, for parser tests that compare rows."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.parsers import parse


def rows_of(path: Path) -> list[list[str]]:
    """Each top-level table row of ``path``, its cells' text in column order."""
    rows: dict[tuple[int, int], dict[int, str]] = {}
    for b in parse(path).body():
        if b.kind == "table_cell" and b.parent_table is None:
            rows.setdefault((b.table, b.row), {})[b.col] = b.text
    return [[cells[c] for c in sorted(cells)] for _, cells in sorted(rows.items())]
