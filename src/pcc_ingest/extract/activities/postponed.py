"""Activities put off in minutes: an agenda item proposes to hold an activity of the
plan on a new date ("4.1 การเลื่อนกิจกรรมประกวด... เลื่อนเป็นวันที่ 19 มิถุนายน 2567
ผู้เข้าร่วม 100 คน งบประมาณเดิม 8,000 บาท") and the meeting agrees ("เห็นชอบให้เลื่อนตามที่
เสนอ").  The activity keeps its place in the plan and takes the new date (the old one,
"เดิม 10 เม.ย. 67", is no longer when it is held); the resolution only settles the item."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import PartialDate
from pcc_ingest.thai.numbers import find_amounts


@dataclass(frozen=True)
class Postponement:
    """An agenda item putting off one named activity, with what it says of the new date."""

    block: Block
    act: str
    dates: tuple[PartialDate | None, PartialDate] | None
    participants: int | None
    budget: float | None


def postponements(doc: Document, fy: int | None) -> list[Postponement]:
    """The agenda items that put off an activity (``[postponed] item``)."""
    out = []
    for b in doc.body():
        m = rule_re("postponed", "item").match(b.text)
        if m is None or not m["act"].strip():
            continue
        moved = rule_re("postponed", "new_date").search(b.text, m.end("act"))
        dates = dates_in(b.text[moved.end():], fy) if moved else None
        amounts = find_amounts(b.text[m.end("act"):])
        out.append(Postponement(b, m["act"].strip(), dates, head_count(b.text[m.end("act"):]),
                                amounts[0][0] if amounts else None))
    return out


def settles_postponement(d: Draft, items: list[Postponement]) -> bool:
    """A decision right under a postponing item that only agrees to put it off
    ("เห็นชอบให้เลื่อนตามที่เสนอ"): no activity of its own."""
    return bool(rule_re("postponed", "settles").match(d.title)) and any(
        p.block.order < d.block.order for p in items)


def with_postponements(drafts: list[Draft], items: list[Postponement]) -> list[Draft]:
    """Each put-off activity dated by its new date, its head count and money
    filled from the item when the plan gave none."""
    out = list(drafts)
    for p in items:
        at = next((i for i, d in enumerate(out) if same_activity(d.title, p.act)), None)
        if at is None:
            continue
        d = out[at]
        out[at] = replace(
            d, date_from=p.dates[0] if p.dates else d.date_from, date_to=p.dates[1] if p.dates else d.date_to,
            participants=d.participants or p.participants, budget=d.budget or p.budget)
    return out
