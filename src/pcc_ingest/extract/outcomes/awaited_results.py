"""A results row whose every round still awaits its figure keeps its target.

A quarterly results table may give a KPI its target and nothing else yet:
"ร้อยละผู้พิการรายใหม่ได้รับการขึ้นทะเบียนและออกบัตร | ร้อยละ 100 |
อยู่ระหว่างดำเนินการ | รอข้อมูล" (a minutes' results by quarter), "… | ≥ 70% |
N/A".  No round gives a result, but the target is stated: a bare target of
the table's year (RECORDS.md: a bare target with no result yet has
``value_pct: null``).
"""

from __future__ import annotations

import re

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Row, cell_number

# The bound a target cell may open with ("≥ ร้อยละ 90", "ไม่น้อยกว่า 80%"):
# the figure after it is the target.
_BOUND = re.compile(r"^\s*(?:≥|>=|>|ไม่\s*(?:น้อย|ต่ำ)\s*กว่า)\s*")


def awaited_target(t: TableContext, row: Row, target: float | None, district: str | None,
                   indicator: str, year: int | None) -> list[OutcomeRecord]:
    """The row's bare target when its target cell states one and every round
    cell beside it is a gap ("อยู่ระหว่างดำเนินการ", "รอข้อมูล", "N/A", "-");
    [] otherwise."""
    bar = t.measure.cell(row, "target")
    rounds = [row.cells.get(c.col) for c in t.measure.columns if c.role == "year"]
    if bar is None or not rounds or year != t.year:
        return []
    gap = rule_re("table", "no_result_cell")
    if any(b is not None and b.text.strip() and not gap.match(b.text) for b in rounds):
        return []
    if target is None:
        target = cell_number(_BOUND.sub("", bar.text))
    if target is None:
        return []
    return [OutcomeRecord(indicator=indicator, district=district, value_pct=None, target_pct=target,
                          year_be=year, evidence=evidence(bar))]
