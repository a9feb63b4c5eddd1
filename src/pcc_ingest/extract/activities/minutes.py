"""Minutes of a meeting: its decisions to act, the meetings it schedules, and
agenda items that are activities (the meeting itself: ``minutes_meeting``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

from pcc_ingest.extract.activities.act_words import actor_lead, actor_re
from pcc_ingest.extract.activities.agenda import money_under, settles_proposal, task_money
from pcc_ingest.extract.activities.dated_tasks import split_dated
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import (
    Draft,
    gives_when_who_or_money,
    head_count,
    new_draft,
)
from pcc_ingest.extract.activities.handed import handed_request
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.stretches import who_re
from pcc_ingest.extract.activities.structure import item_number, list_number
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.tables import fold, read_tables
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import find_dates


def minutes_decisions(doc: Document, fy: int | None) -> Iterator[Draft]:
    """Decisions to act, and meetings scheduled with a date, in a set of minutes.

    Under a heading of decisions ("2. มติที่ประชุม"), each sub-item that opens
    with a directive ("2.1 เห็นชอบให้จัด...", "2.2 มอบหมายให้...") is one too,
    until the next part of the minutes; under an unnumbered heading
    ("มติที่ประชุม") its numbered items ("1. ให้สาธารณสุขอำเภอ...") are, until
    the next agenda or agenda item.  A decision that only leads to a list
    ("... และมอบหมายดังนี้") hands each top-level item right under it a task."""
    under, numbered, listed = False, False, False
    for block in doc.body():
        number = list_number(block)
        if listed and (item := item_number(block)) is not None and item[1] is None:
            span = title_span(block.text, task_lead(block.text), len(block.text), sentence=True)
            if span is not None:
                yield new_draft(block, span, block.text, fy)
            continue
        listed = False
        if rule_re("minutes", "decisions_heading").match(block.text):
            under, numbered = True, number is not None
            continue
        if (number is not None and number[1] is None) if numbered else ends_decisions(block.text):
            under = False
        scheduled = scheduling(block.text)
        if scheduled is not None:
            span = title_span(block.text, scheduled, len(block.text), sentence=True)
            if span is not None:
                yield new_draft(block, span, block.text[scheduled:], fy)
            continue
        if (request := handed_request(block, fy)) is not None:
            yield request
            continue
        resolved = rule_re("minutes", "decision").search(block.text)
        decision = (resolved or rule_re("minutes", "direction").search(block.text)
                    or deadline_directive(block.text)
                    or (rule_re("minutes", "decision_item").match(block.text) if under else None))
        if decision is None or rule_any("minutes", "standing").search(block.text[decision.end():]):
            continue
        if resolved is None and rule_re("minutes", "everyone").match(block.text[decision.end():]):
            continue
        if only_designates(block.text[decision.end():]):
            continue
        if rule_re("minutes", "list_lead").match(block.text[decision.end():]):
            listed = True
            continue
        tasks = decision_tasks(block.text, decision.end())
        for start, end in tasks:
            lead = start + task_lead(block.text[start:end])
            if rule_re("minutes", "plan_change").match(block.text, lead):
                continue  # "เห็นชอบให้ปรับค่าเป้าหมาย...ตามที่เสนอ": the plan changed, no act
            span = title_span(block.text, lead, end, sentence=True)
            if span is not None:
                yield new_draft(block, span, block.text[decision.start() if len(tasks) == 1 else start:end], fy,
                                budget=task_money(block, start, end))


def task_lead(task: str) -> int:
    """Where a task's name starts: at who is asked to do it, as written (the
    gold conventions keep the party: "ฝ่ายเลขานุการจัดทำ..."), unless a "was
    done" word stands between, or more than a party's name does ("ปลัดอำเภอ...
    เป็นหัวหน้าคณะทำงาน... ให้เลขานุการจัดทำร่างคำสั่ง...": named by its act)."""
    lead = actor_lead(task)
    if lead is not None:
        return lead
    m = actor_re().match(task)
    return m.start("action") if m else 0


def deadline_directive(text: str) -> re.Match[str] | None:
    """A directive told to the meeting that hands a party an act with a
    deadline ("... โดยให้ทุกอำเภอประเมินตนเอง... ภายในเดือนสิงหาคม 2567"): the
    "ให้" that opens it; ``None`` when no party and act follow a "ให้" or no
    "ภายใน" date closes it ("ขอให้ใช้จ่ายให้แล้วเสร็จภายใน..." names no party).
    In a resolution "และให้" after an approval opens one too."""
    leads = list(rule_re("minutes", "deadline_directive").finditer(text))
    if is_decision_line(text):
        leads += rule_re("minutes", "resolved_directive").finditer(text)
    for m in leads:
        if actor_lead(text[m.end():]) is None:
            continue
        for due in rule_re("minutes", "deadline").finditer(text, m.end()):
            if find_dates(text[due.end():due.end() + activity_rules()["minutes"]["deadline_reach"]]):
                return m
    return None


def ends_decisions(text: str) -> bool:
    """The line opens the next agenda ("ระเบียบวาระที่ 6") or agenda item ("5.4 ...")."""
    return bool(rule_re("minutes", "agenda").match(text) or rule_re("minutes", "agenda_item").match(text))


def scheduling(text: str) -> int | None:
    """Where the name of a meeting a line schedules begins: after the
    "นัด"/"กำหนดการ" phrase nearest the first date after one; ``None`` when
    no date follows such a phrase."""
    phrases = list(rule_re("minutes", "schedule").finditer(text))
    if not phrases:
        return None
    found = find_dates(text[phrases[0].end():])
    if not found:
        return None
    date_at = phrases[0].end() + found[0].span[0]
    return max(m.end() for m in phrases if m.end() <= date_at)


def decision_tasks(text: str, start: int) -> list[tuple[int, int]]:
    """The stretches of a decision that each ask for one task: a new task
    opens at "และ" and a directive that hands an act to another party ("...
    และมอบ สภ.ภูเขียว ร่วมกับโรงเรียน... ตั้งจุดตรวจ...") when the stretch
    before it already asks for one.  A party named with what sets it apart
    ("และให้อำเภอที่ยังไม่ผ่านเกณฑ์ปรับปรุง... ภายในวันที่ 26 เมษายน 2567"), which
    the actor rule reads as a result, opens a task too when the rest asks an
    act and says when, how many or how much ("และให้ส่งผล..." names no party
    and stays in the task); the
    task's name starts at its act when a "was done" word stands between
    ("ร่วมกับ...").  A first stretch that only designates ("ให้ตำบลหนองสนิท
    เป็นตำบลต้นแบบ และให้จัดเวที...") is no task: the act after it is."""
    bounds, ends = [start], []
    for m in rule_re("minutes", "next_task").finditer(text, start):
        lead = actor_lead(text[m.end():])
        rest = text[m.end():]
        if lead is None and who_re().match(rest) and asks_act(rest) and gives_when_who_or_money(rest):
            lead = 0  # a party named by what sets it apart ("และให้อำเภอที่ยังไม่ผ่านเกณฑ์ปรับปรุง... ภายในวันที่ ...")
        if lead is not None and asks_act(text[bounds[-1]:m.start()]):
            ends.append(m.start())
            bounds.append(m.end() + lead)
        elif not ends and designates(text[bounds[-1]:m.start()]) and asks_act(rest):
            bounds[-1] = m.end() + (lead or 0)  # "ให้ตำบลหนองสนิทเป็นตำบลต้นแบบ และให้จัดเวที...": the act is the task
    return split_dated(text, list(zip(bounds, [*ends, len(text)], strict=True)))


@cache
def act_word_re() -> re.Pattern[str]:
    """Any activity word of ``[words] start``."""
    return re.compile("|".join(activity_rules()["words"]["start"]), re.IGNORECASE)


def asks_act(part: str) -> bool:
    """A part of a decision names an act before it names what someone is to be."""
    act = act_word_re().search(part)
    role = rule_re("minutes", "designation").search(part)
    return act is not None and (role is None or act.start() < role.start())


def designates(part: str) -> bool:
    """A part of a decision names who or what is to be something and asks no act before that."""
    return bool(rule_re("minutes", "designation").search(part)) and not asks_act(part)


def only_designates(text: str) -> bool:
    """A decision that names who or what is to be something ("ตำบลบ้านแก้งเป็น
    ตำบลต้นแบบ... และส่งเข้ารับการคัดเลือก...") and asks no act in any of its
    directives: no decision to act."""
    parts = rule_re("minutes", "directive").split(text)
    return designates(parts[0]) and not any(map(asks_act, parts))


def dated_by_papers(text: str) -> bool:
    """Every date of ``text`` is written after "ลงวันที่": the date of an order
    or a letter it reports ("ได้ออกคำสั่งอำเภอ ที่ 112/2566 ลงวันที่ 1
    กุมภาพันธ์ 2566"), not the date of an act the meeting deals with."""
    found = find_dates(text)
    return bool(found) and all(rule_re("minutes", "paper_before").search(text[: m.span[0]]) for m in found)


def same_topic(a: str, b: str, *, act: bool = False) -> bool:
    """Two titles are about one thing: they share a run of ``topic_chars``
    characters ("จัดกิจกรรม" in "การจัดกิจกรรม “ตลาดนัดสุขภาพ...”"), or the
    shorter is all inside the longer (a decision "ให้จัดอบรมในวันที่ ..." under
    "4.2 การจัดอบรมแกนนำครอบครัว").  With ``act`` (an item that has its own
    date, head count or money), the shared run must name an act: a decision
    sharing only a place or body name ("จังหวัดปัตตานี") asks for a task of its own."""
    a, b = fold(a), fold(b)
    short, long_ = sorted((a, b), key=len)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    shared = a[match.a: match.a + match.size]
    named = not act or bool(act_word_re().search(shared))
    return (match.size >= activity_rules()["minutes"]["topic_chars"] and named) or (bool(short) and short in long_)


def under_agenda_items(doc: Document, drafts: list[Draft], decisions: list[Draft],
                       fy: int | None) -> tuple[list[Draft], list[Draft]]:
    """Agenda items of minutes that are activities, given what is decided and asked for under them.

    The proposal under an item ("เสนอให้จัด... ในวันพฤหัสบดีที่ 25 กรกฎาคม 2567")
    dates it before any decision does: a decision's deadline ("ส่งภายใน...") is
    the date of its own task.  A decision under an item that names the same thing gives the item its
    dates and head count and is no activity of its own; the item takes the
    money and head count the lines under it ask for.  An item that gives no
    date (but that of a paper), head count or money of its own is a topic, an
    activity only when a decision under it names it (a decision with a task of
    its own leaves it a topic).  Returns (drafts,
    decisions left).
    """
    body = doc.body()
    tables = read_tables(doc)
    items = [b.order for b in body if rule_re("minutes", "agenda_item").match(b.text)]
    bounds = sorted({*items, *(b.order for b in body if rule_re("minutes", "agenda").match(b.text))})

    def stop_of(order: int) -> int:
        return min((n for n in bounds if n > order), default=len(doc.blocks))

    def item_of(order: int) -> int | None:
        return max((i for i in items if i <= order and stop_of(i) > order), default=None)

    index = {d.block.order: i for i, d in enumerate(drafts) if d.block.order in items}
    drafts = [proposal_dated(d, body, stop_of(d.block.order), fy) if n in index.values() else d
              for n, d in enumerate(drafts)]
    own = {i for i, d in ((i, drafts[i]) for i in index.values())
           if d.participants or d.budget or (d.date_to and not dated_by_papers(d.block.text))}
    decided: set[int] = set()
    out, left = list(drafts), []
    for d in decisions:
        i = index.get(item_of(d.block.order) or -1)
        if i is None or not (same_topic(out[i].title, d.title, act=i in own) or settles_proposal(d.title)):
            left.append(d)
            continue
        decided.add(i)
        o = out[i]
        out[i] = replace(o, date_from=o.date_from or d.date_from, date_to=o.date_to or d.date_to,
                         participants=o.participants or d.participants)
    for order, i in index.items():
        under = [b for b in body if order < b.order < stop_of(order)]
        if out[i].budget is None:
            out[i] = replace(out[i], budget=money_under(under, tables))
        if out[i].participants is None:
            out[i] = replace(out[i], participants=next((n for b in under if (n := head_count(b.text))), None))
    topics = {drafts[i].block.order for i in index.values() if i not in own | decided}
    return [d for d in out if d.block.order not in topics], left


def proposal_dated(item: Draft, body: list[Block], stop: int, fy: int | None) -> Draft:
    """An agenda item with no date of its own, dated by the first line under it
    (before ``stop``) that is no decision and gives a date that is not a paper's."""
    if item.date_to is not None:
        return item
    for b in body:
        if not item.block.order < b.order < stop or is_decision_line(b.text) or dated_by_papers(b.text):
            continue
        if dates := dates_in(b.text, fy):
            return replace(item, date_from=dates[0], date_to=dates[1])
    return item


def is_decision_line(text: str) -> bool:
    """The line records a resolution ("มติที่ประชุม ...")."""
    return bool(rule_re("minutes", "resolution").match(text))
