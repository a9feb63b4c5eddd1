"""A district's results by issue, set against an earlier table of its
issues, indicators and targets (new in set 50).

An inspection report lists each district's issues with the indicator and
the target it set ("อำเภอ | ประเด็น | ตัวชี้วัด | ค่าเป้าหมาย", "1) การดูแล
ผู้สูงอายุระยะยาว … | ร้อยละของผู้สูงอายุ…ตาม Care Plan | ≥ 90%"), then reports
the results by issue in a later table ("อำเภอ | ประเด็น / ตัวชี้วัด | ผลการ
ดำเนินงาน" over "การดูแลผู้สูงอายุระยะยาว … | ร้อยละ 95.70 (356/372 คน)").  The
later row names the issue, not the indicator, and states no target: it is
the result of the earlier row of its district naming the same issue, so the
two are one record, named by that row's indicator and taking its target.
An issue with no result yet ("รอข้อมูล", "N/A") keeps its bare target.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table, fold

# A list marker before an issue in its cell ("1) ", "2. ", "๒) "): the
# targets table numbers each district's issues, the results table does not.
MARKER_RE = re.compile(r"^\s*(?:[\d๐-๙]{1,2}\s*[.)]|[-•·])\s*")

# The columns whose cells name a row's issue or indicator.
SUBJECT_ROLES = frozenset({"issue", "indicator"})

# A subject shorter than this (white space removed) names no issue.
MIN_CHARS = 6


def _subjects(tables: dict[int, Table], record: OutcomeRecord) -> frozenset[str]:
    """The issue and indicator cells of the record's table row, folded and
    without their list marker; none for a record read outside a table."""
    table = tables.get(record.evidence.table) if record.evidence.table is not None else None
    if table is None:
        return frozenset()
    cols = {c.col for c in table.columns if c.role in SUBJECT_ROLES}
    row = next((r for r in table.rows if r.index == record.evidence.row), None)
    if row is None:
        return frozenset()
    texts = (fold(MARKER_RE.sub("", row.cells[c].text)) for c in cols if c in row.cells)
    return frozenset(t for t in texts if len(t) >= MIN_CHARS)


def lend_issue_targets(tables: list[Table], tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``tabled`` with each untargeted result whose row names an issue that
    one bare target of its district and year, read from an earlier table,
    names too: the two made one record, the target's indicator and figure
    kept, the result's figure and place."""
    by_index = {t.grid.table: t for t in tables}
    out = list(tabled)
    dropped: set[int] = set()
    for i, result in enumerate(tabled):
        if result.value_pct is None or result.target_pct is not None:
            continue
        named = _subjects(by_index, result)
        if not named:
            continue
        found = [
            j for j, o in enumerate(out)
            if j not in dropped and o.value_pct is None and o.target_pct is not None
            and o.evidence.table is not None and o.evidence.table < (result.evidence.table or 0)
            and (o.district, o.year_be) == (result.district, result.year_be)
            and named & _subjects(by_index, o)
        ]
        if len(found) != 1:
            continue
        target = out[found[0]]
        out[i] = result.model_copy(update={"indicator": target.indicator, "target_pct": target.target_pct})
        dropped.add(found[0])
    return [o for j, o in enumerate(out) if j not in dropped]
