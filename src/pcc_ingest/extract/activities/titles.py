"""An activity's name: the span of a line that names it, cut where its people,
time, place, money or (in a sentence) purpose or next act begin."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.activities.act_words import inner_re, start_re
from pcc_ingest.extract.activities.dates import listed_months
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.budget import QUOTED_NAME_RE
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import LIST_MARKER_RE

# A sub-item number inside an activity's text ("... 1.1 ประชุม ..."): where the
# parent's own name ends.
SUB_ITEM_RE = re.compile(r"\s\(?\d{1,2}\.\d{1,2}[.)]?\s*(?=[^\W\d_])")


# Characters trimmed from both ends of a title.
TITLE_TRIM = " -–:：,;“”\"'"


@cache
def _cuts(sentence: bool) -> tuple[re.Pattern[str], ...]:
    """Where a title ends: its clauses of people, time, place and money, a
    sub-item, and (in a running sentence) its purpose or the next activity."""
    title = activity_rules()["title"]
    patterns = [*title["cut"], title["venue_cut"], *(title["sentence_cut"] if sentence else [])]
    more = [next_activity_re(), connective_cut_re(), next_told_re()] if sentence else []
    return (*(re.compile(p) for p in patterns), SUB_ITEM_RE, *more)


@cache
def connective_cut_re() -> re.Pattern[str]:
    """A word opening the next clause ("... ทัศนวิสัย นอกจากนี้ระหว่างเดือน..."): the name before it ends."""
    return re.compile(rf"\s*{activity_rules()['clauses']['connective']}")


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
    alt = "|".join(activity_rules()["words"]["start"])
    return re.compile(rf"\s+และ\s*(?=(?:การ\s*)?(?:จัด\s*)?(?:{alt}))", re.IGNORECASE)


def _before_open_bracket(segment: str, s: int, e: int) -> int:
    """The name's end before a bracket a cut stopped inside ("อบรม... อสม.
    (Caregiver 30 คน อสม. 46 คน)" cut at its first head count): the bracket
    held who took part, not the name; ``e`` when every bracket closes or the
    open one counts no one."""
    opened = segment.rfind("(", s, e)
    if opened <= s or segment.find(")", opened, e) != -1:
        return e
    closed = segment.find(")", opened)
    if not rule_re("participants", "count").search(segment, opened, closed if closed != -1 else len(segment)):
        return e  # a bracket of places a line break cut ("(ตำบลพลอยแหวน ตำบลเขาวัว ตำบล") is the name's
    while opened > s and segment[opened - 1] in TITLE_TRIM:
        opened -= 1
    return opened


def title_span(text: str, start: int, end: int, *, sentence: bool = False,
               cell: bool = False) -> tuple[int, int] | None:
    """The span of an activity's name in ``text[start:end]``.

    A quoted name after a form label ("ชื่อกิจกรรมหลัก “...”") is the name.
    Otherwise the list marker, form label and "was done" words go, and the
    name ends where its target group, head count, date, venue or money
    begins (and, read out of a running sentence, where its purpose begins);
    an inspection visit keeps its venue, the places it inspected.
    In a table ``cell`` only a bracketed date ends the name: a cell's words
    are the name as written ("ประกาศห้ามเผา ธ.ค. 66 – เม.ย. 67 ลาดตระเวน").
    """
    segment = text[start:end]
    marker = LIST_MARKER_RE.match(segment) or rule_re("title", "item_label").match(segment)
    s = marker.end() if marker else 0
    label = rule_re("title", "form_label").match(segment[s:])
    quoted = QUOTED_NAME_RE.search(segment, s)
    if quoted and quoted.start() - (s + (label.end() if label else 0)) <= activity_rules()["title"]["quoted_within"]:
        name = quoted.group(1)
        lead = len(name) - len(name.lstrip())
        return start + quoted.start(1) + lead, start + quoted.start(1) + len(name.rstrip())
    if label and len(segment) - s - label.end() >= activity_rules()["title"]["min_chars"]:
        s += label.end()
    done = start_re().match(segment[s:])
    if done and done["done"].strip():
        s += done.start("name")
    e = len(segment)
    least = activity_rules()["title"]["sentence_min_chars"]
    venue = activity_rules()["title"]["venue_cut"]
    visit = rule_re("title", "inspection_visit").match(segment[s:]) is not None  # its venue is what it saw
    for pattern in _cuts(sentence):
        if visit and pattern.pattern == venue:
            continue
        m = _cut_at(pattern, segment, s, sentence=sentence)
        if m and m.start() < e and (pattern.pattern not in _sentence_only() or len(fold(segment[s:m.start()])) >= least):
            e = m.start()
    e = date_cut(segment, s, e, bare=not cell)
    if sentence and e - s > activity_rules()["title"]["sentence_max_chars"]:
        space = segment.find(" ", s + activity_rules()["title"]["sentence_max_chars"])
        e = space if 0 < space < e else e
    while s < e and segment[s] in TITLE_TRIM:
        s += 1
    while e > s and segment[e - 1] in TITLE_TRIM + "(":  # "(" of a date a cut stopped inside
        e -= 1
    e = _before_open_bracket(segment, s, e)
    if segment.count("“", s, e) > segment.count("”", s, e) and segment.startswith("”", e):
        e += 1  # the closing quote of a quoted part of the name ("เวที... “ลำพูน...ดี”")
    elif segment.count('"', s, e) % 2 and segment.startswith('"', e):
        e += 1  # the same typed straight ("รณรงค์ "วัฒนานครสะอาด คัดแยกขยะต้นทาง"")
    if len(fold(segment[s:e])) < activity_rules()["title"]["min_chars"]:
        return None
    return start + s, start + e


def _cut_at(pattern: re.Pattern[str], segment: str, s: int, *, sentence: bool) -> re.Match[str] | None:
    """The first place ``pattern`` ends the name.  Outside a running sentence a
    clause followed at once by " และ" and another act ("ตรวจสารเคมีในเลือด
    เกษตรกร 300 ราย และอบรมการใช้สารเคมี...") lies inside one item's name of two
    tasks, and ends nothing."""
    for m in pattern.finditer(segment, s):
        if sentence or not next_activity_re().match(segment, m.end()):
            return m
    return None


def date_cut(segment: str, s: int, e: int, *, bare: bool = True) -> int:
    """Where a date after the name ends ``segment[s:e]``, with the words that
    lead into it ("(ต.ค. 67 – ก.ย. 68)", "ช่วง 22-31 ต.ค.67", "14 ม.ค. 68"):
    any date, not only the spelt-out ones the ``cut`` patterns know.  A cut
    that would leave too short a name is not made; with ``bare`` off only a
    bracketed date cuts, and none when one is closed and followed by "และ"
    and more words (``[title] date_goes_on``).  A date that starts before ``e`` counts even when
    ``e`` falls inside it, and months listed before a date with its year
    lead into it with that date."""
    least = activity_rules()["title"]["min_chars"]
    for m in find_dates(segment[s:]):  # a date begun before ``e`` whose month a cut stopped at ("(7 | พฤศจิกายน 2566)")
        at = s + m.span[0]
        months = listed_months(segment, at)
        at = max(months[0][0], s) if months else at  # "(กุมภาพันธ์ และ กรกฎาคม 2567)" leads in at its first month
        if at >= e:
            break
        lead = rule_re("title", "date_lead_bracket").search(segment, s, at)
        if lead is not None and not bare and rule_re("title", "date_goes_on").match(segment, s + m.span[1]):
            return e  # dates of the occasions the name tells ("(29 ธ.ค. 67 – 4 ม.ค. 68) และสงกรานต์ ...")
        if lead is None and bare:
            lead = rule_re("title", "date_lead_words").search(segment, s, at)
        if lead is not None and len(fold(segment[s:lead.start()])) >= least:
            return lead.start()
    return e


@cache
def _sentence_only() -> frozenset[str]:
    """The cuts that end a name read out of a sentence: a purpose ("เพื่อ ...")
    that would leave too short a name is part of the name."""
    return frozenset([*activity_rules()["title"]["sentence_cut"], next_activity_re().pattern, connective_cut_re().pattern,
                      next_told_re().pattern])


def is_labelled_name(text: str) -> bool:
    """A form label and a name after it ("กิจกรรมที่ 2 อบรมแกนนำชุมชน ..."),
    not a bare heading ("กิจกรรมหลัก :") nor one joining two parts
    ("กิจกรรมหลักและผลการดำเนินงาน", ``[words] joined_heading``)."""
    marker = LIST_MARKER_RE.match(text)
    body = text[marker.end():] if marker else text
    label = rule_re("title", "form_label").match(body)
    return bool(label and label.end()) and not rule_re("words", "heading_only").match(body) and (
        len(fold(body[label.end():])) >= activity_rules()["title"]["min_chars"]) and not (
        rule_re("words", "joined_heading").match(body[label.end():]))
