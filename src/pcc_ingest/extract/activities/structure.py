"""The layout of a report around its activities: list items and their numbers,
bullets, the parts that close a plan, and the zone where the report names itself."""

from __future__ import annotations

import re
from functools import lru_cache

from pcc_ingest.extract.activities.dashes import bullet_lines, slash_parts
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.districts import title_blocks
from pcc_ingest.extract.issues import section_of
from pcc_ingest.extract.tables import numbered_items
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import LIST_MARKER_RE, thai_digits_to_arabic

# A bullet opening a line ("· กิจกรรม...", "- ประชุม..."): a list item, even
# when its words look like a section heading.
BULLET_RE = re.compile(r"^\s*[-–—·•●○▪■◦*]")


# A number with its own mark ("2.", "2)", "(2"): an item's, whatever stands before it.
ITEM_CLOSE_RE = re.compile(r"\(|\d{1,2}(?:\.\d{1,2})?[.)]")

# The number a listed line opens with: "4." (n=4), "2.3" (n=2, sub=3).
LIST_NUMBER_RE = re.compile(r"^\s*\(?(?P<n>\d{1,2})(?:\.(?P<sub>\d{1,2}))?[.)]?\s")
# A list label of one level ("๑๐.", "3)", "(2)").
LABEL_NUMBER_RE = re.compile(r"\(?(?P<n>\d{1,2})[.)]?")


def block_lines(block: Block) -> list[tuple[int, int, bool]]:
    """(start, end, listed) of the lines of a block: its numbered items, bullets,
    the slash-parted acts of a one-line schedule, or itself."""
    return list(_text_lines(block.text, block.kind == "list_item" or bool(block.list_label)))


@lru_cache(maxsize=4096)
def _text_lines(text: str, labelled: bool) -> tuple[tuple[int, int, bool], ...]:
    """``block_lines`` of a text; cached because the list and prose readers both split each block."""
    items = numbered_items(text)
    spans: list[tuple[int, int]] = []
    for it in items:
        if spans and (is_ordinal_number(text, it.marker_start) or is_quantity(text, it.marker_start)):
            spans[-1] = (spans[-1][0], it.end)  # "ระยะที่ 2 และ...", "3 รุ่นๆ ละ..." go on with the item before
        else:
            spans.append((it.marker_start, it.end))
    if len(spans) >= 2:
        return tuple((s, e, True) for s, e in spans)
    bullets = bullet_lines(text)
    if len(bullets) >= 2:
        return tuple((s, e, True) for s, e in bullets)
    if slashed := slash_parts(text):
        return tuple((s, e, labelled) for s, e in slashed)
    return ((0, len(text), labelled or bool(LIST_MARKER_RE.match(text))),)


def is_ordinal_number(text: str, at: int) -> bool:
    """The bare number at ``at`` counts a phase, round or issue ("ระยะที่ 2 และ...",
    "ครั้งที่ 3 ...", "ประเด็นที่ 2 ...") or is a factor of a cost's working
    ("35 คน x 2 มื้อ"), not a new item of the list (``[lines] ordinal_before``)."""
    return not ITEM_CLOSE_RE.match(text, at) and bool(rule_re("lines", "ordinal_before").search(text, 0, at))


def is_quantity(text: str, at: int) -> bool:
    """The bare number at ``at`` counts what follows it ("... 3 รุ่นๆ ละ 50 คน"):
    a quantity inside the item before, not a new item (``[lines] unit_after``)."""
    return not ITEM_CLOSE_RE.match(text, at) and bool(rule_re("lines", "unit_after").match(text, at))


def closes_section(text: str) -> bool:
    """A heading after which no line is an activity (milestones, indicators)."""
    body = LIST_MARKER_RE.sub("", text, count=1)
    return len(text) <= activity_rules()["sections"]["closed_max_chars"] and bool(rule_any("sections", "closed").match(body))


def states_inline(text: str) -> bool:
    """A section label that says its content on the same line ("ประเด็นที่
    ขับเคลื่อน 2 ประเด็น คือ (1) ... (2) ..."): a statement, so the lines below
    it stay in the part they were in (``[sections] inline_content``).  Only the
    words before the content must read as a heading, so a long line counts."""
    content = rule_re("sections", "inline_content").search(text)
    return (content is not None and section_of(text[:content.start()]) is not None
            and len(content["content"].replace(" ", "")) >= activity_rules()["sections"]["inline_min_chars"])


def section_heading(text: str) -> str | None:
    """The part of the report a line heads: "closed" for milestones and
    indicators, a section of ``headings.toml``, or None for a line that heads
    nothing, a label stating its content inline included (``states_inline``)."""
    if closes_section(text):
        return "closed"
    return None if states_inline(text) else section_of(text)


def list_number(block: Block) -> tuple[int, int | None] | None:
    """The number a listed line opens with: (1, None) for "1.", (2, 3) for "2.3"."""
    m = LIST_NUMBER_RE.match(block.text)
    return (int(m["n"]), int(m["sub"]) if m["sub"] else None) if m else None


def item_number(block: Block) -> tuple[int, int | None] | None:
    """A list item's number: the one its text opens with, else the one Word or
    the PDF reader gave it ("๑๐." over "10.นายสมบัติ ...", where a PDF line lost
    the space after its number)."""
    label = LABEL_NUMBER_RE.fullmatch(thai_digits_to_arabic(block.list_label or "").strip())
    return list_number(block) or ((int(label["n"]), None) if label else None)


def continues_list(block: Block, previous: Block | None) -> bool:
    """A list item numbered next after the list item right before it, at the
    same level, is the list's next item even when its words look like a
    heading ("4. สรุปผลการดำเนินงานแก้ปัญหา" after "3. การบริหารจัดการ...",
    "7.3 สรุปผลและถอดบทเรียน..." after "7.2 ประกวด...").  A paragraph or
    heading with a typed number ("3. ปัญหาอุปสรรค...") is not."""
    if previous is None or block.kind != "list_item" or previous.kind != "list_item":
        return False
    here, before = list_number(block), list_number(previous)
    if here is None or before is None:
        return False
    if here[1] is None and before[1] is None:
        return here[0] == before[0] + 1
    return here[1] is not None and before[1] is not None and here[0] == before[0] and here[1] == before[1] + 1


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


def opens_part(block: Block, last_part: int | None = None) -> bool:
    """A heading numbered like a part of the report ("7. ผลการดำเนินกิจกรรม"),
    not a sub-item ("5.1 ...") nor a bold line without a number.  A report
    typed without heading styles numbers its parts in plain paragraphs: a short
    one numbered next after the part before (``last_part``) opens a part too
    (``[sections] typed_part_max_chars``)."""
    number = list_number(block)
    if number is None or number[1] is not None:
        return False
    if block.kind == "heading":
        return True
    return (block.kind == "paragraph" and last_part is not None and number[0] == last_part + 1
            and len(block.text) <= activity_rules()["sections"]["typed_part_max_chars"])


def part_number(block: Block) -> int | None:
    """The number of a top-level numbered line ("8. ..."), None for a sub-item or an unnumbered line."""
    number = list_number(block)
    return number[0] if number is not None and number[1] is None else None
