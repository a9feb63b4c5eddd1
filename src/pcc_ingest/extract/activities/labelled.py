"""Activities told under a line of their label and name ("กิจกรรมที่ 2 อบรม
แกนนำชุมชนด้านความปลอดภัยทางถนน", bold or a heading) with the account of
the activity under it ("วันที่ 15/01/2567 ณ ... ผู้เข้าร่วมจริง 114 คน ...
ใช้งบประมาณ 20,880 บาท"): a project report's results, activity by activity
(``[labelled]``).  The account is that one activity: dated from the first day
it tells to the last, counted by those who took part, and paid what it used
unless a plan or budget table states its amount (the money planned is the
activity's).  What other readers found in the account are that activity too.

A label line right over a table of its numbered sub-activities ("1.1 |
ประชุมวิเคราะห์สถานการณ์... | 19/10/2566 | 45 | 4,500") heads a group: the
rows are the activities, and the label is none, nor are the rows of other
tables numbered like it that name it again (a calendar's or a budget table's
"1. ประชุมคณะกรรมการ พชอ. และ ศปถ.อำเภอ")."""

from __future__ import annotations

from dataclasses import dataclass, field

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, gives_when_who_or_money
from pcc_ingest.extract.activities.ordinals import shared_run
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import list_number, opens_part, section_heading
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import fold
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import find_amounts


@dataclass
class Labelled:
    """A label line, its title span and number, the blocks of its account and
    the table right under it, if one follows the line at once."""

    head: Block
    start: int
    end: int
    number: int
    body: list[Block] = field(default_factory=list)
    table: int | None = None

    @property
    def title(self) -> str:
        return self.head.text[self.start:self.end]


def labelled_sections(doc: Document) -> list[Labelled]:
    """Each label line with the paragraphs under it, up to the next heading,
    label line or table; a label line that goes on to tell when, who or how
    much is an activity's own line, not a label over an account."""
    out: list[Labelled] = []
    current: Labelled | None = None
    for block in doc.body():
        m = rule_re("labelled", "title").match(block.text) if block.kind in ("heading", "paragraph") else None
        if m and not gives_when_who_or_money(m["title"]):
            current = Labelled(block, m.start("title"), m.end("title"), int(m["n"]))
            out.append(current)
        elif current is None:
            continue
        elif block.kind == "table_cell":
            if not current.body:
                current.table = block.table
            current = None
        elif rule_re("labelled", "opener").match(block.text) or opens_part(block) or section_heading(block.text):
            current = None  # the next activity's own line ("กิจกรรมที่ 5 ... เป็นเงิน 8,400 บาท") or part
        elif block.kind == "heading":
            current = None
        else:
            current.body.append(block)
    return out


def took_part(text: str) -> int | None:
    """The first count of those who took part an account tells (``[labelled] took_part``)."""
    m = rule_re("labelled", "took_part").search(text)
    return int(m["n"].replace(",", "")) if m else None


def heads_group(doc: Document, sec: Labelled) -> bool:
    """The table right under the label numbers its rows as the label's sub-activities ("1.1", "1.2")."""
    if sec.table is None:
        return False
    sub = rule_re("labelled", "sub_number")
    return any((m := sub.match(b.text)) and int(m["n"]) == sec.number
               for b in doc.body() if b.kind == "table_cell" and b.table == sec.table)


def names_group(d: Draft, sec: Labelled) -> bool:
    """A draft of another table numbered like the group and naming it again
    (sharing at least ``[calendars] shared`` letters in a row with its name)."""
    if d.block.table is None or d.block.table == sec.table:
        return False
    number = list_number(d.block)
    if d.row_number != sec.number and number != (sec.number, None):
        return False
    least = activity_rules()["calendars"]["shared"]
    return shared_run(fold(comparable(d.title)), fold(comparable(sec.title))) >= least


def under_labels(doc: Document, drafts: list[Draft], fy: int | None) -> list[Draft]:
    """``drafts`` with each labelled account folded into one draft titled by
    its label line, and group labels with the rows that name them dropped."""
    out = list(drafts)
    for sec in labelled_sections(doc):
        if heads_group(doc, sec):
            out = [d for d in out if d.block.order != sec.head.order and not names_group(d, sec)]
            continue
        orders = {b.order for b in sec.body} | {sec.head.order}
        text = " ".join(b.text for b in sec.body)
        if not gives_when_who_or_money(text):
            continue
        told = [d for d in out if d.block.order in orders]
        dates = dates_in(text, fy)
        money = next((d.budget for d in told if d.budget), None) or next((v for v, _, _ in find_amounts(text)), None)
        # the money used, told in the account, yields to an amount stated for the activity elsewhere
        folded = Draft(sec.title, sec.head, sec.start, sec.end, date_from=dates[0] if dates else None,
                       date_to=dates[1] if dates else None, participants=took_part(text),
                       budget=money, summed=money is not None)
        at = next((i for i, d in enumerate(out) if d.block.order in orders or d.block.order > sec.head.order), len(out))
        out = [*[d for d in out[:at] if d.block.order not in orders], folded,
               *[d for d in out[at:] if d.block.order not in orders]]
    return out

