"""Activities: what a committee did or plans to do, with dates, head count and money.

They are read from three places.  Plan tables give one activity per row, or
one per top-level numbered item of the activity cell (sub-items "1.1, 1.2"
only spell out their parent); the row's period, progress and budget cells
give its dates and money.  Outside tables, a listed line in a plan part of the
report (or one that opens with its date), or a line that starts like an
activity in a results part, is one, and so is what a clear "was done"
phrase inside a sentence names ("ได้จัดประชุม...", "มีการประชุม...");
photo captions add what the pictures show and pin dates, and a numbered
meeting named in passing ("การประชุมครั้งที่ 1/2567") was held, as is each of a
series told at once ("ประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567 วันที่ ...").  In
running text every "was done" phrase opens an activity, and a date that opens
its clause ("ต่อมาเมื่อวันที่ ... ได้จัดอบรม...") is its own.  In an action plan,
acts told in its background parts and the meeting that approved it came
before the plan and are none of its activities.  A line that
opens with who acts and then the act ("พชต.อ.ไทรงาม จัดอบรม...", "ให้ พชอ.
ทุกแห่งจัดเวที...") is one when it says when, how many or how much.  Budget
tables with no activity column name their activities in rows across the
table, each over its cost lines.  Minutes of a meeting add the meeting, its
decisions to act (each task handed to another party its own) and the
meetings it schedules; an agenda item that is an activity takes what is
decided and asked for under it, and one that is only a topic stands only
when a decision to act lies under it.  An activity's money
is its own line's, else that of the cost lines right under it, else of cost
lines elsewhere that name it alone or pay for the thing it gets.  A table of
recommendations with a deadline column gives one planned activity per dated
row; a project ("โครงการ...") with activities under it holds them and is
none, one with nothing under it is the planned activity.  Rules:
``extractors/activities.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from pcc_ingest.extract.budget import QUOTED_NAME_RE, row_items, spelled_out, text_items
from pcc_ingest.extract.districts import title_blocks
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.issues import section_of
from pcc_ingest.extract.records import ActivityRecord, DocumentFacts
from pcc_ingest.extract.tables import (
    Row,
    Table,
    cell_lines,
    fold,
    is_section_row,
    is_total_row,
    numbered_items,
    read_tables,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import DateMatch, PartialDate, find_dates, month_number
from pcc_ingest.thai.numbers import find_amounts
from pcc_ingest.thai.text import LIST_MARKER_RE

# "และ" after a space: where a sentence may go on to another activity.
AND_RE = re.compile(r"\s+และ\s*")

# "เพื่อ": a purpose follows ("ประชุม... เพื่อติดตาม... และสรุปผล..."); what it
# lists are aims of the act before it, not acts of their own.
PURPOSE_RE = re.compile(r"เพื่อ")

# A sub-item number inside an activity's text ("... 1.1 ประชุม ..."): where the
# parent's own name ends.
SUB_ITEM_RE = re.compile(r"\s\(?\d{1,2}\.\d{1,2}[.)]?\s*(?=[^\W\d_])")

# A bullet opening a line ("· กิจกรรม...", "- ประชุม..."): a list item, even
# when its words look like a section heading.
BULLET_RE = re.compile(r"^\s*[-–—·•●○▪■◦*]")

# The number a listed line opens with: "4." (n=4), "2.3" (n=2, sub=3).
LIST_NUMBER_RE = re.compile(r"^\s*\(?(?P<n>\d{1,2})(?:\.(?P<sub>\d{1,2}))?[.)]?\s")

# Characters trimmed from both ends of a title.
TITLE_TRIM = " -–:：,;“”\"'"

# A lead text before a cell's numbered items this long, starting like an
# activity, is the activity itself and the items are its steps.
LEAD_ACTIVITY_CHARS = 15

# A meeting's number in a folded title ("ครั้งที่1/66"): two meetings of
# different numbers are never one activity, however alike their names.
MEETING_NUMBER_RE = re.compile(r"ครั้งที่(\d+/\d{2,4})")

# What stands between months listed with one year written after the last
# ("ก.พ. พ.ค. และ ส.ค. 68"): commas, "และ" and spaces.
MONTH_LIST_SEP_RE = re.compile(r"\s*(?:,|และ|\s)\s*")


@dataclass(frozen=True)
class Draft:
    """An activity being assembled, before duplicates are merged."""

    title: str
    block: Block
    start: int
    end: int
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    participants: int | None = None
    budget: float | None = None


# A comma right after a figure and before a space ("14 พ.ย. 66, 20 ก.พ. 67"):
# find_dates drops a date whose year the comma follows, so it is read as a space.
YEAR_COMMA_RE = re.compile(r"(?<=\d),(?=\s)")


def dates_found(text: str, default_year_be: int | None = None) -> list[DateMatch]:
    """``find_dates`` on ``text`` with commas after figures blanked (same length, so
    spans still index ``text``): each date of a list "ธ.ค. 67, มี.ค. 68, ..." is read."""
    return find_dates(YEAR_COMMA_RE.sub(" ", text), default_year_be)


# --- rules ---------------------------------------------------------------------------


@cache
def _rules() -> dict:
    return load_rules("activities")


@cache
def _re(section: str, key: str) -> re.Pattern[str]:
    return re.compile(_rules()[section][key], re.IGNORECASE)


@cache
def _any(section: str, key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _rules()[section][key]), re.IGNORECASE)


@cache
def start_re() -> re.Pattern[str]:
    """An activity's first words, after an optional "was done" phrase."""
    words = _rules()["words"]
    alt = "|".join(words["start"])
    return re.compile(rf"^(?P<done>{words['done']})(?P<name>(?:การ\s*)?(?:จัด\s*)?(?:{alt}))", re.IGNORECASE)


@cache
def inner_re() -> re.Pattern[str]:
    """A "was done" phrase inside a sentence, right before an activity word."""
    words = _rules()["words"]
    alt = "|".join(words["inner"])
    return re.compile(rf"{words['inner_done']}(?=(?:การ\s*)?(?:{alt}))", re.IGNORECASE)


@cache
def actor_re() -> re.Pattern[str]:
    """Who acts, then the action, at the start of a line ("พชต.อ.ไทรงาม จัดอบรม...")."""
    rules = _rules()["actors"]
    who = "|".join(rules["who"])
    stop = "|".join(rules["not_between"])
    action = "|".join(_rules()["words"]["start"])
    between = rf"(?:(?!{stop})[^\d])*?"
    return re.compile(
        rf"^(?:{rules['directive']})?(?P<who>(?:{who}){between})"
        rf"(?P<done>{rules['done']})?(?P<action>(?:การ\s*)?(?:จัด\s*(?:ให้\s*มี\s*)?)?(?:{action}))",
        re.IGNORECASE,
    )


def actor_lead(body: str) -> int | None:
    """Where the name of an activity led by its actor starts in ``body``: at the
    actor, or after a "was done" word; ``None`` when the line does not open
    with an actor and an action within reach."""
    m = actor_re().match(body)
    if m is None or m.start("action") > _rules()["actors"]["reach"]:
        return None
    return m.start("action") if m["done"] and m["done"].strip() else 0


def gives_when_who_or_money(text: str) -> bool:
    """The text says when, how many people or how much money."""
    return bool(dates_found(text) or head_count(text) or find_amounts(text))


# --- titles, dates, head counts -------------------------------------------------------


@cache
def _cuts(sentence: bool) -> tuple[re.Pattern[str], ...]:
    """Where a title ends: its clauses of people, time, place and money, a
    sub-item, and (in a running sentence) its purpose or the next activity."""
    title = _rules()["title"]
    patterns = [*title["cut"], *(title["sentence_cut"] if sentence else [])]
    more = [next_activity_re(), connective_cut_re(), next_told_re()] if sentence else []
    return (*(re.compile(p) for p in patterns), SUB_ITEM_RE, *more)


@cache
def connective_cut_re() -> re.Pattern[str]:
    """A word opening the next clause ("... ทัศนวิสัย นอกจากนี้ระหว่างเดือน..."): the name before it ends."""
    return re.compile(rf"\s*{_rules()['clauses']['connective']}")


@cache
def next_told_re() -> re.Pattern[str]:
    """The next act told in a sentence ("... พบจุดเสี่ยง 8 จุด และได้ติดตั้งป้ายเตือน..."):
    a "was done" phrase before an activity word (``inner_re``), after "และ" or a
    space; one written on to the words before ("ทีมเยี่ยมเสริมพลังระดับ
    จังหวัดได้ลงพื้นที่...") is the act of those words, not a next one."""
    return re.compile(rf"(?:\s*และ|\s)\s*{inner_re().pattern}", re.IGNORECASE)


@cache
def next_activity_re() -> re.Pattern[str]:
    """"และ" after a space, before another activity word in a sentence
    ("ได้จัดประชุม พชอ. ... และประเมินตนเองผ่านโปรแกรม ..."): where a second
    activity begins.  Written without a space ("เยี่ยมเสริมพลังและถอดบทเรียน")
    it joins the words of one name."""
    alt = "|".join(_rules()["words"]["start"])
    return re.compile(rf"\s+และ\s*(?=(?:การ\s*)?(?:จัด\s*)?(?:{alt}))", re.IGNORECASE)


def title_span(text: str, start: int, end: int, *, sentence: bool = False,
               cell: bool = False) -> tuple[int, int] | None:
    """The span of an activity's name in ``text[start:end]``.

    A quoted name after a form label ("ชื่อกิจกรรมหลัก “...”") is the name.
    Otherwise the list marker, form label and "was done" words go, and the
    name ends where its target group, head count, date, venue or money
    begins (and, read out of a running sentence, where its purpose begins).
    In a table ``cell`` only a bracketed date ends the name: a cell's words
    are the name as written ("ประกาศห้ามเผา ธ.ค. 66 – เม.ย. 67 ลาดตระเวน").
    """
    segment = text[start:end]
    marker = LIST_MARKER_RE.match(segment) or _re("title", "item_label").match(segment)
    s = marker.end() if marker else 0
    label = _re("title", "form_label").match(segment[s:])
    quoted = QUOTED_NAME_RE.search(segment, s)
    if quoted and quoted.start() - (s + (label.end() if label else 0)) <= _rules()["title"]["quoted_within"]:
        name = quoted.group(1)
        lead = len(name) - len(name.lstrip())
        return start + quoted.start(1) + lead, start + quoted.start(1) + len(name.rstrip())
    if label and len(segment) - s - label.end() >= _rules()["title"]["min_chars"]:
        s += label.end()
    done = start_re().match(segment[s:])
    if done and done["done"].strip():
        s += done.start("name")
    e = len(segment)
    least = _rules()["title"]["sentence_min_chars"]
    for pattern in _cuts(sentence):
        m = pattern.search(segment, s)
        if m and m.start() < e and (pattern.pattern not in _sentence_only() or len(fold(segment[s:m.start()])) >= least):
            e = m.start()
    e = date_cut(segment, s, e, bare=not cell)
    if sentence and e - s > _rules()["title"]["sentence_max_chars"]:
        space = segment.find(" ", s + _rules()["title"]["sentence_max_chars"])
        e = space if 0 < space < e else e
    while s < e and segment[s] in TITLE_TRIM:
        s += 1
    while e > s and segment[e - 1] in TITLE_TRIM:
        e -= 1
    if segment.count("“", s, e) > segment.count("”", s, e) and segment.startswith("”", e):
        e += 1  # the closing quote of a quoted part of the name ("เวที... “ลำพูน...ดี”")
    elif segment.count('"', s, e) % 2 and segment.startswith('"', e):
        e += 1  # the same typed straight ("รณรงค์ "วัฒนานครสะอาด คัดแยกขยะต้นทาง"")
    if len(fold(segment[s:e])) < _rules()["title"]["min_chars"]:
        return None
    return start + s, start + e


def date_cut(segment: str, s: int, e: int, *, bare: bool = True) -> int:
    """Where a date after the name ends ``segment[s:e]``, with the words that
    lead into it ("(ต.ค. 67 – ก.ย. 68)", "ช่วง 22-31 ต.ค.67", "14 ม.ค. 68"):
    any date, not only the spelt-out ones the ``cut`` patterns know.  A cut
    that would leave too short a name is not made; with ``bare`` off only a
    bracketed date cuts."""
    least = _rules()["title"]["min_chars"]
    for m in dates_found(segment[s:e]):
        at = s + m.span[0]
        lead = _re("title", "date_lead_bracket").search(segment, s, at)
        if lead is None and bare:
            lead = _re("title", "date_lead_words").search(segment, s, at)
        if lead is not None and len(fold(segment[s:lead.start()])) >= least:
            return lead.start()
    return e


@cache
def _sentence_only() -> frozenset[str]:
    """The cuts that end a name read out of a sentence: a purpose ("เพื่อ ...")
    that would leave too short a name is part of the name."""
    return frozenset([*_rules()["title"]["sentence_cut"], next_activity_re().pattern, connective_cut_re().pattern,
                      next_told_re().pattern])


def _fiscal_shift(m: DateMatch, fy_be: int) -> DateMatch:
    """A month whose year was inferred lies in the fiscal year: Oct-Dec in the year before."""
    def shift(d: PartialDate) -> PartialDate:
        return replace(d, year=d.year - 1) if d.month and d.month >= 10 else d
    return replace(m, start=shift(m.start), end=shift(m.end)) if m.year_inferred else m


def dates_in(text: str, fy_be: int | None) -> tuple[PartialDate | None, PartialDate] | None:
    """The first and last day written in ``text`` (a range, or several dates).

    A month written without a year takes the document's fiscal year.  A
    deadline ("ภายในวันที่ 30 เมษายน 2566") gives an end and no start.
    """
    found = dates_found(text)
    if not found and fy_be:
        found = [_fiscal_shift(m, fy_be) for m in dates_found(text, fy_be)]
    if not found:
        return None
    starts = [m for m in found if not is_deadline(text, m)]
    first = min(starts, key=lambda m: m.start.first_day()).start if starts else None
    listed = listed_months_start(text, found[0]) if starts else None
    if listed is not None and first is not None and listed.first_day() < first.first_day():
        first = listed
    last = max(found, key=lambda m: m.end.last_day())
    return first, last.end


def listed_months_start(text: str, first: DateMatch) -> PartialDate | None:
    """The first of the months listed right before a month written with its
    year, which share that year: "ก.พ. พ.ค. และ ส.ค. 68" (a meeting in each)
    runs from February 2025.  A listed month later in the year than the dated
    one falls in the year before ("พ.ย. ธ.ค. และ ม.ค. 68").  ``None`` when no
    month stands right before it or it gives a day."""
    if first.start.day is not None or first.start.month is None:
        return None
    months = []
    for token in reversed([t for t in MONTH_LIST_SEP_RE.split(text[: first.span[0]]) if t]):
        number = month_number(token)
        if number is None:
            break
        months.append(number)
    if not months:
        return None
    month = months[-1]
    return PartialDate(first.start.year - (1 if month > first.start.month else 0), month)


def is_deadline(text: str, m: DateMatch) -> bool:
    """A day written after "ภายใน" is a deadline, not a date the activity starts."""
    return m.start == m.end and m.end.day is not None and bool(
        _re("dates", "deadline_before").search(text[: m.span[0]]))


def head_count(text: str) -> int | None:
    """The number of people a text names ("จำนวน 120 คน"), not budget
    arithmetic, a count per unit or cases found; when a total follows the
    first count close by ("... 4 คน รวม 60 คน"), the total."""
    counts = [m for m in _re("participants", "count").finditer(text) if not (
        _re("participants", "arithmetic_before").search(text[: m.start()])
        or _any("participants", "not_people_before").search(text[: m.start()]))]
    if not counts:
        return None
    reach = _rules()["participants"]["total_reach"]
    total = next((m for m in counts[1:] if m.start() - counts[0].end() <= reach
                  and _re("participants", "total_before").search(text[: m.start()])), None)
    return int((total or counts[0])["n"].replace(",", ""))


def budget_people(text: str) -> int | None:
    """The people a budget's arithmetic is for ("x100คน"), when all its lines agree."""
    counts = {int(m["n"].replace(",", "")) for m in _re("participants", "budget_people").finditer(text)}
    return counts.pop() if len(counts) == 1 else None


def _draft(block: Block, span: tuple[int, int], context: str, fy: int | None, **extra) -> Draft:
    """A draft titled by ``span`` of ``block``, its dates and head count read from ``context``."""
    dates = dates_in(context, fy)
    fields = {
        "date_from": dates[0] if dates else None,
        "date_to": dates[1] if dates else None,
        "participants": head_count(context),
    }
    fields.update({k: v for k, v in extra.items() if v is not None})
    return Draft(block.text[span[0]:span[1]], block, span[0], span[1], **fields)


# --- plan tables ------------------------------------------------------------------------


def _item_spans(text: str) -> list[tuple[int, int, int | None]]:
    """(start, end, number) of each activity in an activity cell.

    Top-level numbered items are activities unless the text before them is
    itself an activity, whose steps they are.
    """
    items = numbered_items(text)
    lead = text[: items[0].marker_start].strip() if items else ""
    if not items:
        return [(s, e, None) for s, e in bulleted_items(text)] or [(0, len(text), None)]
    if len(lead) >= LEAD_ACTIVITY_CHARS and start_re().match(lead):
        return [(0, len(text), None)]
    return [(it.start, it.end, it.number) for it in items]


def bulleted_items(text: str) -> list[tuple[int, int]]:
    """Spans of the dashed items of a cell that opens with a bullet and holds
    more than one ("- ประชุม... 19 ธ.ค. 66 - อบรม... 150 คน"): each is an
    activity with its own date, head count and money; none for other cells."""
    lines = cell_lines(text)
    if len(lines) < 2 or not BULLET_RE.match(text):
        return []
    return lines


def _progress_item(table: Table, row: Row, number: int | None) -> str:
    """The progress (or results) cell's item of the same number, or the whole cell."""
    text = table.text(row, "progress") or table.text(row, "result")
    if number is None or not text:
        return text
    items = {it.number: text[it.start:it.end] for it in numbered_items(text, implicit_first=True)}
    return items.get(number, "")


def item_money(cell: Block, start: int, end: int) -> float | None:
    """The money one item of a cell names: its amounts that the budget reader
    takes as budget lines (not totals or money spent), whichever item of the
    cell those lines were described by."""
    lines = {i.amount_baht for i in text_items(cell)}
    return sum(v for v, _, _ in find_amounts(cell.text[start:end]) if v in lines) or None


def row_people(table: Table, row: Row) -> int | None:
    """The head count a row's participants cell gives ("คณะกรรมการ พชอ. 35 คน", "60")."""
    number = table.number(row, "participants")
    return head_count(table.text(row, "participants")) or (int(number) if number else None)


def cell_activities(table: Table, row: Row, cell: Block, fy: int | None) -> list[Draft]:
    """The activities named in one activity cell of a plan table."""
    period = table.text(row, "period")
    people = row_people(table, row)
    out = []
    spans = _item_spans(cell.text)
    for start, end, number in spans:
        span = title_span(cell.text, start, end, cell=True)
        if span is None:
            continue
        own = cell.text[start:end]
        # one of several unnumbered items cannot be matched to a progress item
        progress = "" if number is None and len(spans) > 1 else _progress_item(table, row, number)
        dates = dates_in(period, fy) or dates_in(own, fy) or dates_in(progress, fy)
        out.append(Draft(
            cell.text[span[0]:span[1]], cell, span[0], span[1],
            dates[0] if dates else None, dates[1] if dates else None,
            head_count(own) or people or head_count(progress),
            # one of several items keeps the money its own words give
            item_money(cell, start, end) if len(spans) > 1 else None,
        ))
    return out


def table_activities(table: Table, fy: int | None) -> list[Draft]:
    """Activities of a plan table; money of rows under a merged activity cell adds up.

    A group row that opens milestones ("ระดับขั้นความสำเร็จ") ends the plan.
    """
    out: list[Draft] = []
    current: tuple[Block | None, list[Draft]] = (None, [])
    for row in table.rows:
        if is_section_row(row, table) and _closes(row.texts()[0]):
            break  # milestones laid out in the plan's own grid
        if is_total_row(row) or is_section_row(row, table):
            continue
        cell = table.cell(row, "activity")
        if cell is None or not cell.text:
            continue
        items = row_items(table, row)
        money = sum(i.amount_baht for i in items) or None
        spelled = spelled_out(table.cell(row, "budget_amount"))
        detail = table.text(row, "budget_detail") or (spelled.text if spelled else None)
        if cell is current[0]:
            drafts = current[1]
        else:
            drafts = cell_activities(table, row, cell, fy)
            current = (cell, drafts)
            out += drafts
        if len(drafts) == 1 and money:
            one = drafts[0]
            people = one.participants or budget_people(detail or cell.text)
            updated = replace(one, budget=(one.budget or 0) + money, participants=people)
            out[out.index(one)] = updated
            drafts[0] = updated
    return out


def labelled_column(table: Table, key: str) -> int | None:
    """The first column whose lowest label matches ``[recommendations] key``."""
    pattern = _re("recommendations", key)
    return next((c for c, labels in sorted(table.labels.items()) if labels and pattern.search(labels[-1])), None)


def recommendation_activities(table: Table, fy: int | None) -> list[Draft]:
    """Rows of a recommendations table with a deadline column ("ข้อเสนอแนะ |
    ผู้รับผิดชอบ | กำหนดแล้วเสร็จ"): each recommendation given a deadline is a
    planned activity, done by that day (start = end = the deadline)."""
    what, when = labelled_column(table, "what"), labelled_column(table, "deadline")
    if what is None or when is None:
        return []
    out = []
    for row in table.rows:
        cell, due = row.cells.get(what), row.cells.get(when)
        dates = dates_in(due.text, fy) if due is not None else None
        span = title_span(cell.text, 0, len(cell.text), cell=True) if cell is not None and dates else None
        if span is not None:
            out.append(Draft(cell.text[span[0]:span[1]], cell, span[0], span[1], dates[1], dates[1]))
    return out


def is_labelled_name(text: str) -> bool:
    """A form label and a name after it ("กิจกรรมที่ 2 อบรมแกนนำชุมชน ..."),
    not a bare heading ("กิจกรรมหลัก :")."""
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    label = _re("title", "form_label").match(body)
    return bool(label and label.end()) and not _re("words", "heading_only").match(body) and (
        len(fold(body[label.end():])) >= _rules()["title"]["min_chars"])


def names_activity(text: str) -> bool:
    """A group row's text names an activity: a form label ("กิจกรรมที่ 1 ...")
    or an activity's first words, and not a bare heading or a cost line."""
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    if _any("words", "never").search(body) or _re("words", "heading_only").match(body) or _closes(text):
        return False
    return is_labelled_name(body) or bool(start_re().match(body))


@cache
def plan_roles() -> frozenset[str]:
    """Column roles that make a table a plan or budget (``[groups] table_roles``)."""
    return frozenset(_rules()["groups"]["table_roles"])


def group_activities(table: Table, fy: int | None) -> list[Draft]:
    """Activities that head groups of a table with no activity column.

    A budget table often sets each activity as a row across the whole table
    ("กิจกรรมที่ 1 ประชุม... (ต.ค. 67 – ก.ย. 68) กลุ่มเป้าหมาย ... 30 คน") with
    its cost lines under it: the row gives the name, period and head count,
    and the money is the sum of the lines up to the next group or total row.
    A row labelled as an activity ("กิจกรรมที่ 1 ...") heads a group even with
    money of its own; that money is then its amount, and the lines under it
    only spell it out.
    """
    out: list[Draft] = []
    adding = False  # the lines under the last head add up to its money
    for row in table.rows:
        head = group_head(table, row)
        if head is not None:
            span = title_span(head.text, 0, len(head.text), cell=True)
            own = 0 if is_section_row(row, table) else sum(i.amount_baht for i in row_items(table, row))
            if span is not None:
                out.append(_draft(head, span, head.text, fy, budget=own or None))
            adding = span is not None and not own
        elif is_total_row(row) or is_section_row(row, table):
            adding = False  # a subtotal, the grand total or another group closes the group
        elif adding:
            money = sum(i.amount_baht for i in row_items(table, row))
            if money:
                out[-1] = replace(out[-1], budget=(out[-1].budget or 0) + money)
    return out


def group_head(table: Table, row: Row) -> Block | None:
    """The cell of ``row`` that names an activity heading a group: a row
    across the table that names one, or a detail cell labelled as one."""
    if is_total_row(row) or not row.cells:
        return None
    if is_section_row(row, table):
        cell = row.cells[min(row.cells)]
        return cell if names_activity(cell.text) else None
    cell = table.cell(row, "budget_detail") or row.cells[min(row.cells)]
    return cell if cell.text and is_labelled_name(cell.text) else None


# --- running text --------------------------------------------------------------------------


def block_lines(block: Block) -> list[tuple[int, int, bool]]:
    """(start, end, listed) of the lines of a block: its numbered items, bullets, or itself."""
    items = numbered_items(block.text)
    if len(items) >= 2:
        return [(it.marker_start, it.end, True) for it in items]
    bullets = cell_lines(block.text)
    if len(bullets) >= 2:
        return [(s, e, True) for s, e in bullets]
    listed = block.kind == "list_item" or bool(block.list_label) or bool(LIST_MARKER_RE.match(block.text))
    return [(0, len(block.text), listed)]


def offset_of(text: str, marker: re.Match[str] | None) -> int:
    """Where a line's body starts, past its list marker."""
    return marker.end() if marker else 0


def line_activities(block: Block, start: int, end: int, section: str, listed: bool, fy: int | None,
                    *, background: bool = False) -> list[Draft]:
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
    """
    text = block.text[start:end]
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    if _any("words", "never").search(body) or _re("words", "heading_only").match(body):
        return []
    told = _re("words", "done_label").match(body)
    if told and told.end() < len(body):
        # "ผลการดำเนินงานที่สำคัญ : จัดอบรม..." — what follows the label is the line
        return line_activities(block, offset_of(text, marker) + start + told.end(), end, section, listed, fy,
                               background=background)
    sections = _rules()["sections"]
    reported = section not in sections["plan"]
    opener: Opener | None = None
    offset = start + (marker.end() if marker else 0)
    dated = date_lead(body)
    duty = is_standing_duty(body)
    running = section in sections["reported"] and not listed and not background
    if section in sections["plan"] and (listed or dated) and not duty:
        opener = _opener(start, title_span(block.text, offset + dated, end))
    elif section in sections["open"] and start_re().match(body[dated:]) and not duty:
        sentence = reported and not is_labelled_name(body)  # "กิจกรรมที่ 1 ประชุม... เพื่อ..." is named as a heading
        opener = _opener(start, title_span(block.text, offset + dated if dated else start, end, sentence=sentence))
    elif background:
        return []
    elif section in sections["reported"] and (lead := actor_lead(body)) is not None and gives_when_who_or_money(body):
        opener = _opener(start, title_span(block.text, offset + lead, end, sentence=not listed), told=not listed)
    elif section in sections["reported"]:
        team = _re("words", "team_visit").search(body)
        opener = next_inner(block.text, offset, end) or (
            _opener(offset + team.start(), title_span(block.text, offset + team.start(), end, sentence=True), told=True)
            if team else None)
    if opener is None:
        return []
    # A labelled activity ("กิจกรรมที่ 2 อบรม... เนื้อหาประกอบด้วย ... และการจัดทำแผน")
    # is one; what its line goes on to say is its account.
    more = [] if is_labelled_name(body) else more_in_sentence(block.text, opener.span[1], end, running=running)
    return line_drafts(block, start, end, [opener, *more], fy)


@dataclass(frozen=True)
class Opener:
    """Where an activity opens in a line: the words that open it (``at``: past
    the "และ" that joins it, so a date before that "และ" is the act's before),
    its name's span, and whether it was read out of a sentence (``told``: a
    "was done" phrase or an actor inside running text)."""

    at: int
    span: tuple[int, int]
    told: bool = False


def _opener(at: int, span: tuple[int, int] | None, *, told: bool = False) -> Opener | None:
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
    kept: list[tuple[str, tuple[int, int]]] = []  # (stretch, name span)
    for i, o in enumerate(openers):
        stop = end
        if i + 1 < len(openers):
            own = dates_found(text[begins[i]:begins[i + 1]])
            stop = openers[i + 1].at if shared[i + 1] and not own else begins[i + 1]
        span = _clip(text, o.span, stop)
        if span is None or (o.told and (reports_state(text[o.span[0]:end]) or is_routine(text[begins[i]:stop]))):
            continue
        kept.append((text[begins[i]:stop], span))
    money = _line_money(block, start, end) if len(kept) == 1 else None
    return [_draft(block, span, stretch, fy, budget=money) for stretch, span in kept]


def _clip(text: str, span: tuple[int, int], stop: int) -> tuple[int, int] | None:
    """A name's span ended at ``stop`` at the latest (the next act's clause), its ends trimmed."""
    if stop >= span[1]:
        return span
    s, e = span[0], stop
    while e > s and text[e - 1] in TITLE_TRIM:
        e -= 1
    return (s, e) if len(fold(text[s:e])) >= _rules()["title"]["min_chars"] else None


def lead_clause(text: str, lo: int, at: int) -> tuple[int, bool] | None:
    """Where the clause opening the act at ``at`` with its date begins, in
    ``text[lo:at]`` ("... เป็นต้น ต่อมาเมื่อวันที่ 18 – 19 เมษายน 2567 ได้จัดอบรม"
    -> at "ต่อมา"), and whether a word opening a clause leads it: a date led
    by a time word, with only who acted between it and the act; ``None`` when
    the act has no such date ([clauses])."""
    found = dates_found(text[lo:at])
    if not found:
        return None
    date = found[-1]
    gap = text[lo + date.span[1]:at].strip()
    rules = _rules()["clauses"]
    if len(gap) > rules["reach"] or any(c.isdigit() for c in gap) or _re("clauses", "venue").search(gap):
        return None
    if gap and not who_re().match(gap):
        return None
    time = _re("clauses", "time").search(text, lo, lo + date.span[0])
    if time is None:
        return None
    before = connective_end_re().search(text, lo, time.start())
    return (before.start(), True) if before else (time.start(), False)


@cache
def who_re() -> re.Pattern[str]:
    """Who acts ([actors] who), at the start of a text."""
    return re.compile(rf"^(?:{'|'.join(_rules()['actors']['who'])})", re.IGNORECASE)


@cache
def connective_end_re() -> re.Pattern[str]:
    """A word opening a clause ([clauses] connective) right before where a search ends."""
    return re.compile(rf"{_rules()['clauses']['connective']}\s*$")


def is_routine(text: str) -> bool:
    """An act done every day or week ("ได้สำรวจลูกน้ำยุงลาย... ทุกวันศุกร์") with
    no date of its own: a way of working, not one activity ([duties] routine)."""
    return bool(_re("duties", "routine").search(text)) and not dates_found(text)


def next_inner(text: str, pos: int, end: int) -> Opener | None:
    """The first "was done" phrase in ``text[pos:end]`` right before an
    activity word ("...จากนั้นได้จัดกิจกรรมรณรงค์..."), not negated ("ยังไม่มี
    การประชุม") nor qualifying a noun ("ในช่วงที่มีการคัดกรอง"), whose name can be read."""
    for m in inner_re().finditer(text, pos, end):
        before = max(0, m.start() - 10)
        if _re("words", "negated").search(text, before, m.start()) or (
                _re("words", "qualifier").search(text, before, m.start()) and _re("words", "qualified").match(text, m.start())):
            continue
        opener = _opener(m.start(), title_span(text, m.end(), end, sentence=True), told=True)
        if opener is not None:
            return opener
    return None


def after_count(text: str, pos: int, end: int) -> Opener | None:
    """The first activity word right after a count closes the clause before it
    ("... ผู้เข้าร่วม 64 คน ตั้งด่านชุมชน...", "... รวม 21 จุด สำรวจและแก้ไข..."):
    a report's running account lists its acts one after another without "ได้"."""
    for m in _re("words", "count_close").finditer(text, pos, end):
        if start_re().match(text[m.end():end]):
            opener = _opener(m.end(), title_span(text, m.end(), end, sentence=True), told=True)
            if opener is not None:
                return opener
    return None


def reports_state(text: str) -> bool:
    """A sentence that says its act is done already ("ได้ประเมินตนเองแล้ว มีผล...",
    "มีการประชุม พชอ. แล้ว 2 ครั้ง") and gives no date: a state a progress
    check found, or a tally, not one activity."""
    return bool(_re("status", "done_already").match(text)) and not dates_found(text)


def is_standing_duty(text: str) -> bool:
    """A reporting duty done at every turn ("...รายงานต่อที่ประชุม พชอ. ทุก
    ไตรมาส") with no date, head count or money of its own: what a committee
    keeps doing, not an activity (RECORDS.md)."""
    return bool(_re("duties", "standing").search(text)) and not gives_when_who_or_money(text)


def date_lead(body: str) -> int:
    """Where the words begin after a date that opens a line ("วันที่ 15 มีนาคม
    2564 บรรยาย..." -> the offset of "บรรยาย"), else 0."""
    lead = _re("words", "date_lead").match(body)
    found = dates_found(body) if lead else []
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
        counted = after_count(text, pos, end) if running else None
        if counted is not None and (inner is None or counted.at < inner.at):
            inner = counted
        if inner is not None and (m is None or inner.at < m.start()):
            out.append(inner)
            pos = inner.span[1]
            continue
        if m is None:
            return out
        rest = text[m.end():end]
        lead = 0 if next_activity_re().match(text, m.start(), end) else (
            actor_lead(rest) if gives_when_who_or_money(rest) else None)
        opener = None if lead is None or in_purpose(text, pos, m.start()) else _opener(
            m.end(), title_span(text, m.end() + lead, end, sentence=True))
        if opener is not None:
            out.append(opener)
        pos = opener.span[1] if opener is not None else m.end()


def in_purpose(text: str, pos: int, at: int) -> bool:
    """``text[pos:at]`` goes on with a purpose ("เพื่อ ...") that no date has closed."""
    purpose = PURPOSE_RE.search(text, pos, at)
    return purpose is not None and not dates_found(text[purpose.end():at])


def _line_money(block: Block, start: int, end: int) -> float | None:
    """The money a line of text gives its activity: the sum of its budget lines."""
    lines = text_items(block, fallback=block.text[start:end])
    return sum(i.amount_baht for i in lines if start <= i.evidence.start < end) or None


def cost_lines_below(body: list[Block], at: int) -> float | None:
    """The money of the cost lines right under the line at ``body[at]``
    ("- พชต. ... จัดอบรมแกนนำ ... 14 ม.ค. 68" over "-ค่าอาหารว่าง ... =2,000 บ.",
    "-ค่าป้าย 1 ผืน 500 บาท"): the activity's group of budget lines.  The
    group ends at the first line that is not a cost line with money, a total
    ("รวม 4,900 บาท") included."""
    total = 0.0
    for block in body[at + 1:]:
        if block.kind == "table_cell":
            break
        marker = LIST_MARKER_RE.match(block.text)
        line = block.text[marker.end():] if marker else block.text
        items = text_items(block) if _re("groups", "cost_line").match(line) else []
        if not items:
            break
        total += sum(i.amount_baht for i in items)
    return total or None


def with_cost_lines(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Each activity that is the only one on its own line, with no money of its
    own, takes the money of the cost lines right under that line."""
    body = doc.body()
    at = {b.order: i for i, b in enumerate(body)}
    per_block = Counter(d.block.order for d in drafts)
    out = []
    for d in drafts:
        if d.budget is None and per_block[d.block.order] == 1 and d.block.kind != "table_cell" and d.block.order in at:
            d = replace(d, budget=cost_lines_below(body, at[d.block.order]))
        out.append(d)
    return out


@cache
def purpose_re() -> re.Pattern[str]:
    """The activity a cost line is for, from its first activity word on
    ("ค่าอาหาร...การอบรมแกนนำเยาวชน" -> "อบรมแกนนำเยาวชน")."""
    words = [*_rules()["words"]["start"], *_rules()["named_costs"]["words"]]
    return re.compile(rf"(?:การ\s*)?(?P<name>(?:{'|'.join(words)}).*)", re.IGNORECASE)


def cost_purpose(description: str) -> str | None:
    """The activity named in a cost line's description, past its cost word."""
    m = purpose_re().search(description)
    return m["name"].strip() if m and len(fold(m["name"])) >= _rules()["title"]["min_chars"] else None


def names_one(purpose: str, titles: list[str]) -> int | None:
    """The one title that holds every word-run of ``purpose`` ("ค่าย CBTx" in
    "ค่ายปรับเปลี่ยนพฤติกรรม...(CBTx)"); ``None`` when none or several do."""
    hits = naming(purpose, titles)
    return hits[0] if len(hits) == 1 else None


def naming(purpose: str, titles: list[str]) -> list[int]:
    """The titles that hold every word-run of ``purpose``."""
    runs = [fold(r).lower() for r in purpose.split()]
    return [i for i, t in enumerate(fold(t).lower() for t in titles) if all(r in t for r in runs)]


def procured(description: str, titles: list[str]) -> list[int]:
    """The titles of acts that get the thing a cost line pays for ("และค่าที่นอนลม
    10 ชุด" -> "จัดหาที่นอนลมป้องกันแผลกดทับ...", "ค่าป้ายเตือนและไฟกระพริบ..."
    -> "ติดตั้งป้ายเตือน ไฟกระพริบ..."): its first thing, past the cost word,
    named in a title that opens with procuring or installing ([named_costs])."""
    rules = _rules()["named_costs"]
    word = _re("named_costs", "cost_word").match(description)
    thing = fold(re.split(r"\s|และ", description[word.end():].strip(), maxsplit=1)[0]) if word else ""
    if len(thing) < rules["thing_min_chars"]:
        return []
    return [i for i, t in enumerate(titles) if _re("named_costs", "procure").match(t) and thing in fold(t)]


def cost_owner(description: str, titles: list[str], above: list[int]) -> int | None:
    """The title a cost line's money goes to: the one act that gets the thing
    it pays for, else the one title holding the activity it names, else, of
    several holding it, the one among ``above`` (told in the block right
    before the cost line); ``None`` when none or several remain."""
    things = procured(description, titles)
    if len(things) == 1:
        return things[0]
    purpose = cost_purpose(description)
    if not purpose or things:
        return None
    one = names_one(purpose, titles)
    near = [i for i in naming(purpose, titles) if i in above] if one is None else []
    return one if one is not None else near[0] if len(near) == 1 else None


def with_named_costs(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Activities with no money of their own take the cost lines elsewhere in
    the text that name them and no other activity ("ค่าอาหาร...การอบรมแกนนำ
    เยาวชน 80 คน 2 วัน ... เป็นเงิน 20,800 บาท" in a budget paragraph), or that
    pay for the thing they get (``procured``).  A line naming two activities
    ("...การประชุมชี้แจงและประชุมสรุปผล") or none ("ค่าตอบแทนวิทยากร") is
    left alone; one whose words several activities hold goes to the one told
    in the block right before it ("... ได้รณรงค์การสวมหมวกนิรภัย..." over "...
    ค่าป้ายไวนิลรณรงค์ 14 ผืน ... 6,300 บาท"), else to none; lines in an
    activity's own block are its own already."""
    own = {d.block.order for d in drafts}
    out = list(drafts)
    open_ = [i for i, d in enumerate(out) if d.budget is None]
    titles = [out[i].title for i in open_]
    body = doc.body()
    for at, block in enumerate(body):
        if block.order in own or block.kind == "table_cell":
            continue
        above = [i for i, j in enumerate(open_) if at and out[j].block.order == body[at - 1].order]
        for item in text_items(block):
            hit = cost_owner(item.description, titles, above)
            if hit is not None:
                d = out[open_[hit]]
                out[open_[hit]] = replace(d, budget=(d.budget or 0) + item.amount_baht)
    return out


def _is_caption_date(text: str) -> bool:
    return len(text) <= _rules()["merge"]["caption_date_chars"] and bool(dates_found(text))


@dataclass
class Captions:
    """Photo captions read line by line: a name, and the date and venue lines beside it.

    A date line belongs to the last caption still without a date, or else to
    the next caption (text boxes come out in either order); venue lines
    ("ณ ...") are skipped.  Once a date has been seen under its caption, the
    page writes captions first: a date with no caption above it waiting for
    one belongs to a photo without a caption, not to the next caption.
    """

    fy: int | None
    drafts: list[Draft]
    undated: int | None = None
    pending: tuple[PartialDate | None, PartialDate] | None = None
    caption_first: bool = False

    def read(self, block: Block) -> None:
        text = block.text
        if _is_caption_date(text):
            dates = dates_in(text, self.fy)
            if self.undated is not None and dates:
                self.drafts[self.undated] = replace(self.drafts[self.undated], date_from=dates[0], date_to=dates[1])
                self.undated, self.caption_first = None, True
            elif not self.caption_first:
                self.pending = dates
            return
        span = None if text.startswith("ณ") else title_span(text, 0, len(text))
        if span is None:
            self._add_head_count(head_count(text))
            return
        draft = _draft(block, span, text, self.fy)
        if draft.date_from is None and self.pending:
            draft = replace(draft, date_from=self.pending[0], date_to=self.pending[1])
        self.pending = None
        self.drafts.append(draft)
        self.undated = len(self.drafts) - 1 if draft.date_from is None else None

    def _add_head_count(self, people: int | None) -> None:
        """A caption line that only gives a head count ("จำนวน 120 คน") belongs to the last caption."""
        if people and self.drafts and self.drafts[-1].participants is None:
            self.drafts[-1] = replace(self.drafts[-1], participants=people)


def _closes(text: str) -> bool:
    """A heading after which no line is an activity (milestones, indicators)."""
    body = LIST_MARKER_RE.sub("", text, count=1)
    return len(text) <= _rules()["sections"]["closed_max_chars"] and bool(_any("sections", "closed").match(body))


def list_number(block: Block) -> tuple[int, int | None] | None:
    """The number a listed line opens with: (1, None) for "1.", (2, 3) for "2.3"."""
    m = LIST_NUMBER_RE.match(block.text)
    return (int(m["n"]), int(m["sub"]) if m["sub"] else None) if m else None


def continues_list(block: Block, previous: Block | None) -> bool:
    """A list item numbered next after the list item right before it, at the
    same level, is the list's next item even when its words look like a
    heading ("4. สรุปผลการดำเนินงานแก้ปัญหา" after "3. การบริหารจัดการ...").
    A paragraph or heading with a typed number ("3. ปัญหาอุปสรรค...") is not."""
    if previous is None or block.kind != "list_item" or previous.kind != "list_item":
        return False
    here, before = list_number(block), list_number(previous)
    return here is not None and before is not None and here[1] is None and before[1] is None and here[0] == before[0] + 1


def title_zone(doc: Document) -> set[int]:
    """The blocks where a document names itself ("สรุปผลการดำเนินงาน คณะกรรมการ
    ... ปีงบประมาณ 2565"): a report's title is no activity.  The zone ends at
    the first section heading (a document may open with one)."""
    zone = set()
    for block in title_blocks(doc):
        if section_of(block.text) is not None:
            break
        zone.add(block.order)
    return zone


def prose_activities(doc: Document, skip: set[int], fy: int | None, *, plan: bool = False) -> list[Draft]:
    """Activities in paragraphs, list items and the cells of tables not read by header;
    in a ``plan``, past acts told in its background parts are none (``[plans]``)."""
    background = set(_rules()["plans"]["background"]) if plan else set()
    out: list[Draft] = []
    captions = Captions(fy, [])
    section = "none"
    period: tuple[PartialDate | None, PartialDate] | None = None  # what a plan part's heading covers
    previous: Block | None = None
    outside: tuple[str, tuple[PartialDate | None, PartialDate] | None] | None = None
    for block in doc.body():
        if block.order in skip:
            previous = None
            continue
        if outside is not None and block.kind != "table_cell":
            section, period = outside  # a table's header cell heads only that table
            outside = None
        item = continues_list(block, previous)
        heading = None if item else "closed" if _closes(block.text) else section_of(block.text)
        if heading and block.kind == "table_cell" and outside is None:
            outside = (section, period)
        if heading is None and not item and opens_part(block):
            # A numbered heading the rules do not know ("7. ผลการดำเนินกิจกรรม")
            # opens a part of unknown kind; its own words may still name an activity.
            section, period = "none", None
        previous = None if heading else block
        if heading:
            section = heading
            period = dates_in(block.text, fy) if heading in _rules()["sections"]["plan"] else None
            if not (BULLET_RE.match(block.text) or is_labelled_name(block.text)):
                continue  # a heading, even "5. กิจกรรม ระยะเวลา และงบประมาณ"; a bulleted or labelled line is an item
        if section in _rules()["sections"]["photos"]:
            captions.read(block)
            continue
        for start, end, listed in block_lines(block):
            drafts = line_activities(block, start, end, section, listed, fy, background=section in background)
            out += [in_period(d, period) for d in drafts]
    return out + captions.drafts


def opens_part(block: Block) -> bool:
    """A heading numbered like a part of the report ("7. ผลการดำเนินกิจกรรม"),
    not a sub-item ("5.1 ...") nor a bold line without a number."""
    number = list_number(block)
    return block.kind == "heading" and number is not None and number[1] is None


def in_period(draft: Draft, period: tuple[PartialDate | None, PartialDate] | None) -> Draft:
    """An undated step of a plan whose heading says when the plan runs
    ("แผนการดำเนินงานไตรมาสที่ 4 (ก.ค. – ก.ย. 67)") takes that period."""
    if period is None or draft.date_from or draft.date_to:
        return draft
    return replace(draft, date_from=period[0], date_to=period[1])


# --- lists of activities under any heading -------------------------------------------------


@cache
def action_re() -> re.Pattern[str]:
    """An item's opening action word ("ประชุม...", "ได้จัด...", "การอบรม...")."""
    rules = _rules()["lists"]
    return re.compile(rf"{rules['lead']}(?:{'|'.join(rules['action'])})", re.IGNORECASE)


@dataclass(frozen=True)
class ListLine:
    """One item of a list: the block and the span of its text."""

    block: Block
    start: int
    end: int

    @property
    def body(self) -> str:
        text = self.block.text[self.start:self.end]
        marker = LIST_MARKER_RE.match(text)
        return text[marker.end():] if marker else text


def is_activity_item(line: ListLine) -> bool:
    """An item that opens with an action word and says when it was or how many came."""
    body = line.body
    acts = action_re().match(body) or actor_lead(body) is not None
    return bool(acts) and (dates_in(body, None) is not None or head_count(body) is not None)


def is_activity_list(lines: list[ListLine]) -> bool:
    """Most items of the list open with an action word and carry a date or a head count."""
    rules = _rules()["lists"]
    return len(lines) >= rules["min_items"] and sum(map(is_activity_item, lines)) >= rules["share"] * len(lines)


def heads_sub_items(block: Block, below: Block | None) -> bool:
    """A short numbered line that names no activity of its own, right above
    its first sub-item ("3. การดำเนินงานในไตรมาสที่ 3" over "3.1 ประชุม..."):
    a heading, whose sub-items are items of a list, not steps of a parent."""
    number, first = list_number(block), list_number(below) if below is not None else None
    if number is None or number[1] is not None or first != (number[0], 1):
        return False
    body = ListLine(block, 0, len(block.text)).body
    return len(block.text) <= load_rules("headings")["max_heading_chars"] and not (
        action_re().match(body) or gives_when_who_or_money(body))


def list_runs(doc: Document, skip: set[int]) -> Iterator[list[ListLine]]:
    """Runs of consecutive top-level list items, each under a heading that may hold steps.

    A recognised heading sets the section; a short line that is no known
    heading ("ผลการดำเนินกิจกรรม") opens a section of its own, so a list under
    it counts whatever came before.  Sub-items ("2.1") neither count nor break
    a run: they spell out their parent; under a numbered heading
    (``heads_sub_items``) they are the run.
    """
    excluded = set(_rules()["lists"]["excluded"])
    limit = load_rules("headings")["max_heading_chars"]
    section: str | None = None
    run: list[ListLine] = []
    previous: Block | None = None
    parent: int | None = None  # the number of a heading whose sub-items form the run
    body = doc.body()
    for at, block in enumerate(body):
        if block.order in skip:
            yield run
            run, previous, parent = [], None, None
            continue
        item = continues_list(block, previous)
        heading = None if item else "closed" if _closes(block.text) else section_of(block.text)
        previous = None if heading else block
        number = list_number(block)
        lines = block_lines(block)
        heads = heads_sub_items(block, body[at + 1] if at + 1 < len(body) else None)
        if heading or not lines[0][2] or heads:
            yield run
            run = []
            if heading or len(block.text) <= limit:
                section = heading
            parent = number[0] if number and heads else None
            continue
        if number and number[1] is not None and number[0] != parent:
            continue
        if section not in excluded:
            run += [ListLine(block, s, e) for s, e, listed in lines if listed]
    yield run


def listed_activities(doc: Document, skip: set[int], fy: int | None) -> list[Draft]:
    """The items of a list that reads as a list of activities (see ``is_activity_list``)
    that open with an action word or carry a date or head count; a stray
    piece of an item ("2 ประเด็น คือ ...") does neither.  Read before the
    running text, so an item's whole name is the one kept when both name it.
    An item naming two tasks ("ประชุม... ครั้งที่ 3/2568 เดือนกรกฎาคม 2568 และ
    ประเมินตนเอง... เดือนสิงหาคม 2568") gives one each, as in running text."""
    out = []
    for run in list_runs(doc, skip):
        if not is_activity_list(run):
            continue
        for line in run:
            body = line.body
            if _any("words", "never").search(body) or _re("words", "heading_only").match(body):
                continue
            if not (action_re().match(body) or dates_in(body, None) or head_count(body)):
                continue
            opener = _opener(line.start, title_span(line.block.text, line.start, line.end))
            if opener is not None:
                more = [] if is_labelled_name(body) else more_in_sentence(line.block.text, opener.span[1], line.end)
                out += line_drafts(line.block, line.start, line.end, [opener, *more], fy)
    return out


# --- minutes of a meeting ----------------------------------------------------------------


def meeting_of_minutes(doc: Document, fy: int | None) -> Draft | None:
    """The meeting a set of minutes records: its name (with its number from the
    line under the title), its date, and the head count of those present."""
    body = doc.body()
    first = next((b for b in body[:4] if _re("minutes", "meeting_title").match(b.text)), None)
    if first is None:
        return None
    m = _re("minutes", "meeting_title").match(first.text)
    span = title_span(first.text, m.end(), len(first.text))
    if span is None:
        return None
    at = body.index(first)
    title = first.text[span[0]:span[1]]
    if at + 1 < len(body) and _re("minutes", "meeting_number").match(body[at + 1].text):
        title = f"{title} {body[at + 1].text.strip()}"
    near = body[at: at + 1 + _rules()["minutes"]["date_reach"]]
    dates = next((d for d in (dates_in(b.text, fy) for b in near) if d), None)
    present = next((m for b in body if (m := _re("minutes", "attendance").search(b.text))), None)
    people = int(present["n"].replace(",", "")) if present else listed_present(body)
    return Draft(title, first, span[0], span[1], dates[0] if dates else None, dates[1] if dates else None, people)


def listed_present(body: list[Block]) -> int | None:
    """How many the minutes list as present: the last number of each numbered
    list under "ผู้มาประชุม" / "ผู้เข้าร่วมประชุม", added up, each item that
    counts several people ("ผู้อำนวยการ รพ.สต. ... จำนวน 11 คน") adding them
    all (lines a name wrapped onto carry no number and are passed over)."""
    lists: list[int] = []
    extra = 0  # people beyond one per item
    counting = False
    for block in body:
        if _re("minutes", "present").match(block.text):
            lists.append(0)
            counting = True
        elif counting and _re("minutes", "present_end").match(block.text):
            counting = False
        elif counting and (number := list_number(block)) is not None and number[1] is None:
            lists[-1] = max(lists[-1], number[0])
            extra += max((head_count(block.text) or 1) - 1, 0)
    return (sum(lists) + extra) or None


def minutes_decisions(doc: Document, fy: int | None) -> Iterator[Draft]:
    """Decisions to act, and meetings scheduled with a date, in a set of minutes.

    Under a heading of decisions ("2. มติที่ประชุม"), each sub-item that opens
    with a directive ("2.1 เห็นชอบให้จัด...", "2.2 มอบหมายให้...") is one too,
    until the next part of the minutes."""
    under = False
    for block in doc.body():
        number = list_number(block)
        if _re("minutes", "decisions_heading").match(block.text):
            under = True
            continue
        if number is not None and number[1] is None:
            under = False
        scheduled = scheduling(block.text)
        if scheduled is not None:
            span = title_span(block.text, scheduled, len(block.text), sentence=True)
            if span is not None:
                yield _draft(block, span, block.text[scheduled:], fy)
            continue
        decision = _re("minutes", "decision").search(block.text) or (
            _re("minutes", "decision_item").match(block.text) if under else None)
        if decision is None or _any("minutes", "standing").search(block.text[decision.end():]):
            continue
        if only_designates(block.text[decision.end():]):
            continue
        tasks = decision_tasks(block.text, decision.end())
        for start, end in tasks:
            actor = actor_re().match(block.text[start:end])
            # the task is named by its act, not by who is asked to do it
            span = title_span(block.text, start + actor.start("action") if actor else start, end, sentence=True)
            if span is not None:
                yield _draft(block, span, block.text[decision.start() if len(tasks) == 1 else start:end], fy)


def scheduling(text: str) -> int | None:
    """Where the name of a meeting a line schedules begins: after the
    "นัด"/"กำหนดการ" phrase nearest the first date after one; ``None`` when
    no date follows such a phrase."""
    phrases = list(_re("minutes", "schedule").finditer(text))
    if not phrases:
        return None
    found = dates_found(text[phrases[0].end():])
    if not found:
        return None
    date_at = phrases[0].end() + found[0].span[0]
    return max(m.end() for m in phrases if m.end() <= date_at)


def decision_tasks(text: str, start: int) -> list[tuple[int, int]]:
    """The stretches of a decision that each ask for one task: a new task
    opens at "และ" and a directive that hands an act to another party ("...
    และมอบ สภ.ภูเขียว ร่วมกับโรงเรียน... ตั้งจุดตรวจ...") when the stretch
    before it already asks for one; the task's name starts at its act when a
    "was done" word stands between ("ร่วมกับ...")."""
    bounds, ends = [start], []
    for m in _re("minutes", "next_task").finditer(text, start):
        lead = actor_lead(text[m.end():])
        if lead is not None and asks_act(text[bounds[-1]:m.start()]):
            ends.append(m.start())
            bounds.append(m.end() + lead)
    return list(zip(bounds, [*ends, len(text)]))


@cache
def act_word_re() -> re.Pattern[str]:
    """Any activity word of ``[words] start``."""
    return re.compile("|".join(_rules()["words"]["start"]), re.IGNORECASE)


def asks_act(part: str) -> bool:
    """A part of a decision names an act before it names what someone is to be."""
    act = act_word_re().search(part)
    role = _re("minutes", "designation").search(part)
    return act is not None and (role is None or act.start() < role.start())


def only_designates(text: str) -> bool:
    """A decision that names who or what is to be something ("ตำบลบ้านแก้งเป็น
    ตำบลต้นแบบ... และส่งเข้ารับการคัดเลือก...") and asks no act in any of its
    directives: no decision to act."""
    parts = _re("minutes", "directive").split(text)
    return bool(_re("minutes", "designation").search(parts[0])) and not any(map(asks_act, parts))


def dated_by_papers(text: str) -> bool:
    """Every date of ``text`` is written after "ลงวันที่": the date of an order
    or a letter it reports ("ได้ออกคำสั่งอำเภอ ที่ 112/2566 ลงวันที่ 1
    กุมภาพันธ์ 2566"), not the date of an act the meeting deals with."""
    found = dates_found(text)
    return bool(found) and all(_re("minutes", "paper_before").search(text[: m.span[0]]) for m in found)


def same_topic(a: str, b: str) -> bool:
    """Two titles are about one thing: they share a run of ``topic_chars``
    characters ("จัดกิจกรรม" in "การจัดกิจกรรม “ตลาดนัดสุขภาพ...”"), or the
    shorter is all inside the longer (a decision "ให้จัดอบรมในวันที่ ..." under
    "4.2 การจัดอบรมแกนนำครอบครัว")."""
    a, b = fold(a), fold(b)
    short, long_ = sorted((a, b), key=len)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= _rules()["minutes"]["topic_chars"] or (bool(short) and short in long_)


def under_agenda_items(doc: Document, drafts: list[Draft], decisions: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """Agenda items of minutes that are activities, given what is decided and asked for under them.

    A decision under an item that names the same thing gives the item its
    dates and head count and is no activity of its own; the item takes the
    money and head count the lines under it ask for.  An item that gives no
    date (but that of a paper), head count or money of its own is a topic, an
    activity only when a decision to act lies under it.  Returns (drafts,
    decisions left).
    """
    body = doc.body()
    items = [b.order for b in body if _re("minutes", "agenda_item").match(b.text)]
    bounds = sorted({*items, *(b.order for b in body if _re("minutes", "agenda").match(b.text))})

    def stop_of(order: int) -> int:
        return min((n for n in bounds if n > order), default=len(doc.blocks))

    def item_of(order: int) -> int | None:
        return max((i for i in items if i <= order and stop_of(i) > order), default=None)

    index = {d.block.order: i for i, d in enumerate(drafts) if d.block.order in items}
    own = {i for i, d in ((i, drafts[i]) for i in index.values())
           if d.participants or d.budget or (d.date_to and not dated_by_papers(d.block.text))}
    decided: set[int] = set()
    out, left = list(drafts), []
    for d in decisions:
        i = index.get(item_of(d.block.order) or -1)
        if i is not None:
            decided.add(i)
        if i is None or not same_topic(out[i].title, d.title):
            left.append(d)
            continue
        o = out[i]
        out[i] = replace(o, date_from=o.date_from or d.date_from, date_to=o.date_to or d.date_to,
                         participants=o.participants or d.participants)
    for order, i in index.items():
        under = [b for b in body if order < b.order < stop_of(order)]
        if out[i].budget is None:
            out[i] = replace(out[i], budget=sum(m.amount_baht for b in under for m in text_items(b)) or None)
        if out[i].participants is None:
            out[i] = replace(out[i], participants=next((n for b in under if (n := head_count(b.text))), None))
    topics = {drafts[i].block.order for i in index.values() if i not in own | decided}
    return [d for d in out if d.block.order not in topics], left


# --- meetings named anywhere ------------------------------------------------------------------


def meeting_mentions(doc: Document, fy: int | None, *, plan: bool = False) -> Iterator[Draft]:
    """Numbered meetings the text says were held ("มีมติในการประชุมครั้งที่
    1/2567"), each dated by a date right after its name (or, with none there,
    right before it: "เมื่อวันที่ 27 สิงหาคม 2567 ในคราวประชุมครั้งที่ 4/2567"),
    with the head count of those present said after it.  In a ``plan``, the
    meeting that approved it is none (``[plans] approval_before``)."""
    rules = _rules()["meetings"]
    for block in doc.body():
        text = block.text
        mentions = list(_re("meetings", "mention").finditer(text))
        for i, m in enumerate(mentions):
            if _re("meetings", "not_after").search(text[: m.start()]) or (
                    plan and _re("plans", "approval_before").search(text[: m.start()])):
                continue
            dates = dates_in(text[m.end(): m.end() + rules["date_reach"]], None) or date_before(text, m.start())
            stop = min(m.end() + rules["attendance_reach"], mentions[i + 1].start() if i + 1 < len(mentions) else len(text))
            present = _re("minutes", "attendance").search(text, m.end(), stop)
            start = meeting_owner(text, m.start(), m.group())
            yield Draft(text[start:m.end()], block, start, m.end(),
                        dates[0] if dates else None, dates[1] if dates else None,
                        int(present["n"].replace(",", "")) if present else None)


def date_before(text: str, at: int) -> tuple[PartialDate | None, PartialDate] | None:
    """The date written right before a meeting's name at ``at``, only
    "ใน(คราว)" between ([meetings] date_gap_before)."""
    found = dates_found(text[:at])
    if not found or not _re("meetings", "date_gap_before").match(text[found[-1].span[1]:at]):
        return None
    return found[-1].start, found[-1].end


@dataclass(frozen=True)
class Series:
    """Meetings told as a series, and the span of the words that announce it."""

    drafts: list[Draft]
    block: int
    start: int
    end: int


def meeting_series(doc: Document) -> Iterator[Series]:
    """Meetings told as a series ("ได้จัดประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567
    วันที่ 14 พฤศจิกายน 2566 ครั้งที่ 2/2567 วันที่ ... และครั้งที่ 4/2567 วันที่
    ..."): one each, named by the meeting and its number, dated by the date
    after its number ([meetings] series)."""
    for block in doc.body():
        text = block.text
        for m in _re("meetings", "series").finditer(text):
            name = series_name(text, m)
            drafts: list[Draft] = []
            pos = m.end()
            for item in _re("meetings", "series_item").finditer(text, m.end()):
                gap = text[pos:item.start()]
                found = dates_found(gap)
                if drafts and not _re("meetings", "series_join").match(gap[found[-1].span[1]:] if found else gap):
                    break
                if drafts and found and drafts[-1].date_from is None:
                    drafts[-1] = replace(drafts[-1], date_from=found[0].start, date_to=found[-1].end)
                number = re.sub(r"\s+", "", item["n"])
                drafts.append(Draft(f"{name} ครั้งที่ {number}", block, item.start(), item.end()))
                pos = item.end()
            if drafts:
                tail = dates_in(text[pos: pos + _rules()["meetings"]["date_reach"]], None)
                if tail and drafts[-1].date_from is None:
                    drafts[-1] = replace(drafts[-1], date_from=tail[0], date_to=tail[1])
                yield Series(drafts, block.order, m.start(), m.end())


def series_name(text: str, m: re.Match[str]) -> str:
    """The name a series of meetings gives each: its words before the count
    ("ประชุมคณะกรรมการ พชอ. จำนวน 4 ครั้ง"), else the committee that held them
    ("คณะกรรมการ พชอ.เขาชัยสน ได้จัดประชุมรวม 4 ครั้ง" -> "ประชุมคณะกรรมการ
    พชอ.เขาชัยสน")."""
    own = m["name"].strip()
    if own and _re("meetings", "committee").search(own):
        return f"ประชุม{own}"
    owner = _re("meetings", "owner").search(text, 0, m.start())
    return f"ประชุม{owner['owner']}" if owner else f"ประชุม{own}".strip()


def meeting_owner(text: str, at: int, mention: str) -> int:
    """Where the name of a meeting named after its committee starts
    ("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอทองผาภูมิ ในการประชุมครั้งที่ 4/2567"):
    at the committee, when the mention at ``at`` does not name one itself."""
    if _re("meetings", "committee").search(mention):
        return at
    owner = _re("meetings", "owner_before").search(text, 0, at)
    return owner.start() if owner else at


def announces(series: Series, draft: Draft) -> bool:
    """A draft read from the words that announce a series of meetings
    ("ประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567"): the series' meetings replace it."""
    return draft.block.order == series.block and series.start <= draft.start < series.end


def held_that_day(mention: Draft, drafts: list[Draft]) -> bool:
    """A meeting named in passing on the very day of a meeting the report
    lists ("ที่ประชุม พชต.แม่ฮี้ ครั้งที่ 1/2566 เมื่อวันที่ 18 พฤศจิกายน 2565"
    beside the row "ประชุมคณะกรรมการ พชต. คัดเลือกประเด็น..." of 18 พ.ย. 65) is
    that meeting, unless the two name different bodies.  A listed meeting with
    a number of its own is left to ``merge``, which keeps what both say."""
    day = mention.date_from
    if day is None or day.day is None or mention.date_to != day:
        return False
    named = _Title.of(mention.title)
    for d in drafts:
        if d.date_from != day or d.date_to != day or not _re("meetings", "meeting_word").match(d.title):
            continue
        other = _Title.of(d.title)
        bodies = meeting_parts(other.folded)[0]
        if other.number or (named.bodies and bodies and named.bodies != bodies):
            continue
        return True
    return False


# --- merging and records --------------------------------------------------------------------


def join_split_rows(drafts: list[Draft]) -> list[Draft]:
    """One draft per activity cell: a plan table cut by a page break reads the
    cell merged over the rows on both pages once per page, each time with the
    money of that page's rows; the money adds up."""
    out: list[Draft] = []
    at: dict[tuple[int, int, int], int] = {}
    for d in drafts:
        key = (d.block.order, d.start, d.end)
        if key not in at:
            at[key] = len(out)
            out.append(d)
            continue
        o = out[at[key]]
        budget = (o.budget or 0) + (d.budget or 0) or None
        out[at[key]] = replace(o, budget=budget, participants=o.participants or d.participants,
                               date_from=o.date_from or d.date_from, date_to=o.date_to or d.date_to)
    return out


def same_activity(a: str, b: str) -> bool:
    """Two titles name one activity: nearly equal, or one holds the other;
    never two meetings of different numbers ("ครั้งที่ 1/66", "ครั้งที่ 2/66")."""
    return _same_folded(_Title.of(a), _Title.of(b))


@dataclass(frozen=True)
class _Title:
    """A title folded for comparison, with its letter counts and meeting
    number; for a numbered meeting, the bodies it names and the rest of its
    name (``meeting_parts``)."""

    folded: str
    letters: Counter[str]
    number: str | None
    bodies: frozenset[int] = frozenset()
    rest: str = ""

    @classmethod
    def of(cls, title: str) -> _Title:
        folded = fold(title)
        m = MEETING_NUMBER_RE.search(folded)
        if m is None:
            return cls(folded, Counter(folded), None)
        bodies, rest = meeting_parts(folded[: m.start()] + folded[m.end():])
        return cls(folded, Counter(folded), m.group(1), bodies, rest)


def meeting_parts(name: str) -> tuple[frozenset[int], str]:
    """The bodies a meeting's folded name names (indexes of ``[meetings]
    bodies``) and what is left of it without them and the words any name may
    hold or leave out ("การ", "คณะกรรมการ")."""
    bodies = frozenset(i for i, p in enumerate(_meeting_bodies()) if p.search(name))
    for p in _meeting_bodies():
        name = p.sub("", name)
    return bodies, _re("meetings", "meeting_generic").sub("", name)


@cache
def _meeting_bodies() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _rules()["meetings"]["bodies"])


def same_meeting(x: _Title, y: _Title) -> bool:
    """Two names of one numbered meeting: the same number, the bodies one names
    all named by the other (or none), and the rest of the shorter name inside the longer
    ("ประชุม พชอ. ครั้งที่ 1/2568", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2568");
    "ประชุม พชอ.เมือง ครั้งที่ 1/2567" and "ประชุม พชอ.ปง ครั้งที่ 1/2567" are two."""
    if not x.number or x.number != y.number or not (x.bodies <= y.bodies or y.bodies <= x.bodies):
        return False
    short, long_ = sorted((x.rest, y.rest), key=len)
    return short in long_


def _same_folded(x: _Title, y: _Title) -> bool:
    """``same_activity`` on folded titles.  The letter counts bound the
    similarity from above (difflib's ``quick_ratio``), so most pairs are told
    apart without the quadratic ratio."""
    if x.number and y.number:
        return same_meeting(x, y)
    a, b = x.folded, y.folded
    short, long_ = sorted((a, b), key=len)
    if len(short) >= _rules()["merge"]["contain_chars"] and short in long_:
        return True
    least = _rules()["merge"]["similarity"]
    total = len(a) + len(b)
    if not total or 2 * len(short) / total < least:
        return False
    if 2 * sum((x.letters & y.letters).values()) / total < least:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= least


def _finer(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """``b`` when it pins ``a`` down (same month, a day given), else ``a`` or ``b``."""
    if a is None:
        return b
    if b is not None and b.day and not a.day and (a.year, a.month) == (b.year, b.month):
        return b
    return a


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per activity: a later mention fills or refines the first one."""
    out: list[Draft] = []
    titles: list[_Title] = []
    for d in drafts:
        title = _Title.of(d.title)
        twin = next((i for i, o in enumerate(titles) if _same_folded(o, title)), None)
        if twin is None:
            out.append(d)
            titles.append(title)
            continue
        o = out[twin]
        out[twin] = replace(
            o,
            date_from=_finer(o.date_from, d.date_from), date_to=_finer(o.date_to, d.date_to),
            participants=o.participants or d.participants, budget=o.budget or d.budget,
        )
    return out


def _record(d: Draft) -> ActivityRecord:
    return ActivityRecord(
        title=d.title,
        start=d.date_from.iso() if d.date_from else None,
        end=d.date_to.iso() if d.date_to else None,
        participants=d.participants, budget_baht=d.budget,
        evidence=evidence(d.block, d.start, d.end),
    )


def without_project_heads(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Drop the projects that head activities.

    A project ("โครงการ…") whose first mention in the document is followed,
    before the next project's, by activities of its own holds them and is
    none itself (nor is a later mention of it, in a summary table, say); a
    project with nothing under it (a plan that lists its projects) is the
    planned activity.
    """
    def is_project(d: Draft) -> bool:
        return bool(_re("words", "project").match(d.title))

    def key(title: str) -> str:
        return "".join(title.split())

    blocks = [(b.order, "".join(b.text.split())) for b in doc.body()]
    first = {}
    for d in drafts:
        if is_project(d) and key(d.title) not in first:
            first[key(d.title)] = next((order for order, text in blocks if key(d.title) in text), d.block.order)
    starts = sorted(first.values())
    heads = set()
    for name, start in first.items():
        end = next((s for s in starts if s > start), None)
        if any(not is_project(d) and start < d.block.order and (end is None or d.block.order < end) for d in drafts):
            heads.add(name)
    return [d for d in drafts if not (is_project(d) and key(d.title) in heads)]


def extract_activities(doc: Document, facts: DocumentFacts) -> list[ActivityRecord]:
    """Every activity of the document, in document order, duplicates merged."""
    fy = facts.fiscal_year_be
    plan = facts.doc_type in _rules()["plans"]["doc_types"]
    tables = read_tables(doc)
    drafts = join_split_rows([d for t in tables if "activity" in t.roles for d in table_activities(t, fy)])
    drafts += [d for t in tables if "activity" not in t.roles and t.roles & plan_roles() for d in group_activities(t, fy)]
    drafts += [d for t in tables if "activity" not in t.roles for d in recommendation_activities(t, fy)]
    read = {b.order for t in tables if t.columns for b in t.grid.cells.values()}
    drafts += listed_activities(doc, read, fy)
    drafts += prose_activities(doc, read | title_zone(doc), fy, plan=plan)
    series = list(meeting_series(doc))
    drafts = [d for d in drafts if not any(announces(s, d) for s in series)] + [d for s in series for d in s.drafts]
    meeting = meeting_of_minutes(doc, fy)
    if meeting is not None:
        drafts, decided = under_agenda_items(doc, drafts, list(minutes_decisions(doc, fy)))
        drafts += [meeting, *decided]
    drafts = with_cost_lines(doc, drafts)
    drafts += [m for m in meeting_mentions(doc, fy, plan=plan) if not held_that_day(m, drafts)]
    drafts = without_project_heads(doc, sorted(drafts, key=lambda d: (d.block.order, d.start)))
    return [_record(d) for d in with_named_costs(doc, merge(drafts))]
