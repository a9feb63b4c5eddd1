"""Funders' rows of a source summary that no lines of the document itemise.

An inspection report may sum its money by funder ("แหล่งงบประมาณ | งบประมาณ
(บาท) | ร้อยละ") and itemise only one funder's share (the province's own
activities, "ค่าอาหารกลางวัน … 9,600"), the other funders' money told
nowhere else.  A funder row whose amount the lines of one source add up to
is their sum; a row no source's lines add up to is the document's only
statement of that money, so it is a line described and sourced by its
funder (``summaries.source_summary_lines``).  Only when the rows so summed
account for every line of the document: otherwise the table may sum lines
the document splits or funds differently.
"""

from __future__ import annotations

from collections import defaultdict

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.summaries import source_summary_lines
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Table


def unitemised_funders(items: list[BudgetItemRecord], tables: list[Table]) -> list[BudgetItemRecord]:
    """``items`` with a line for each source-summary row that no source's
    lines add up to, when the table's other rows add up all of ``items``."""
    if not items:
        return items
    sums: dict[str, float] = defaultdict(float)
    for item in items:
        sums[item.source or ""] += item.amount_baht
    own = {i.evidence.block for i in items}
    rows: dict[tuple[int, int] | None, list[BudgetItemRecord]] = defaultdict(list)
    for line in source_summary_lines(tables):
        if line.item.evidence.block not in own:
            rows[line.row[0] if line.row else None].append(line.item)
    added = []
    for found in rows.values():
        summed = [r for r in found if any(abs(total - r.amount_baht) < 0.5 for name, total in sums.items() if name)]
        every = abs(sum(r.amount_baht for r in summed) - sum(sums.values())) < 0.5
        if summed and len(summed) < len(found) and every:
            added += [r.model_copy(update={"source": _unglossed(r.source)}) for r in found if r not in summed]
    return items + added


def _unglossed(source: str | None) -> str | None:
    """A funder's name without the bracket glossing it ("กองทุน…ท้องถิ่น (สปสช.)"),
    as a legend line's funder is read."""
    return rule_re("footnote.legend_gloss").sub("", source).strip() or source if source else source
