"""The targets a results table takes from outside its cells: a header label,
its title, a note under it, or a KPI stated before it; and the subject its
title names, by which such a KPI is matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.extract.outcomes.column_groups import measure_span
from pcc_ingest.extract.outcomes.common import (
    outcome_rules,
    rule_re,
)
from pcc_ingest.extract.outcomes.figure_years import (
    mask_years,
)
from pcc_ingest.extract.outcomes.figures import (
    count_follows,
    rate_follows,
)
from pcc_ingest.extract.outcomes.findings_tables import (
    is_findings_table,
)
from pcc_ingest.extract.outcomes.merging import (
    kpi_cover,
    same_subject,
)
from pcc_ingest.extract.outcomes.table_measures import (
    Measure,
    cell_figure,
    result_percent,
    row_in_percent,
)
from pcc_ingest.extract.outcomes.table_titles import caption_subject, reports_result
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import (
    Row,
    Table,
)
from pcc_ingest.model import Block, Document


def stated_target(text: str) -> re.Match[str] | None:
    """The first target stated in ``text``, a count's figure ("เกณฑ์ 6 อำเภอ"),
    a rate's ("เป้าหมายไม่เกิน 18 ต่อแสนประชากร"), a year ("ผ่านเกณฑ์
    จำแนกรายอำเภอ ปีงบประมาณ 2567") and a period's or a score's ("เกณฑ์ผ่าน
    รอบ 6 เดือน ร้อยละ 75", "เกณฑ์ผ่าน 14 คะแนน") left out."""
    masked = rule_re("table", "period_figure").sub(lambda m: "#" * len(m[0]), mask_years(text))
    for m in rule_re("table", "target").finditer(masked):
        if not m.group().rstrip().endswith("%") and (count_follows(text, m.end()) or rate_follows(text, m.end())):
            continue
        return m
    return None


def table_target(table: Table, notes: tuple[Block, ...]) -> tuple[float, Block] | None:
    """A target the table states in a header label (not one spanning a single
    column group), or else in its title (the
    line nearest the table first), or else in a note under it, and the block
    that states it.

    A paragraph of findings further up than the line nearest the table
    reports on something else ("4.1 ... ร้อยละ 85.71 สูงกว่าค่าเป้าหมาย
    (ร้อยละ 80)" above "4.2 ... ดังตารางที่ 1"): its target is not the table's.
    A findings table has none: its sentences are read as running text, and
    a KPI's target before it joins the finding of its subject.
    """
    if is_findings_table(table):
        return None
    heads = [b for b in table.header_blocks()
             if b.table == table.grid.table and b.row in table.header_rows and not is_group_label(table, b)]
    paragraphs = [b for b in table.title if b.kind != "table_cell"]
    nearest = paragraphs[-1] if paragraphs else None
    titles = [b for b in reversed(table.title)
              if b is nearest or b.kind == "table_cell" or not reports_result(b.text)]
    for block in [*heads, *titles, *notes]:
        m = stated_target(block.text)
        if m:
            return float(m["t"]), block
    return None


def is_group_label(table: Table, block: Block) -> bool:
    """A header cell spanning a group of columns under it ("กลุ่มเปราะบาง
    (เกณฑ์ ร้อยละ 80)" over "ทะเบียน | ได้รับการดูแล | ร้อยละ"), or one
    column's own label inside such a group ("2567 (เป้าหมาย ≥ ร้อยละ 80)"
    beside "2565 | 2566"): a target it states is that group's measure's
    (`group_bound`), not the table's."""
    if block.col is None or len(table.group(block.col)) < 2:
        return False
    return block.text in table.labels.get(block.col, ("",)) and not spans_groups(table, block)


def spans_groups(table: Table, block: Block) -> bool:
    """A header cell over the groups' own labels and every grouped column
    ("ความครอบคลุมการได้รับวัคซีน (ร้อยละ) เป้าหมาย ≥ ร้อยละ 95" over "MMR1 |
    MMR2" over "ปี 2565 | ปี 2566"): the title row, its target the table's."""
    grouped = [labels for labels in table.labels.values() if len(labels) > 1]
    return any(len(g) > 2 for g in grouped) and all(block.text in g[:-2] for g in grouped)


def group_bound(table: Table, measure: Measure) -> float | None:
    """The target the measure's own column group states in its header: a
    target in the spanning label over the group ("ประเด็นที่ 2 คัดกรอง ADL
    (เป้าหมาย ร้อยละ 90)" over "ผู้สูงอายุ | คัดกรอง | ร้อยละ", beside another
    issue's group with its own target), or a pass bar a label of the group
    states with no target word ("ลูกน้ำยุงลาย" over "พบ | HI (ร้อยละ) |
    ผลการประเมิน (HI < 10)").  Only under a spanning label, where the group's
    columns are known to measure one thing.  A measure of year columns only
    takes the target its years' spanning label states ("ร้อยละผู้ป่วยติดเตียง
    ... (เป้าหมาย ร้อยละ 90)" over "ปี 2564 | ปี 2565 | ปี 2566"), its
    outermost one where a year's label stands alone under it ("ผลงานย้อนหลัง"
    over "2566 | 2567" beside "ปี 2568")."""
    anchor = measure.value or next((c for c in measure.columns if c.role == "year"), None)
    if anchor is None or len(measure_span(table, anchor.col)) < 2:
        return None
    for span in table.labels.get(anchor.col, ("",))[:-1]:
        m = stated_target(span)
        if m:
            return float(m["t"])
    for col in measure_span(table, anchor.col):
        own = table.labels.get(col, ("",))[-1]
        m = rule_re("table", "label_bound").search(mask_years(own))
        if m:
            return float(m["t"])
    return None


@dataclass(frozen=True)
class TableNotes:
    """The notes under a table, and the rows of the whole table (every piece
    of one broken across pages) they are written under."""

    blocks: tuple[Block, ...] = ()
    rows: tuple[Row, ...] = ()


def table_notes(doc: Document, tables: list[Table], i: int) -> TableNotes:
    """The notes written right under table ``i`` ("หมายเหตุ เป้าหมาย ร้อยละ 60",
    "* เกณฑ์ ≥ 80%"): the lines after its last piece (a table broken across
    pages goes on in the tables read through its header) that open with a
    note word, up to ``note_reach`` of them."""
    first, last = i, i
    while first > 0 and tables[first].continues:
        first -= 1
    while last + 1 < len(tables) and tables[last + 1].continues:
        last += 1
    end = max(b.order for b in tables[last].grid.cells.values())
    notes: list[Block] = []
    for block in doc.blocks[end + 1:]:
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "table_cell" or len(notes) >= outcome_rules()["table"]["note_reach"] \
                or not rule_re("table", "note").match(block.text):
            break
        notes.append(block)
    return TableNotes(tuple(notes), tuple(r for t in tables[first: last + 1] for r in t.rows))


def noted_rows(note: Block, notes: TableNotes) -> tuple[Row, ...] | None:
    """The rows a note's target is for: those whose words share the note's
    subject ("หมายเหตุ ประเด็นที่ 2 ... ค่าเป้าหมายการสวมหมวกนิรภัย ... ร้อยละ 80"
    is the helmet row's target); ``None`` (every row) when the note names
    no row's subject ("หมายเหตุ เป้าหมาย ร้อยละ 60")."""
    subject = rule_re("table", "note_words").sub(" ", rule_re("table", "note").sub("", note.text))
    rows = tuple(r for r in notes.rows if same_subject(subject, " ".join(r.texts())))
    return rows or None


def cell_target(text: str) -> tuple[float | None, str]:
    """A row's own bracketed target in its subject cell, and the cell's words
    without it; a bracketed target of a count ("(เป้าหมายทั้งปี 20 หลัง)")
    gives no target but leaves the words too."""
    m = rule_re("table", "cell_target").search(text)
    if m is None:
        aside = rule_re("table", "target_aside").search(text)
        return None, (text[: aside.start()] + text[aside.end():]).strip() if aside else text
    return float(m["t"] or m["a"] or m["b"]), (text[: m.start()] + text[m.end():]).strip()


def count_share(text: str) -> float | None:
    """The percentage a target cell gives after its count ("9 ตำบล (ร้อยละ
    100)", "420 คน (80%)"): a count target with the share of the whole it
    stands for, which is the target of the row's percentage."""
    m = rule_re("table", "count_share").match(text)
    return float(m["a"] or m["b"]) if m else None


def percent_target(table: Table, measure: Measure, row: Row) -> float | None:
    """A target column's cell written as a percentage ("ร้อยละ 75", "ไม่น้อยกว่า
    ร้อยละ 90"), where a target column otherwise holds counts; or, beside a
    result column of percentages ("เป้าหมาย | ผลงาน" under "ร้อยละของ..."
    or in a row whose unit is "ร้อยละ"), its bare figure: the target is in
    the unit of the result it is set for; or the share a count target gives
    in brackets (``count_share``).  Beside year columns of percentages a bare
    figure is their bar unless a count passed stands beside it ("จำนวนตำบล |
    ผ่านเกณฑ์ | ร้อยละ ปี 2567") or before each share in the year cells
    ("จำนวนหมู่บ้าน" beside quarters "6 (75.00%)"): then it is the count the
    passes are out of."""
    for col in (c for c in measure.columns if c.role == "target"):
        block = row.cells.get(col.col)
        figure = cell_figure(block.text) if block is not None else None
        if figure is None:
            share = count_share(block.text) if block is not None else None
            if share is not None:
                return share
            continue
        if figure.marked or (not measure.counts_beside and not figure.change
                             and result_percent(table, col, row) is not None):
            return figure.value
        if not measure.counts_beside and figure.bound and row_in_percent(table, row):
            return figure.value
        if (measure.value is None and not figure.change and years_in_percent(table, measure, row)
                and measure.number(row, "result") is None and not counted_years(measure, row)):
            # beside a count passed, the count it is out of
            return figure.value
    return None


def counted_years(measure: Measure, row: Row) -> bool:
    """A row's year cells give the count passed with its share ("6 (75.00%)"):
    a bare figure in a target column beside them is the count they are out of."""
    years = [row.cells.get(c.col) for c in measure.columns if c.role in ("year", "baseline")]
    return any(b is not None and rule_re("grid", "count_percent").match(b.text) for b in years)


def years_in_percent(table: Table, measure: Measure, row: Row) -> bool:
    """Whether a row's year columns report percentages ("ผลการดำเนินงาน
    (ร้อยละ)" over "2565 | 2566 | 2567"): a target column beside them, in a
    table with no other result column, sets a bar in their unit ("≥ 80")."""
    years = [c for c in measure.columns if c.role in ("year", "baseline")]
    return any(result_percent(table, c, row) is not None for c in years)


def kpi_of(kpis: list[OutcomeRecord], label: str, several: bool) -> OutcomeRecord | None:
    """The KPI stated before a table whose target a measure takes: the last
    one, or, when the table reports several measures, the one of the
    measure's subject that holds most of its label's words (the last of
    equals): two KPIs of one group ("ผู้สูงอายุได้รับการคัดกรอง..." and
    "ผู้สูงอายุที่มีภาวะพึ่งพิงได้รับการดูแล...") share a subject word."""
    if not several:
        return kpis[-1] if kpis else None
    alike = [(kpi_cover(k.indicator, label), i) for i, k in enumerate(kpis) if label and same_subject(k.indicator, label)]
    return kpis[max(alike)[1]] if alike else None


def other_indicator_rows(table: Table, kpi: str) -> bool:
    """``table`` has an indicator column whose rows name at least two
    different indicators, not all of them of ``kpi``'s subject
    ("ตัวชี้วัดระดับตำบล | ผลการดำเนินงาน | ร้อยละ", four different shares of
    ตำบล, under a KPI "ค่า HI ไม่เกินร้อยละ 10"): the KPI's target is not
    every row's."""
    if table.column("indicator") is None:
        return False
    named = {table.text(r, "indicator").strip() for r in table.rows} - {""}
    return len(named) >= 2 and not all(same_subject(kpi, n) for n in named)


def stated_kpis(table: Table, earlier: list[OutcomeRecord], since: int) -> list[OutcomeRecord]:
    """The KPIs stated before a table whose target its rows may take: every
    bare target before it, and a result with its target stated between the
    previous table and this one whose name holds the table caption's words ("ตัวชี้วัดที่ 1
    ร้อยละของ... ค่าเป้าหมายร้อยละ 95 ... คิดเป็นร้อยละ 95.56" over a table of
    that result by district): the KPI the table breaks down."""
    first = table.grid.first.order
    title = caption_subject(table)
    least = outcome_rules()["pairing"]["table_kpi_cover"]
    return [o for o in earlier if o.target_pct is not None and o.evidence.block < first and (
        o.value_pct is None
        or (o.evidence.block > since and o.evidence.table is None and bool(title)
            and kpi_cover(o.indicator, title) >= least))]
