"""Activities of one line of running text or a list item: where each opens (a
list line, an actor, a "was done" phrase, " และ" and another act:
``openers``), the stretch of the line whose dates and head count are its own,
and the acts that are states or routines and so none (``stretches``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.activities.act_words import actor_lead, start_re, thin_account
from pcc_ingest.extract.activities.draft import Draft, gives_when_who_or_money
from pcc_ingest.extract.activities.openers import (
    Opener,
    after_clause,
    more_in_sentence,
    next_inner,
    opener_at,
)
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.stretches import line_drafts
from pcc_ingest.extract.activities.titles import is_labelled_name, title_span
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import LIST_MARKER_RE

# Nothing but " และ" between two acts' names.
AND_ONLY_RE = re.compile(r"\s*และ\s*")


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
    plan_label``) is a list of ``several`` planned acts, dated or not.  In a
    follow-up part (``[sections] scheduled``) an item that opens like an
    activity and names its month is a planned step; undated ones are methods,
    and reporting results up (``[sections] scheduled_not``) a duty.
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
    dated = date_lead(body, listed=listed)
    duty = is_standing_duty(body)
    running = section in sections["reported"] and not listed and not background
    # A list item may name who acts after its date ("3.1.1 เมื่อวันที่ 15 ธ.ค. 65
    # คณะทำงาน...ร่วมกับเทศบาล... จัดอบรม..."); running text opens such a clause at
    # its "was done" word (``after_clause``).
    after = dated if listed else 0
    if section in sections["plan"] and (listed or dated) and not duty:
        opener = opener_at(start, title_span(block.text, offset + dated, end))
    elif section in sections["open"] and start_re().match(body[dated:]) and not duty and not thin_account(body):
        sentence = reported and not is_labelled_name(body)  # "กิจกรรมที่ 1 ประชุม... เพื่อ..." is named as a heading
        opener = opener_at(start, title_span(block.text, offset + dated if dated else start, end, sentence=sentence))
    elif section in sections["scheduled"] and listed and start_re().match(body) and find_dates(body) and not duty \
            and not rule_re("sections", "scheduled_not").match(body):
        # "๒) ประเมินตนเองตามองค์ประกอบ UCCARE ในไตรมาสที่ ๓ (มิถุนายน ๒๕๖๗)" — a follow-up step set for a month
        opener = opener_at(start, title_span(block.text, offset, end))
    elif background:
        return []
    elif section in sections["reported"] and (lead := actor_lead(body[after:])) is not None \
            and gives_when_who_or_money(body):
        opener = opener_at(start, title_span(block.text, offset + after + lead, end, sentence=not listed),
                           told=not listed)
    elif section in sections["reported"]:
        team = rule_re("words", "team_visit").search(body)
        opener = next_inner(block.text, offset, end) or (
            # a team opening the line after its date ("1–10 มี.ค. 2566 ทีมเยี่ยม...") takes that date
            opener_at(offset + team.start(), title_span(block.text, offset + team.start(), end, sentence=True),
                      told=not (dated and team.start() <= dated))
            if team else None)
        clause = after_clause(block.text, offset, end) if running else None
        if clause is not None and (opener is None or clause.at < opener.at):
            opener = clause
    elif section in sections["money"]:
        # a budget part tells an act in passing, only ever with its date and head count
        first = next_inner(block.text, offset, end)
        told = [first, *more_in_sentence(block.text, first.span[1], end, running=True)] if first else []
        return [d for d in line_drafts(block, start, end, told, fy) if d.date_from and d.participants] if told else []
    if opener is None:
        return []
    # A labelled activity ("กิจกรรมที่ 2 อบรม... เนื้อหาประกอบด้วย ... และการจัดทำแผน")
    # is one; what its line goes on to say is its account.
    more = [] if is_labelled_name(body) else more_in_sentence(block.text, opener.span[1], end, running=running)
    if listed and not several:
        opener, more = joined_undated(block.text, opener, more)
        more = own_dated(block.text, more, end)
    return line_drafts(block, start, end, [opener, *more], fy)


def joined_undated(text: str, opener: Opener, more: list[Opener]) -> tuple[Opener, list[Opener]]:
    """A listed item's first act with no date of its own, joined by " และ" to
    the next ("- รณรงค์ลดการกินปลาดิบ (...) และตรวจอุจจาระค้นหาไข่พยาธิ... ระหว่าง
    ม.ค. – มี.ค. 66"): one item of two tasks under one date is one activity,
    named by both."""
    while more and not find_dates(text[opener.at:more[0].at]) and AND_ONLY_RE.fullmatch(text, opener.span[1], more[0].at):
        opener, more = replace(opener, span=(opener.span[0], more[0].span[1])), more[1:]
    return opener, more


def own_dated(text: str, more: list[Opener], end: int) -> list[Opener]:
    """The further acts of one listed item that carry their own date: an item
    is one activity, and only a second task with a date of its own ("...
    ครั้งที่ 3/2568 เดือนกรกฎาคม 2568 และประเมินตนเอง... เดือนสิงหาคม 2568") makes
    two; an undated act told after the first ("... พร้อมจัดทำแผน... และมอบชุด
    ผ้าอ้อม... 4,900 บาท") is part of the item, its money the item's."""
    stops = [o.at for o in more[1:]] + [end]
    return [o for o, stop in zip(more, stops, strict=False) if find_dates(text[o.at:stop])]


def is_standing_duty(text: str) -> bool:
    """A reporting duty done at every turn ("...รายงานต่อที่ประชุม พชอ. ทุก
    ไตรมาส") with no date, head count or money of its own: what a committee
    keeps doing, not an activity (RECORDS.md)."""
    return bool(rule_re("duties", "standing").search(text)) and not gives_when_who_or_money(text)


def date_lead(body: str, *, listed: bool = False) -> int:
    """Where the words begin after a date that opens a line ("วันที่ 15 มีนาคม
    2564 บรรยาย..." -> the offset of "บรรยาย"), else 0; in a ``listed`` line
    also after a date led by a time word ("เมื่อวันที่ 15 ธ.ค. 65 จัดอบรม...").  A
    weekday and a clock time go with the date ("วันจันทร์ที่ 20 มกราคม 2568 เวลา
    09.00–12.00 น. ตรวจเยี่ยม..." -> the offset of "ตรวจเยี่ยม")."""
    lead = rule_re("words", "date_lead_listed" if listed else "date_lead").match(body)
    found = find_dates(body) if lead else []
    if not found or found[0].span[0] > lead.end():
        return 0
    end = found[0].span[1]
    clock = rule_re("words", "clock_after_date").match(body, end)
    end = clock.end() if clock else end
    return end + len(body[end:]) - len(body[end:].lstrip())
