"""Issues a committee's decision adds to the ones it keeps ("… คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 …")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.issues.counted import counted_district
from pcc_ingest.extract.issues.items import Item, clause_end, item_text, make_item
from pcc_ingest.extract.issues.prose import prose_lists
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Document


def added_spans(text: str, lead: str = "") -> list[tuple[int, int]]:
    """Spans in ``text`` of the issues a decision adds, each up to the next clause.

    Minutes often review the issues chosen earlier and then resolve to keep
    them and add one; the added issue is named once, in the decision, with
    no list around it.  Without a formal decision (มติ, เห็นชอบ) or a kept
    list in the block or in ``lead`` (the block before, where a PDF broke
    the paragraph), "เพิ่มประเด็น…" is a proposal or a plan for later and adds
    nothing.
    """
    rules = issue_rules()
    joined = f"{lead} {text}" if lead else text
    offset = len(joined) - len(text)
    decision = compiled(rules["added_decision"]).search(joined)
    if decision is None:
        return []
    spans = []
    for pattern in rules["added_issue"]:
        for m in compiled(pattern).finditer(joined, max(decision.start(), offset)):
            end = clause_end(joined, m.end(), len(joined))
            label = compiled(rules["added_label"]).search(joined, m.end())
            spans.append((m.end() - offset, (min(end, label.start()) if label else end) - offset))
    return sorted(set(spans))


def added_items(
    doc: Document, province: str | None, single: str | None, fiscal_year: int | None = None
) -> Iterator[Item]:
    """Issues added by decisions anywhere in the document, each of a category.

    The issue is the document's district's, the district named just
    before a counted list in the same block, or the district whose kept
    issues the block states in prose ("พชอ.X คงประเด็นเดิม… คือ A … และเพิ่ม
    ประเด็นB"); with none it is not read (a multi-district report's decision
    names whose list it changes).  A decision on a later year than the
    document's (``later_year``) plans next year's list and adds nothing.
    """
    previous = ""  # the paragraph before, which a PDF's break may have cut this one from
    for block in doc.body():
        text = block.text
        before, previous = ("", "") if block.kind == "table_cell" else (previous, text)
        district = single or counted_district(text, province) or prose_district(f"{before} {text}", province)
        if district is None or _later_year(f"{before} {text}", fiscal_year):
            continue
        for start, end in added_spans(text, before):
            found = make_item(block, start, end, district, province)
            if found is not None and categorize(item_text(found)) != "other":
                yield replace(found, adopted=True, added=True)


def prose_district(text: str, province: str | None) -> str | None:
    """The district of the last prose issue sentence in ``text`` that names one, if any."""
    named = [district for district, _ in prose_lists(text, province) if district is not None]
    return named[-1] if named else None


def _later_year(text: str, fiscal_year: int | None) -> bool:
    """Whether ``text`` names a year after ``fiscal_year`` ("การคัดเลือกประเด็นขับเคลื่อนปี 2567" in a 2566 report)."""
    years = [int(m.group(1)) for m in compiled(issue_rules()["added_later_year"]).finditer(text)]
    return fiscal_year is not None and any(y > fiscal_year for y in years)
