"""A note under a results table giving the targets by the rows' numbers ("*
ผลการประเมินเทียบกับค่าเป้าหมาย … ได้แก่ ตัวชี้วัด 1.1 ไม่น้อยกว่าร้อยละ 90,
1.2 ไม่น้อยกว่าร้อยละ 40 และ 3.1 ไม่น้อยกว่าร้อยละ 50" under a table whose
indicator cells open "1.1 …", "1.2 …" and whose pass/fail column it explains):
each numbered row's figures of the table's latest year take its target, and
the note states those targets only, so it adds no records of its own.  A
PDF breaks a long note into lines: a line opening with the next clause
("1.2 ไม่น้อยกว่าร้อยละ 40, …") goes on with it.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block, Document

# One clause of such a note: an indicator's number (maybe after "ตัวชี้วัด(ที่)"),
# or several sharing one target ("ตัวชี้วัด 2.1 และ 2.2 ไม่น้อยกว่าร้อยละ 90",
# "1.1, 1.2 ร้อยละ 90"), maybe a bound, and its percentage ("ร้อยละ 90", "90%").
NUMBERED_CLAUSE_RE = re.compile(
    r"(?:ตัว\s*ชี้\s*วัด\s*(?:ที่\s*)?)?(?<![\d.])"
    r"(?P<n>\d{1,2}(?:\.\d{1,2})+(?:\s*(?:,|และ|กับ)\s*\d{1,2}(?:\.\d{1,2})+)*)(?![\d.]*\s*%)\s*"
    r"(?:ไม่\s*น้อย\s*กว่า|ไม่\s*ต่ำ\s*กว่า|ไม่\s*เกิน|อย่าง\s*น้อย|มากกว่า|น้อยกว่า|≥|≤|>=|<=|<|>|=)?\s*"
    r"(?:ร้อย\s*ละ\s*(?P<t>\d+(?:\.\d+)?)|(?P<sign>\d+(?:\.\d+)?)\s*%)")
# Each indicator number of a clause naming several.
CLAUSE_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
# A row's indicator cell opening with its number ("1.1 ร้อยละของ…", "1.1) …").
ROW_NUMBER_RE = re.compile(r"^\s*(?P<n>\d{1,2}(?:\.\d{1,2})+)\.?\)?\s")
# A note names targets by number only when it gives at least this many.
MIN_CLAUSES = 2


def note_lines(doc: Document, note: Block | None) -> tuple[Block, ...]:
    """``note`` and the lines right after it that open with one of its clauses."""
    if note is None or note.kind == "table_cell":
        return ()
    lines = [note]
    for block in doc.blocks[note.order + 1:]:
        if block.kind in ("header", "footer"):
            continue
        m = NUMBERED_CLAUSE_RE.match(block.text)
        if block.kind == "table_cell" or m is None or m.start() != 0:
            break
        lines.append(block)
    return tuple(lines)


def numbered_targets(lines: tuple[Block, ...]) -> dict[str, float]:
    """Each row number's target in a note's ``lines``; {} when it names fewer than two."""
    text = " ".join(b.text for b in lines)
    found = {n: float(m["t"] or m["sign"])
             for m in NUMBERED_CLAUSE_RE.finditer(text) for n in CLAUSE_NUMBER_RE.findall(m["n"])}
    return found if len(found) >= MIN_CLAUSES else {}


def _row_numbers(table: Table) -> dict[int, str]:
    """The number each row's indicator cell opens with, by row."""
    numbers = {}
    for row in table.rows:
        m = ROW_NUMBER_RE.match(table.text(row, "indicator"))
        if m:
            numbers[row.index] = m["n"]
    return numbers


def notes_numbered_rows(lines: tuple[Block, ...], table: Table) -> bool:
    """A note's ``lines`` give targets to at least two of ``table``'s numbered rows."""
    return len(set(numbered_targets(lines)) & set(_row_numbers(table).values())) >= MIN_CLAUSES


def lend_numbered_targets(records: list[OutcomeRecord], table: Table, lines: tuple[Block, ...]) -> list[OutcomeRecord]:
    """``records`` of ``table`` with each latest-year figure of a numbered row
    taking the target its number has in the note's ``lines`` (unchanged when
    the note names fewer than two of the table's rows)."""
    targets, numbers = numbered_targets(lines), _row_numbers(table)
    if len(set(targets) & set(numbers.values())) < MIN_CLAUSES:  # ``notes_numbered_rows``
        return records
    years = [o.year_be for o in records if o.year_be is not None]
    out = []
    for o in records:
        target = targets.get(numbers.get(o.evidence.row, ""))
        latest = not years or o.year_be == max(years)
        out.append(o.model_copy(update={"target_pct": target}) if target is not None and latest and o.value_pct is not None else o)
    return out
