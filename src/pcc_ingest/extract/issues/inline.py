"""Inline issue lists: a numbered list run into one block after ประเด็น ("อำเภอX ขับเคลื่อนประเด็น 1) … 2) …")."""

from __future__ import annotations

from dataclasses import dataclass

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import district_at_start, find_districts
from pcc_ingest.extract.issues.items import (
    Item,
    before_results,
    clause_end,
    in_brackets,
    item_text,
    make_item,
    run_in_name_end,
)
from pcc_ingest.extract.issues.lists import list_markers, marker_style, numbered_items
from pcc_ingest.extract.issues.prose import looks_like_issue
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.model import Block
from pcc_ingest.thai.text import strip_list_marker


@dataclass(frozen=True)
class _Inline:
    """One inline list: its items, district, next number and marker shape."""

    items: list[Item]
    district: str | None
    expect: int
    style: str


def inline_lists(
    block: Block, province: str | None, default: str | None, *, in_section: bool = False
) -> list[_Inline]:
    """The inline lists of a block: "อำเภอX ขับเคลื่อนประเด็น 1) … 2) …".

    A block may hold several (PDF text can run two such lines together); each
    belongs to the district named just before its ประเด็น, else to ``default``.
    Inside an issue section a district's name is cue enough
    ("อำเภอปลาปาก : 1. … 2. …").
    """
    rules = issue_rules()
    text = block.text
    mentions = list(find_districts(text, province))
    cues: list[tuple[int, int, str | None]] = []
    if in_section:
        lead = district_at_start(text, province)
        named = [(code, end) for code, _, _, end in mentions] + ([(lead[0], lead[2])] if lead else [])
        cues += [(end, end, code) for code, end in named]
    cues += [(c.start(), c.end(), None) for c in compiled(rules["inline_cue"]).finditer(text)]
    heads: list[tuple[int, int, str | None]] = []  # (segment start, first marker, district)
    for cue_start, cue_end, named in sorted(cues, key=lambda c: c[0]):
        marks = list_markers(text, cue_end, len(text))
        if not marks or not _leads_to(text, cue_end, marks[0][0]):
            continue
        if heads and cue_start < heads[-1][1]:
            continue  # a second ประเด็น of the same list's lead-in
        near = [m for m in mentions if m[3] <= cue_start and cue_start - m[3] <= rules["inline_window"]]
        start = near[-1][2] if near else cue_start
        district = named or (near[-1][0] if near else default)
        heads.append((start, marks[0][0], district))
    out: list[_Inline] = []
    for i, (head_start, list_start, district) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        marks = list_markers(text, list_start, end)
        if not marks:  # the next list's district is named before this list's first marker
            continue
        end = _activities_start(text, marks[0][1], end)
        spans = numbered_items(text, list_start, end)
        if i + 1 == len(heads) and spans:
            spans[-1] = (spans[-1][0], last_item_end(text, *spans[-1]))
        run_in = len(spans) == 1 and _runs_on(text, *spans[0])
        if run_in:
            spans = [(spans[0][0], run_in_name_end(text, *spans[0]))]
        named = run_in or (len(spans) == 1 and not opens_paragraph(text, head_start))
        items = [make_item(block, s, e, district, province) for s, e in spans]
        kept = [i for i in items if i is not None and not (named and categorize(item_text(i)) == "other")]
        style = marker_style(text[marks[-1][0]:marks[-1][1]])
        out.append(_Inline(kept, district, len(marks) + 1, style))
    return out


def _activities_start(text: str, start: int, end: int) -> int:
    """Where an issue's own list of activities opens inside its item ("ประเด็นที่ 1 การป้องกัน…
    ดำเนินการ (1) รณรงค์… (2) อบรม…"): a lead-in (``activity_lead``) then an item 1 of its own.
    Its later numbers ("(2)", "(3)") are that issue's activities, not the next issues; ``end`` else."""
    for lead in compiled(issue_rules()["activity_lead"]).finditer(text, start, end):
        restart = list_markers(text, lead.end(), end)
        if restart and not text[lead.end():restart[0][0]].strip():
            return lead.start()
    return end


def last_item_end(text: str, start: int, end: int) -> int:
    """Where the last item of a list run into a sentence ends: before the next
    clause, an unnumbered addition, or the results its paragraph runs on into."""
    return before_results(text, start, addition_end(text, start, clause_end(text, start, end)), end)


def continued_items(block: Block, number: int, district: str | None, province: str | None) -> list[Item]:
    """The items of a block that goes on with a sentence's list from item
    ``number`` ("… 3 ประเด็น คือ (1) … (2) …" then a PDF line "(3) เกษตรปลอดภัย
    ลดการใช้สารเคมีในสวนผลไม้ และได้ติดตาม…"): a line break cut the sentence,
    so its last item ends as the last item of a list in running text does."""
    text = block.text
    spans = numbered_items(text, 0, len(text), number) or [(len(text) - len(strip_list_marker(text)), len(text))]
    spans[-1] = (spans[-1][0], last_item_end(text, *spans[-1]))
    return [i for i in (make_item(block, s, e, district, province) for s, e in spans) if i is not None]


def opens_paragraph(text: str, start: int) -> bool:
    """Whether a list's lead starts its paragraph (after any list marker).

    A lone "ประเด็นที่ 1 …" set inside a longer line ("แบบรายงานการตรวจราชการ …
    ปีงบประมาณ 2564 ประเด็นที่ 1 การพัฒนาระบบสุขภาพปฐมภูมิ") is a title naming
    a topic, read only when its name falls in a category, as a heading's is;
    one that opens its own paragraph may be item 1 of a list the next
    paragraphs continue.
    """
    return not strip_list_marker(text[:start]).strip()


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether a lone item's clause runs longer than a heading: a name run into its paragraph.

    "ประเด็นที่ 1 การดูแลผู้สูงอายุกลุ่มติดบ้านติดเตียง ผู้สูงอายุอายุ 60 ปีขึ้นไป
    ได้รับการคัดกรอง…" is a heading set at the head of its results.
    """
    return clause_end(text, start, end) - start > heading_rules()["max_heading_chars"]


def addition_end(text: str, start: int, end: int) -> int:
    """Where the last item of a numbered list ends before an unnumbered addition.

    "3) การจัดการขยะในชุมชน ควบคู่กับการเฝ้าระวังโรค…": an issue joined by
    ``addition_joiner`` is not one of the numbered issues; a partner joined so
    ("ร่วมกับ อปท.") stays with the item.
    """
    for sep in compiled(issue_rules()["addition_joiner"]).finditer(text, start, end):
        if not in_brackets(text, start, sep.start()) and looks_like_issue(text[sep.end():end]):
            return sep.start()
    return end


def _leads_to(text: str, cue_end: int, first_mark: int) -> bool:
    """Whether the words between a cue and item 1 are a short lead-in ("… 3 ประเด็น ได้แก่")
    to issues, not to the activities done under one ("ประเด็นX ได้ดำเนินกิจกรรม (1) …")."""
    rules = issue_rules()
    if compiled(rules["activity_lead"]).search(text, cue_end, first_mark):
        return False  # an issue's activities listed after its heading word
    gap = first_mark - cue_end
    if gap <= rules["inline_window"]:
        return True
    return gap <= rules["intro_window"] and bool(compiled(rules["list_introducer"]).search(text, cue_end, first_mark))
