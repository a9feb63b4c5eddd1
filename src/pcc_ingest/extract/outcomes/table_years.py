"""The years of a results table's figures: the table's own year, read from its
header, the year each year or baseline column is for, and the year a target
stated with one is set for."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import mask_years
from pcc_ingest.extract.tables import Column, Table, label_role
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates, find_fiscal_year, fiscal_year_of


def table_year(table: Table, fallback: int | None) -> int | None:
    """The fiscal year of a table's current figures: its header's period or year.

    The labels of baseline and year columns name earlier years, not the
    table's own (a round's column naming no year dates the table's own
    figures: "รอบที่ 2 (31 พ.ค. 65)"); a year its title states that is earlier than its latest
    result-year column is the year it is compared with ("เปรียบเทียบกับ
    ปีงบประมาณ 2565" over "ปี 2565 | ปี 2566"): that column's year is the
    table's own.
    """
    earlier = {c.col for c in table.columns if c.role in ("baseline", "year") and c.year_be is not None}
    above = above_heading(table)
    heads = [b for b in table.header_blocks() if b not in above and (b.table != table.grid.table or b.col not in earlier)]
    words = " ".join(b.text for b in heads)
    dates = find_dates(words)
    stated = [fiscal_year_of(dates[0].start.first_day())] if dates else find_fiscal_year(words)
    if not stated:
        return fallback
    latest = max((c.year_be for c in table.columns if c.role == "year" and c.year_be is not None), default=None)
    return latest if latest is not None and stated[0] < latest else stated[0]


def above_heading(table: Table) -> list[Block]:
    """The title's lines of running text above its last heading: a note under
    the previous table ("ข้อมูล ณ วันที่ 10/10/2566"), not this table's period.
    The numbered line right above the table ("6.2 ผลการเปลี่ยนแปลง...
    จำแนกรายตำบล", a .docx's bold paragraph rather than a heading style)
    heads it as a heading does."""
    numbered = rule_re("section", "outline_number")
    last = max((i for i, b in enumerate(table.title) if b.kind == "heading"
                or (i == len(table.title) - 1 and numbered.match(b.text))), default=0)
    return [b for b in table.title[:last] if b.kind != "heading"]


def column_year(col: Column, year: int | None) -> int | None:
    """The year a year or baseline column's figures are for: the year its
    label names, or for a baseline naming none ("Base line", "ข้อมูลพื้นฐาน")
    the year before the table's own, but for a measure taken before the
    work ("ก่อนดำเนินโครงการ", "ก่อนอบรม": a pretest) the table's own, or
    for a round of results naming none ("ผลการดำเนินงาน" over "รอบที่ 1 |
    รอบที่ 2") or their running total ("สะสม 9 เดือน") or a month's ("ต.ค.") the table's own year."""
    if col.year_be is not None or year is None:
        return col.year_be
    if col.role == "baseline":
        return year if rule_re("table", "before_work").match(col.own) else year - 1
    rounds = label_role(col.own) == "period" or rule_re("table", "running_total").match(col.own) \
        or rule_re("table", "month_label").match(col.own)  # a month's cumulative result ("ต.ค.")
    return year if rounds else None


def target_year(text: str) -> int | None:
    """The year the first target in ``text`` is set for, written between its
    target word and its figure ("ค่าเป้าหมายปี 2568 ร้อยละ 75"); ``None`` when none is."""
    m = rule_re("table", "target").search(mask_years(text))
    y = rule_re("year", "before").search(text, m.start(), m.start("t")) if m else None
    return int(y["year"]) if y else None
