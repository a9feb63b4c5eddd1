"""Activities told as sections: a numbered sub-heading names the activity
("4.1 กิจกรรมประชุมคณะกรรมการ พชอ. คัดเลือกประเด็นและจัดทำแผน") and the
paragraphs under it say when, how many and how much ("จัดประชุมเมื่อวันที่
..."), so what the readers found in those paragraphs is that one activity,
titled by its heading (``[headed] title``).  A budget table that repeats the
section's number and dates over its cost lines ("2. อบรม CG และ อสม.
(12-13 ก.พ. 68)" for "4.2 กิจกรรมอบรม...") names the same activity."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pcc_ingest.extract.activities.draft import Draft, gives_when_who_or_money, new_draft
from pcc_ingest.extract.activities.ordinals import lone_number
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Block, Document


@dataclass
class Section:
    """An activity sub-heading, its title span, its number ("4.2" -> 2) and the blocks under it."""

    heading: Block
    start: int
    end: int
    number: int
    body: list[Block]


def activity_sections(doc: Document) -> list[Section]:
    """Each activity sub-heading with the blocks under it, up to the next heading or table."""
    out: list[Section] = []
    current: Section | None = None
    for block in doc.body():
        if block.kind in ("heading", "table_cell"):
            m = rule_re("headed", "title").match(block.text) if block.kind == "heading" else None
            current = Section(block, m.start("title"), len(block.text.rstrip()), int(m["n"]), []) if m else None
            if current is not None:
                out.append(current)
        elif current is not None:
            current.body.append(block)
    return out


def under_activity_headings(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """``drafts`` with those read under an activity sub-heading folded into one
    draft titled by the heading (the first dates, head count and money told),
    or, when no reader found an act there, one read from the section's words."""
    out = list(drafts)
    for sec in activity_sections(doc):
        orders = {b.order for b in sec.body}
        told = [d for d in out if d.block.order in orders]
        text = " ".join(b.text for b in sec.body)
        if not told and not gives_when_who_or_money(text):
            continue
        span = (sec.start, sec.end)
        dated = next((d for d in told if d.date_from or d.date_to), None)
        folded = new_draft(sec.heading, span, text, fy) if not told else Draft(
            sec.heading.text[sec.start:sec.end], sec.heading, sec.start, sec.end,
            date_from=dated.date_from if dated else None, date_to=dated.date_to if dated else None,
            participants=next((d.participants for d in told if d.participants), None),
            budget=next((d.budget for d in told if d.budget), None))
        gone = {id(d) for d in told} | {id(d) for d in out if repeats(d, folded, sec.number)}
        folded = replace(folded, budget=folded.budget or next((d.budget for d in out if id(d) in gone), None))
        at = next((i for i, d in enumerate(out) if id(d) in gone or d.block.order > sec.heading.order), len(out))
        out = [*[d for d in out[:at] if id(d) not in gone], folded, *[d for d in out[at:] if id(d) not in gone]]
    return out


def repeats(d: Draft, section: Draft, number: int) -> bool:
    """A table's numbered group with the section's number and exactly its dates."""
    return (d.block.kind == "table_cell" and lone_number(d) == number and d.date_from is not None
            and (d.date_from, d.date_to) == (section.date_from, section.date_to))
