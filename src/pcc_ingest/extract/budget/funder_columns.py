"""Funders given one amount column each under a spanning source label.

A budget table may split its money by funder across columns: "แหล่ง
งบประมาณ (บาท)" spans several columns, a row below it names one funder
per column ("สสอ.X | กองทุน... | รพ.X"), and each cost line writes its
money under the funder who pays it ("1,750 | - | - | 1,750").  The table
reader keeps only the spanning label as the source column, so its first
cell holds a figure, not a name; the funder is the column's name.  The
spanning label may instead be an amount column's that says the money is
split by source ("งบประมาณจำแนกตามแหล่ง (บาท)"), with a total column among
the funders' ("รวม"); a row with nothing under any funder is a heading over
lines, its figure their subtotal.
"""

from __future__ import annotations

from collections.abc import Iterable

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.lines import arithmetic
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.extract.tables import Column, Row, Table, cell_number, is_total_row
from pcc_ingest.model import Block


def _source_label(table: Table) -> Column | None:
    """The source column, or an amount column whose label says it is split by source."""
    return table.column("source") or next(
        (c for c in table.columns_of("budget_amount") if rule_re("line.by_source_label").search(c.own)), None)


def _source_span(table: Table) -> list[int]:
    """The grid columns under the source label: from the source column up to
    the next column the header names or labels (a "รวม" or last year's
    column the reader gives no role still closes the funders' span)."""
    col = _source_label(table)
    if col is None:
        return []
    named = sorted({c.col for c in table.columns} | {c for c, ls in table.labels.items() if ls} - {col.col})
    named = [c for c in named if c > col.col]
    last = named[0] if named else max((c for r in table.rows for c in r.cells), default=col.col) + 1
    return list(range(col.col, last))


def _amount_span(table: Table) -> list[int]:
    """The grid columns under an amount column spanning several unnamed ones
    ("งบประมาณ (บาท)" over "งบ X | กองทุน… | อปท. | รวม"): from it up to the
    next column the header names or labels, or to the table's last column.
    A summary's funders may stand under a plain amount label too, and the
    spanning label need not be the last ("งบประมาณที่ได้รับจัดสรร (บาท)" over
    the funders, then "เบิกจ่ายแล้ว | คงเหลือ | ระยะเวลา": a progress report's
    allocated money by funder); ``funder_columns`` still asks for the row of
    names.  The first amount label spanning two or more columns is the one."""
    named = sorted({c.col for c in table.columns} | {c for c, ls in table.labels.items() if ls})
    end = max((c for r in table.rows for c in r.cells), default=0) + 1
    for amount in table.columns_of("budget_amount"):
        span = list(range(amount.col, next((c for c in named if c > amount.col), end)))
        if len(span) >= 2:
            return span
    return []


def funder_columns(table: Table) -> dict[int, str]:
    """Each column under a spanning source label and the funder it names
    (the row of names under the label: a lower header row the reader took
    for a body row), else each column the header itself heads with a funder
    (``header_funder_columns``), else each column under a plain amount label
    spanning a row of funders' names (``_amount_span``)."""
    span = _source_span(table)
    if len(span) < 2:
        return header_funder_columns(table) or _named_row(table, _amount_span(table))
    return _named_row(table, span)


def source_span_funders(table: Table) -> dict[int, str]:
    """Each column under a spanning source label ("แหล่งงบประมาณ ปี 2567"
    over "สสจ.X | กปท. | ศปถ.อำเภอ") and the funder its row of names gives:
    the header itself says these columns are sources, whatever the table's
    other columns ("รวม", last year's money) are."""
    return _named_row(table, _source_span(table))


def _named_row(table: Table, span: list[int]) -> dict[int, str]:
    """The funders one of the first two rows names across all of ``span``'s
    columns (a total column's name left out), else none."""
    if len(span) < 2:
        return {}
    for row in table.rows[:2]:
        texts = {c: b.text.strip() for c, b in row.cells.items() if b.text.strip() and c not in row.carried}
        if set(texts) != set(span) or any(cell_number(t) is not None for t in texts.values()):
            continue
        names = {c: clean_source(t) for c, t in texts.items() if not _is_total(t)}
        if len(names) >= 2 and all(names.values()):
            return {c: n for c, n in names.items() if n}
    return {}


def header_funder_columns(table: Table) -> dict[int, str]:
    """Columns the header heads with funders' names, a total column after them
    ("รายการ | กปท. | อบจ.X | เงินบำรุง รพ.X | รวม (บาท)"), read by how their
    figures lie: each cost line writes its money under the one funder who pays
    it, and that figure is the row's total.  At least one label must name a
    funder as funders are named (``source.funder_name``), so a grid of years
    or quarters adding up to a total is no such table."""
    if table.column("district") is not None or not (table.column("budget_detail") or table.column("activity")):
        return {}
    names, total = _header_names(table)
    if not names:
        names = unit_funder_columns(table)
        return names if one_figure_a_row(table, list(names)) else {}
    return names if _one_payer_a_line(table, list(names), total) else {}


def unit_funder_columns(table: Table) -> dict[int, str]:
    """Amount columns each headed by a funder's name and the unit, with no
    total column ("งบ พชอ. สสจ.X (บาท) | กองทุน… (บาท) | อปท. (บาท)", an action
    plan's money by funder): the funder each names, the unit left out; none
    unless two or more do and one of them as funders are named."""
    amounts = table.columns_of("budget_amount")
    if any(_is_total(ls[-1].strip()) for ls in table.labels.values() if ls):
        return {}
    names = {c.col: _column_funder(rule_re("line.unit_label").sub("", c.own or c.label))
             if rule_re("line.unit_label").search(c.own or c.label) else None for c in amounts}
    if len(names) < 2 or not all(names.values()) or not any(named_funder(n) for n in names.values() if n):
        return {}
    return {c: n for c, n in names.items() if n}


def one_figure_a_row(table: Table, cols: list[int]) -> bool:
    """Whether two or more body rows write one figure under the columns and
    at most one writes several: each line is paid by the one funder it
    stands under, bar one line two funders share."""
    paid = [_paid_columns(cols, row) for row in table.rows if not is_total_row(row)]
    return paid.count(1) >= 2 and sum(1 for n in paid if n >= 2) <= 1


def _header_names(table: Table) -> tuple[dict[int, str], int]:
    """The funders the header's last label row names before its one total
    column, and that column; none unless two or more columns name funders
    and one of them as funders are named."""
    labels = {col: ls[-1].strip() for col, ls in table.labels.items() if ls}
    roles = {c.col: c.role for c in table.columns}
    totals = [col for col, text in labels.items() if _is_total(text)]
    if len(totals) != 1:
        return {}, -1
    names = {col: _column_funder(text) for col, text in labels.items()
             if col < totals[0] and roles.get(col, "budget_amount") in _FUNDER_ROLES}
    if len(names) < 2 or not all(names.values()) or not any(named_funder(n) for n in names.values() if n):
        return {}, -1
    return {c: n for c, n in names.items() if n}, totals[0]


_FUNDER_ROLES = ("budget_amount", "source")
"""Roles a funder's own column may take: an amount column, or a column under a
spanning source label whose lower header row names the funder ("แหล่งงบประมาณ
(บาท)" over "สสจ.X | กองทุน… | เงินบำรุง…"), which the header reader calls a
source column because the upper label says so."""


def _column_funder(label: str) -> str | None:
    """The funder a column's label names: the bracketed funder after a budget
    category ("งบ อปท. (อบต.X)" -> "อบต.X"), else the label as a source."""
    m = rule_re("line.category_funder").match(label)
    return clean_source(m["funder"] if m else label)


def _one_payer_a_line(table: Table, cols: list[int], total: int) -> bool:
    """Whether every body row with figures under the columns has them add up
    to its total, and most rows have one figure only: the grand total row
    has several, and so may one line two funders share ("ถังขยะ … | 20,000 |
    - | 16,150 | 36,150", a minutes' table by source)."""
    single = several = 0
    for row in table.rows:
        if is_total_row(row):
            continue
        paid = [v for c in cols if c in row.cells and c not in row.carried
                and (v := cell_number(row.cells[c].text))]
        whole = cell_number(row.cells[total].text) if total in row.cells else None
        if not paid:
            continue
        if whole is None or abs(sum(paid) - whole) >= 0.5:
            return False
        single, several = (single + 1, several) if len(paid) == 1 else (single, several + 1)
    return single >= 2 and several <= 1


def _is_total(text: str) -> bool:
    """A total column's name among the funders' ("รวม")."""
    return bool(rule_re("line.funder_total").match(text))


def is_split_summary(table: Table) -> bool:
    """Whether funders stand under a plain amount label (no source label) and
    the rows writing figures under two or more of them are not one odd row
    among lines each one funder pays: a summary splitting each project's
    money by source ("โครงการที่ 1 … | 10,200 | - | 46,500 | - | 56,700"),
    whose figures are sums of lines itemised elsewhere.  A table of
    one-payer lines with a single split row keeps its lines; that row's
    funders may still tell whom its parts costed elsewhere are paid by
    (``split_sources``).  A row of each funder's share ("สัดส่วน (ร้อยละ)")
    makes it a summary of the funders' money whatever its other rows."""
    funders = funder_columns(table) if _source_label(table) is None else {}
    rows = [row for row in table.rows if not is_total_row(row)]
    if any(_paid_columns(funders, row) >= 2 and _is_share(row) for row in rows):
        return True
    split = sum(1 for row in rows if is_split_row(funders, row))
    single = sum(1 for row in rows if _paid_columns(funders, row) == 1)
    return split >= 2 or (split == 1 and single < 2)


def _is_share(row: Row) -> bool:
    """The row's first text names each column's share in percent (``line.share_row``)."""
    texts = row.texts()
    return bool(texts) and rule_re("line.share_row").match(texts[0]) is not None


def _paid_columns(funders: Iterable[int], row: Row) -> int:
    """How many funder columns of ``row`` hold a figure of the row's own."""
    return sum(1 for c in funders if c in row.cells and c not in row.carried and cell_number(row.cells[c].text))


def is_split_row(funders: dict[int, str], row: Row) -> bool:
    """A row writing figures under two or more funders with no working shown
    (an activity whose sub-activities are costed elsewhere, "1. คัดกรอง…
    (1.1–1.3) | 16,200.- | 33,600.- | - | 49,800.-"): likely a sum of lines
    itemised elsewhere."""
    return (_paid_columns(funders, row) >= 2 and not is_total_row(row) and not _is_share(row)
            and not _works_its_amount(row))


def _works_its_amount(row: Row) -> bool:
    """Whether a cell of the row shows the working of a cost line ("ถังขยะ
    300 ใบ × 120.50 บาท"): a line two funders share, no project's sum."""
    return any(arithmetic(b.text, None)[0] is not None for b in row.cells.values() if cell_number(b.text) is None)


def is_funder_row(funders: dict[int, str], row: Row) -> bool:
    """The row naming the funder columns (and their total's): no line of its own."""
    return bool(funders) and all(c in funders or c in row.carried or _is_total(b.text)
                                 for c, b in row.cells.items() if b.text.strip())


def is_group_row(funders: dict[int, str], row: Row) -> bool:
    """A row with nothing under any funder column (an activity's name over
    its cost lines, its subtotal in the total column, the funder columns
    merged across): every cost line of such a table writes its money under
    the funder who pays it, so this row is a heading, no line.  A cell the
    table reader carried down from a merged cell above is not the row's."""
    return bool(funders) and not any(c in funders and c not in row.carried and b.text.strip()
                                     for c, b in row.cells.items())


def funder_cell(funders: dict[int, str], row: Row, table: Table | None = None) -> Block | None:
    """The one funder column cell of a row holding a figure: the row's
    money, when the table's amount column is one funder's own.  A line two
    funders share ("เวทีมหกรรม… | 16,800 | - | 11,100 | 27,900") is worth the
    figure under the one total column after the funders, when ``table`` has one."""
    paying = [row.cells[c] for c in funders if c in row.cells and c not in row.carried
              and cell_number(row.cells[c].text)]
    if len(paying) == 1:
        return paying[0]
    totals = [c for c, ls in (table.labels.items() if table is not None and len(paying) > 1 else ())
              if ls and c > max(funders) and _is_total(ls[-1].strip())]
    return row.cells.get(totals[0]) if len(totals) == 1 else None


def column_funder(funders: dict[int, str], row: Row) -> str | None:
    """The funder of a row's money: the one funder column holding a figure."""
    paying = [name for c, name in funders.items()
              if c in row.cells and cell_number(row.cells[c].text)]
    return paying[0] if len(paying) == 1 else None
