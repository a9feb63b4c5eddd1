"""Outcomes of results tables, read through their header: one per row and
measure, year columns as baselines, with the target the row, header, title, a
note under the table or the KPI stated before it sets.  A table of findings
in sentences is read as running text, row by row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.breakdown import breakdown_kpi
from pcc_ingest.extract.outcomes.common import (
    MIN_INDICATOR_CHARS,
    TOLERANCE,
    Context,
    rule_re,
)
from pcc_ingest.extract.outcomes.findings_tables import (
    findings_outcomes,
    is_findings_table,
    row_district,
)
from pcc_ingest.extract.outcomes.group_rows import group_district
from pcc_ingest.extract.outcomes.running_text import (
    count_re,
    drop_counts,
)
from pcc_ingest.extract.outcomes.table_measures import (
    PERCENT_MAX,
    CellFigure,
    Measure,
    cell_figure,
    column_year,
    measure_label,
    numerator_label,
    row_in_percent,
    says_percent,
    table_measures,
    table_year,
    value_columns,
    written_percent,
)
from pcc_ingest.extract.outcomes.table_targets import (
    TableNotes,
    caption_subject,
    cell_target,
    group_bound,
    kpi_of,
    measured_clause,
    noted_rows,
    percent_target,
    reports_result,
    stated_kpis,
    table_target,
    title_subject,
    titled_measure,
)
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import (
    Column,
    Row,
    Table,
    cell_number,
    is_section_row,
    is_total_row,
    label_year,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker


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


def drop_count_bracket(words: str) -> str:
    """An indicator cell's words without the bracketed counts its figure was
    worked out from ("ร้อยละของผู้เดินทาง... ครบ 14 วัน (1,214/1,231 ราย)",
    "(28 จาก 62 ราย)"): how many passed is the result's arithmetic, not what
    is measured (RECORDS.md: an indicator without a bracketed result)."""
    return " ".join(rule_re("table", "count_bracket").sub(" ", words).split())


def _row_subject(t: TableContext, row: Row, ctx: Context) -> tuple[bool, str | None, str] | None:
    """(is total, district, indicator) of a row, or ``None`` for a row with no subject."""
    table = t.table
    name_cell = _row_name(table, row)
    name = numbered_place(table, name_cell.text) if name_cell else ""
    _, own = cell_target(strip_list_marker(table.text(row, "indicator")))
    own = drop_count_bracket(own)
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
    grouped = group_district(table, row, ctx.province)
    if grouped and table.column("indicator"):
        return False, grouped, indicator
    if table.column("indicator") or ctx.single:
        subject = indicator if table.column("indicator") or counted else f"{indicator} {name}".strip()
        return False, ctx.single, subject
    return None


def names_subdistrict(table: Table, row: Row) -> bool:
    """A row named in a ตำบล column and in no district column is a ตำบล's:
    a ตำบล sharing its name with a district elsewhere in the province
    ("โพธิ์ไทร") is not that district."""
    return table.cell(row, "district") is None and table.cell(row, "subdistrict") is not None


def _baseline_is_percent(t: TableContext, col: Column, row: Row, total: bool) -> bool:
    """A baseline cell holds a percentage when its label or the cell itself
    says so, or it is a total that is not the sum of the rows above it (a
    rate, in a table of percentages)."""
    block = row.cells.get(col.col)
    if says_percent(col.label) or (block is not None and written_percent(block.text) is not None):
        return True
    if not total or t.measure.value is None:
        return False
    values = [cell_number(r.cells[col.col].text) for r in t.table.rows
              if r is not row and col.col in r.cells and not is_total_row(r) and not is_section_row(r, t.table)]
    value = cell_number(block.text) if block is not None else None
    return value is not None and value <= 100 and abs(sum(v or 0 for v in values) - value) > TOLERANCE


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
    if (says_percent(t.indicator) and col.role == "year") or _baseline_is_percent(t, col, row, total):
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
    says = in_percent if in_percent is not None else says_percent(col.label, t.indicator)
    return figure if says and figure.value <= PERCENT_MAX else None


def bar_target(text: str) -> float | None:
    """The figure of a row's percentage-target cell: a bare or marked one
    ("80", "ร้อยละ 80") or one after a bound ("≥ 60", "ไม่น้อยกว่า 90"); a
    change ("ลดลง 10") or words give none."""
    figure = cell_figure(text)
    return figure.value if figure is not None and not figure.change else None


def drop_bare_target(out: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A row's target standing alone, when its year's results by round or
    column ("≥ 60" beside "รอบที่ 1 | รอบที่ 2") each carry it: the target
    belongs to those results, not to a record of its own."""
    if not out or out[0].value_pct is not None or out[0].target_pct is None:
        return out
    first = out[0]
    carried = any(o.value_pct is not None and o.year_be == first.year_be and o.target_pct == first.target_pct
                  for o in out[1:])
    return out[1:] if carried else out


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
    if row_target is None:  # a bound the plain reader does not take ("≥ 60")
        target_cell = measure.cell(row, "target_pct")
        row_target = bar_target(target_cell.text) if target_cell is not None else None
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
    out = drop_bare_target(out)
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
        broken_down = breakdown_kpi(doc, table, measure, [*earlier, *(tabled or [])]) if target is None and own_target is None else None
        if broken_down is not None:
            target = broken_down.target_pct
        indicator = label or (measured_clause(title_subject(titled_measure(table)))
                              or numerator_label(table, measure.value)
                              or (kpis[-1].indicator if kpis else "") or caption_subject(table))
        t = TableContext(table, measure, year, target, indicator, rows, wide and per_district, named)
        out += [o for row in table.rows for o in row_outcomes(t, row, ctx)]
    return out
