"""Parallel lines of a plan row's cells: a row whose activity cell lists several
numbered tasks may write each task's head count, period and cost lines in the
same order in its other cells; paired in order, each task keeps its own."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pcc_ingest.extract.activities.act_words import actor_re
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.dates import PartialDate, find_dates

Dates = tuple[PartialDate | None, PartialDate]
NUMBER_RE = re.compile(r"\d[\d,]*")


def parallel_counts(text: str, n: int) -> list[int] | None:
    """The head counts of a participants cell, one per task ("คณะทำงาน 40 คน
    อาสาสมัคร 105 คน" beside two tasks); None unless there are exactly ``n``."""
    counts = [int(m["n"].replace(",", "")) for m in rule_re("participants", "count").finditer(text)]
    return counts if n > 1 and len(counts) == n else None


def parallel_periods(text: str, n: int, fy: int | None) -> list[Dates | None] | None:
    """The entries of a period cell, one per task: dates joined by "และ" are one
    entry, a recurrence ("ทุกเดือน") an undated one; None unless exactly ``n``."""
    if n < 2 or not text:
        return None
    marks = [(m.span[0], m.span[1], True) for m in find_dates(text)]
    marks += [(m.start(), m.end(), False) for m in rule_re("parallel", "recurring").finditer(text)]
    marks.sort()
    entries: list[tuple[int, int, bool]] = []
    for start, end, dated in marks:
        if entries and entries[-1][2] and dated and rule_re("parallel", "joiner").match(text[entries[-1][1]:start]):
            entries[-1] = (entries[-1][0], end, True)
        elif not entries or start >= entries[-1][1]:
            entries.append((start, end, dated))
    if len(entries) != n:
        return None
    return [dates_in(text[s:e], fy) if dated else None for s, e, dated in entries]


def line_owner(line: str, counts: list[int | None], numbers: list[set[int]], last: int | None) -> int:
    """The task a cost line pays for: the one whose head count the line counts
    ("x 40 คน"), else the one task whose own figures the line repeats ("14 ด่าน
    x 14 วัน" for "ตั้งด่าน... 14 ด่าน"), else the task of the line above."""
    heads = {int(m["n"].replace(",", "")) for m in rule_re("participants", "count").finditer(line)}
    hits = [i for i, c in enumerate(counts) if c in heads]
    if len(hits) != 1:
        figures = {int(m.group().replace(",", "")) for m in NUMBER_RE.finditer(line)}
        hits = [i for i, own in enumerate(numbers) if own & figures]
    return hits[0] if len(hits) == 1 else last if last is not None else 0


def split_costs(lines: list[tuple[str, float]], counts: list[int] | None, items: list[str]) -> list[float | None]:
    """Each task's money from the row's cost lines, in order, each line going to
    its ``line_owner``; a task no line pays for gets None."""
    heads: list[int | None] = list(counts) if counts else [None] * len(items)
    numbers = [{int(m.group().replace(",", "")) for m in NUMBER_RE.finditer(t)} | ({c} if c else set())
               for t, c in zip(items, heads)]
    money: list[float | None] = [None] * len(items)
    last: int | None = None
    for text, amount in lines:
        last = line_owner(text, heads, numbers, last)
        money[last] = (money[last] or 0) + amount
    return money


def same_days_named(a: Draft, b: Draft) -> bool:
    """Two drafts held on the same days, to the day, one named by words all
    found in the other's name ("ตรวจเยี่ยม 5 อำเภอ (9-13 มิ.ย. 2568)" in a
    budget table, "ลงพื้นที่ตรวจเยี่ยมเสริมพลัง พชอ. 5 อำเภอ ระหว่างวันที่ 9 – 13
    มิถุนายน 2568" in the account): a budget table shortens the name of the
    activity it pays for.  The short name must have ``[parallel] short_name_runs`` word-runs.
    A task handed to a party ("สาธารณสุขอำเภอ... จัดประชุมเชิงปฏิบัติการ... ในวันที่ 22
    มีนาคม 2566" under a plan row "ประชุมเชิงปฏิบัติการ... 18 ตำบล" of that day) is
    compared by its act, the party and a leading "จัด" left out.  A budget
    table may also leave words out of the name's middle (``left_out``)."""
    if a.date_from is None or a.date_to is None or not (a.date_from.day and a.date_to.day):
        return False
    if (a.date_from, a.date_to) != (b.date_from, b.date_to):
        return False
    short, long_ = sorted((_act(a.title), _act(b.title)), key=len)
    runs = [fold(r).lower() for r in short.split()]
    if len(runs) >= activity_rules()["parallel"]["short_name_runs"] and all(r in fold(long_).lower() for r in runs):
        return True
    return left_out(fold(short).lower(), fold(long_).lower())


def left_out(short: str, long_: str) -> bool:
    """Whether ``short`` is ``long_`` with a few words left out, its pieces in order
    ("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่" in a budget table for "ตั้งด่านชุมชนช่วง 7 วัน
    อันตรายเทศกาลปีใหม่ 8 จุด"): at most ``left_out_pieces`` runs of at least
    ``left_out_min_piece`` characters, two at least (words left out between), make up the whole short name."""
    rules = activity_rules()["parallel"]
    blocks = [b for b in SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
              if b.size >= rules["left_out_min_piece"]]
    return 2 <= len(blocks) <= rules["left_out_pieces"] and sum(b.size for b in blocks) == len(short)


def _act(title: str) -> str:
    """A title without the party that leads it and a leading "จัด"/"การ"."""
    m = actor_re().match(title)
    return comparable(title[m.start("action"):] if m else title)
