"""Cutting one issue's name out of text: the item, its clean span, and where a name or clause ends.

Every reader finds where an item lies; this module narrows the span to the
issue's own words and decides whether those words can be an issue at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.districts import district_at_start, section_of
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker

# The first character of a word after a space: where a run-in name may end.
WORD_START_RE = re.compile(r"(?<=\s)\S")


@dataclass(frozen=True)
class Item:
    """One issue's span in a block, the district it belongs to, and whether a decision adopts or adds it.

    ``added`` marks an issue a decision adds to those kept ("คงประเด็นเดิม…
    และเพิ่มประเด็นที่ 4 …"): it joins the district's list, it does not replace it.
    ``tallied`` marks an issue of a summary counting how many districts chose
    it ("ได้แก่ A (8 อำเภอ) B (6 อำเภอ)"): it stands for the lists only when
    the document gives no list itself.  ``summarised`` marks an issue of a
    table setting issues beside their indicators ("ประเด็น | ตัวชี้วัด | ค่า
    เป้าหมาย"): it stands for a district's list only when no other gives one.
    """

    block: Block
    start: int
    end: int
    district: str | None
    adopted: bool = False
    added: bool = False
    tallied: bool = False
    summarised: bool = False


def _clean_span(text: str, start: int, end: int, province: str | None) -> tuple[int, int]:
    """Narrow an item's span to the issue's own words: no marker, label, district or punctuation."""
    trim = issue_rules()["trim"]
    changed = True
    while changed and start < end:
        piece = text[start:end]
        stripped = strip_list_marker(piece)
        for p in issue_rules()["item_prefixes"]:
            stripped = compiled(p).sub("", stripped, count=1)
        lead = district_at_start(stripped, province)
        if lead is not None:
            stripped = stripped[lead[2]:]
        stripped = stripped.lstrip(trim)
        new_start = start + len(piece) - len(stripped)
        changed = new_start != start
        start = new_start
    quoted = compiled(issue_rules()["quoted_name"]).match(text, start, end)
    if quoted:
        start, end = quoted.span("name")  # '"A" เป็นประเด็น...': the quoted words name it
    sub = compiled(issue_rules()["sub_point"]).search(text, start, end)
    if sub:
        end = sub.start()
    note = compiled(issue_rules()["background_note"]).search(text, start, end)
    if note:
        end = note.start()
    end = before_amount(text, start, end)
    end = before_glued_heading(text, start, end)
    scores = compiled(issue_rules()["trailing_scores"]).search(text, start, end)
    if scores:
        end = scores.start()  # the issue's UCCARE levels ("… U = 3, C = 3, …"), not its words
    while end > start and text[end - 1] in trim:
        end -= 1
    tail = compiled(issue_rules()["trailing_conjunction"]).search(text, start, end)
    if tail:
        end = tail.start()
    return start, end


def before_glued_heading(text: str, start: int, end: int) -> int:
    """Where an item ends before a heading a PDF ran onto it ("…ไข้เลือดออกจุดเด่น").

    Losing the line break joins the next heading (strengths, points to
    improve) to the last issue of a list.
    """
    glued = compiled(issue_rules()["glued_heading"]).search(text, start, end)
    return glued.start() if glued else end


def before_amount(text: str, start: int, end: int) -> int:
    """Where an item ends before the amount a budget summary or heading closes it with ("… 30,000 บาท").

    A plan names each issue again to give it its money; the figure is the
    issue's budget, not its words.
    """
    amount = compiled(issue_rules()["trailing_amount"]).search(text, start, end)
    return amount.start() if amount else end


def before_results(text: str, start: int, end: int, paragraph_end: int | None = None) -> int:
    """Where the last item of a list in running text ends when the paragraph runs on into results.

    "… 3 ประเด็น คือ A B และC ได้ประชุมคณะกรรมการแล้ว 2 ครั้ง": a list set
    inside a report's paragraph may end with no word that opens a clause.  A
    count or percentage (``result_figure``) after it, up to ``paragraph_end``
    (default ``end``: a clause that opens before the figure, "… C ตั้งด่าน
    ชุมชน 6 จุด", ends the list but not the run-on), marks the run-on, and the
    item's name is read as a run-in one is.  A paragraph or cell of its own
    is left whole: there the words are the writer's chosen name.  A list
    closed by a new sentence (``sentence_opener``: "… (3) เกษตรปลอดภัย ลดการใช้
    สารเคมีในสวนผลไม้ และได้ติดตามความก้าวหน้า… 31 คน") ended where the writer
    ended it: that sentence's figures are its own.
    """
    if paragraph_end is None or compiled(issue_rules()["sentence_opener"]).match(text, end):
        paragraph_end = end
    if compiled(issue_rules()["result_figure"]).search(text, start, paragraph_end) is None:
        return end
    while start < end and text[start].isspace():
        start += 1  # the name starts at its first word, not at the space after a marker
    return run_in_name_end(text, start, end)


def _is_issue(text: str) -> bool:
    rules = issue_rules()
    if not rules["min_item_chars"] <= len(text) <= rules["max_item_chars"]:
        return False
    if section_of(text) not in (None, "issues"):
        return False
    return not any(compiled(p).search(text) for p in rules["not_issue"])


def make_item(block: Block, start: int, end: int, district: str | None, province: str | None) -> Item | None:
    start, end = _clean_span(block.text, start, end, province)
    return Item(block, start, end, district) if _is_issue(block.text[start:end]) else None


def running_text_items(
    doc: Document, spans: Callable[[str], list[tuple[int, int]]], province: str | None, single: str | None
) -> Iterator[Item]:
    """The issues ``spans`` finds in the body's paragraphs (tables have their own
    readers): the one district's, else of the district the text names, else
    province-wide."""
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        for s, e in spans(block.text):
            found = make_item(block, s, e, single, province)
            if found is not None:
                yield found


def run_in_name_end(text: str, start: int, end: int) -> int:
    """Where the name opening ``text[start:end]`` ends when its paragraph runs on after it.

    "การลดฝุ่นละอองขนาดเล็ก (PM2.5) จากการเผาอ้อย… ฤดูการผลิตปี…": the name
    runs past a space only when the next word continues the phrase
    (``name_continuer``), is a number naming it (``names_number``: "โคโรนา
    2019"), or the word after it joins an enumeration (``name_enumerator``:
    "A B และC") or it stands inside a bracket the name opened, and never
    past the end of its clause.
    """
    end = clause_end(text, start, end)
    words = [m.start() for m in WORD_START_RE.finditer(text, start + 1, end)]
    continuer = compiled(issue_rules()["name_continuer"])
    enumerator = compiled(issue_rules()["name_enumerator"])
    for pos, after in zip(words, [*words[1:], None]):
        if continuer.match(text, pos) or (after is not None and enumerator.match(text, after)):
            continue
        if names_number(text, pos):
            continue
        if in_brackets(text, start, pos):
            continue  # a bracket names the issue's focus to its close: "(PM 2.5)"
        return len(text[:pos].rstrip())
    return end


def names_number(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is a bare number that belongs to the name before it.

    "โคโรนา 2019", "โควิด 19": a disease or variant is named with a number;
    a number a counting unit follows ("6 จุด", "2 ครั้ง") is a result instead.
    """
    rules = issue_rules()
    return bool(compiled(rules["name_number"]).match(text, pos)) and not compiled(rules["result_figure"]).match(text, pos)


def in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a bracket opened after ``start``."""
    piece = text[start:pos]
    return piece.count("(") > piece.count(")")


def split_pieces(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The non-blank pieces of ``text[start:end]`` between matches of ``separator``.

    A separator inside brackets parts nothing: "(ผู้สูงอายุ ผู้พิการ และผู้ป่วย
    ติดเตียง)" spells out one issue's groups.
    """
    spans: list[tuple[int, int]] = []
    for sep in compiled(separator).finditer(text, start, end):
        if in_brackets(text, start, sep.start()):
            continue
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@cache
def _clause_opening() -> re.Pattern[str]:
    """A space, then a word from ``clause_openers``, or a word from
    ``glued_openers`` with no space: where the next clause or sentence starts."""
    spaced = r"\s(?:" + "|".join(f"(?:{w})" for w in issue_rules()["clause_openers"]) + ")"
    return re.compile("|".join([spaced, *(f"(?:{w})" for w in issue_rules()["glued_openers"])]))


def clause_end(text: str, start: int, end: int) -> int:
    """Where the list running from ``start`` gives way to the next clause or sentence.

    Thai marks a sentence's end with a space alone, so the last item of a
    list in running text ends before the first word that opens a clause.
    """
    m = _clause_opening().search(text, start, end)
    return m.start() if m else end


def item_text(item: Item) -> str:
    return item.block.text[item.start:item.end]
