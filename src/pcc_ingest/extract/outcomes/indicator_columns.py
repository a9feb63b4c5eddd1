"""An indicator column headed with its targets in brackets ("ตัวชี้วัด
(ค่าเป้าหมาย)" over "ครัวเรือนคัดแยกขยะต้นทาง (ไม่น้อยกว่าร้อยละ 80)"): the
header reader names it by its last words, a target column, but its cells
name the indicators, each with its row's target in brackets, so a results
table reads it as the indicator column.  Its own label decides when a group
label spans it ("ผลลัพธ์ตัวชี้วัด" over "ตัวชี้วัด (ค่าเป้าหมาย) | ผลงาน ปี 2567").
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Table


def indicator_columns(table: Table) -> Table:
    """``table`` with a target column headed as indicators with their
    targets made its indicator column (unchanged when it has none, or has an
    indicator column already)."""
    if table.column("indicator") is not None:
        return table
    label = rule_re("table", "indicator_with_target")
    columns = tuple(replace(c, role="indicator") if c.role == "target" and (label.match(c.label) or label.match(c.own))
                    else c for c in table.columns)
    return table if columns == table.columns else replace(table, columns=columns)
