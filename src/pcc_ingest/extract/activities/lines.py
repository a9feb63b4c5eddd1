"""Activities of one line of running text or a list item: where each opens (a
list line, an actor, a "was done" phrase, " และ" and another act), the
stretch of the line whose dates and head count are its own, and the acts
that are states or routines and so none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.activities.act_words import actor_lead, inner_re, start_re, thin_account
from pcc_ingest.extract.activities.draft import (
    Draft,
    gives_when_who_or_money,
    new_draft,
)
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.titles import (
    TITLE_TRIM,
    is_labelled_name,
    next_activity_re,
    title_span,
)
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import LIST_MARKER_RE

# "และ" after a space: where a sentence may go on to another activity.
AND_RE = re.compile(r"\s+และ\s*")


# "เพื่อ": a purpose follows ("ประชุม... เพื่อติดตาม... และสรุปผล..."); what it
# lists are aims of the act before it, not acts of their own.
PURPOSE_RE = re.compile(r"เพื่อ")


def offset_of(text: str, marker: re.Match[str] | None) -> int:
    """Where a line's body starts, past its list marker."""
    return marker.end() if marker else 0


def line_activities(block: Block, start: int, end: int, section: str, listed: bool, fy: int | None,
                    *, background: bool = False, several: bool = False) -> list[Draft]:
    """The activities a line of text names, given the part of the report it is in.

    A line may name more than one, the next after " และ" once the first name
    has ended ("ได้จัดประชุม พชอ. ... และประเมินตนเองผ่านโปรแกรม ... เมื่อวันที่
    ..."), and, in running text, at each further "was done" phrase ("... จำนวน
    65 คน จากนั้นได้จัดกิจกรรมรณรงค์ ..."): each takes the dates and head count
    of its own stretch of the line (``line_drafts``).  One found inside a
    sentence does not take what the sentence said before it, but for a date
    that opens its clause ("เมื่อวันที่ 12 ธันวาคม 2566 ได้จัดประชุม...").  A
    sentence that says its act is done already, with no date, reports a state,
    not an activity (``reports_state``).  In a plan's ``background`` parts an
    act told with who did it or a "was done" phrase is none (``[plans]``).
    What follows a plan's label ("แผนรอบ 6 เดือนหลัง: ...", ``[words]
    plan_label``) is a list of ``several`` planned acts, dated or not.
    """
    text = block.text[start:end]
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    if rule_any("words", "never").search(body) or rule_re("words", "heading_only").match(body):
        return []
    told = rule_re("words", "done_label").match(body)
    if told and told.end() < len(body):
        # "ผลการดำเนินงานที่สำคัญ : จัดอบรม..." — what follows the label is the line
        return line_activities(block, offset_of(text, marker) + start + told.end(), end, section, listed, fy,
                               background=background)
    sections = activity_rules()["sections"]
    planned = rule_re("words", "plan_label").match(body)
    if planned and planned.end() < len(body) and section not in sections["plan"]:
        # "3. แผนรอบ 6 เดือนหลัง: จัดกิจกรรมรณรงค์... (พ.ค. 67) ขยายผล..." — a plan's items after the label
        return line_activities(block, offset_of(text, marker) + start + planned.end(), end, sections["plan"][0], True, fy,
                               several=True)
    reported = section not in sections["plan"]
    opener: Opener | None = None
    offset = start + (marker.end() if marker else 0)
    dated = date_lead(body)
    duty = is_standing_duty(body)
    running = section in sections["reported"] and not listed and not background
    if section in sections["plan"] and (listed or dated) and not duty:
        opener = opener_at(start, title_span(block.text, offset + dated, end))
    elif section in sections["open"] and start_re().match(body[dated:]) and not duty and not thin_account(body):
        sentence = reported and not is_labelled_name(body)  # "กิจกรรมที่ 1 ประชุม... เพื่อ..." is named as a heading
        opener = opener_at(start, title_span(block.text, offset + dated if dated else start, end, sentence=sentence))
    elif background:
        return []
    elif section in sections["reported"] and (lead := actor_lead(body)) is not None and gives_when_who_or_money(body):
        opener = opener_at(start, title_span(block.text, offset + lead, end, sentence=not listed), told=not listed)
    elif section in sections["reported"]:
        team = rule_re("words", "team_visit").search(body)
        opener = next_inner(block.text, offset, end) or (
            opener_at(offset + team.start(), title_span(block.text, offset + team.start(), end, sentence=True), told=True)
            if team else None)
        clause = after_clause(block.text, offset, end) if running else None
        if clause is not None and (opener is None or clause.at < opener.at):
            opener = clause
    if opener is None:
        return []
    # A labelled activity ("กิจกรรมที่ 2 อบรม... เนื้อหาประกอบด้วย ... และการจัดทำแผน")
    # is one; what its line goes on to say is its account.
    more = [] if is_labelled_name(body) else more_in_sentence(block.text, opener.span[1], end, running=running)
    if listed and not several:
        more = own_dated(block.text, more, end)
    return line_drafts(block, start, end, [opener, *more], fy)


def own_dated(text: str, more: list[Opener], end: int) -> list[Opener]:
    """The further acts of one listed item that carry their own date: an item
    is one activity, and only a second task with a date of its own ("...
    ครั้งที่ 3/2568 เดือนกรกฎาคม 2568 และประเมินตนเอง... เดือนสิงหาคม 2568") makes
    two; an undated act told after the first ("... พร้อมจัดทำแผน... และมอบชุด
    ผ้าอ้อม... 4,900 บาท") is part of the item, its money the item's."""
    stops = [o.at for o in more[1:]] + [end]
    return [o for o, stop in zip(more, stops, strict=False) if find_dates(text[o.at:stop])]


@dataclass(frozen=True)
class Opener:
    """Where an activity opens in a line: the words that open it (``at``: past
    the "และ" that joins it, so a date before that "และ" is the act's before),
    its name's span, and whether it was read out of a sentence (``told``: a
    "was done" phrase or an actor inside running text)."""

    at: int
    span: tuple[int, int]
    told: bool = False


def opener_at(at: int, span: tuple[int, int] | None, *, told: bool = False) -> Opener | None:
    """An opener, when its name could be read."""
    return Opener(at, span, told) if span is not None else None


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


def next_inner(text: str, pos: int, end: int) -> Opener | None:
    """The first "was done" phrase in ``text[pos:end]`` right before an
    activity word ("...จากนั้นได้จัดกิจกรรมรณรงค์..."), not negated ("ยังไม่มี
    การประชุม") nor qualifying a noun ("ในช่วงที่มีการคัดกรอง"), whose name can be read."""
    for m in inner_re().finditer(text, pos, end):
        before = max(0, m.start() - 10)
        if rule_re("words", "negated").search(text, before, m.start()) or (
                rule_re("words", "qualifier").search(text, before, m.start()) and rule_re("words", "qualified").match(text, m.start())):
            continue
        opener = opener_at(m.start(), title_span(text, m.end(), end, sentence=True), told=True)
        if opener is not None:
            return opener
    return None


def after_count(text: str, pos: int, end: int) -> Opener | None:
    """The first activity word right after a count closes the clause before it
    ("... ผู้เข้าร่วม 64 คน ตั้งด่านชุมชน...", "... รวม 21 จุด สำรวจและแก้ไข..."):
    a report's running account lists its acts one after another without "ได้"."""
    for m in rule_re("words", "count_close").finditer(text, pos, end):
        if start_re().match(text[m.end():end]):
            opener = opener_at(m.end(), title_span(text, m.end(), end, sentence=True), told=True)
            if opener is not None:
                return opener
    return None


def after_clause(text: str, pos: int, end: int) -> Opener | None:
    """The first activity word opening a clause of running text (after a
    space, "โดย" or "และ") whose name is followed at once by its own day,
    money or people reached ("... 2) การดูแลผู้สูงอายุ จัดอบรมเกษตรกร... เมื่อ
    วันที่ 16 มีนาคม 2566", "... และตรวจคัดกรองสารเคมีตกค้างในเลือดเกษตรกร 580
    ราย"): a report tells its acts one after another, each with what it gives,
    without a "was done" word (``[words] clause_when``).  A name with nothing
    of the kind right after it is a topic or a state, and a cost line
    ("ค่าอาหารกลางวัน 60 คน") is never an act."""
    reach = activity_rules()["words"]["clause_reach"]
    for m in rule_re("words", "clause_open").finditer(text, pos, end):
        if not start_re().match(text[m.end():end]):
            continue
        span = title_span(text, m.end(), end, sentence=True)
        name = text[span[0]:span[1]] if span is not None else ""
        if not name or rule_any("words", "never").search(name) or rule_any("words", "clause_never").search(name):
            continue
        when = rule_re("words", "clause_when").search(text, span[1], end)
        between = text[span[1]:when.start()] if when is not None else ""
        # "at once": within reach and with no other figure before it ("322 คน จากเป้าหมาย 400 คน")
        if when is not None and len(between) <= reach and not any(c.isdigit() for c in between) \
                and gives_when_who_or_money(text[when.start():end]):
            return opener_at(m.end(), span, told=True)
    return None


def reports_state(text: str) -> bool:
    """A sentence that says its act is done already ("ได้ประเมินตนเองแล้ว มีผล...",
    "มีการประชุม พชอ. แล้ว 2 ครั้ง") and gives no date: a state a progress
    check found, or a tally, not one activity."""
    return bool(rule_re("status", "done_already").match(text)) and not find_dates(text)


def is_standing_duty(text: str) -> bool:
    """A reporting duty done at every turn ("...รายงานต่อที่ประชุม พชอ. ทุก
    ไตรมาส") with no date, head count or money of its own: what a committee
    keeps doing, not an activity (RECORDS.md)."""
    return bool(rule_re("duties", "standing").search(text)) and not gives_when_who_or_money(text)


def date_lead(body: str) -> int:
    """Where the words begin after a date that opens a line ("วันที่ 15 มีนาคม
    2564 บรรยาย..." -> the offset of "บรรยาย"), else 0."""
    lead = rule_re("words", "date_lead").match(body)
    found = find_dates(body) if lead else []
    if not found or found[0].span[0] > lead.end():
        return 0
    return found[0].span[1] + len(body[found[0].span[1]:]) - len(body[found[0].span[1]:].lstrip())


def more_in_sentence(text: str, pos: int, end: int, *, running: bool = False) -> list[Opener]:
    """Further activities after ``pos`` in a sentence, each opened by " และ" and
    an activity word, or by " และ" and who did it when the rest says when, how
    many or how much ("... 15 พฤศจิกายน 2565 และทีมระดับจังหวัดได้ลงเยี่ยม
    เสริมพลัง ... ระหว่างวันที่ 6 – 24 กุมภาพันธ์ 2566"), and in ``running``
    text by each "was done" phrase (``next_inner``).  A " และ" inside the
    purpose of the act before ("... เพื่อติดตามความก้าวหน้า แก้ไขปัญหา และ
    สรุปผลการดำเนินงาน") joins the aims of that act, not a new one."""
    out: list[Opener] = []
    while True:
        m = AND_RE.search(text, pos, end)
        inner = next_inner(text, pos, end) if running else None
        for found in (after_count(text, pos, end), after_clause(text, pos, end)) if running else ():
            if found is not None and (inner is None or found.at < inner.at):
                inner = found
        if inner is not None and (m is None or inner.at < m.start()):
            out.append(inner)
            pos = inner.span[1]
            continue
        if m is None:
            return out
        rest = text[m.end():end]
        lead = 0 if next_activity_re().match(text, m.start(), end) else (
            actor_lead(rest) if gives_when_who_or_money(rest) else None)
        opener = None if lead is None or in_purpose(text, pos, m.start()) else opener_at(
            m.end(), title_span(text, m.end() + lead, end, sentence=True))
        if opener is not None:
            out.append(opener)
        pos = opener.span[1] if opener is not None else m.end()


def in_purpose(text: str, pos: int, at: int) -> bool:
    """``text[pos:at]`` goes on with a purpose ("เพื่อ ...") that no date has closed."""
    purpose = PURPOSE_RE.search(text, pos, at)
    return purpose is not None and not find_dates(text[purpose.end():at])


def _line_money(block: Block, start: int, end: int) -> float | None:
    """The money a line of text gives its activity: the sum of its budget lines
    before any total that a PDF ran onto the line ("... 20,000 บาท รวมงบประมาณ
    ปี 2569 จำนวน 185,000 บาท")."""
    total = rule_re("money", "total_start").search(block.text, start, end)
    end = total.start() if total else end
    lines = text_items(block, fallback=block.text[start:end])
    return sum(i.amount_baht for i in lines if start <= i.evidence.start < end) or None
