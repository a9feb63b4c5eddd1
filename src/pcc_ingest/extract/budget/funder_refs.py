"""Funders a table of sources gives the numbered activities its rows name.

A progress report's budget section may sum its money by source, each
source's row naming the activities it paid for ("กองทุนหลักประกันสุขภาพ
อบต.X (กิจกรรมที่ 2, 3) | 20,400 | 20,400 | 0"), over an activity table
that names no funder.  Such a row says who pays for those activities' lines
(and the cost lines itemising them), as a "แหล่งงบประมาณ: … (กิจกรรมที่ 2,
3)" line would.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.refs import activity_sources
from pcc_ingest.extract.budget.sources import SourceLine
from pcc_ingest.extract.tables import Table, is_total_row


def referenced_funder_lines(tables: list[Table]) -> list[SourceLine]:
    """A source line per row of a table's source column whose cell names a
    funder and the activities it funds; a total row names none."""
    out = []
    for table in tables:
        source = table.column("source")
        for row in table.rows if source is not None else []:
            cell = row.cells.get(source.col)
            if cell is None or is_total_row(row) or source.col in row.carried:
                continue
            if by_activity := activity_sources(cell.text):
                out.append(SourceLine(cell, None, by_activity))
    return out
