"""A district's KPI table compared with wider levels (new in set 52):
"ตัวชี้วัด | ค่าเป้าหมาย | อำเภอวังทอง | ระดับจังหวัด | ระดับประเทศ".  The
header reader names the district's column by the district it names, as in a
findings table of districts, so the row's figures would be read as running
text, every level's alike.  The column naming the district holds the row's
result; the columns of the wider levels are comparisons, no outcome of the
district (RECORDS.md: the document's districts' results), and are left out.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Table, cell_number


def _figures_only(table: Table, col: int) -> bool:
    """Every body cell of ``col`` a figure or a gap ("รอข้อมูล", "-"), none a name."""
    cells = [r.cells[col].text for r in table.rows if col in r.cells and r.cells[col].text.strip()]
    return any(cell_number(t) is not None for t in cells) and all(
        cell_number(t) is not None or len(t.split()) == 1 for t in cells)


def compared_levels(table: Table) -> Table:
    """``table`` with its one district column read as the rows' results and
    its wider levels' columns left out, when it is a KPI table comparing the
    district with them; ``table`` itself otherwise."""
    districts = table.columns_of("district")
    level = rule_re("compared_levels", "level")
    levels = {col for col, labels in table.labels.items() if labels and level.match(labels[-1])}
    if (table.column("indicator") is None or len(districts) != 1 or not levels
            or not _figures_only(table, districts[0].col)):
        return table
    own = districts[0]
    kept = [Column(own.col, "result", own.label, own.year_be, own.own) if c is own else c
            for c in table.columns if c.col not in levels]
    return replace(table, columns=tuple(kept))
