"""A member's request that the chair hands to a party in the same breath
("ผู้แทน อสม. ขอให้จัดหาเสื้อกั๊ก... ประธานมอบ อปท. พิจารณา"): the meeting
decided that the party take the request up, so it is a decision to act."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.model import Block


def handed_request(block: Block, fy: int | None) -> Draft | None:
    """The request of ``block`` handed on (``[minutes] handed``, ``request``),
    titled "<party> <verb><act>"; ``None`` when the line hands nothing on or
    asks for nothing before.  Whom the request is for ("สำหรับ อสม. 240 คน")
    are not people taking part, so it has no head count."""
    handed = rule_re("minutes", "handed").search(block.text)
    if handed is None:
        return None
    asks = [m for m in rule_re("minutes", "request").finditer(block.text, 0, handed.start())]
    if not asks:
        return None
    span = title_span(block.text, asks[-1].end(), handed.start(), sentence=True)
    if span is None:
        return None
    draft = new_draft(block, span, block.text[asks[-1].end():handed.start()], fy)
    party, verb = handed["party"].strip(), handed["verb"]
    return replace(draft, title=f"{party} {verb}{draft.title}", participants=None)
