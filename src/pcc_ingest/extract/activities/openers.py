"""Where activities open in a line: a "was done" phrase, an activity word
after a count or opening a clause, " และ" and another act or who did it.
A " และ" inside the purpose of the act before joins its aims, not a new act."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.extract.activities.act_words import actor_lead, inner_re, start_re
from pcc_ingest.extract.activities.draft import gives_when_who_or_money
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.titles import next_activity_re, title_span
from pcc_ingest.thai.dates import find_dates

# "และ" after a space: where a sentence may go on to another activity.
AND_RE = re.compile(r"\s+และ\s*")


# "เพื่อ": a purpose follows ("ประชุม... เพื่อติดตาม... และสรุปผล..."); what it
# lists are aims of the act before it, not acts of their own.  So are the parts
# listed after "ประกอบด้วย" / "ได้แก่" ("กิจกรรมประกอบด้วยการให้ความรู้... และ
# กิจกรรมครอบครัวสัมพันธ์..."): the contents of the act told, not further acts.
PURPOSE_RE = re.compile(r"เพื่อ|ประกอบ\s*ด้วย|ได้\s*แก่")

# A name that only opens the list of an act's contents ("กิจกรรมประกอบด้วย...",
# "กิจกรรมได้แก่..."): it tells what the act before held, not an act of its own.
CONTENTS_NAME_RE = re.compile(r"(?:การ\s*)?กิจกรรม\s*(?:ที่\s*จัด\s*)?(?:ประกอบ\s*ด้วย|ได้\s*แก่)")


# How far before a "was done" phrase its subject ("ที่ประชุม ") is looked for.
SUBJECT_REACH = 15


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


def next_inner(text: str, pos: int, end: int) -> Opener | None:
    """The first "was done" phrase in ``text[pos:end]`` right before an
    activity word ("...จากนั้นได้จัดกิจกรรมรณรงค์..."), not negated ("ยังไม่มี
    การประชุม"), qualifying a noun ("ในช่วงที่มีการคัดกรอง") nor told of the
    meeting as its business ("ที่ประชุมได้ติดตาม..."), whose name can be read."""
    for m in inner_re().finditer(text, pos, end):
        before = max(0, m.start() - 10)
        if rule_re("words", "negated").search(text, before, m.start()) or rule_re(
                "words", "proceedings").search(text, max(0, m.start() - SUBJECT_REACH), m.start()) or (
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
        if start_re().match(text[m.end():end]) and not CONTENTS_NAME_RE.match(text, m.end(), end):
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
        if not start_re().match(text[m.end():end]) or CONTENTS_NAME_RE.match(text, m.end(), end):
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

