"""The columns and measures of a results table: which columns hold achieved
percentages, what a cell's figure is, and what each measure is named in the
header (their years: ``table_years``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent, noted_figure
from pcc_ingest.extract.outcomes.column_groups import value_group, year_home, year_spans
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.measure_words import counts_under_percent, names_change
from pcc_ingest.extract.tables import (
    Column,
    Row,
    Table,
    cell_number,
    is_section_row,
    is_total_row,
)
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import parse_number
from pcc_ingest.thai.text import strip_list_marker

# A row's indicator naming a count ("จำนวนผู้บาดเจ็บจากอุบัติเหตุทางถนน (ราย)" in a
# table of KPIs by quarter): with its unit closing it, its figures are no percentages.
COUNT_INDICATOR_RE = re.compile(r"^\s*จำนวน")

# A bare target above this is a count, not a percentage ("เป้าหมาย 2568" of
# 150 people in a row of percentages).
PERCENT_MAX = 100


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
    if is_funding_split(table):
        return True
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


def is_funding_split(table: Table) -> bool:
    """A table of money by funding source ("แหล่งงบประมาณ | จำนวนเงิน |
    ร้อยละ"): its percent column is each source's share of the budget,
    background even where a page break cut the table and its total row off
    (a spending rate is given by activity or item, never by source).  Its
    rows are the sources: a table whose rows are districts or activities
    with their source beside ("อำเภอ | งบประมาณตามแผน | แหล่งงบประมาณ |
    เบิกจ่ายแล้ว | ร้อยละ") gives each row's spending rate."""
    named_by = next((c.role for c in table.columns if c.role != "seq"), None)
    return bool(named_by == "source" and table.column("budget_amount")
                and not table.column("indicator"))


def value_columns(table: Table) -> tuple[Column, ...]:
    """The columns of achieved percentages: the percent columns, or else the
    result columns that hold percentages: in a table of indicators, cells
    written as percentages ("ตัวชี้วัด | ... | ผลงานสะสม" holding "ร้อยละ
    75.00") or bare figures of rows whose unit is "ร้อยละ"; in any table,
    bare figures under a label naming a percentage ("ร้อยละของ พชต.
    ผ่านเกณฑ์" over "เป้าหมาย | ผลงาน").  A table of activities keeps its
    "ร้อยละ 100" for running text.  A column under a percentage's label whose
    own cell counts ("ร้อยละของ พชต. ผ่านเกณฑ์" over "ผ่าน (ตำบล) | ร้อยละ")
    holds the count worked out into the percentages beside it."""
    percent = table.columns_of("percent")
    if percent:
        return tuple(c for c in percent if not is_shares_column(table, c) and not counts_under_percent(table, c))
    return tuple(
        c for c in table.columns_of("result")
        if (table.column("indicator") is not None or says_percent(c.label))
        and any(result_percent(table, c, r) is not None for r in table.rows)
    )


def result_percent(table: Table, col: Column, row: Row) -> float | None:
    """The percentage a result cell of ``row`` reports: written as one or
    proved by its bracketed count ("87.50 (105/120 คน)"), or a
    bare figure (at most 100, more is a count) where the row's unit or
    indicator, or else the column's label, says its figures are
    percentages; ``None`` for a count, a rate, a blank, "-" or "N/A"."""
    block = row.cells.get(col.col)
    if block is None:
        return None
    written = written_percent(block.text)
    if written is None:
        written = fraction_percent(block.text)
    if written is not None:
        return written
    figure = cell_figure(block.text)
    if figure is not None and figure.change and figure.marked and names_change(table.text(row, "indicator"), figure.change):
        return figure.value
    if figure is None or figure.bound or figure.change:
        return None
    in_percent = row_in_percent(table, row)
    says = in_percent if in_percent is not None else says_percent(col.label)
    return figure.value if says and figure.value <= PERCENT_MAX else None


@dataclass(frozen=True)
class CellFigure:
    """The one figure a table cell holds and what is written around it."""

    value: float
    marked: bool  # written as a percentage ("ร้อยละ 90", "90%")
    bound: bool  # after a bound ("ไม่น้อยกว่า", "≤"): a bar to reach
    change: str  # the change it is ("ลดลง"), part of what it measures
    year_be: int | None = None  # the year a bracket after it names ("14.80 (ปี 2565)")


def cell_figure(text: str) -> CellFigure | None:
    """The figure of a cell holding one ("90", "ร้อยละ 100", "ไม่น้อยกว่าร้อยละ
    90", "ร้อยละ 95 ขึ้นไป", "ลดลงร้อยละ 10", "≤ 26.00", "14.80 (ปี 2565)" with its year), or a figure its bracketed count proves a
    percentage ("87.50 (105/120 คน)") or a note follows ("88.75 (ต่ำกว่าเป้าหมาย)"),
    else ``None`` (words, a range, two figures)."""
    m = rule_re("table", "cell_figure").match(text)
    m = None if m and m["base"] and not m["change"] else m  # a base is only a change's
    value = parse_number(m["n"]) if m else None
    if m is None or value is None:
        noted = noted_figure(text)
        return CellFigure(noted[0], noted[1], False, noted[2]) if noted is not None else None
    change = " ".join(m["change"].split()) if m["change"] else ""
    year = int(m["year"]) if m["year"] else 2500 + int(m["yy"]) if m["yy"] else None
    return CellFigure(value, bool(m["pct"] or m["sign"]), bool(m["bound"] or m["after"] or m["above"]), change, year)


def row_in_percent(table: Table, row: Row) -> bool | None:
    """Whether a row's bare figures are percentages: its unit cell says so
    ("ร้อยละ") or says another unit ("จุด", "ต่อแสนประชากร": a count or a
    rate, none), as does a count's indicator closed by its unit in brackets
    ("จำนวนผู้เสียชีวิต (ราย)"; "ครัวเรือนคัดแยกขยะ (ครัวเรือน)" over "จำนวน |
    ร้อยละ" names what its count column counts); with no unit, its own indicator naming a percentage
    ("ร้อยละของ...") or a rate ("... ต่อแสนประชากร"), or its bracketed
    percentage target ("... (ไม่น้อยกว่าร้อยละ 80)"), says so; ``None``
    when the row does not tell."""
    unit = table.cell(row, "unit")
    if unit is not None and unit.text:
        return says_percent(unit.text)
    own = strip_list_marker(table.text(row, "indicator"))
    counted = COUNT_INDICATOR_RE.match(own) and rule_re("change_columns", "count_unit").search(own)
    if rule_re("table", "rate_indicator").search(own) or counted:
        return False
    if own and (rule_re("table", "percent_indicator").match(own) or rule_re("table", "cell_target").search(own)):
        return True
    return None


def says_percent(*labels: str) -> bool:
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
        if self.value.role != "percent":
            return result_percent(table, self.value, row)
        # a cell worked out from its count ("212/498 (42.57)") holds the percentage it proves
        proved = fraction_percent(block.text)
        if proved is not None:
            return proved
        # a change in a percent column ("ลดลงร้อยละ 31.71" under "ผลลัพธ์") is the result the row measures
        figure = cell_figure(block.text)
        if figure is not None and figure.change and figure.marked and not figure.bound:
            return figure.value
        # a remark in words after the figure ("77.78 (ต่ำกว่าเกณฑ์ อยู่ระหว่างประเมินซ้ำ ...)") is no part of it
        return cell_number(rule_re("table", "cell_remark").sub("", block.text))

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
    name, a target for all).  A table of years only measures one thing per
    group of year columns ("จุดความร้อนสะสม (จุด)" and "ผู้มีภาวะพึ่งพิง...
    (ร้อยละ)" each over "ปี 2565 | ปี 2566"); so does a run of year columns
    under another indicator's label beside the value columns (``column_groups``)."""
    values = value_columns(table)
    if not values:
        return year_groups(table)
    groups = {v.col: value_group(table, v, values) for v in values}
    grouped = set().union(*groups.values())
    spans = year_spans(table, grouped)
    loose = tuple(c for c in table.columns if c.col not in grouped and not any(c in span for span in spans))
    if len(values) == 1 and not spans:
        return [Measure(values[0], table.columns)]
    return [
        *(Measure(v, tuple(c for c in table.columns if c.col in groups[v.col] or c in loose)) for v in values),
        *(Measure(None, tuple(c for c in table.columns if c in span or c in loose)) for span in spans),
    ]


def year_groups(table: Table) -> list[Measure]:
    """The measures of a table with no value column: one per label spanning
    year columns, each with its baselines (``year_home``) and the columns of
    no group; one measure of every
    column when its year columns share one label or none."""
    spans = list(dict.fromkeys(table.labels.get(c.col, ())[:-1] for c in table.columns_of("year")))
    if len(spans) <= 1 or () in spans:
        return [Measure(None, table.columns)]
    home = {c.col: year_home(table, c.col, spans) for c in table.columns}
    return [Measure(None, tuple(c for c in table.columns if home[c.col] in (None, span))) for span in spans]
