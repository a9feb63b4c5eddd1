"""Outcomes of results tables, read through their header: one per row and
measure, year columns as baselines, with the target the row, header, title, a
note under the table or the KPI stated before it sets.  A table of findings
in sentences is read as running text, row by row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import (
    MIN_INDICATOR_CHARS,
    TOLERANCE,
    Context,
    outcome_rules,
    rule_re,
)
from pcc_ingest.extract.outcomes.merging import (
    attach_kpi_targets,
    kpi_cover,
    same_subject,
)
from pcc_ingest.extract.outcomes.running_text import (
    block_figures,
    count_follows,
    count_re,
    drop_counts,
    mask_years,
    percentages,
    prose_outcomes,
)
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import (
    Column,
    Row,
    Table,
    cell_number,
    is_section_row,
    is_total_row,
    label_role,
    label_year,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates, find_fiscal_year, fiscal_year_of
from pcc_ingest.thai.numbers import parse_number
from pcc_ingest.thai.text import LIST_MARKER_RE, strip_list_marker

# A bare target above this is a count, not a percentage ("เป้าหมาย 2568" of
# 150 people in a row of percentages).
PERCENT_MAX = 100


def is_results_table(table: Table) -> bool:
    """A table with a percent column (or a result column written as
    percentages), year columns beside result counts or indicators (an
    indicator's figures by year, a KPI table's baseline), targets by year for
    indicators or districts, or a district column beside findings that
    state percentages."""
    roles = table.roles
    shares = table.columns_of("percent") and not value_columns(table)
    return not shares and ("percent" in roles or "target_pct" in roles
            or bool(roles & {"year", "baseline"} and roles & {"result", "target", "district", "indicator"})
            or bool("target_year" in roles and roles & {"indicator", "district"})
            or bool(value_columns(table)) or is_findings_table(table))


def written_percent(text: str) -> float | None:
    """The figure of a cell that holds one percentage written as such
    ("ร้อยละ 75.00", "87.35 %", "ร้อยละ 87.35 (5,812 คน จาก 6,654 คน)"),
    else ``None`` (a count, a bare figure, a sentence)."""
    m = rule_re("table", "written_percent").match(text)
    return float(m["a"] or m["b"]) if m else None


# Shares of one whole add up to this, and their total row says so.
WHOLE_PCT = 100
# How far the sum of rounded shares may stand from the whole.
SHARES_SLACK = 0.1


def is_shares_column(table: Table, col: Column) -> bool:
    """A percent column that splits one whole among its rows: two or more
    figures summing to 100 with a total row of 100 ("แหล่งงบประมาณ |
    จำนวนเงิน | ร้อยละ" ending "รวม | 157,100 | 100.00").  Such shares of a
    budget or a population are background, not results (gold/README.md)."""
    body: list[float] = []
    whole: float | None = None
    for row in table.rows:
        block = row.cells.get(col.col)
        figure = cell_number(block.text) if block is not None else None
        if figure is None:
            continue
        if is_total_row(row):
            whole = figure
        elif not is_section_row(row, table):
            body.append(figure)
    return (whole is not None and abs(whole - WHOLE_PCT) <= SHARES_SLACK
            and len(body) >= 2 and abs(sum(body) - WHOLE_PCT) <= SHARES_SLACK)


def value_columns(table: Table) -> tuple[Column, ...]:
    """The columns of achieved percentages: the percent columns, or else the
    result columns that hold percentages: in a table of indicators, cells
    written as percentages ("ตัวชี้วัด | ... | ผลงานสะสม" holding "ร้อยละ
    75.00") or bare figures of rows whose unit is "ร้อยละ"; in any table,
    bare figures under a label naming a percentage ("ร้อยละของ พชต.
    ผ่านเกณฑ์" over "เป้าหมาย | ผลงาน").  A table of activities keeps its
    "ร้อยละ 100" for running text."""
    percent = table.columns_of("percent")
    if percent:
        return tuple(c for c in percent if not is_shares_column(table, c))
    return tuple(
        c for c in table.columns_of("result")
        if (table.column("indicator") is not None or _says_percent(c.label))
        and any(result_percent(table, c, r) is not None for r in table.rows)
    )


def result_percent(table: Table, col: Column, row: Row) -> float | None:
    """The percentage a result cell of ``row`` reports: written as one, or a
    bare figure (at most 100, more is a count) where the row's unit or
    indicator, or else the column's label, says its figures are
    percentages; ``None`` for a count, a rate, a blank, "-" or "N/A"."""
    block = row.cells.get(col.col)
    if block is None:
        return None
    written = written_percent(block.text)
    if written is not None:
        return written
    figure = cell_figure(block.text)
    if figure is None or figure.bound or figure.change:
        return None
    in_percent = row_in_percent(table, row)
    says = in_percent if in_percent is not None else _says_percent(col.label)
    return figure.value if says and figure.value <= PERCENT_MAX else None


def is_findings_table(table: Table) -> bool:
    """A table of districts whose other cells report findings in sentences
    ("อำเภอ | ประเด็น | ผลการดำเนินงานที่สำคัญ" with "... ร้อยละ 80" in a
    cell): each row's figures belong to the row's district."""
    district = table.column("district")
    if district is None or value_columns(table):
        return False
    return any(
        cell_number(b.text) is None and any(True for _ in percentages(b.text))
        for r in table.rows if is_district_row(table, r)
        for c, b in r.cells.items() if c != district.col and c not in r.carried
    )


def is_district_row(table: Table, row: Row) -> bool:
    """A row its district cell names (itself or merged down over it), not a
    total or a summary ("รวม", "สรุป ผ่านเกณฑ์ 7 อำเภอ ...")."""
    name = table.text(row, "district")
    return bool(name) and not is_total_row(row) and rule_re("summary", "opens").match(name) is None


def findings_outcomes(doc: Document, table: Table, ctx: Context, kpis: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """The figures of a findings table, read as running text, each of its
    row's district: the district cell (merged down over the district's
    rows) names it even when the cell's own words do not.  A KPI stated
    before the table joins a finding of its subject, as in running text."""
    name_col = table.column("district")
    by_district: dict[str | None, set[int]] = {}
    for row in table.rows:
        found = row_district(table, row, table.text(row, "district"), ctx.province)
        cells = {b.order for c, b in row.cells.items() if c not in row.carried and (name_col is None or c != name_col.col)}
        by_district.setdefault(found[0] if found else None, set()).update(cells)
    out: list[OutcomeRecord] = []
    everything = set(range(len(doc.blocks)))
    for code, cells in by_district.items():
        own = replace(ctx, single=code) if code else ctx
        out += prose_outcomes(doc, own, everything - cells)
    ordered = sorted(out, key=lambda o: (o.evidence.block, o.evidence.start))
    found = [o for o in attach_kpi_targets([*kpis, *ordered]) if o.evidence.table == table.grid.table]
    return found + unit_column_outcomes(table, ctx)


def unit_column_outcomes(table: Table, ctx: Context) -> list[OutcomeRecord]:
    """The bare figures of a findings table's columns labelled in percent
    units ("ความก้าวหน้าตามแผน (ร้อยละ)", "ผลงาน (%)") beside its sentences:
    each district row's figure is an outcome of what the label names, for
    the table's year."""
    unit = rule_re("table", "percent_unit")
    district = table.column("district")
    year = table_year(table, ctx.year_be)
    out: list[OutcomeRecord] = []
    for col in table.columns:
        if (district is not None and col.col == district.col) or not unit.search(col.own):
            continue
        indicator = unit.sub("", col.own).strip()
        for row in table.rows:
            block = row.cells.get(col.col)
            figure = cell_figure(block.text) if block is not None and col.col not in row.carried else None
            found = row_district(table, row, table.text(row, "district"), ctx.province) if figure else None
            if figure is None or figure.bound or figure.change or figure.value > PERCENT_MAX or found is None:
                continue
            out.append(OutcomeRecord(
                indicator=indicator, district=found[0], value_pct=figure.value, target_pct=None,
                year_be=year, evidence=evidence(block),
            ))
    return out


def table_year(table: Table, fallback: int | None) -> int | None:
    """The fiscal year of a table's current figures: its header's period or year.

    The labels of baseline and year columns name earlier years, not the
    table's own.
    """
    earlier = {c.col for c in table.columns if c.role in ("baseline", "year")}
    heads = [b for b in table.header_blocks() if b.table != table.grid.table or b.col not in earlier]
    words = " ".join(b.text for b in heads)
    dates = find_dates(words)
    if dates:
        return fiscal_year_of(dates[0].start.first_day())
    stated = find_fiscal_year(words)
    return stated[0] if stated else fallback


def stated_target(text: str) -> re.Match[str] | None:
    """The first target stated in ``text``, a count's figure ("เกณฑ์ 6 อำเภอ")
    and a year ("ผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2567") left out."""
    for m in rule_re("table", "target").finditer(mask_years(text)):
        if not m.group().rstrip().endswith("%") and count_follows(text, m.end()):
            continue
        return m
    return None


def table_target(table: Table, notes: tuple[Block, ...]) -> tuple[float, Block] | None:
    """A target the table states in a header label, or else in its title (the
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
    heads = [b for b in table.header_blocks() if b.table == table.grid.table and b.row in table.header_rows]
    paragraphs = [b for b in table.title if b.kind != "table_cell"]
    nearest = paragraphs[-1] if paragraphs else None
    titles = [b for b in reversed(table.title)
              if b is nearest or b.kind == "table_cell" or not reports_result(b.text)]
    for block in [*heads, *titles, *notes]:
        m = stated_target(block.text)
        if m:
            return float(m["t"]), block
    return None


def group_bound(table: Table, measure: Measure) -> float | None:
    """A pass bar a header label of the measure's own column group states
    with no target word ("ลูกน้ำยุงลาย" over "พบ | HI (ร้อยละ) | ผลการประเมิน
    (HI < 10)"): that measure's target.  Only under a spanning label, where
    the group's columns are known to measure one thing."""
    if measure.value is None or len(table.group(measure.value.col)) < 2:
        return None
    for col in table.group(measure.value.col):
        own = table.labels.get(col, ("",))[-1]
        m = rule_re("table", "label_bound").search(mask_years(own))
        if m:
            return float(m["t"])
    return None


def reports_result(text: str) -> bool:
    """A text states a result of its own, not only targets: a paragraph of findings."""
    return any(not f.target for f, _ in block_figures(text, False))


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


@dataclass(frozen=True)
class CellFigure:
    """The one figure a table cell holds and what is written around it."""

    value: float
    marked: bool  # written as a percentage ("ร้อยละ 90", "90%")
    bound: bool  # after a bound ("ไม่น้อยกว่า", "≤"): a bar to reach
    change: str  # the change it is ("ลดลง"), part of what it measures


def cell_figure(text: str) -> CellFigure | None:
    """The figure of a cell holding one ("90", "ร้อยละ 100", "ไม่น้อยกว่าร้อยละ
    90", "ลดลงร้อยละ 10", "≤ 26.00"), else ``None`` (words, a range, two figures)."""
    m = rule_re("table", "cell_figure").match(text)
    value = parse_number(m["n"]) if m else None
    if m is None or value is None:
        return None
    change = " ".join(m["change"].split()) if m["change"] else ""
    return CellFigure(value, bool(m["pct"] or m["sign"]), bool(m["bound"] or m["after"]), change)


def percent_target(table: Table, measure: Measure, row: Row) -> float | None:
    """A target column's cell written as a percentage ("ร้อยละ 75", "ไม่น้อยกว่า
    ร้อยละ 90"), where a target column otherwise holds counts; or, beside a
    result column of percentages ("เป้าหมาย | ผลงาน" under "ร้อยละของ..."
    or in a row whose unit is "ร้อยละ"), its bare figure: the target is in
    the unit of the result it is set for."""
    for col in (c for c in measure.columns if c.role == "target"):
        block = row.cells.get(col.col)
        figure = cell_figure(block.text) if block is not None else None
        if figure is None:
            continue
        if figure.marked or (not measure.counts_beside and not figure.change
                             and result_percent(table, col, row) is not None):
            return figure.value
        if not measure.counts_beside and figure.bound and row_in_percent(table, row):
            return figure.value
    return None


def title_subject(text: str) -> str:
    """What a table's title says it measures, without its number ("ตารางที่ 1")
    nor its lead-in to the table ("จำแนกรายอำเภอ ...", "มีดังนี้").  A caption
    that PDF text joined to the sentence pointing to it ("... ดังตารางที่ 1
    ตารางที่ 1 ร้อยละของ...") begins at its number."""
    text = strip_list_marker(text)
    numbers = list(rule_re("table", "caption_number").finditer(text))
    if numbers:
        text = text[numbers[-1].end():]
    return rule_re("table", "title_tail").sub("", text).strip(" :-")


def measured_clause(text: str) -> str:
    """The clause of a sentence-long caption that names what is measured: after
    its last "โดย"/"คือ"/"ได้แก่" before the threshold ("ไม่น้อยกว่าร้อยละ 70",
    "ถือว่าผ่าน"); the caption itself when it has no such clause."""
    end = rule_re("table", "measured_end").search(text)
    if end is None or len(text) <= outcome_rules()["figure"]["indicator_chars"]:
        return text
    intros = list(rule_re("table", "measured_intro").finditer(text, 0, end.start()))
    clause = text[intros[-1].end():end.start()].strip(" ,") if intros else ""
    return clause if len(clause) >= MIN_INDICATOR_CHARS else text


def counted_subject(text: str) -> str:
    """What a row's count cell counts, when it names it ("ครัวเรือนมีถังขยะเปียก
    18,400 ครัวเรือน" -> "ครัวเรือนมีถังขยะเปียก"); "" for a bare count ("312",
    "15 หมู่บ้าน") or a cell with no count."""
    if not count_re().search(text):
        return ""
    words = drop_counts(rule_re("table", "count_aside").sub("", text))
    if words.count("(") > words.count(")"):
        words += ")"  # drop_counts trims the bracket a name ends with ("(Care Plan)")
    letters = [ch for ch in words if ch.isalpha()]
    return words if len(letters) >= MIN_INDICATOR_CHARS and not rule_re("table", "percent_label").search(words) else ""


def titled_measure(table: Table) -> str:
    """The title that names a table's measure: its numbered caption line
    ("ตารางที่ 1 ร้อยละของ...") when that names a percentage, else the first
    title saying one (a sentence before the table that introduces it) but
    reports no result of its own (a paragraph of findings before the table
    is about something else)."""
    percent = [b for b in table.title if _says_percent(b.text)]
    numbered = [b for b in percent if rule_re("table", "caption_number").search(b.text)]
    introducing = [b for b in percent if not reports_result(b.text)]
    return next((b.text for b in [*numbered, *introducing]), "")


def numerator_label(table: Table, col: Column | None) -> str:
    """What a percent column measures when its header says so in the count
    columns right before it: the counts worked out into the percentage
    ("ผู้สูงอายุติดเตียง (คน)" | "ได้รับการดูแลตาม Care plan (คน)" | "ร้อยละ"),
    without their units; "" when the column before it is labelled by a role
    word ("ผลงาน", "จำนวน") or there is none.  The counts run left up to a
    labelled role, a bare count of a whole ("จำนวน พชต.", "หมู่บ้านทั้งหมด"),
    or the edge of the percent column's group."""
    if col is None:
        return ""
    group = table.group(col.col)
    words: list[str] = []
    for c in range(col.col - 1, group[0] - 1 if len(group) > 1 else -1, -1):
        label = table.labels.get(c, ("",))[-1]
        if not label or label_role(label) is not None or rule_re("table", "whole_count").search(label):
            break
        words.insert(0, rule_re("table", "unit_aside").sub("", label).strip())
    found = " ".join(words)
    return found if sum(ch.isalpha() for ch in found) >= MIN_INDICATOR_CHARS else ""


def caption_subject(table: Table) -> str:
    """The subject a table's caption names: the caption block nearest the
    table that is no numbered section heading ("3. ผลการดำเนินงาน")."""
    for block in reversed(table.title):
        if not is_section_heading(block):
            return title_subject(block.text)[:120]
    return ""


def is_section_heading(block: Block) -> bool:
    """A numbered heading of the report's own outline: a list marker and a
    heading's look (a heading block, or a short line)."""
    short = len(block.text) <= outcome_rules()["table"]["section_heading_chars"]
    return bool(LIST_MARKER_RE.match(block.text)) and (block.kind == "heading" or short)


def _says_percent(*labels: str) -> bool:
    return any(rule_re("table", "percent_label").search(label) for label in labels)


@dataclass(frozen=True)
class Measure:
    """One percentage a results table reports in each row: the column of its
    achieved figure (``None`` in a table of targets or years only) and the
    columns that go with it (its own group's, and those of no group)."""

    value: Column | None
    columns: tuple[Column, ...]

    def column(self, role: str) -> Column | None:
        """The measure's first column of ``role``, its value column left out."""
        return next((c for c in self.columns if c.role == role and c != self.value), None)

    def cell(self, row: Row, role: str) -> Block | None:
        """The row's cell in the measure's column of ``role``."""
        col = self.column(role)
        return row.cells.get(col.col) if col else None

    def number(self, row: Row, role: str) -> float | None:
        """The figure in the row's cell of ``role``."""
        block = self.cell(row, role)
        return cell_number(block.text) if block else None

    def value_cell(self, row: Row) -> Block | None:
        """The row's cell of the achieved figure, the record's evidence."""
        return row.cells.get(self.value.col) if self.value else None

    def value_of(self, table: Table, row: Row) -> float | None:
        """The row's achieved figure: a percent column's number, or a result
        cell holding a percentage."""
        block = self.value_cell(row)
        if block is None or self.value is None:
            return None
        return cell_number(block.text) if self.value.role == "percent" else result_percent(table, self.value, row)

    @property
    def counts_beside(self) -> bool:
        """The measure's result and target columns hold counts worked out into
        its percent column; beside a result column of percentages they hold
        percentages too."""
        return self.value is None or self.value.role == "percent"


def table_measures(table: Table) -> list[Measure]:
    """The measures of a results table: one per value column.  Under a
    two-row header each value column goes with the columns of its group
    ("ประเด็นที่ 1 ยาเสพติด" over "ผู้เข้ารับการบำบัด | ติดตามครบ | ร้อยละ"),
    and every measure with the columns that belong to no group (the row's
    name, a target for all)."""
    values = value_columns(table)
    if len(values) <= 1:
        return [Measure(values[0] if values else None, table.columns)]
    groups = {v.col: set(table.group(v.col)) for v in values}
    grouped = set().union(*groups.values())
    return [
        Measure(v, tuple(c for c in table.columns if c.col in groups[v.col] or c.col not in grouped))
        for v in values
    ]


def measure_label(table: Table, measure: Measure) -> str:
    """What one of several measures of a table measures, from its header: its
    count columns' labels, or else the label spanning its group."""
    if measure.value is None:
        return ""
    upper = table.labels.get(measure.value.col, ())[:-1]
    named = value_name(measure.value)
    if upper and named:
        return " ".join([*upper, named])
    return numerator_label(table, measure.value) or " ".join(upper)


def value_name(col: Column) -> str:
    """What a percent column's own label names besides its unit ("HI (ร้อยละ)"
    -> "HI", "อัตราการสวมหมวก (%)" -> "อัตราการสวมหมวก"); "" for a bare "ร้อยละ"."""
    words = rule_re("table", "percent_unit").sub("", col.own).strip()
    return "" if _says_percent(words) or not any(ch.isalpha() for ch in words) else words


def kpi_of(kpis: list[OutcomeRecord], label: str, several: bool) -> OutcomeRecord | None:
    """The KPI stated before a table whose target a measure takes: the last
    one, or, when the table reports several measures, the last one of the
    measure's subject."""
    if not several:
        return kpis[-1] if kpis else None
    return next((k for k in reversed(kpis) if label and same_subject(k.indicator, label)), None)


@dataclass(frozen=True)
class TableContext:
    """What one measure's rows in a results table share."""

    table: Table
    measure: Measure
    year: int | None
    target: float | None
    indicator: str
    target_rows: tuple[Row, ...] | None = None  # the rows ``target`` is for; None: every row
    district_wide: bool = False  # ``target`` is the district's own: its total row's, not its ตำบล's
    kpi: str = ""  # the KPI whose target ``target`` is: it names the rows that take the target

    def target_of(self, row: Row) -> float | None:
        """The table's target for ``row``."""
        if self.district_wide and not is_total_row(row):
            return None
        applies = self.target_rows is None or any(row is r for r in self.target_rows)
        return self.target if applies else None


def _row_name(table: Table, row: Row) -> Block | None:
    """The cell naming a row's place: its district or ตำบล cell, else its
    first cell that is no row number."""
    named = table.cell(row, "district") or table.cell(row, "subdistrict")
    if named is not None:
        return named
    seq = {c.col for c in table.columns_of("seq")}
    cols = [c for c in sorted(row.cells) if c not in seq or cell_number(row.cells[c].text.rstrip(".)")) is None]
    return row.cells[cols[0]] if cols else None


def row_year(table: Table, row: Row) -> int | None:
    """The Buddhist-Era year a row's year cell names ("2562" under
    "ปีงบประมาณ"): the row reports that year's figures."""
    block = table.cell(row, "row_year")
    return label_year(block.text) if block is not None else None


def numbered_place(table: Table, name: str) -> str:
    """A place cell holding only a number names the place with its column's
    label ("หมู่ที่" over "1", "2", ... reads "หมู่ที่ 1"): a village number
    alone says nothing of where."""
    col = table.column("subdistrict")
    if col is None or not name.strip().isdigit():
        return name
    return f"{col.own} {name.strip()}"


def _row_subject(t: TableContext, row: Row, ctx: Context) -> tuple[bool, str | None, str] | None:
    """(is total, district, indicator) of a row, or ``None`` for a row with no subject."""
    table = t.table
    name_cell = _row_name(table, row)
    name = numbered_place(table, name_cell.text) if name_cell else ""
    _, own = cell_target(strip_list_marker(table.text(row, "indicator")))
    target_cell = t.measure.cell(row, "target")
    counted = "" if own else counted_subject(target_cell.text if target_cell else "")
    indicator = own or counted or (t.kpi if t.kpi and t.target_of(row) is not None else t.indicator)
    if is_total_row(row):
        return True, ctx.single, indicator
    if row_year(table, row) is not None:
        return False, ctx.single, indicator
    found = None if names_subdistrict(table, row) else row_district(table, row, name, ctx.province)
    if found:
        return False, found[0], indicator
    if table.column("indicator") or ctx.single:
        subject = indicator if table.column("indicator") or counted else f"{indicator} {name}".strip()
        return False, ctx.single, subject
    return None


def names_subdistrict(table: Table, row: Row) -> bool:
    """A row named in a ตำบล column and in no district column is a ตำบล's:
    a ตำบล sharing its name with a district elsewhere in the province
    ("โพธิ์ไทร") is not that district."""
    return table.cell(row, "district") is None and table.cell(row, "subdistrict") is not None


def row_district(table: Table, row: Row, name: str, province: str | None) -> tuple[str, str] | None:
    """The district a row is for: its name in the document's province, or, in
    a district column, a district of another province (a row copied from
    another report still reports that district's figures)."""
    if not name:
        return None
    found = resolve_district(name, province)
    if found is None and province is not None and table.cell(row, "district") is not None:
        found = resolve_district(name, None)
    return found


def _baseline_is_percent(t: TableContext, col: Column, row: Row, total: bool) -> bool:
    """A baseline cell holds a percentage when its label or the cell itself
    says so, or it is a total that is not the sum of the rows above it (a
    rate, in a table of percentages)."""
    block = row.cells.get(col.col)
    if _says_percent(col.label) or (block is not None and written_percent(block.text) is not None):
        return True
    if not total or t.measure.value is None:
        return False
    values = [cell_number(r.cells[col.col].text) for r in t.table.rows
              if r is not row and col.col in r.cells and not is_total_row(r) and not is_section_row(r, t.table)]
    value = cell_number(block.text) if block is not None else None
    return value is not None and value <= 100 and abs(sum(v or 0 for v in values) - value) > TOLERANCE


def row_in_percent(table: Table, row: Row) -> bool | None:
    """Whether a row's bare figures are percentages: its unit cell says so
    ("ร้อยละ") or says another unit ("จุด", "ต่อแสนประชากร": a count or a
    rate, none); with no unit, its own indicator naming a percentage
    ("ร้อยละของ...") or a rate ("... ต่อแสนประชากร") says so; ``None``
    when the row does not tell."""
    unit = table.cell(row, "unit")
    if unit is not None and unit.text:
        return _says_percent(unit.text)
    own = strip_list_marker(table.text(row, "indicator"))
    if rule_re("table", "rate_indicator").search(own):
        return False
    return True if own and rule_re("table", "percent_indicator").match(own) else None


def year_value(t: TableContext, col: Column, row: Row, total: bool, in_percent: bool | None) -> float | None:
    """The percentage a year or baseline cell of ``row`` reports, or ``None``:
    a figure written as a percentage, or a bare one where the row, or else
    the column or table, says its figures are percentages.  A figure after
    a bound or a change ("≥ 80", "ลดลง 10") is a target, not a result."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None or figure.bound or figure.change:
        return None
    if figure.marked or in_percent is not None:
        return figure.value if figure.marked or in_percent else None
    if (_says_percent(t.indicator) and col.role == "year") or _baseline_is_percent(t, col, row, total):
        return figure.value
    return None


def year_target(t: TableContext, col: Column, row: Row, in_percent: bool | None) -> CellFigure | None:
    """The percentage target a target-year cell of ``row`` sets ("90",
    "ลดลงร้อยละ 10"), or ``None``: written as a percentage, or a bare figure
    of at most 100 (more is a count) where the row, or else the column or
    table, says it is one."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None:
        return None
    if figure.marked:
        return figure
    says = in_percent if in_percent is not None else _says_percent(col.label, t.indicator)
    return figure if says and figure.value <= PERCENT_MAX else None


def column_year(col: Column, year: int | None) -> int | None:
    """The year a year or baseline column's figures are for: the year its
    label names, or for a baseline naming none ("ก่อนดำเนินโครงการ") the
    year before the table's own."""
    if col.year_be is not None or col.role != "baseline" or year is None:
        return col.year_be
    return year - 1


def row_outcomes(t: TableContext, row: Row, ctx: Context) -> Iterator[OutcomeRecord]:
    """The current-year outcome of a row's measure, its baseline-year ones,
    and the target it sets for each year of a target column ("ค่าเป้าหมาย"
    over "2567 | 2568"): a bare target of that year, or the target of the
    result of that year."""
    table, measure = t.table, t.measure
    subject = _row_subject(t, row, ctx)
    if subject is None or is_section_row(row, table):
        return
    total, district, indicator = subject
    value = measure.value_of(table, row)
    name_cell = table.cell(row, "indicator") or row.cells.get(min(row.cells))
    row_target = measure.number(row, "target_pct")
    if row_target is None:
        row_target = cell_target(name_cell.text if name_cell else "")[0] or percent_target(table, measure, row)
    own_year = row_year(table, row)
    year = own_year if own_year is not None else t.year
    target = row_target if row_target is not None else t.target_of(row) if year == t.year else None
    in_percent = row_in_percent(table, row)
    out: list[OutcomeRecord] = []
    cell = measure.value_cell(row) or measure.cell(row, "target_pct")
    if cell is not None and (value is not None or row_target is not None):
        out.append(OutcomeRecord(
            indicator=indicator, district=district, value_pct=value, target_pct=target,
            year_be=year, result=measure.number(row, "result") if measure.counts_beside else None,
            denominator=measure.number(row, "target") if measure.counts_beside else None,
            evidence=evidence(cell),
        ))
    for col in [c for c in measure.columns if c.role in ("baseline", "year") and column_year(c, t.year) is not None]:
        year = column_year(col, t.year)
        current = year == t.year
        number = year_value(t, col, row, total, in_percent)
        if number is None or (current and value is not None):
            continue
        out.append(OutcomeRecord(
            indicator=indicator, district=district, value_pct=number,
            target_pct=target if current else None, year_be=year, evidence=evidence(row.cells[col.col]),
        ))
    for col in [c for c in measure.columns if c.role == "target_year" and c.year_be is not None]:
        figure = year_target(t, col, row, in_percent)
        if figure is None or any(o.year_be == col.year_be and o.target_pct is not None for o in out):
            continue
        same = [i for i, o in enumerate(out) if o.year_be == col.year_be]
        if same:
            out[same[0]] = out[same[0]].model_copy(update={"target_pct": figure.value})
            continue
        out.append(OutcomeRecord(
            indicator=f"{indicator} {figure.change}".strip(), district=district, value_pct=None,
            target_pct=figure.value, year_be=col.year_be, evidence=evidence(row.cells[col.col]),
        ))
    yield from out


def total_restates(table: Table, measure: Measure, earlier: list[OutcomeRecord]) -> OutcomeRecord | None:
    """The KPI, stated with its result and target before the table, whose
    result the table's total row restates ("ร้อยละ 94.25" of the KPI row,
    then a table by ตำบล totalling 94.25): the table breaks that KPI down,
    so its rows are measured against the KPI's target."""
    totals = [measure.value_of(table, r) for r in table.rows if is_total_row(r)]
    first = table.grid.first.order
    return next((o for o in reversed(earlier)
                 if o.target_pct is not None and o.value_pct is not None and o.evidence.block < first
                 and any(v is not None and abs(v - o.value_pct) <= TOLERANCE for v in totals)), None)


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


def table_outcomes(
    doc: Document, table: Table, ctx: Context, earlier: list[OutcomeRecord], notes: TableNotes,
    since: int = -1, tabled: list[OutcomeRecord] | None = None,
) -> list[OutcomeRecord]:
    """Outcomes of one results table, measure by measure, with its own target
    (header, title or a note under it, for the rows the note names) or the
    KPI target of its subject stated before it (after block ``since``, the
    previous table's last, for a KPI stated with its result), or the target
    of the KPI, in prose or an earlier table (``tabled``), whose result its
    total row restates.

    In a document about one district, a target stated outside the table in
    a paragraph of findings or a KPI is the district's: it goes to the
    table's total row, not to the rows of its ตำบล.
    """
    kpis = stated_kpis(table, earlier, since)
    if is_findings_table(table):
        return findings_outcomes(doc, table, ctx, kpis)
    stated = table_target(table, notes.blocks)
    rows = noted_rows(stated[1], notes) if stated and stated[1] in notes.blocks else None
    per_district = ctx.single is not None and table.column("indicator") is None
    measures = table_measures(table)
    several = len(measures) > 1
    year = table_year(table, ctx.year_be)
    findings_target = stated is not None and stated[1] in table.title and reports_result(stated[1].text)
    out: list[OutcomeRecord] = []
    for measure in measures:
        label = measure_label(table, measure) if several else ""
        bound = group_bound(table, measure)
        target, wide = (bound, False) if bound is not None else ((stated[0] if stated else None), findings_target)
        kpi = kpi_of(kpis, label, several)
        named = ""
        own_target = measure.column("target_pct") or (None if measure.counts_beside else measure.column("target"))
        if target is None and measure.value is not None and own_target is None and kpi:
            target, named, wide = kpi.target_pct, kpi.indicator, True
        broken_down = total_restates(table, measure, [*earlier, *(tabled or [])]) if target is None and own_target is None else None
        if broken_down is not None:
            target = broken_down.target_pct
        indicator = label or (measured_clause(title_subject(titled_measure(table)))
                              or numerator_label(table, measure.value)
                              or (kpis[-1].indicator if kpis else "") or caption_subject(table))
        t = TableContext(table, measure, year, target, indicator, rows, wide and per_district, named)
        out += [o for row in table.rows for o in row_outcomes(t, row, ctx)]
    return out
