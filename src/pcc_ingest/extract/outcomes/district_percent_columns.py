"""A province's results by district, one measure per column, written as
percentages ("อำเภอ | กลุ่มเปราะบางได้รับการดูแลตาม Care Plan | ผู้สูงอายุ...
| ระดับ UCCARE | ผลการประเมิน" over "เมืองX | 86.46% | 86.81% | 3 | ผ่าน").

The header reader finds no roles there (the measures' names are no role
words), so the table reaches the outcomes with no columns, and its cells
were read as running text, named by their district only.  Each column whose
every body cell is a percentage written as such is a measure with no target
(`target_header_tables` reads them as it reads a table of counts over their
wholes); a column of levels or verdicts holds none.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.table_measures import written_percent
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Table

# A table needs this many measure columns of percentages to be read so.
MIN_MEASURES = 2


def percent_columns(table: Table) -> dict[int, float | None] | None:
    """The measure columns, each with no target, of a headerless table of
    districts whose cells in them are all written percentages, else ``None``."""
    grid = table.grid
    if table.columns or len(grid.rows) < 3:
        return None
    top = {b.col: b.text for b in grid.row_cells(grid.rows[0]) if b.text}
    if label_role(top.get(0, "")) != "district":
        return None
    cols = {}
    for col in (c for c in top if c):
        cells = [b.text for r in grid.rows[1:] for b in grid.row_cells(r) if b.col == col and b.text]
        if cells and all("%" in text and written_percent(text) is not None for text in cells):
            cols[col] = None
    return cols if len(cols) >= MIN_MEASURES else None
