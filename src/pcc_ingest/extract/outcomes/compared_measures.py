"""A places-by-measures table whose measures the text under it holds against
the target one by one (new in set 51).

A progress report gives each KPI's target in its KPI table, then a table of
results by ตำบล, one column per measure ("ตำบล | ผู้สูงอายุ...ได้รับการดูแลตาม
Care Plan | ผู้ใช้ผู้เสพได้รับการบำบัด... | การสวมหมวกนิรภัย" over "96/102
(94.12)"), and under it says how some of the measures fared against the
target ("การดูแล...ตาม Care Plan ผ่านเกณฑ์ทุกตำบล ยกเว้น... ส่วนการสวมหมวก
นิรภัยยังต่ำกว่าเป้าหมายในตำบล...").  The places of a measure the text holds
against the target were measured by its KPI's target, so that measure's
figures take it; a measure the text does not compare keeps none (the
per-measure form of ``compared_places``).  The text may follow the table's
source line, a measure may span its own year columns, and a verdict may
write its bar ("ผ่านเกณฑ์ร้อยละ 80 จำนวน 8 ตำบล"; ``measure_bars``, set 53).
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, rule_re
from pcc_ingest.extract.outcomes.compared_places import kpi_records
from pcc_ingest.extract.outcomes.measure_bars import bar_fits, commentary_under, compared_bars, spanned_labels
from pcc_ingest.extract.outcomes.merging import same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Document

# A unit, a bracket or white space in a label: no words of a measure.
UNIT_WORDS = re.compile(r"ร้อย\s*ละ|%|คิดเป็น|\((?:คน|ราย|แห่ง|ครัวเรือน|หลังคาเรือน)\)|[\s()]")


def _labels(table: Table) -> dict[int, str]:
    """Each column's label in the table's first row, the first column (the
    places') left out, and so is a label naming a unit only ("ร้อยละ", "(คน)"):
    any clause and any KPI would seem to name it.  Nor is a before or after
    label ("ก่อนอบรม | หลังอบรม"): it names when, not what, was measured."""
    first = table.grid.rows[0] if table.grid.rows else None
    cells = table.grid.row_cells(first)[1:] if first is not None else []
    when = rule_re("before_after", "pair_label")
    return {b.col: b.text for b in cells if b.col is not None
            and len(UNIT_WORDS.sub("", b.text)) >= MIN_INDICATOR_CHARS and not when.match(b.text.strip())}


def compared_columns(text: str, labels: dict[int, str]) -> set[int]:
    """The columns whose measure a clause of ``text`` holds against the
    target: for each "ผ่านเกณฑ์" / "ต่ำกว่าเป้าหมาย", the column whose label
    the words since the previous one best hold (their bars left out)."""
    return set(compared_bars(text, labels))


def _kpi_target(label: str, first: int, table: int, records: list[OutcomeRecord], year: int | None) -> tuple[float, list[OutcomeRecord]] | None:
    """The one target earlier tables' records of the measure set in ``year``, with those records."""
    kpis = kpi_records(label, table, first, records, year)
    targets = {round(r.target_pct, 2) for r in kpis if r.target_pct is not None}
    return (targets.pop(), kpis) if len(targets) == 1 else None  # none, or two: no one target


def lend_measure_targets(
    doc: Document, tables: list[Table], records: list[OutcomeRecord], year: int | None
) -> list[OutcomeRecord]:
    """``records`` with the figures of each measure the text under its places
    table holds against the target given that measure's KPI target (not
    the KPI's own result restated by a total row)."""
    lent: dict[tuple[int | None, int | None], tuple[float, list[OutcomeRecord]]] = {}
    for t in tables:
        para = commentary_under(doc, t)  # past its source line ("ที่มา : ...")
        labels = spanned_labels(t, _labels(t))  # a measure over its year columns names each
        if para is None or len(set(labels.values())) < 2:
            continue
        first = min(b.order for b in t.grid.cells.values())
        for col, bar in compared_bars(para.text, labels).items():
            found = _kpi_target(labels[col], first, t.grid.table, records, year)
            if found is not None and bar_fits(bar, found[0]):
                lent[(t.grid.table, col)] = found
    return [r.model_copy(update={"target_pct": lent[(r.evidence.table, r.evidence.col)][0]})
            if _lends(r, lent, year) else r for r in records]


def _lends(r: OutcomeRecord, lent: dict[tuple[int | None, int | None], tuple[float, list[OutcomeRecord]]],
           year: int | None) -> bool:
    """``r`` is a current-year figure of a compared measure's column stating
    no target, and not the KPI's own result restated (a total row)."""
    key = (r.evidence.table, r.evidence.col)
    if key not in lent or r.target_pct is not None or r.value_pct is None or r.year_be != year:
        return False
    return not any(same_figure(k.value_pct, r.value_pct) for k in lent[key][1])
