"""The meeting a set of minutes records: its name, date and the head count of
those present, from the title lines and the attendance lists."""

from __future__ import annotations

import re

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count, per_place
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import item_number
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.model import Block, Document


def meeting_of_minutes(doc: Document, fy: int | None) -> Draft | None:
    """The meeting a set of minutes records: its name (with its number from the
    line under the title), its date, and the head count of those present."""
    body = doc.body()
    first = next((b for b in body[:4] if rule_re("minutes", "meeting_title").match(b.text)), None)
    if first is None:
        return None
    m = rule_re("minutes", "meeting_title").match(first.text)
    span = title_span(first.text, m.end(), len(first.text))
    if span is None:
        return None
    at = body.index(first)
    title = first.text[span[0]:span[1]]
    if at + 1 < len(body) and names_body_below(first.text[span[0]:], body[at + 1].text):
        at += 1
        title = f"{title}{body[at].text.strip()}"
    if at + 1 < len(body) and rule_re("minutes", "meeting_number").match(body[at + 1].text):
        title = f"{title} {body[at + 1].text.strip()}"
    near = body[at: at + 1 + activity_rules()["minutes"]["date_reach"]]
    dates = next((d for d in (dates_in(b.text, fy) for b in near) if d), None)
    stated = next(((b, m) for b in body if (m := rule_re("minutes", "attendance").search(b.text))), None)
    people = without_absent(body, *stated) if stated else listed_present(body)
    return Draft(title, first, span[0], span[1], dates[0] if dates else None, dates[1] if dates else None, people)


def without_absent(body: list[Block], block: Block, total: re.Match[str]) -> int:
    """The stated head count, less those absent when the line that states it
    counts them first and the listed members, the places counted after the
    absent and the absent add up to it (``[minutes] absent_count``): such a
    total counted everyone on the committee, not those present."""
    stated = int(total["n"].replace(",", ""))
    absent = rule_re("minutes", "absent_count").search(block.text, 0, total.start())
    if absent is None:
        return stated
    missing = int(absent["n"].replace(",", ""))
    places = sum(int(m["n"]) for m in rule_re("minutes", "per_place").finditer(block.text, absent.end(), total.start()))
    present = (listed_present(body) or 0) + places
    return present if present + missing == stated else stated


def names_body_below(named: str, below: str) -> bool:
    """A title that is only the kind of paper ("รายงานการประชุม") names its
    meeting on the line below ("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ...
    ครั้งที่ 3/2565"): the meeting is "ประชุม" and that line."""
    return bool(rule_re("minutes", "bare_title").match(named) and rule_re("minutes", "body_line").match(below))


def listed_present(body: list[Block]) -> int | None:
    """How many the minutes list as present: the last number of each numbered
    list under "ผู้มาประชุม" / "ผู้เข้าร่วมประชุม", added up, each item that
    counts several people ("ผู้อำนวยการ รพ.สต. ... จำนวน 11 คน") adding them
    all; an unnumbered line that counts people ("ผู้แทน พชต. ทั้ง 7 ตำบล รวม 18
    คน") adds them (lines a name wrapped onto carry no count and are passed over),
    and so does a label of those present that counts them on its own line, even
    after the absent ("ผู้เข้าร่วมประชุม ผู้อำนวยการ รพ.สต. 11 แห่ง ... รวม 20 คน").
    A list laid out as a table numbers its rows in a cell of their own ("1." |
    name | post)."""
    lists: list[int] = []
    extra = 0  # people beyond one per item
    counting = False
    for block in body:
        if rule_re("minutes", "present").match(block.text):
            lists.append(0)
            counting = True
        elif rule_re("minutes", "present_inline").match(block.text):
            extra += head_count(block.text) or 0  # "ผู้เข้าร่วมประชุม ผู้อำนวยการ รพ.สต. ... รวม 20 คน"
            counting = False
        elif counting and rule_re("minutes", "present_end").match(block.text):
            counting = False
        elif counting and (number := item_number(block) or cell_number(block)) is not None and number[1] is None:
            lists[-1] = max(lists[-1], number[0])
            extra += max((head_count(block.text) or per_place(block.text) or 1) - 1, 0)
        elif counting:
            extra += head_count(block.text) or 0  # "ผู้อำนวยการ รพ.สต. และผู้แทน พชต. ... รวม 18 คน"
    return (sum(lists) + extra) or None


def cell_number(block: Block) -> tuple[int, None] | None:
    """The number a table cell holding only a number gives its row ("1.", "12")."""
    if block.kind != "table_cell":
        return None
    m = rule_re("cells", "row_number").fullmatch(block.text)
    return (int(m["n"]), None) if m else None


def attendee_lines(doc: Document) -> set[int]:
    """Orders of the numbered lines listing those present (under "ผู้มาประชุม",
    a line closing on "ผู้มาประชุม รวม 26 คน ได้แก่"): posts and names, never acts, in minutes or
    in a report that carries a meeting's record; the list ends at its first
    line that is no numbered item or closes it (``[minutes] present_end``)."""
    out: set[int] = set()
    counting = False
    for block in doc.body():
        if rule_re("minutes", "present").match(block.text) or rule_re("minutes", "present_intro").search(block.text):
            counting = True
        elif counting and (rule_re("minutes", "present_end").match(block.text) or item_number(block) is None):
            counting = False
        elif counting:
            out.add(block.order)
    return out
