"""Days set under a numbered plan table for one of its rows by number: minutes that
approve a costed plan may fix when one activity is held ("มติที่ประชุม อนุมัติแผน... และให้
ดำเนินกิจกรรมที่ 2 ในวันพุธที่ 12 มีนาคม พ.ศ. 2568"), and that day is when row 2 is
done, not a task of its own; it wins over the months the plan's quarter columns gave."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.columns import activity_column
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.groups import across_pages
from pcc_ingest.extract.activities.meetings import date_after
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.table_model import cell_number
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import PartialDate
from pcc_ingest.thai.text import thai_digits_to_arabic

# The number a row's activity cell opens with when the table has no number column ("2. อบรม...").
LEADING_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\s*[.)]\s")


def row_numbers(table: Table, *, leading: bool = True) -> dict[int, int]:
    """The activity cell's block order -> its row's number (the number column's, else,
    when ``leading``, the number the cell opens with)."""
    column = activity_column(table)
    out: dict[int, int] = {}
    for row in table.rows if column is not None else ():
        cell = row.cells.get(column)
        if cell is None:
            continue
        seq = table.cell(row, "seq")
        number = cell_number(thai_digits_to_arabic(seq.text)) if seq is not None else None
        lead = LEADING_NUMBER_RE.match(thai_digits_to_arabic(cell.text)) if leading else None
        if number is not None and float(number).is_integer():
            out[cell.order] = int(number)
        elif lead:
            out[cell.order] = int(lead[1])
    return out


def paragraphs_under(body: list[Block], table: Table) -> list[Block]:
    """The paragraphs under ``table`` (its last part, where a page break cut it) up to the
    next table or agenda heading (at most ``[referenced_dates] reach`` of them)."""
    orders = {b.order for b in table.grid.cells.values()} | {b.order for r in table.rows for b in r.cells.values()}
    last = max((i for i, b in enumerate(body) if b.order in orders), default=None)
    out: list[Block] = []
    for block in body[last + 1:] if last is not None else []:
        if block.kind == "table_cell" or rule_re("minutes", "agenda").match(block.text) \
                or len(out) >= activity_rules()["referenced_dates"]["reach"]:
            break
        out.append(block)
    return out


def referenced_days(blocks: list[Block]) -> dict[int, tuple[PartialDate | None, PartialDate]]:
    """Row number -> the day a line sets for holding that numbered activity."""
    out: dict[int, tuple[PartialDate | None, PartialDate]] = {}
    for block in blocks:
        text = thai_digits_to_arabic(block.text)
        for m in rule_re("referenced_dates", "reference").finditer(text):
            day = date_after(text, m.end())
            if day is not None and day[1].day is not None:
                out.setdefault(int(m["n"]), day)
    return out


def with_referenced_dates(doc: Document, tables: list[Table], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` of a numbered plan table's rows dated by the day a line under the
    table sets for their number."""
    body = doc.body()
    out = list(drafts)
    for table in across_pages(tables):
        numbers = row_numbers(table) if "activity" in table.roles else {}
        days = referenced_days(paragraphs_under(body, table)) if numbers else {}
        for k, d in enumerate(out):
            n = numbers.get(d.block.order)
            if n in days:
                out[k] = replace(d, date_from=days[n][0] or days[n][1], date_to=days[n][1])
    return out
