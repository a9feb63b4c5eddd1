"""A date range a PDF broke over two lines: the line that opens with the range's
second half ("– 31 สิงหาคม 2567 ใช้น้ำยาพ่นหมอกควัน 7,300 บาท") ends the line
before ("(3) พ่นหมอกควัน... ระหว่าง 1 มิถุนายน"), it starts no activity."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import find_amounts

# A line opening with a range's dash ("– 31 สิงหาคม 2567 ..."): a PDF's
# wrapped range, which the parser may take for a dash bullet.
RANGE_TAIL_RE = re.compile(r"\s*[–—-]\s*(?=[0-9๐-๙])")


def _broken_pairs(doc: Document, fy: int | None) -> dict[int, tuple[Block, Block, str]]:
    """Blocks that end a range the block before them opened, by order: (that block, this one, the joined range).

    The block before must end in a date with no year of its own
    ("ระหว่าง 1 มิถุนายน"), and this one open with the dash and a dated end.
    """
    pairs: dict[int, tuple[Block, Block, str]] = {}
    for before, block in pairwise(doc.body()):
        dash = RANGE_TAIL_RE.match(block.text)
        if dash is None or block.table is not None or before.table is not None:
            continue
        tail = find_dates(block.text[dash.end():])
        if not tail or tail[0].span[0] != 0 or tail[0].year_inferred:
            continue
        head = find_dates(before.text, fy)
        if not head or before.text[head[-1].span[1]:].strip() or not head[-1].year_inferred:
            continue
        opened = before.text[head[-1].span[0]:head[-1].span[1]]
        pairs[block.order] = (before, block, f"{opened} – {block.text[dash.end():dash.end() + tail[0].span[1]]}")
    return pairs


def rejoined_ranges(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Drafts with each broken range made whole again.

    The last activity of the line before takes the range, and the money the
    broken line spends when it has none of its own; what the broken line
    names (the range's end, then what was used) is no activity.
    """
    pairs = _broken_pairs(doc, fy)
    if not pairs:
        return drafts
    out = [d for d in drafts if d.block.order not in pairs]
    for before, tail, joined in pairs.values():
        owned = [i for i, d in enumerate(out) if d.block.order == before.order]
        if not owned:
            continue
        i = max(owned, key=lambda k: out[k].start)
        dates = find_dates(joined, fy)
        amounts = find_amounts(tail.text)
        money = out[i].budget if out[i].budget is not None or len(amounts) != 1 else amounts[0][0]
        out[i] = replace(out[i], date_from=dates[0].start, date_to=dates[0].end, budget=money) if dates else out[i]
    return out
