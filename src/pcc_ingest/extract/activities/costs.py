"""Money for activities with none of their own: the cost lines right under an
activity's line, or cost lines elsewhere that name it alone or pay for the
thing it gets."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.cost_groups import group_head, sentence_head
from pcc_ingest.extract.activities.draft import Draft, budget_people
from pcc_ingest.extract.activities.groups import across_pages, group_activities
from pcc_ingest.extract.activities.merge import TitleKey
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.table_groups import TableLine, numbered_acts, table_lines
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.activities.wording import (
    holds_words,
    names_several,
    purpose_words,
)
from pcc_ingest.extract.budget import text_items
from pcc_ingest.extract.budget.table_kinds import is_budget_table
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import fold, read_tables
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import LIST_MARKER_RE, strip_list_marker


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
        items = text_items(block) if rule_re("groups", "cost_line").match(line) else []
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
            out.append(replace(d, budget=cost_lines_below(body, at[d.block.order])))
        else:
            out.append(d)
    return out


@cache
def purpose_re() -> re.Pattern[str]:
    """The activity a cost line is for, from its first activity word on
    ("ค่าอาหาร...การอบรมแกนนำเยาวชน" -> "อบรมแกนนำเยาวชน"), past a label
    ("...กิจกรรมถอดบทเรียน" -> "ถอดบทเรียน")."""
    rules = activity_rules()["named_costs"]
    words = [*activity_rules()["words"]["start"], *rules["words"]]
    return re.compile(rf"(?:การ\s*)?(?:{rules['label']})?(?P<name>(?:{'|'.join(words)}).*)", re.IGNORECASE)


def cost_purpose(description: str) -> str | None:
    """The activity named in a cost line's description, past its cost word."""
    m = purpose_re().search(description)
    return m["name"].strip() if m and len(fold(m["name"])) >= activity_rules()["title"]["min_chars"] else None


def names_one(purpose: str, titles: list[str]) -> int | None:
    """The one title that holds every word-run of ``purpose`` ("ค่าย CBTx" in
    "ค่ายปรับเปลี่ยนพฤติกรรม...(CBTx)"); ``None`` when none or several do."""
    hits = naming(purpose, titles)
    return hits[0] if len(hits) == 1 else None


def naming(purpose: str, titles: list[str]) -> list[int]:
    """The titles that hold every word-run of ``purpose``; when none does,
    those that hold each of its words, as a clerk shortens a title in a cost
    line by leaving words out ("อบรมแกนนำธนาคารขยะ" for "อบรมแกนนำชุมชน
    จัดตั้งธนาคารขยะ...", "ตรวจอัลตราซาวด์" for "ตรวจคัดกรอง...ด้วย
    อัลตราซาวด์")."""
    runs = [fold(r).lower() for r in purpose.split()]
    folded = [fold(t).lower() for t in titles]
    hits = [i for i, t in enumerate(folded) if all(r in t for r in runs)]
    return hits or [i for i, t in enumerate(folded) if holds_words(t, purpose)]


def procured(description: str, titles: list[str]) -> list[int]:
    """The titles of acts that get the thing a cost line pays for ("และค่าที่นอนลม
    10 ชุด" -> "จัดหาที่นอนลมป้องกันแผลกดทับ...", "ค่าป้ายเตือนและไฟกระพริบ..."
    -> "ติดตั้งป้ายเตือน ไฟกระพริบ..."): its first thing, past the cost word,
    named in a title that opens with procuring or installing ([named_costs])."""
    rules = activity_rules()["named_costs"]
    word = rule_re("named_costs", "cost_word").match(description)
    thing = fold(re.split(r"\s|และ", description[word.end():].strip(), maxsplit=1)[0]) if word else ""
    if len(thing) < rules["thing_min_chars"]:
        return []
    return [i for i, t in enumerate(titles) if rule_re("named_costs", "procure").match(t) and thing in fold(t)]


def thing_named(description: str, titles: list[str]) -> int | None:
    """The one title that holds every word of what a cost line with no
    activity word pays for ("ค่ากระดาษทดสอบสารเคมีในเลือด" -> "ตรวจคัดกรอง
    สารเคมีตกค้างในเลือด...ด้วยกระดาษทดสอบ"), when it has at least
    ``[named_costs] thing_words`` words: a thing that only one act uses."""
    word = rule_re("named_costs", "cost_word").match(description)
    thing = description[word.end():] if word else ""
    if len(purpose_words(thing)) < activity_rules()["named_costs"]["thing_words"]:
        return None
    hits = [i for i, t in enumerate(titles) if holds_words(fold(t).lower(), thing)]
    return hits[0] if len(hits) == 1 else None


def cost_owner(description: str, titles: list[str], above: list[int]) -> int | None:
    """The title a cost line's money goes to: the one act that gets the thing
    it pays for, else (naming no activity) the one whose title holds all its
    words, else the one title holding the activity it names, else, of
    several holding it, the one among ``above`` (told in the block right
    before the cost line); ``None`` when none or several remain.  A line for
    several sessions ("ประชุม พชอ. 3 ครั้ง") goes only to an activity that is
    itself several sessions ("ประชุม พชต. รายไตรมาส 4 ครั้ง")."""
    things = procured(description, titles)
    if things:
        return things[0] if len(things) == 1 else None
    purpose = cost_purpose(description)
    if not purpose:
        return thing_named(description, titles)
    if names_several(purpose):
        titles = [t if names_several(t) else "" for t in titles]
    one = names_one(purpose, titles)
    near = [i for i in naming(purpose, titles) if i in above] if one is None else []
    hit = one if one is not None else near[0] if len(near) == 1 else None
    return None if hit is not None and other_session(purpose, titles[hit]) else hit


def other_session(purpose: str, title: str) -> bool:
    """A cost line for one session of a series ("ค่าอาหาร...ผู้เข้าประชุม ครั้งที่ 1",
    ``[named_costs] session``) never pays a meeting numbered otherwise ("...การประชุม
    ครั้งที่ 4/2566", one held before the series)."""
    m = rule_re("named_costs", "session").search(purpose)
    number = TitleKey.of(title).number
    return m is not None and number is not None and number.split("/")[0] != m["n"]


def budget_table_lines(doc: Document, drafts: list[Draft], paid: frozenset[int] | set[int] = frozenset()) -> list[TableLine]:
    """The lines of budget tables that list no activity themselves ("ที่ |
    รายการ | จำนวนเงิน" under the activities): cost lines that may name one,
    each with the numbered group it is in (``table_lines``).
    A meeting named in passing in such a table ("ประชุมคณะกรรมการ พชอ. ครั้งที่
    2/2566 (16 มี.ค. 66) ค่าอาหารว่าง...") was given no money there, so only
    activities read from a table with their money make its lines theirs; ``paid``
    adds the blocks of such activities merged into a plan row's telling."""
    own = {d.block.order for d in drafts if d.budget is not None} | paid
    tables = [t for t in across_pages(read_tables(doc)) if is_budget_table(t) and "activity" not in t.roles]
    # a table whose groups were read as activities (``group_activities``) pays them itself
    return [line for t in tables if not own & {b.order for b in t.grid.cells.values()}
            for line in table_lines(t, grouped=not group_activities(t, None))]


def with_named_costs(doc: Document, drafts: list[Draft], paid: frozenset[int] | set[int] = frozenset()) -> list[Draft]:
    """Activities with no money of their own take the cost lines elsewhere in
    the text that name them and no other activity ("ค่าอาหาร...การอบรมแกนนำ
    เยาวชน 80 คน 2 วัน ... เป็นเงิน 20,800 บาท" in a budget paragraph), or that
    pay for the thing they get (``procured``).  A line naming two activities
    ("...การประชุมชี้แจงและประชุมสรุปผล") or none ("ค่าตอบแทนวิทยากร") is
    left alone; one whose words several activities hold goes to the one told
    in the block right before it ("... ได้รณรงค์การสวมหมวกนิรภัย..." over "...
    ค่าป้ายไวนิลรณรงค์ 14 ผืน ... 6,300 บาท"), else to none; lines in an
    activity's own block are its own already.  A cost line under a listed
    head that names an act ("7.3 ติดตามเยี่ยมบ้าน..." over "- ค่าชุดตรวจ...")
    goes to the act the head names (``group_head``).  Rows of a separate budget
    table count the same way, with no block before them to tell; a numbered
    group of one pays the act its head names, else the act of its number in
    the plan's list 1..N (``numbered_acts``).  ``paid``: blocks of drafts read
    with their money before merging (a budget table's groups), whose tables have
    paid their activities already."""
    own = {d.block.order for d in drafts}
    out = list(drafts)
    open_ = [i for i, d in enumerate(out) if d.budget is None]
    titles = [out[i].title for i in open_]
    body = doc.body()
    lines: list[tuple[BudgetItemRecord, list[int], str | None, int | None]] = []
    for at, block in enumerate(body):
        if block.order in own or block.kind == "table_cell":
            continue
        above = [i for i, j in enumerate(open_) if at and out[j].block.order == body[at - 1].order]
        head = group_head(body, at)
        lines += [(item, above, head or sentence_head(block.text, item_at(item)), None) for item in text_items(block)]
    table = budget_table_lines(doc, drafts, paid)
    lines += [(line.item, [], line.head, line.number) for line in table]
    numbered = numbered_acts(out, len({line.number for line in table if line.number is not None}))
    by_number = {n: open_.index(i) for n, i in numbered.items() if i in open_}
    led: tuple[int | None, str | None] = (None, None)  # the block of the last line led by an act, and that act
    for item, above, head, number in lines:
        # a line under a group's head pays for the act the head names, else its own words decide
        owner = cost_owner(head, titles, []) if head else None
        if owner is None and number is not None:
            owner = by_number.get(number)
        lead = line_lead(item.evidence.text, item.description)
        if lead is None and item.evidence.block == led[0] and item.evidence.table is not None:
            lead = led[1]  # the next cost line of the same cell goes to the act that leads the cell
        led = (item.evidence.block, lead)
        if owner is None and lead:
            owner = held_by_one(lead, titles)
            if owner is None and not TitleKey.of(lead).number:
                owner = names_one(lead, titles)  # a lead shortened word by word ("ประชุมเชิงปฏิบัติการทีมพี่เลี้ยง")
        hit = owner if owner is not None else cost_owner(item.description, titles, above)
        if owner is None and hit is not None and several_for_one(item, titles[hit]):
            continue
        if hit is not None and owner is None and _spells_paid(item.description, drafts):
            continue  # the line spells out the money an activity's own row gives already
        if hit is not None:
            d = out[open_[hit]]
            # a line led by the act, or one whose purpose names it ("ค่าอาหาร...อบรมอาสาสมัคร 60 คน × 120 บาท"), counts its people
            counted = lead or cost_purpose(item.description)
            people = d.participants or (budget_people(item.evidence.text, first_factor=True) if counted else None)
            out[open_[hit]] = replace(d, budget=(d.budget or 0) + item.amount_baht, participants=people)
    return out


def several_for_one(item: BudgetItemRecord, title: str) -> bool:
    """A table's line counting sessions in its bracket ("ค่าอาหารว่าง... ประชุมคณะกรรมการ
    พชอ. (35 คน x 4 ครั้ง)", the description dropping the bracket) pays for a series,
    never one numbered meeting ("...ครั้งที่ 4/2565", the one that approved the plan):
    the several-sessions rule of ``cost_owner`` read on the whole line."""
    return (item.evidence.table is not None and names_several(item.evidence.text)
            and TitleKey.of(title).number is not None)


def _spells_paid(description: str, drafts: list[Draft]) -> bool:
    """A cost line naming, of all activities, one that has its own money
    ("ค่าอาหารกลางวัน ประชุมคณะกรรมการ พชอ." under a plan row "ประชุมคณะกรรมการ
    พชอ. และคณะทำงาน... | 6,300"): it details that money, so an unpaid
    activity holding the same words (a meeting told in the background) is not
    paid by it.  ``drafts`` as they came, before any cost line paid them."""
    one = cost_owner(description, [d.title for d in drafts], [])
    return one is not None and drafts[one].budget is not None


def item_at(item: BudgetItemRecord) -> int:
    """Where a cost line's own words begin in its block: its evidence may open
    with the clause before them ("...สำหรับการอบรม... ประกอบด้วยค่าอาหาร...")."""
    found = item.evidence.text.find(item.description)
    return item.evidence.start + (found if found >= 0 else len(item.evidence.text))


def held_by_one(name: str, titles: list[str]) -> int | None:
    """The one title holding every word-run of an act's ``name`` as written
    ("ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566"): a name leading a cost line is
    written out, so no word may be left out (meeting 1/2565 never pays 3/2565)."""
    runs = [fold(r).lower() for r in name.split()]
    hits = [i for i, t in enumerate(titles) if all(r in fold(t).lower() for r in runs)]
    return hits[0] if len(hits) == 1 else None


def line_lead(line: str, description: str) -> str | None:
    """The act a cost line opens with, before what it buys ("ประชุมคณะกรรมการ
    พชอ. ครั้งที่ 2/2566 (16 มี.ค. 66) ค่าอาหารว่างและเครื่องดื่ม 35 คน x 25 บาท"
    -> "ประชุมคณะกรรมการ พชอ. ครั้งที่ 2/2566"): a spending table's row names
    the event first when several rows buy the same thing; ``None`` when the
    line opens with its cost word or pays for several sessions."""
    at = line.find(description)
    body = strip_list_marker(line[:at]).strip() if at > 0 else ""
    spent = rule_re("named_costs", "spent_on").match(body)
    body = spent["act"] if spent else body  # "ใช้จ่ายในการประชุม... เป็นค่า...": the act it was spent on
    if not start_re().match(body) or names_several(line):
        return None  # a line for several sessions ("... x 4 ครั้ง") pays for no one of them
    span = title_span(body, 0, len(body))
    return body[span[0]:span[1]] if span else None
