"""The row of a ตำบล breakdown that names the district itself (new in set 53).

A progress report's table of results by ตำบล may close with the district's
own row, named for it instead of "รวม" ("ตำบล | 2564 | 2565 | 2566" over
"ป่าก่อ ... | อำเภอX | 75.34 | 82.19 | 89.29"): the whole district's
figures, its total row, not a ตำบล called "อำเภอX".
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.tables import Row, Table


def names_whole_district(table: Table, row: Row) -> bool:
    """The row's ตำบล cell names a district ("อำเภอตัวอย่าง", "อ.ตัวอย่าง") in a
    table whose rows are ตำบล, with no district column."""
    if table.column("district") is not None:
        return False
    cell = table.cell(row, "subdistrict")
    return cell is not None and rule_re("district_rows", "district_named").match(cell.text) is not None
