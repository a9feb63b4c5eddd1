"""An amounts cell that notes what its one figure is for or who pays it.

Activity tables with a budget column often write the funder, or the thing
bought, under the figure ("42,600 ¶ (กองทุน ศปถ.อำเภอ)", "17,500 ¶ (500 บาท
x 35 ชุด) ¶ เหล่ากาชาดอำเภอ...", "6,500 ¶ (ค่าน้ำยาพ่นหมอกควัน)").  Such a cell
is no pure amounts cell, so it is read here: its figure is the row's amount;
a note opening with a cost word is the line's description, any other note
names its funder.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.lines import is_generic
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.thai.numbers import find_amounts, parse_number


@dataclass(frozen=True)
class NotedAmount:
    """A cell's figure and its note: ``purpose`` (a cost the money buys) or
    ``funder`` (who pays), one of them set; ``start``/``end`` span the note."""

    amount: float
    purpose: str | None
    funder: str | None
    start: int
    end: int


def noted_amount(text: str) -> NotedAmount | None:
    """The figure opening an amounts cell and the note after it
    (``line.noted_amount``), or None: a note holding money of its own
    ("(รางวัลที่ 1 7,000 บาท ...)") spells out lines, a bare name that
    says only "money" names no funder, and a note outside brackets names
    one only when it opens with a funding body's name (``source.funder_name``).
    Arithmetic in brackets (``quantity.bracketed``) is skipped over, not
    taken as the note."""
    shown = rule_re("quantity.bracketed").sub(lambda m: " " * len(m.group()), text)
    m = rule_re("line.noted_amount").fullmatch(shown)
    if m is None or find_amounts(m["note"]):
        return None
    amount = parse_number(m["amount"])
    note = m["note"].strip().strip("()（）").strip()
    if not amount or not note:
        return None
    start, end = m.start("note"), m.end("note")
    if rule_re("line.expense_start").match(note):
        return NotedAmount(amount, note, None, start, end)
    bracketed = m["note"].lstrip().startswith(("(", "（"))
    if not bracketed and not rule_re("source.funder_name").match(note):
        return None  # a bare word after a figure counts it ("12 เดือน"), it names no payer
    funder = clean_source(note)
    if funder is None or is_generic(funder):
        return None
    return NotedAmount(amount, None, funder, start, end)
