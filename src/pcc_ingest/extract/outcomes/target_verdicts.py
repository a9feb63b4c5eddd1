"""Results judged against "the target" in words, with no figure: the KPI's.

A report states its KPI with a target ("ตัวชี้วัด ร้อยละของอำเภอที่มี พชอ.
ที่มีคุณภาพ ค่าเป้าหมาย ร้อยละ 80") and later its result in other words,
saying only that it meets or misses the target ("อำเภอผ่านเกณฑ์ระดับ 3
ขึ้นไปทุกองค์ประกอบ ... คิดเป็นร้อยละ 81.82 ผ่านค่าเป้าหมาย").  The verdict
names no figure, so the target it means is the one stated before: the
result is that KPI's, one record named by the KPI with its target.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.summary_lines import summary_kpi
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def judges_target(after: str) -> bool:
    """Whether the words right after a result judge it against a target
    they do not state ("ผ่านค่าเป้าหมาย", "สูงกว่าเกณฑ์เป้าหมาย")."""
    return rule_re("summary", "verdict").match(after) is not None


def join_verdicts(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A running-text result with no target, judged against "the target"
    right after its figure, takes the name and target of the nearest KPI
    (a bare target of its district and year) stated before it, which is
    then spent."""
    out = list(records)
    spent: set[int] = set()
    for j, r in enumerate(out):
        if r.value_pct is None or r.target_pct is not None or r.evidence.table is not None:
            continue
        if not judges_target(doc.blocks[r.evidence.block].text[r.evidence.end:]):
            continue
        i = summary_kpi(out, j, spent)
        if i is not None:
            out[j] = r.model_copy(update={"indicator": out[i].indicator, "target_pct": out[i].target_pct})
            spent.add(i)
    return [r for i, r in enumerate(out) if i not in spent]
