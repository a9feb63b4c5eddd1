"""Each act's stretch of a line, whose dates and head count are its own: where
a date between two acts belongs, where an act's name ends, and the acts read
out of a sentence that are states or routines and so none."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.openers import Opener
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.titles import TITLE_TRIM
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates

# A bracketed item marker ("(3) ", "3) ") in running text: the next item of an inline list;
# a bare number ("2 ตำบล") a line split may start at is none.
NEXT_ITEM_RE = re.compile(r"(?:^|\s)\(?\d{1,2}\)\s")


def line_drafts(block: Block, start: int, end: int, openers: list[Opener], fy: int | None) -> list[Draft]:
    """One draft per opener of the line ``block.text[start:end]``.

    Each takes the dates and head count of its stretch: from its opening (the
    line's start for the first, unless read out of a sentence) to the next
    one's.  A date that opens the next act's clause (``lead_clause``) belongs
    to that act; with no word opening the clause before it, the act before
    shares it when it has no date of its own.  An act read out of a sentence
    that reports a state or a routine (``reports_state``, ``is_routine``) is
    dropped.  The line's money goes to its activity when it names one.
    """
    text = block.text
    begins: list[int] = []
    shared: list[bool] = []  # the clause's date may also be the act's before
    lo = start
    for i, o in enumerate(openers):
        clause = lead_clause(text, lo, o.at) if i or o.told else None
        begins.append(clause[0] if clause else start if i == 0 and not o.told else o.at)
        shared.append(bool(clause) and not clause[1])
        lo = o.span[1]
    begins = dated_after(text, openers, begins, end)
    kept: list[tuple[str, tuple[int, int]]] = []  # (stretch, name span)
    for i, o in enumerate(openers):
        stop = end
        if i + 1 < len(openers):
            own = find_dates(text[begins[i]:begins[i + 1]])
            stop = openers[i + 1].at if shared[i + 1] and not own else begins[i + 1]
        found = rule_re("words", "result_clause").search(text, o.span[0], stop)
        stop = found.start() if found else stop
        span = _clip(text, o.span, stop)
        if span is None or (o.told and (reports_state(text[o.span[0]:end]) or is_routine(text[begins[i]:stop]))):
            continue
        kept.append((text[begins[i]:stop], span))
    money = _line_money(block, start, end) if len(kept) == 1 else None
    return [new_draft(block, span, stretch, fy, budget=money) for stretch, span in kept]


def dated_after(text: str, openers: list[Opener], begins: list[int], end: int) -> list[int]:
    """Where each act's stretch begins, once a date standing between two acts
    is given to the act before it when the act after has its own date ("คัดกรอง...
    ระหว่างเดือนพฤศจิกายน 2565 – มีนาคม 2566 จัดอบรม... ในวันที่ 9 – 10 มีนาคม
    2566"): a running account closes an act with its date, and an act already
    dated does not take a second, earlier one that opened its clause."""
    out = list(begins)
    for i in range(1, len(openers)):
        o = openers[i]
        stop = openers[i + 1].at if i + 1 < len(openers) else end
        if out[i] < o.at and find_dates(text[o.span[0]:stop]):
            out[i] = o.at
    return out


def _clip(text: str, span: tuple[int, int], stop: int) -> tuple[int, int] | None:
    """A name's span ended at ``stop`` at the latest (the next act's clause), its ends trimmed."""
    if stop >= span[1]:
        return span
    s, e = span[0], stop
    while e > s and text[e - 1] in TITLE_TRIM:
        e -= 1
    return (s, e) if len(fold(text[s:e])) >= activity_rules()["title"]["min_chars"] else None


def lead_clause(text: str, lo: int, at: int) -> tuple[int, bool] | None:
    """Where the clause opening the act at ``at`` with its date begins, in
    ``text[lo:at]`` ("... เป็นต้น ต่อมาเมื่อวันที่ 18 – 19 เมษายน 2567 ได้จัดอบรม"
    -> at "ต่อมา"), and whether a word opening a clause leads it: a date led
    by a time word, with only who acted between it and the act; ``None`` when
    the act has no such date ([clauses])."""
    found = find_dates(text[lo:at])
    if not found:
        return None
    date = found[-1]
    gap = text[lo + date.span[1]:at].strip()
    rules = activity_rules()["clauses"]
    if len(gap) > rules["reach"] or any(c.isdigit() for c in gap) or rule_re("clauses", "venue").search(gap):
        return None
    if gap and not who_re().match(gap):
        return None
    time = rule_re("clauses", "time").search(text, lo, lo + date.span[0])
    if time is None:
        return None
    before = connective_end_re().search(text, lo, time.start())
    return (before.start(), True) if before else (time.start(), False)


@cache
def who_re() -> re.Pattern[str]:
    """Who acts ([actors] who), at the start of a text."""
    return re.compile(rf"^(?:{'|'.join(activity_rules()['actors']['who'])})", re.IGNORECASE)


@cache
def connective_end_re() -> re.Pattern[str]:
    """A word opening a clause ([clauses] connective) right before where a search ends."""
    return re.compile(rf"{activity_rules()['clauses']['connective']}\s*$")


def is_routine(text: str) -> bool:
    """An act done every day or week ("ได้สำรวจลูกน้ำยุงลาย... ทุกวันศุกร์") with
    no date of its own: a way of working, not one activity ([duties] routine)."""
    return bool(rule_re("duties", "routine").search(text)) and not find_dates(text)


def reports_state(text: str) -> bool:
    """A sentence that says its act is done already ("ได้ประเมินตนเองแล้ว มีผล...",
    "มีการประชุม พชอ. แล้ว 2 ครั้ง") and gives no date: a state a progress
    check found, or a tally, not one activity."""
    return bool(rule_re("status", "done_already").match(text)) and not find_dates(text)


def _line_money(block: Block, start: int, end: int) -> float | None:
    """The money a line of text gives its activity: the sum of its budget lines
    before any total that a PDF ran onto the line ("... 20,000 บาท รวมงบประมาณ
    ปี 2569 จำนวน 185,000 บาท").  A line is the stretch's where it begins or
    where its amount stands: the first cost line of an inline "(1) … (2) …"
    paragraph may be read from the paragraph's start ("ประเด็นที่ 1 … ดำเนินการ (1)
    รณรงค์… ค่าทรายอะเบท… เป็นเงิน 15,600 บาท"), and a whole numbered line read as one
    cost line begins with the act's own clipped stretch ("1. เยี่ยม… ใช้งบ สสจ.X 3,500 บาท").
    One that begins here and runs on past the line is the later line's."""
    total = rule_re("money", "total_start").search(block.text, start, end)
    stop = total.start() if total else end
    lines = text_items(block, fallback=block.text[start:stop])
    return sum(i.amount_baht for i in lines
               if (start <= i.evidence.start < stop and not _runs_into_next_item(block.text, end, i.evidence.end))
               or start < i.evidence.end <= stop) or None


def _runs_into_next_item(text: str, end: int, cost_end: int) -> bool:
    """A cost line read on past the line's end into the next bracketed item ("(2) อสม. สำรวจ...
    410 คน (3) พ่นหมอกควัน... 7,300 บาท" read as one cost line): its amount is that item's."""
    return cost_end > end and NEXT_ITEM_RE.search(text, end, cost_end) is not None
