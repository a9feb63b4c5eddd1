"""Results by district, one column per measure, set against an earlier
table of each district's indicators and targets (new in set 52).

A provincial report first lists each district's indicators and targets
("อำเภอ | ประเด็น | ตัวชี้วัด | ค่าเป้าหมาย" over "… | ร้อยละของครัวเรือนที่มี
การคัดแยกขยะต้นทาง | ≥ 80%"), then reports the results with districts as
rows and measures as columns, each column named in shorter words ("ครัวเรือน
คัดแยกขยะต้นทาง (ครัวเรือน)" over "29,870/38,410 (77.77)").  A column whose
words all stand, in order, in an earlier indicator measures that indicator:
its figures take the indicator's name, and the district that set the
target for it has one record, its result against that target.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.merging import kpi_cover
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table, fold

# A bracket in a column's label: its unit ("(คน)") or its target ("(เกณฑ์ ≥ 50%)").
BRACKET_RE = re.compile(r"\([^()]*\)")

# A column label shorter than this (white space removed) names no measure ("อำเภอ").
MIN_CHARS = 10

# The share of a column label's words an earlier indicator must hold, in order.
LEAST_COVER = 0.9


def _labels(tables: dict[int, Table], record: OutcomeRecord) -> list[str]:
    """The labels over the record's cell that may name a measure, without brackets."""
    table = tables.get(record.evidence.table) if record.evidence.table is not None else None
    if table is None or record.evidence.col is None:
        return []
    col = record.evidence.col
    labels = table.labels.get(col, ())
    if not labels:  # a table read cell by cell: the header rows over the cell, or its first row
        header = table.header_rows or table.grid.rows[:1]
        labels = tuple(b.text for r in header if (b := table.grid.cells.get((r, col))) is not None)
    parts = (fold(BRACKET_RE.sub("", p)) for p in labels)
    return [p for p in parts if len(p) >= MIN_CHARS]


def _measured(labels: list[str], target: OutcomeRecord) -> float:
    """How fully the best of ``labels`` stands in the target's indicator."""
    return max((kpi_cover(target.indicator, label) for label in labels), default=0.0)


def lend_kpi_columns(tables: list[Table], tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``tabled`` with each district's result in a measure column named by
    the earlier bare target whose indicator the column's label stands in,
    and joined to the one of its own district and year; only where the
    earlier targets are set by several districts (a province's report)."""
    by_index = {t.grid.table: t for t in tables}
    targets = [i for i, o in enumerate(tabled) if o.value_pct is None and o.target_pct is not None
               and o.evidence.table is not None and o.district is not None]
    if len({tabled[j].district for j in targets}) < 2:
        return tabled  # one district's document: its table by ตำบล names its columns its own way
    out = list(tabled)
    dropped: set[int] = set()
    for i, result in enumerate(tabled):
        if result.value_pct is None or result.district is None or result.evidence.table is None:
            continue
        labels = _labels(by_index, result)
        if not labels:
            continue
        found = [(cover, j) for j in targets if (tabled[j].evidence.table or 0) < result.evidence.table
                 and tabled[j].year_be == result.year_be
                 and (cover := _measured(labels, tabled[j])) >= LEAST_COVER]
        if not found:
            continue
        best = max(cover for cover, _ in found)
        own = [j for cover, j in found if cover == best and tabled[j].district == result.district
               and j not in dropped and result.target_pct in (None, tabled[j].target_pct)]
        if len(own) == 1:
            target = tabled[own[0]]
            out[i] = result.model_copy(update={"indicator": target.indicator, "target_pct": target.target_pct})
            dropped.add(own[0])
            continue
        named = {tabled[j].indicator for cover, j in found if cover == best}
        if len(named) == 1 and result.target_pct is None:
            out[i] = result.model_copy(update={"indicator": named.pop()})
    return [o for j, o in enumerate(out) if j not in dropped]
