"""Targets an earlier table of issues, indicators and targets sets for the
rows of a later results table.

A province inspection or summary lists each issue's KPI and target once
("ประเด็น | ตัวชี้วัด | ค่าเป้าหมาย": "ร้อยละครัวเรือนมีการคัดแยกขยะต้นทาง |
ร้อยละ 70–80") and then gives district by district what each achieved,
naming the KPI in shorter words ("ครัวเรือนคัดแยกขยะต้นทาง | 9,840 | 6,715 |
68.24").  A target and a result for the same subject and year are one record
(RECORDS.md): each result row takes the KPI's name and target, and the bare
target, read with no district, is dropped.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import kpi_cover, same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _words(text: str) -> str:
    """An indicator with the stock words every indicator may share left out."""
    return rule_re("pairing", "stock_words").sub(" ", text)


def _kpi_of(result: OutcomeRecord, bare: list[OutcomeRecord]) -> OutcomeRecord | None:
    """The one bare target whose KPI names ``result``'s subject: most of the
    result's words stand, in order, in the KPI's name; ``None`` when none or
    two KPIs do equally well (a stacked cell naming two KPIs)."""
    least = outcome_rules()["pairing"]["kpi_cover"]
    scored = sorted(((kpi_cover(_words(b.indicator), _words(result.indicator)), i) for i, b in enumerate(bare)),
                    reverse=True)
    scored = [s for s in scored if s[0] >= least]
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    found = bare[scored[0][1]]
    return None if sum(b.indicator == found.indicator for b in bare) > 1 else found


def _row_targets(doc: Document, result: OutcomeRecord) -> list[float]:
    """The figures the result's own row states other than its result (its own target, if any)."""
    e = result.evidence
    text = " ".join(b.text for b in doc.blocks if b.table == e.table and b.row == e.row)
    return [float(n) for n in _NUMBER.findall(text.replace(",", ""))]


def lend_kpi_targets(
    doc: Document, prose: list[OutcomeRecord], tabled: list[OutcomeRecord]
) -> tuple[list[OutcomeRecord], list[OutcomeRecord]]:
    """(prose, tabled) with each result row of a later table given the name and
    target of the KPI an earlier table lists with no district, unless its
    own row states another target; the bare targets so given are dropped."""
    bare = [r for r in prose if r.value_pct is None and r.target_pct is not None
            and r.district is None and r.evidence.table is not None]
    used: set[int] = set()
    out: list[OutcomeRecord] = []
    for r in tabled:
        kpis = [b for b in bare if b.evidence.table != r.evidence.table and b.evidence.block < r.evidence.block
                and b.year_be == r.year_be]
        kpi = _kpi_of(r, kpis) if r.value_pct is not None and r.evidence.table is not None and kpis else None
        own = [t for t in _row_targets(doc, r) if r.target_pct is not None and same_figure(t, r.target_pct)]
        if kpi is None or (own and not same_figure(kpi.target_pct, r.target_pct)):
            out.append(r)
            continue
        used.add(id(kpi))
        out.append(r.model_copy(update={"target_pct": kpi.target_pct, "indicator": kpi.indicator}))
    return [p for p in prose if id(p) not in used], out
