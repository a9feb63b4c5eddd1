"""The items listed under a heading of success indicators ("8.
ตัวชี้วัดความสำเร็จ" over "1. ... ไม่น้อยกว่าร้อยละ 80", "3. ... ร้อยละ 100
(30 แห่ง)"): what a project sets out to reach, so a figure there with no
target word before it is still a target, as in a plan.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.model import Block, Document


def listed_number(block: Block) -> tuple[int, ...] | None:
    """The outline number a block opens with ("2." -> (2,), "5.2" -> (5, 2)), if any."""
    m = rule_re("section", "outline_number").match(block.text)
    return tuple(int(n) for n in m["n"].split(".")) if m else None


def next_item(number: tuple[int, ...], last: tuple[int, ...] | None) -> bool:
    """``number`` goes on a list whose last item was ``last`` (or opens one at
    1): the next at its level, the first under it ("2" then "2.1"), or the
    next at a level above after a sub-item ("2.1" then "3")."""
    if last is None:
        return number[-1] == 1
    if number == (*last, 1):
        return True
    depth = len(number)
    return depth <= len(last) and number[:-1] == last[:depth - 1] and number[-1] == last[depth - 1] + 1


def kpi_items(doc: Document) -> set[int]:
    """The blocks (orders) of the list right under each heading of success
    indicators: bulleted items, or numbered ones counting on from 1; the
    first block that is neither (the next heading, "9. ผลที่คาดว่าจะได้รับ")
    ends the list."""
    heading, marker = rule_re("section", "kpi_heading"), rule_re("section", "item_marker")
    out: set[int] = set()
    listing = False
    last: tuple[int, ...] | None = None
    for block in doc.body():
        if block.kind != "table_cell" and heading.match(block.text):
            listing, last = True, None
            continue
        if not listing:
            continue
        number = listed_number(block)
        if block.kind == "table_cell":
            listing = False
        elif number is not None and next_item(number, last):
            last = number
            out.add(block.order)
        elif number is None and (block.kind == "list_item" or marker.match(block.text)):
            out.add(block.order)
        else:
            listing = False
    return out
