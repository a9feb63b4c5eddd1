"""A budget's line items costed by unit ("รายการ | จำนวน | หน่วย | ราคาต่อหน่วย |
จำนวนเงิน"): every cell is a cost line, so a percentage written in one
("ค่าทรายกำจัดลูกน้ำยุงลาย (ทีมีฟอส 1%)", a product's strength) is no
result or target, and running text must not read it as one."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import outcome_rules
from pcc_ingest.extract.table_model import Table


def cost_cells(tables: list[Table]) -> set[int]:
    """The block orders of every cell of the tables whose header reads all
    the roles of a costed line-item list (``cost_table.roles``)."""
    roles = set(outcome_rules()["cost_table"]["roles"])
    return {b.order for t in tables if roles <= {c.role for c in t.columns} for b in t.grid.cells.values()}
