"""Source group rows of budget tables.

A budget table may sort its lines by who pays: a row across the table
("แหล่งงบประมาณ: สสจ.X (งบ...)", "ที่มาของงบประมาณ กองทุน...") heads the
rows under it, down to the next such row.  Each line under it with no
funder of its own is paid by that source; the row itself is no line.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Row, Table, is_section_row


def group_source(table: Table, row: Row) -> str | None:
    """The funder a full-width group row names after a source label
    (``source.line``), else ``None``."""
    if not is_section_row(row, table):
        return None
    text = row.texts()[0] if row.texts() else ""
    m = rule_re("source.line").match(text.strip())
    return clean_source(text.strip()[m.end():]) if m else None


def group_sources(table: Table) -> dict[int, str]:
    """The source each body row (by index) takes from the group row above
    it, for rows under one."""
    out: dict[int, str] = {}
    current: str | None = None
    for row in table.rows:
        named = group_source(table, row)
        if named is not None:
            current = named
        elif current is not None:
            out[row.index] = current
    return out
