"""Where a paragraph stands in a report's outline: which numbered heading
encloses it, and which district's section it belongs to.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import NUMBER
from pcc_ingest.thai.text import strip_list_marker


def continues_figure(prev: Block | None, block: Block) -> bool:
    """``block`` opens with the figure of a percentage whose word ends
    ``prev`` ("... อัตราการสวมหมวกนิรภัย ร้อยละ" / "71.25 เพิ่มขึ้นจาก..."): a
    PDF paragraph broken between "ร้อยละ" and its number, one paragraph, so
    "71.25" there is no numbered heading.  So is one broken before "ร้อยละ",
    after the verb giving the figure ("... คิดเป็น" / "ร้อยละ 88.51 ...")."""
    if prev is None or "table_cell" in (prev.kind, block.kind):
        return False
    if NUMBER.match(block.text) is not None and rule_re("figure", "broken_word").search(prev.text) is not None:
        return True
    return (rule_re("figure", "broken_percent").match(block.text) is not None
            and rule_re("figure", "broken_verb").search(prev.text) is not None)


def outline_number(block: Block) -> tuple[int, ...] | None:
    """The number of a short numbered heading ("3.1 อำเภอ..." -> (3, 1)), a
    minutes' agenda heading ("ระเบียบวาระที่ 3 ..." -> (3,)) included;
    ``None`` for a block that is no such heading (a long numbered item, an
    inline "1)" list item, a plain paragraph); an agenda heading may run
    longer than another heading."""
    rules = outcome_rules()["section"]
    agenda = rule_re("section", "agenda_number").match(block.text)
    m = rule_re("section", "outline_number").match(block.text) or agenda
    short = len(block.text) <= rules["agenda_heading_chars" if agenda else "heading_chars"]
    return tuple(int(n) for n in m["n"].split(".")) if m and (short or block.kind == "heading") else None


def outline_depth(block: Block) -> int | None:
    """How deep a short numbered heading sits in the report's outline ("4."
    is 1, "3.1" is 2); ``None`` for a block that is no such heading."""
    number = outline_number(block)
    return len(number) if number is not None else None


def in_list(number: tuple[int, ...], enclosing: tuple[int, ...] | None, last_item: tuple[int, ...] | None) -> bool:
    """A line numbered 1 that does not move the outline on from the heading
    above it ("1. การจัดการขยะ" under "2.2 อำเภอนาโยง"; "1." under "3.")
    starts a list inside that heading's section, and the lines counting on
    from it ("2.", "3.") are its items: a heading that ends the section
    moves the outline on ("3." after the list is over, "2.3")."""
    if last_item is not None and len(number) == len(last_item) and number[:-1] == last_item[:-1]:
        return number[-1] == last_item[-1] + 1
    return enclosing is not None and number[-1] == 1 and number <= enclosing[: len(number)]


def section_districts(doc: Document, province: str | None) -> dict[int, str]:
    """The district each paragraph outside tables is about: the one its
    section opens with.

    A heading or paragraph that opens with a district's name ("3.1
    อำเภอเมืองชุมพร", "พชอ.ท่าแซะ ขับเคลื่อน...") opens that district's
    section; its paragraphs go on being about it until the next such block,
    or until a numbered heading no deeper than the section's own ("4.
    สรุปผลตามตัวชี้วัด" after "3.1 อำเภอ..."; for a paragraph that opens a
    district, the heading it stands under) closes it, and so does a block
    opening with the province ("ภาพรวมจังหวัด ...").  A numbered list inside
    the section ("1. ...", "2. ..." under "2.2 อำเภอ...") closes nothing.  A
    bulleted item naming a district is about that district alone and opens
    nothing.
    """
    out: dict[int, str] = {}
    current: str | None = None
    closing = 1  # the outline depth whose headings close the open section
    enclosing: tuple[int, ...] | None = None  # the number of the last outline heading
    item: tuple[int, ...] | None = None  # the number of the last item of a list inside the section
    prev: Block | None = None
    for block in doc.body():
        if block.kind == "table_cell":
            prev = block
            continue
        number = None if continues_figure(prev, block) else outline_number(block)
        prev = block
        if number is not None and current is not None and in_list(number, enclosing, item):
            item, number = number, None
        elif number is not None:
            item = None
        depth = len(number) if number is not None else None
        opened = None if rule_re("section", "item_marker").match(block.text) else district_at_start(block.text, province)
        if opened is not None:
            current = opened[0]
            closing = depth or (len(enclosing) if enclosing else 1)
        elif (depth is not None and depth <= closing) or rule_re("section", "province_opens").match(
                strip_list_marker(block.text)):
            current = None
        if number is not None:
            enclosing = number
        if current is not None:
            out[block.order] = current
    return out
