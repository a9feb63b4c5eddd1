"""Issue sections read paragraph by paragraph: where they open, whose district they are, which items they hold.

Outside tables, a document is read in order; an issue heading or lead-in
opens a list, district headings set whose issues follow, and a paragraph
continues the list only with the next number and the same marker shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import district_at_start, section_of
from pcc_ingest.extract.issues.counted import (
    counted_district,
    counted_items,
    tallied_items,
    wrapped_counted_items,
)
from pcc_ingest.extract.issues.inline import continued_items, inline_lists
from pcc_ingest.extract.issues.items import Item, before_results, item_text, make_item, run_in_name_end
from pcc_ingest.extract.issues.lists import leading_marker, list_markers, marker_depth, numbered_items
from pcc_ingest.extract.issues.openings import adopts, choosing_agenda, opens_issues
from pcc_ingest.extract.issues.prose import prose_lists
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker

# The marker shape of a list written as a sentence: no listed paragraph continues it.
PROSE_STYLE = "prose"


def heading_item(block: Block, province: str | None, district: str | None) -> Item | None:
    """The one issue a short line names after ประเด็น, if it falls in a category.

    A paragraph that opens with an issue's numbered label and runs on into
    its results ("ประเด็นที่ 2 การป้องกัน… ในไตรมาสที่ 2 เกิดอุบัติเหตุ…") names
    it too: its opening name is the issue.  So does a short line that runs on
    into a count ("3. ประเด็นหมอกควัน ทำแนวกันไฟแล้ว 18 กม. … 5 ตำบล"): the
    figures are results, the name before them the issue.
    """
    text = block.text
    body = strip_list_marker(text)
    if opens_issues(text):
        return None
    offset = len(text) - len(body)
    if len(body) > heading_rules()["max_heading_chars"]:
        label = compiled(issue_rules()["labelled_paragraph"]).match(body)
        if label is None:
            return None
        start = offset + label.end()
        found = make_item(block, start, run_in_name_end(text, start, len(text)), district, province)
        return found if found is not None and categorize(item_text(found)) != "other" else None
    m = compiled(issue_rules()["issue_heading"]).match(body)
    if m is None:
        return None
    start = offset + m.end()
    end = before_results(text, start, len(text))
    lead = compiled(issue_rules()["activity_lead"]).search(text, start, end)  # "ประเด็นX ได้ดำเนินกิจกรรม (1) …"
    found = make_item(block, start, lead.start() if lead else end, district, province)
    if found is None or categorize(text[found.start:found.end]) == "other":
        return None
    return found


@dataclass
class _Section:
    """Where the reader is: inside an issue list or not, for which district, at which item.

    ``expect`` and ``style`` are the next number and the marker shape the
    list goes on with; ``fresh`` is set by an issue heading until the list
    starts: one plain paragraph there is the section's introduction;
    ``left`` is how many issues the lead-in announced and are still to come;
    ``named_only`` marks a results section set out by issue, whose items are
    paragraphs opening with an issue's name; ``run_on`` a list that began
    inside a sentence, whose next line goes on with that sentence;
    ``sibling`` the marker shape of the agenda item that opened the section
    ("4.1"): a paragraph of that shape is the next agenda item, not an issue.
    """

    open: bool = False
    district: str | None = None
    expect: int | None = None
    style: str | None = None
    fresh: bool = False
    left: int | None = None
    adopted: bool = False
    named_only: bool = False
    run_on: bool = False
    sibling: str | None = None

    def continues_with(self, number: int | None, style: str | None) -> bool:
        """Whether a listed paragraph with this marker is the list's next item."""
        if self.style is not None and style is not None and style != self.style:
            return False
        return self.expect is None or number is None or number == self.expect


def section_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Items of issue sections and of inline lists, outside tables.

    A table ends an open section (an issue list set as a table is the table
    reader's).  An item continues its list only with the next number and the same marker
    shape, so a list wrapped onto the next line keeps its district, and a
    numbered heading of the next section closes it.
    """
    state = _Section(district=single)
    context: tuple[str, int] | None = None  # the district heading above, and its marker's depth
    previous = ""  # the text of the block before, for a count a line break cut off
    for block in doc.body():
        last_text, previous = previous, block.text
        if block.kind == "table_cell":
            state = _Section(district=single)  # a table ends a list; the table reader reads its own
            continue
        text = block.text
        context = heading_context(block, province, context)
        around = single or (context[0] if context else None)
        inline = inline_lists(block, province, state.district if state.open else around, in_section=state.open)
        if inline:
            for found in inline:
                yield from found.items
            last = inline[-1]
            chose = any(adopts(text[:i.start]) for i in last.items)  # a decision its next line goes on with
            state = _Section(True, single or last.district, last.expect, last.style, adopted=chose, run_on=True)
            continue
        counted = counted_items(text) or wrapped_counted_items(last_text, text)
        tallied = [] if counted else tallied_items(text)
        if counted or tallied:
            district = single or counted_district(text, province) or (state.district if state.open else None)
            found = (make_item(block, s, e, district, province) for s, e in counted or tallied)
            yield from (replace(i, tallied=bool(tallied)) for i in found if i is not None)
            continue
        prose = prose_lists(
            text, province, in_section=state.open, default=state.district if state.open else around
        )
        if prose:
            for district, spans in prose:
                yield from filter(None, (make_item(block, s, e, single or district, province) for s, e in spans))
            # a sentence holds its whole list: a listed paragraph after it is not its item
            state = _Section(True, single or prose[-1][0], style=PROSE_STYLE)
            continue
        if opens_issues(text):
            lead = district_at_start(text, province)
            counts = list(compiled(issue_rules()["stated_count"]).finditer(text))
            left = int(counts[-1]["count"]) if counts else None
            agenda = choosing_agenda(text)
            state = _Section(
                True, single or (lead[0] if lead else around), fresh=True, left=left,
                adopted=adopts(text) and not agenda, sibling=leading_marker(block)[1] if agenda else None,
            )
            continue
        if results_by_issue(text):
            state = _Section(True, around, fresh=True, named_only=True)
            continue
        named = heading_item(block, province, state.district if state.open else around)
        if named is not None:
            yield named
            continue
        if not state.open:
            continue
        lead = district_at_start(text, province)
        if lead and len(text) - lead[2] <= issue_rules()["district_heading_tail"] and not numbered_items(text, lead[2]):
            state = _Section(True, single or lead[0])
            continue
        number, style = leading_marker(block)
        if state.named_only and state.style is not None and number is None and style not in (None, state.style):
            continue  # a typed result line under an issue ("- ตั้งด่านชุมชน 12 จุด"): the list goes on after it
        if state.fresh and style is None and section_of(text) is None:
            state.fresh = False
            continue
        if section_of(text) not in (None, "issues") or style in (None, state.sibling) or state.left == 0 or (
            not state.continues_with(number, style)
        ):
            state = _Section(district=single)
            continue
        state.fresh = False
        state.left = None if state.left is None else state.left - 1
        state.expect = number + 1 if number is not None else None
        state.style = style
        # a list a PDF moved whole onto the line after its lead ("… 3 ประเด็น ได้แก่" over
        # "1) … 2) … 3) … สรุปดังตาราง") holds every item, its last run into the sentence
        first = number if number is not None else 1
        whole = list_markers(text, 0, len(text), first)
        if (state.run_on and number is not None) or (len(whole) > 1 and not text[:whole[0][0]].strip()):
            found_items = continued_items(block, first, state.district, province)
            state.expect = first + max(len(found_items), 1)
            yield from (replace(i, adopted=state.adopted) for i in found_items)
            continue
        if state.named_only:
            found = _run_in_item(block, state.district, province)
        else:
            found = make_item(block, 0, len(text), state.district, province)
        if found is not None:
            yield replace(found, adopted=state.adopted)


def heading_context(
    block: Block, province: str | None, context: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The district heading a block stands under, as (district, marker depth).

    Inspection and summary reports set each district's part under a numbered
    sub-heading ("2.1 อำเภอกุยบุรี (ตรวจเยี่ยม 11 ก.ค. 66)") and type its
    issues on a line below ("ประเด็นที่ขับเคลื่อน : 1) … 2) …"); the part
    ends at the next numbered heading as shallow as the district's.
    """
    text = block.text
    lead = district_at_start(text, province)
    if lead and len(text) - lead[2] <= issue_rules()["district_heading_tail"] and not numbered_items(text, lead[2]):
        return lead[0], marker_depth(block) or 0
    depth = marker_depth(block)
    if context is not None and depth is not None and depth <= context[1]:
        return None
    return context


def results_by_issue(text: str) -> bool:
    """Whether a heading opens results set out issue by issue ("1. ผลการดำเนินงานตามประเด็น…").

    Its numbered paragraphs each open with an issue's name and run on into
    that issue's figures.  A bracketed note closing the heading (the period
    reported: "… ปีงบประมาณ 2566 (1 ตุลาคม 2565 – 31 พฤษภาคม 2566)") does not
    count towards a heading's length.
    """
    body = compiled(issue_rules()["bracket_note"]).sub("", strip_list_marker(text))
    return len(body) <= heading_rules()["max_heading_chars"] and bool(compiled(issue_rules()["results_by_issue"]).match(body))


def _run_in_item(block: Block, district: str | None, province: str | None) -> Item | None:
    """The issue a paragraph opens with, when its name falls in a category."""
    text = block.text
    start = len(text) - len(strip_list_marker(text))
    found = make_item(block, start, run_in_name_end(text, start, len(text)), district, province)
    return found if found is not None and categorize(item_text(found)) != "other" else None
