"""When a breakdown table (rows by ตำบล, หมู่บ้าน, อำเภอ) takes the target of
the KPI it breaks down.

A table whose total row restates a KPI's result breaks that KPI down, but
its rows were only measured against the KPI's target when the text says so
("ทุกตำบลผ่านเกณฑ์ค่าเป้าหมาย" under the table, "ผ่านเกณฑ์ร้อยละ 90 ทุกตำบล" in
its title): a total that matches is not enough (gold/README.md, "Conventions
where RECORDS.md leaves a choice").
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.common import TOLERANCE, outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import is_earlier
from pcc_ingest.extract.outcomes.figures import block_figures
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import Table, is_total_row
from pcc_ingest.model import Block, Document


def says_rows_measured(text: str) -> bool:
    """Whether a sentence says a breakdown's units were measured against the
    target ("ทุกตำบลผ่านเกณฑ์", "ตำบลที่ไม่ผ่านเกณฑ์เป้าหมาย 2 ตำบล"), not only
    that they count a named criterion ("หมู่บ้านที่ผ่านเกณฑ์หมู่บ้านสีขาว")."""
    return rule_re("table", "rows_measured").search(text) is not None


def paragraphs_under(doc: Document, table: Table) -> list[Block]:
    """The paragraphs right under a table, up to ``measured_reach`` of them,
    before the next table or heading (a heading opening a summary of results
    read past): where a clerk comments on its rows."""
    end = max(b.order for b in table.grid.cells.values())
    out: list[Block] = []
    for block in doc.blocks[end + 1:]:
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "heading" and rule_re("table", "summary_heading").match(block.text):
            continue  # a summary of the table's results opens under its own heading
        if block.kind in ("table_cell", "heading") or len(out) >= outcome_rules()["table"]["measured_reach"]:
            break
        out.append(block)
    return out


def rows_measured(doc: Document, table: Table) -> bool:
    """Whether the table's title or the paragraphs under it say its rows were
    measured against the target."""
    titles = [b for b in table.title if b.kind != "table_cell"]
    return any(says_rows_measured(b.text) for b in [*titles, *paragraphs_under(doc, table)])


def breakdown_kpi(doc: Document, table: Table, measure: Measure,
                  earlier: list[OutcomeRecord]) -> OutcomeRecord | None:
    """The KPI, stated with its result and target before the table, whose
    result the table's total row restates ("ร้อยละ 94.25" of the KPI row, then
    a table by ตำบล totalling 94.25), when the text says the table's rows
    were measured against that KPI's target."""
    if not rows_measured(doc, table):
        return None
    totals = [measure.value_of(table, r) for r in table.rows if is_total_row(r)]
    first = table.grid.first.order
    return next((o for o in reversed(earlier)
                 if o.target_pct is not None and o.value_pct is not None and o.evidence.block < first
                 and any(v is not None and abs(v - o.value_pct) <= TOLERANCE for v in totals)), None)


def set_for_each_unit(doc: Document, kpi: OutcomeRecord) -> bool:
    """Whether the sentence stating a KPI's target says it holds for each
    unit right after the figure ("ไม่น้อยกว่าร้อยละ 80 ของผู้สูงอายุในแต่ละ
    ตำบล"): then a breakdown by those units takes it on every row, not only
    on its total row as the district's own target."""
    block = doc.blocks[kpi.evidence.block]
    return rule_re("table", "target_each_unit").search(block.text[kpi.evidence.end:]) is not None


def reports_current_result(text: str, year: int | None) -> bool:
    """Whether a paragraph before a table states a result of the table's own
    year ``year``: then it reports the KPI's result itself, and its target is
    the district's, for the table's total row.  A paragraph giving only
    earlier years' results ("ผลการดำเนินงานปี 2564 ร้อยละ 82.15 ปี 2565 ร้อยละ
    88.60 ผลการดำเนินงานปี 2566 แยกรายตำบล ดังตาราง") introduces the
    breakdown: its target is the table's, for every row."""
    return any(not f.target and not is_earlier(text, f.start, year) for f, _ in block_figures(text, False, year))


def introduced_kpi(table: Table, stated: tuple[float, Block] | None) -> str:
    """The KPI a breakdown's introducing paragraph names ahead of the target
    it gives the table ("ตัวชี้วัด ร้อยละของประชาชน...ได้รับการตรวจคัดกรอง
    (เกณฑ์ ร้อยละ 90) ... แยกรายตำบล ดังตาราง"): what the table's percent
    column measures, when its header only names the counts; "" when the
    table's target (``stated``) comes from elsewhere or follows no KPI name."""
    if stated is None or stated[1].kind == "table_cell" or stated[1] not in table.title:
        return ""
    text = stated[1].text
    target = stated_target(text)
    name = rule_re("figure", "indicator_line").search(text, 0, target.start()) if target else None
    return indicator_words(text[name.start("name"):target.start()]) if name and target else ""
