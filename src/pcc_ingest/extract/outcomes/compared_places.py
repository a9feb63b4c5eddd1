"""A places breakdown measured against the KPI's target by the words after it.

A progress report gives a KPI's target once, in its results table
("ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง | ร้อยละ 70 | …"), then breaks the same
measure down by ตำบล in a years-by-places table that states no target, and
says under it how the places fared against it ("… ส่วนตำบลนาเพียงยังต่ำกว่า
ค่าเป้าหมายเล็กน้อย"), no figure given.  The text says the places were measured
against the KPI's target (gold/README.md, breakdown tables), so the table's
current-year figures take it; earlier years stay baselines with none.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import kpi_cover, same_figure
from pcc_ingest.extract.outcomes.note_row_targets import paragraph_under
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Document


@dataclass(frozen=True)
class _Breakdown:
    """A table's place columns: one measure, read by place."""

    table: int
    first: int  # the block order of its first cell
    measure: str


def _breakdown(table: Table) -> _Breakdown | None:
    """The measure a table's percent columns break down by place (each column
    labelled "<measure> <place>"), ``None`` when the table has no two such
    columns sharing one measure."""
    measures = {c.label[: -len(c.own)].strip() for c in table.columns
                if c.role == "percent" and c.own and c.label.endswith(c.own) and len(c.label) > len(c.own)}
    places = sum(c.role == "percent" and bool(c.own) for c in table.columns)
    if len(measures) != 1 or places < 2:
        return None
    first = min(b.order for b in table.grid.cells.values())
    return _Breakdown(table.grid.table, first, measures.pop())


def _compared(doc: Document, table: Table) -> bool:
    """The paragraph right under the table says its places met or missed the
    target and states no target figure of its own."""
    para = paragraph_under(doc, table)
    return para is not None and bool(rule_re("compared_places", "against_target").search(para.text))


def kpi_records(measure: str, table: int, first: int, tabled: list[OutcomeRecord],
                year: int | None) -> list[OutcomeRecord]:
    """The records of tables other than ``table`` and before its first block
    ``first`` giving ``measure`` a target in ``year``."""
    least = outcome_rules()["compared_places"]["measure_cover"]
    return [r for r in tabled if r.evidence.table not in (None, table) and r.evidence.block < first
            and r.target_pct is not None and r.year_be == year and kpi_cover(r.indicator, measure) >= least]


def _one_target(kpis: list[OutcomeRecord]) -> float | None:
    """The target all ``kpis`` share, ``None`` when they set none or two."""
    targets = [r.target_pct for r in kpis if r.target_pct is not None]
    return targets[0] if targets and all(same_figure(t, targets[0]) for t in targets) else None


def lend_compared_targets(
    doc: Document, tables: list[Table], tabled: list[OutcomeRecord], year: int | None
) -> list[OutcomeRecord]:
    """``tabled`` with each places breakdown that the text under it measures
    against the target given, for its ``year`` figures that state none, the
    target an earlier table sets for its measure."""
    lent: dict[int, tuple[float, list[OutcomeRecord]]] = {}
    for t in tables:
        found = _breakdown(t)
        if found is None or not _compared(doc, t):
            continue
        kpis = kpi_records(found.measure, found.table, found.first, tabled, year)
        target = _one_target(kpis)
        if target is not None:
            lent[found.table] = (target, kpis)
    return [r.model_copy(update={"target_pct": lent[r.evidence.table][0]}) if _lends(r, lent, year) else r
            for r in tabled]


def _lends(r: OutcomeRecord, lent: dict[int, tuple[float, list[OutcomeRecord]]], year: int | None) -> bool:
    """``r`` is a current-year figure of a breakdown given its KPI's target,
    and not the KPI's own result restated (the whole district's column giving
    the KPI row's figure: that record carries the target already)."""
    if r.evidence.table not in lent or r.target_pct is not None or r.value_pct is None or r.year_be != year:
        return False
    return not any(same_figure(k.value_pct, r.value_pct) for k in lent[r.evidence.table][1])
