"""A heading naming an indicator and its year over a dash list of places with
their percentages ("ตัวชี้วัดที่ 1 ร้อยละของ... ปี 2565 (ภาพรวมอำเภอ ร้อยละ
81.67)" over "- ต.สมเด็จ ร้อยละ 85.71"): each item is the indicator's figure in
that place, of the heading's year, named "<indicator> ต.<place>"; the figure in
the heading's bracket is the indicator's for the whole ("<indicator>
ภาพรวมอำเภอ").  The prose reader alone sees an item's place as its subject,
and in a plan reads its bare figure as a target: a figure of a year before the
plan's is its baseline, a result.  A heading giving its target in brackets
instead of a year ("ร้อยละ... (เป้าหมาย ร้อยละ 70)") over items with bare figures
("- ต.นาสาร 66.67"), which the prose reader does not see, or over a paragraph
introducing them ("… คิดเป็น 76.47% รายตำบลดังนี้"), makes each item a
result of the document's year with that target; the heading's own target is
theirs, no record.  An item may end on the counts its figure was worked out
from ("- อำเภอบึงโขงหลง ร้อยละ 73.68 (42 จาก 57 หมู่บ้าน)"), and an item
naming a district of the province ("- อำเภอพรเจริญ ร้อยละ 88.20") is that
district's figure of the indicator, named by the heading alone.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import says_percent
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker


def place_item(text: str, listed: bool = False) -> str | None:
    """The place a list item names when it holds only a place and its
    percentage ("- ต.สมเด็จ ร้อยละ 85.71"), else ``None``; ``listed``: the
    text is a list item whose marker the document keeps apart (a Word list)."""
    rest = rule_re("place_lists", "item_marker").sub("", text, count=1)
    if rest == text and not listed:
        return None
    m = rule_re("place_cells", "place_figure").fullmatch(rest.strip())
    return " ".join(m["place"].split()) if m else None


def list_heading(doc: Document, block: Block) -> re.Match[str] | None:
    """The heading over the list of places ``block`` is an item of: the first
    block before it that is no such item, when it names a percentage's
    indicator and a year."""
    prev = doc.body_before(block.order, skip_blank=True)
    while prev is not None and place_item(prev.text, prev.kind == "list_item") is not None:
        prev = doc.body_before(prev.order, skip_blank=True)
    if prev is None:
        return None
    m = rule_re("place_lists", "heading").match(prev.text)
    return m if m and says_percent(m["name"]) else None


def headed(m: re.Match[str]) -> tuple[str, int]:
    """(indicator, year) a heading over a list of places names."""
    return " ".join(m["name"].split()).strip(" :-"), int(m["year"])


def _targeted_items(doc: Document, year_be: int | None, district: str | None,
                    province: str | None) -> tuple[list[OutcomeRecord], set[int]]:
    """The items of every list under a heading stating its target in brackets,
    as results "<indicator> <place>" with that target (of the district an
    item names, "<indicator>" alone), and the orders of the heading and item
    blocks they replace the prose reader's records of."""
    out: list[OutcomeRecord] = []
    used: set[int] = set()
    body = [b for b in doc.body() if b.kind != "table_cell" and b.text.strip()]
    for i, head in enumerate(body):
        m = rule_re("place_lists", "target_heading").match(head.text)
        if m is None or not says_percent(m["name"]):
            continue
        name, target = " ".join(strip_list_marker(m["name"]).split()), float(m["target"])  # "4. ร้อยละ…"
        items = []
        after = body[i + 1:]
        if after and rule_re("place_lists", "list_intro").search(after[0].text):
            after = after[1:]  # a paragraph introducing the list ("… รายตำบลดังนี้") keeps its own figure
        for item in after:
            rest = rule_re("place_lists", "item_marker").sub("", item.text, count=1)
            rest = rule_re("place_lists", "item_counts").sub("", rest)
            f = rule_re("place_cells", "place_figure").fullmatch(rest.strip())
            if f is None or (rest == item.text and item.kind != "list_item"):
                break
            start = item.text.rindex(f["figure"])
            place = " ".join(f["place"].split())
            found = resolve_district(place, province) if province else None
            items.append(OutcomeRecord(
                indicator=name if found else f"{name} {place}", district=found[0] if found else district,
                value_pct=float(f["figure"]), target_pct=target, year_be=year_be,
                evidence=evidence(item, start, start + len(f["figure"]))))
            used.add(item.order)
        if items:
            out += items
            used.add(head.order)
    return out, used


def place_lists(doc: Document, prose: list[OutcomeRecord], year_be: int | None,
                district: str | None = None, province: str | None = None) -> list[OutcomeRecord]:
    """``prose`` with each item of a list of places under an indicator's
    heading named "<indicator> <place>" and given the heading's year (its bare
    figure a result when that year is before the document's, ``year_be``), and
    the heading's own bracketed figure named by what it is of."""
    targeted, used = _targeted_items(doc, year_be, district, province)
    out = targeted
    for o in prose:
        if o.evidence.block in used:
            continue
        block = doc.blocks[o.evidence.block]
        place = place_item(block.text, block.kind == "list_item")
        m = list_heading(doc, block) if place else rule_re("place_lists", "heading").match(block.text)
        if m is None or (place is None and not (m["whole"] and says_percent(m["name"]))):
            out.append(o)
            continue
        name, year = headed(m)
        update: dict[str, object] = {"indicator": f"{name} {place or ' '.join(m['whole'].split())}", "year_be": year}
        if o.value_pct is None and year_be is not None and year < year_be:  # a baseline, not a target
            update |= {"value_pct": o.target_pct, "target_pct": None}
        out.append(o.model_copy(update=update))
    return out
