"""Whose issues a nested table holds: the district of the outer table's row it stands in.

A provincial summary may give each district's issues as a small table
("ประเด็น | U | C | C | A | R | E") set in the district's row of an outer
table ("อำเภอ | ประเด็นที่เลือก… | สรุปผล").  The nested table names no
district; its rows are the outer row's.  A PDF flattens such a table into
the outer one: the nested header ("ประเด็น") then stands in the district's
row and the issues in the rows below it, in the same column.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block, Document


def outer_districts(doc: Document, province: str | None) -> dict[int, str | None]:
    """For each nested table, the district of the outer row that holds it (``None`` when the row names none).

    Parsers emit a nested table's cells right after the outer cell that holds
    it, so the outer table's last cell read before the nested one gives the
    row.  A row without a district cell (Word reads a vertically merged cell
    once) continues the district of the rows above.
    """
    cells: dict[int, list[Block]] = {}
    anchors: dict[int, tuple[int, int]] = {}  # nested table -> (outer table, outer row)
    for block in doc.blocks:
        if block.table is None or block.kind != "table_cell":
            continue
        if block.table not in cells and block.parent_table is not None and cells.get(block.parent_table):
            anchors[block.table] = (block.parent_table, cells[block.parent_table][-1].row or 0)
        cells.setdefault(block.table, []).append(block)
    return {
        table: _row_district(cells[outer], row, province) for table, (outer, row) in anchors.items()
    }


def _row_district(cells: list[Block], row: int, province: str | None) -> str | None:
    """The district named alone in a cell of ``row`` or, failing that, of the nearest row above."""
    for r in range(row, 0, -1):  # row 0 is the header
        for c in sorted((c for c in cells if c.row == r), key=lambda c: c.col or 0):
            if (code := _named(c, province)) is not None:
                return code
    return None


def flattened_header(cell: Block) -> bool:
    """Whether a cell holds nothing but a nested issue table's header ("ประเด็น")."""
    return bool(compiled(issue_rules()["table"]["nested_header"]).match(cell.text))


def flattened_columns(
    rows: list[dict[int, Block]], issue_cols: frozenset[int], district_col: int | None, province: str | None
) -> frozenset[int]:
    """Columns where a PDF flattened a nested issue table: its header alone in a row that names a district."""
    if district_col is None:
        return frozenset()
    return frozenset(
        col for row in rows if district_col in row and _named(row[district_col], province) is not None
        for col, cell in row.items() if col not in issue_cols and col != district_col and flattened_header(cell)
    )


def _named(cell: Block, province: str | None) -> str | None:
    """The district a cell names when it holds nothing else."""
    lead = district_at_start(cell.text, province) if cell.text else None
    return lead[0] if lead is not None and not cell.text[lead[2]:].strip() else None
