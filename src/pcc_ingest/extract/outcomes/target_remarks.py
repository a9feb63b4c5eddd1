"""Targets a remark after a results table states for the table's results.

Minutes and progress reports discuss a results table after it: "ผลการสวม
หมวกนิรภัยยังต่ำกว่าค่าเป้าหมายของจังหวัด (ร้อยละ 80)", "การคัดแยกขยะ ... ยัง
ไม่ถึงเป้าหมายร้อยละ 85".  Such a bare target is the target of the one
result above that shares its subject: a target and a result for the same
subject and year are one record (RECORDS.md).
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.merging import same_subject
from pcc_ingest.extract.records import OutcomeRecord


def _remarked(target: OutcomeRecord, tabled: list[OutcomeRecord]) -> int | None:
    """The index of the one untargeted table result, above the bare target
    and of its district and year, whose subject the target's words share;
    ``None`` when none or several do (a remark naming no one row)."""
    if target.value_pct is not None or target.target_pct is None or target.evidence.table is not None:
        return None
    found = [
        i for i, o in enumerate(tabled)
        if o.value_pct is not None and o.target_pct is None and o.evidence.block < target.evidence.block
        and (o.district, o.year_be) == (target.district, target.year_be)
        and same_subject(o.indicator, target.indicator)
    ]
    return found[0] if len(found) == 1 else None


def lend_remark_targets(
    prose: list[OutcomeRecord], tabled: list[OutcomeRecord]
) -> tuple[list[OutcomeRecord], list[OutcomeRecord]]:
    """(prose, tabled) with each bare target a remark states for one table
    result given to that result, and dropped from the running text."""
    tabled = list(tabled)
    kept: list[OutcomeRecord] = []
    for p in prose:
        i = _remarked(p, tabled)
        if i is None:
            kept.append(p)
            continue
        tabled[i] = tabled[i].model_copy(update={"target_pct": p.target_pct})
    return kept, tabled
