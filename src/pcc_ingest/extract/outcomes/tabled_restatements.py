"""A result in running text that restates a results table's figure.

A progress report's problems section retells a KPI's result the table above
gave ("ผู้ป่วยเบาหวานควบคุมระดับน้ำตาลได้ดีเพียงร้อยละ 39.11 ยังไม่ถึงเป้าหมาย"
beside the row "ร้อยละผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้ดี | ≥ 40% |
1,024/2,618 (39.11)").  The figure is the table's record (``merge`` drops
it later); it must not first join a bare target stated between the two for
another subject that shares a word with it (an activity's "ร้อยละ 80 ของ
กลุ่มเสี่ยงมีระดับน้ำตาลหรือความดันลดลง"), so it is left out before KPIs
are paired with the text's results.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.merging import same_figure, same_subject
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table

# A figure in a cell ("1,024/2,618 (39.11)": 1024, 2618 and 39.11), thousands
# separators dropped first.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _restates(r: OutcomeRecord, table: Table) -> bool:
    """A row of ``table`` names ``r``'s subject, states its own target, and
    holds ``r``'s figure outside its target cells (a row's "≥ 80%" is its
    bar, no result retold).  A row with no target of its own is left alone:
    the text's result may be what joins a KPI's target stated elsewhere."""
    bars = {c.col for c in table.columns if "target" in c.role}
    for row in table.rows:
        own = " ".join(b.text for c, b in row.cells.items() if c in bars)
        figures = " ".join(b.text for c, b in row.cells.items() if c not in bars).replace(",", "")
        if _NUMBER.search(own) and any(same_figure(float(n), r.value_pct) for n in _NUMBER.findall(figures)) \
                and same_subject(" ".join(row.texts()), r.indicator):
            return True
    return False


def drop_tabled_restatements(prose: list[OutcomeRecord], tables: list[Table]) -> list[OutcomeRecord]:
    """``prose`` without the paragraph results (no target, not in a table) that
    a results table's row gives, with its own target, for the same subject."""
    return [r for r in prose if r.evidence.table is not None or r.value_pct is None or r.target_pct is not None
            or not any(_restates(r, t) for t in tables)]
