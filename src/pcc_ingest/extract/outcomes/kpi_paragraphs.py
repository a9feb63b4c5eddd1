"""A KPI stated with its target and then its results in one paragraph
("ตัวชี้วัด ร้อยละของอำเภอที่มี พชอ. ที่มีคุณภาพ กำหนดเป้าหมายไม่น้อยกว่า
ร้อยละ 80 ผลการดำเนินงานปี 2568 อำเภอผ่านเกณฑ์ 10 อำเภอ ... คิดเป็นร้อยละ
90.91 (ปี 2566 ร้อยละ 81.82 ...)"): the results label says the figures after
it are that KPI's, whatever words it names them by.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import TOLERANCE, rule_re
from pcc_ingest.extract.records import OutcomeRecord


def reported_in_paragraph(kpi: OutcomeRecord, r: OutcomeRecord) -> bool:
    """``r`` is a result the paragraph stating ``kpi`` (a bare target in
    running text) goes on to give under a results label, of the KPI's
    district, in its year or an earlier one."""
    ev, kev = r.evidence, kpi.evidence
    return (ev.table is None and kev.table is None and ev.block == kev.block and ev.start > kev.start
            and r.value_pct is not None and r.district == kpi.district
            and r.year_be is not None and kpi.year_be is not None and r.year_be <= kpi.year_be
            and rule_re("pairing", "result_label").match(r.indicator) is not None)


def target_said_later(kpi: OutcomeRecord, r: OutcomeRecord, later: list[OutcomeRecord]) -> bool:
    """A result with no target (``r``) whose own paragraph goes on to give a
    result of the KPI's district and year stated with the KPI's very target
    ("ผ่านเกณฑ์ 4 จาก 5 อำเภอ คิดเป็นร้อยละ 80.00 ส่วนภาพรวมจังหวัด...
    ร้อยละ 92.31 (เป้าหมาย ร้อยละ 80)"): that later figure is the KPI's
    result, and ``r`` measures a part of it, with no target of its own."""
    return any(
        o.evidence.table is None and o.evidence.block == r.evidence.block and o.evidence.start > r.evidence.start
        and o.value_pct is not None and o.target_pct is not None and kpi.target_pct is not None
        and abs(o.target_pct - kpi.target_pct) <= TOLERANCE
        and (o.district, o.year_be) == (kpi.district, kpi.year_be)
        for o in later
    )
