"""The outcomes of one results-table row: its measure's current-year figure,
the baseline figures of its year columns, and the targets of its
target-year columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.awaited_results import awaited_target
from pcc_ingest.extract.outcomes.common import TOLERANCE, Context, rule_re
from pcc_ingest.extract.outcomes.range_targets import range_target
from pcc_ingest.extract.outcomes.row_subjects import merged_over, row_subject, row_year
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.outcomes.table_measures import (
    PERCENT_MAX,
    CellFigure,
    Measure,
    cell_figure,
    row_in_percent,
    says_percent,
    written_percent,
)
from pcc_ingest.extract.outcomes.table_targets import cell_target, percent_target
from pcc_ingest.extract.outcomes.table_years import column_year
from pcc_ingest.extract.outcomes.year_parts import part_name
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import (
    Column,
    Row,
    cell_number,
    is_section_row,
    is_total_row,
)
from pcc_ingest.model import Block

FRACTION = re.compile(r"\d\.\d")  # a figure written with a fraction ("78.45"): no count


def _baseline_is_percent(t: TableContext, col: Column, row: Row, total: bool) -> bool:
    """A baseline cell holds a percentage when its label or the cell itself
    says so, or it is a total that is not the sum of the rows above it (a
    rate, in a table of percentages); then every row's figure of that
    column is one too when the rows' figures have fractions, which counts
    never do ("ข้อมูลพื้นฐาน 2566 | 2567" under a percentage's name spanning
    the header: 78.45, 71.20 over the total 76.32); a column of whole
    numbers under a rate (0 | 1 over 50) holds each row's count."""
    block = row.cells.get(col.col)
    if says_percent(col.label) or (block is not None and written_percent(block.text) is not None):
        return True
    if t.measure.value is None:
        return False
    if total:
        return _not_a_sum(t, col, row)
    value = cell_number(block.text) if block is not None else None
    return value is not None and value <= PERCENT_MAX and _percent_column(t, col)


def _percent_column(t: TableContext, col: Column) -> bool:
    """The column has total rows, none the sum of the rows above it, and
    fractions in its body rows; one answer for all its cells, so worked out once."""
    known = t.percent_columns.get(col.col)
    if known is None:
        totals = [r for r in t.table.rows if is_total_row(r) and col.col in r.cells]
        body = [r.cells[col.col].text for r in t.table.rows if col.col in r.cells and not is_total_row(r)]
        known = t.percent_columns[col.col] = (bool(totals) and any(FRACTION.search(b) for b in body)
                                              and all(_not_a_sum(t, col, r) for r in totals))
    return known


def _not_a_sum(t: TableContext, col: Column, total: Row) -> bool:
    """A total row's figure of ``col`` is at most 100 and not the sum of the other rows' figures."""
    values = [cell_number(r.cells[col.col].text) for r in t.table.rows
              if r is not total and col.col in r.cells and not is_total_row(r) and not is_section_row(r, t.table)]
    block = total.cells.get(col.col)
    value = cell_number(block.text) if block is not None else None
    return value is not None and value <= 100 and abs(sum(v or 0 for v in values) - value) > TOLERANCE


def target_unit(measure: Measure, row: Row) -> bool | None:
    """Whether a row's bare figures are percentages, by its target cell when
    nothing else in the row tells (else, in ``row_outcomes``, by the table's
    own target for the row, from its header, title or a note under it): a
    target written as a percentage ("ร้อยละ 80") says so, a rate ("ไม่เกิน 50 ต่อแสนประชากร") says not; ``None``
    when it has no such target.  A plan's target for a coming year ("ค่าฐาน
    ปี 2567 | ค่าเป้าหมาย ปี 2568" over "72.40 | ร้อยละ 80–90") tells the
    unit of the row's baseline the same way."""
    cell = measure.cell(row, "target")
    coming = measure.cell(row, "target_year") if cell is None else None
    if coming is not None and coming.text and not rule_re("table", "rate_indicator").search(coming.text):
        return True if says_percent(coming.text) else None  # "ไม่เกินร้อยละ 15", "ร้อยละ 80–90": bounds and ranges too
    if cell is None or not cell.text:
        return None
    if rule_re("table", "rate_indicator").search(cell.text):
        return False
    return True if written_percent(cell.text) is not None else None


def yearless_rounds(t: TableContext, label: str) -> bool:
    """The measure is rounds of the table's own year only ("ไตรมาส 1 | ไตรมาส 2"
    under a caption naming results by quarter), no value column, no KPI lent,
    no rate and no row ``label`` closed by a count's unit ("พบไข่พยาธิ (คน)"):
    the rounds' bare figures are in the unit of the table's own target."""
    years = [c for c in t.measure.columns if c.role == "year"]
    return (t.measure.value is None and not t.kpi and bool(years) and all(c.year_be is None for c in years)
            and not rule_re("table", "rate_indicator").search(t.indicator)
            and not rule_re("change_columns", "count_unit").search(label))


def is_rate(block: Block | None) -> bool:
    """A value cell stating a rate ("26.73 (ต่อแสนประชากร)"), no percentage."""
    return block is not None and bool(rule_re("table", "rate_indicator").search(block.text))


def year_value(t: TableContext, col: Column, row: Row, total: bool, in_percent: bool | None) -> float | None:
    """The percentage a year or baseline cell of ``row`` reports, or ``None``:
    a figure written as a percentage, or a bare one where the row, or else
    the column or table, says its figures are percentages.  A figure after
    a bound or a change ("≥ 80", "ลดลง 10") is a target, not a result,
    unless the row's indicator measures that change ("จุดความร้อน (Hotspot)
    ลดลงจากปี 2566" beside "ลดลงร้อยละ 32.40")."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None or figure.bound or (figure.change and not measures_change(t, row, figure.change)):
        return None
    if figure.marked or in_percent is not None:
        return figure.value if figure.marked or (in_percent and figure.value <= PERCENT_MAX) else None
    if (says_percent(t.indicator) and col.role == "year") or _baseline_is_percent(t, col, row, total):
        return figure.value
    return None


def measures_change(t: TableContext, row: Row, change: str) -> bool:
    """The row's own indicator names the change a figure states ("ลดลง"), or
    its target is that change ("ลดลงร้อยละ 5 จากปี 2566" beside quarters of
    "ลดลงร้อยละ 4.12"; an inspection report's relative targets): the row
    measures the change, and each such figure is its result."""
    own = t.table.text(row, "indicator")
    if own and "".join(change.split()) in "".join(own.split()):
        return True
    bar = t.measure.cell(row, "target") or t.measure.cell(row, "target_pct")
    figure = cell_figure(bar.text) if bar is not None else None
    return figure is not None and "".join(figure.change.split()) == "".join(change.split())


def year_target(t: TableContext, col: Column, row: Row, in_percent: bool | None) -> CellFigure | None:
    """The percentage target a target-year cell of ``row`` sets ("90",
    "ลดลงร้อยละ 10"), or ``None``: written as a percentage, or a bare figure
    of at most 100 (more is a count) where the row, or else the column or
    table, says it is one.  A range ("ร้อยละ 80–90"; a plan's table of
    baselines and the year's target) sets its lower end, a bar."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None:
        low = range_target(block)
        return CellFigure(low, marked=True, bound=True, change="") if low is not None else None
    if figure.marked:
        return figure
    says = in_percent if in_percent is not None else says_percent(col.label, t.indicator)
    return figure if says and figure.value <= PERCENT_MAX else None


def stated_year(block: Block | None) -> int | None:
    """The year a figure cell names for itself ("14.80 (ปี 2565)" under
    "ก่อนดำเนินโครงการ"): it outranks the year its column or row implies."""
    figure = cell_figure(block.text) if block is not None else None
    return figure.year_be if figure is not None else None


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
    results of that year (each of its rounds)."""
    table, measure = t.table, t.measure
    subject = row_subject(t, row, ctx)
    if subject is None or is_section_row(row, table):
        return
    total, district, indicator = subject
    value = None if is_rate(measure.value_cell(row)) else measure.value_of(table, row)
    over = merged_over(table, row)  # a total under an indicator merged down: that indicator's target
    name_cell = table.cell(over, "indicator") or row.cells.get(min(row.cells))
    row_target = measure.number(over, "target_pct")
    if row_target is None:  # a bound the plain reader does not take ("≥ 60")
        target_cell = measure.cell(over, "target_pct")
        row_target = bar_target(target_cell.text) if target_cell is not None else None
    if row_target is None:
        row_target = cell_target(name_cell.text if name_cell else "")[0] or percent_target(table, measure, over)
    if row_target is None:
        row_target = range_target(measure.cell(over, "target"))
    own_year = stated_year(measure.value_cell(row))
    if own_year is None:
        own_year = row_year(table, row)
    year = own_year if own_year is not None else t.year
    target = row_target if row_target is not None else t.target_of(row) if year == t.year else None
    in_percent = row_in_percent(table, row)
    if in_percent is None:
        in_percent = target_unit(measure, row)
    if in_percent is None and yearless_rounds(t, table.text(row, "indicator")) and t.target_of(row) is not None:
        in_percent = True  # no target cell: the table's own percent target ("* เกณฑ์ผ่าน … ร้อยละ 60") says so
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
        stated = stated_year(row.cells.get(col.col))
        year = stated if stated is not None else column_year(col, t.year)
        pretest = col.role == "baseline" and year == t.year  # measured before the work, this year
        current = year == t.year and not pretest
        number = year_value(t, col, row, total, in_percent)
        # a round of the current year ("ไตรมาส 1") is a figure of its own beside the running
        # total; a count column under the year's label ("กลุ่มเปราะบาง (คน)") is not
        own_round = bool(rule_re("pairing", "round_named").search(part_name(table, col)))
        if number is None or (current and value is not None and not own_round):
            continue
        out.append(OutcomeRecord(
            indicator=f"{indicator} {part_name(table, col)}".strip(), district=district, value_pct=number,
            target_pct=target if current else None, year_be=year, evidence=evidence(row.cells[col.col]),
        ))
    out = drop_bare_target(out) or awaited_target(t, row, row_target, district, indicator, year)
    # a row's own target for a year ("เป้าหมาย 2566" beside "ผลงาน 2566") outranks one the whole table takes
    lent = row_target is None
    for col in [c for c in measure.columns if c.role == "target_year" and c.year_be is not None]:
        figure = year_target(t, col, row, in_percent)
        if figure is None or any(o.year_be == col.year_be and o.target_pct is not None
                                 and not (lent and o.year_be == t.year) for o in out):
            continue
        same = [i for i, o in enumerate(out) if o.year_be == col.year_be]
        for i in same:  # every round of that year ("ไตรมาส 1 | ไตรมาส 2" under "ผลการดำเนินงาน ปี 2567")
            out[i] = out[i].model_copy(update={"target_pct": figure.value})
        if same:
            continue
        out.append(OutcomeRecord(
            indicator=f"{indicator} {figure.change}".strip(), district=district, value_pct=None,
            target_pct=figure.value, year_be=col.year_be, evidence=evidence(row.cells[col.col]),
        ))
    yield from out
