"""Issues a committee's decision adds to the ones it keeps ("… คงประเด็นเดิมทั้ง 3 ประเด็น และเพิ่มประเด็นที่ 4 …")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.issues.counted import counted_district
from pcc_ingest.extract.issues.items import Item, clause_end, item_text, make_item
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Document


def added_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the issues a decision in ``text`` adds, each up to the next clause.

    Minutes often review the issues chosen earlier and then resolve to keep
    them and add one; the added issue is named once, in the decision, with
    no list around it.  Without a formal decision (มติ, เห็นชอบ) in the block,
    "เพิ่มประเด็น…" is a proposal or a plan for later and adds nothing.
    """
    rules = issue_rules()
    decision = compiled(rules["added_decision"]).search(text)
    if decision is None:
        return []
    spans = []
    for pattern in rules["added_issue"]:
        for m in compiled(pattern).finditer(text, decision.start()):
            end = clause_end(text, m.end(), len(text))
            label = compiled(rules["added_label"]).search(text, m.end())
            spans.append((m.end(), min(end, label.start()) if label else end))
    return sorted(set(spans))


def added_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Issues added by decisions anywhere in the document, each of a category.

    The issue is the document's district's, or the district named just
    before a counted list in the same block; with neither it is not read
    (a multi-district report's decision names whose list it changes).
    """
    for block in doc.body():
        district = single or counted_district(block.text, province)
        if district is None:
            continue
        for start, end in added_spans(block.text):
            found = make_item(block, start, end, district, province)
            if found is not None and categorize(item_text(found)) != "other":
                yield replace(found, adopted=True, added=True)
