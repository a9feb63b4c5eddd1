"""Date-first lines a PDF wrapped: a borderless two-column log ("8 พ.ย. 2565 |
ประชุมชี้แจง... ผู้เข้าร่วม 36 คน") comes out of a PDF as one line per printed
line, so the end of a long entry ("ทั้ง 4 อำเภอ ณ ห้องประชุม... ผู้เข้าร่วม 36
คน") stands on a line of its own between two lines that open with their
dates.  That line goes on with the entry above it: its head count and money
are that activity's when it has none."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.structure import BULLET_RE, LIST_NUMBER_RE
from pcc_ingest.extract.budget import text_items
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates


def _opens_with_date(block: Block) -> bool:
    """The line's first words are a date ("17–20 ม.ค. 2566 ประชุม...")."""
    found = find_dates(block.text[:40])
    return bool(found) and found[0].span[0] == 0


def _goes_on(line: Block, below: Block, after: Block | None) -> bool:
    """``below`` is the wrapped rest of ``line``: both printed lines of one PDF
    page, ``below`` neither dated, numbered nor bulleted, and the next line
    (if any) opens with its date again."""
    if line.page is None or below.page != line.page or below.kind != line.kind or line.kind == "table_cell":
        return False
    if _opens_with_date(below) or LIST_NUMBER_RE.match(below.text) or BULLET_RE.match(below.text):
        return False
    return after is None or _opens_with_date(after)


def with_wrapped_lines(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` of date-first lines given the head count and money of the
    line a PDF wrapped them onto, when they have none of their own."""
    body = doc.body()
    at = {b.order: i for i, b in enumerate(body)}
    drafted = {d.block.order for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        i = at.get(d.block.order)
        if i is None or i + 1 >= len(body) or not _opens_with_date(d.block) or body[i + 1].order in drafted:
            out.append(d)
            continue
        below = body[i + 1]
        if not _goes_on(d.block, below, body[i + 2] if i + 2 < len(body) else None):
            out.append(d)
            continue
        money = sum(item.amount_baht for item in text_items(below)) or None
        out.append(replace(d, participants=d.participants or head_count(below.text), budget=d.budget or money))
    return out
