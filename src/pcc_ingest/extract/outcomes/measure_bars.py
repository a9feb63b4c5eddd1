"""The commentary under a places-by-measures table that holds its measures
against a written bar, past the table's source line (new in set 53).

A progress report gives each KPI's target in its quarterly table, then a
table of results by ตำบล whose measures each span their own year columns
("ตำบล | ร้อยละของครัวเรือนที่คัดแยกขยะต้นทาง" over "2564 | 2565 | 2566"),
then a source line ("ที่มา : ข้อมูล...") and only then the commentary:
"ในปี 2566 มีตำบลที่ครัวเรือนคัดแยกขยะต้นทางผ่านเกณฑ์ร้อยละ 80 จำนวน 8 ตำบล
... การดูแล...ตาม Care Plan ผ่านเกณฑ์ร้อยละ 90 จำนวน 13 ตำบล".  A measure
held against the bar its KPI sets was measured by that KPI's target, as
when the bar goes unwritten ("ผ่านเกณฑ์ทุกตำบล", ``compared_measures``); a
written bar other than the KPI's target is some other criterion, no target.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import kpi_cover, same_figure
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block, Document


def commentary_under(doc: Document, table: Table) -> Block | None:
    """The first text line under the table that is not its source line
    ("ที่มา : ...", "แหล่งข้อมูล: ..."): where a clerk comments on its rows;
    ``None`` when the next table's cell comes first."""
    source = rule_re("measure_bars", "source_line")
    end = max(b.order for b in table.grid.cells.values())
    skipped = 0
    for block in doc.blocks[end + 1:]:
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "table_cell":
            return None
        if source.match(block.text) and skipped < outcome_rules()["measure_bars"]["source_reach"]:
            skipped += 1
            continue
        return block
    return None


def spanned_labels(table: Table, first: dict[int, str]) -> dict[int, str]:
    """``first`` (each measure's label in the header's first row, by the
    column it starts in) given to every column the label spans: a measure
    over its year columns ("ร้อยละของ..." over "2564 | 2565 | 2566") names
    each of them."""
    out = dict(first)
    for col, label in first.items():
        top = table.labels.get(col, ())[:1]
        out.update({c: label for c, labels in table.labels.items() if top and labels[:1] == top and len(labels) > 1})
    return out


def compared_bars(text: str, labels: dict[int, str]) -> dict[int, float | None]:
    """The columns whose measure a clause of ``text`` holds against the
    target, each with the bar the clause writes ("ผ่านเกณฑ์ร้อยละ 80"), or
    ``None`` for an unwritten one ("ผ่านเกณฑ์ทุกตำบล"): for each such verdict,
    every column of the label the words since the previous one best hold."""
    least = outcome_rules()["compared_measures"]["measure_named"]
    verdicts = sorted([*rule_re("compared_places", "against_target").finditer(text),
                       *rule_re("measure_bars", "against_bar").finditer(text)], key=lambda m: m.start())
    found: dict[int, float | None] = {}
    start = 0
    for m in verdicts:
        if m.start() < start:
            continue
        clause = text[start: m.start()]
        start = m.end()
        covers = {label: kpi_cover(clause, label) for label in set(labels.values())}
        best = max(covers, key=lambda k: covers[k], default=None)
        if best is None or covers[best] < least:
            continue
        bar = float(m.group("bar")) if "bar" in m.groupdict() else None
        found.update({c: bar for c, label in labels.items() if label == best})
    return found


def bar_fits(bar: float | None, target: float) -> bool:
    """A verdict's written bar is the KPI's target (or none is written)."""
    return bar is None or same_figure(bar, target)
