"""An activity held in parts told as its numbered sub-items in one cell ("2.
อบรม... 2.1 รุ่นที่ 1 ... จำนวน 40 คน 2.2 รุ่นที่ 2 ... จำนวน 60 คน"): the
sub-items only spell out the activity, and its people are all the parts'."""

from __future__ import annotations

import re

from pcc_ingest.extract.activities.draft import head_count

# A sub-item's marker "2.1" (not part of a figure, a date or a meeting's
# number "1/2567"): the major and minor numbers.
SUB_ITEM_RE = re.compile(r"(?<![\d./])(?P<major>\d{1,2})\s*\.\s*(?P<minor>\d{1,2})(?![\d./%])\s")


def cohort_people(text: str) -> int | None:
    """The head counts of two or more sub-items of one number ("2.1 … 40 คน
    2.2 … 60 คน" -> 100), each sub-item naming its own; None when a sub-item
    names no count or the markers are not one run."""
    marks = list(SUB_ITEM_RE.finditer(text))
    if len(marks) < 2 or len({m["major"] for m in marks}) != 1:
        return None
    if [int(m["minor"]) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    counts = [head_count(text[m.end():end], priced=False) for m, end in zip(marks, ends, strict=True)]
    return sum(counts) if all(counts) else None  # type: ignore[arg-type]
