"""The one issue a project names as the one it serves: the issue label, then a single numbered issue.

A project under a district committee states which of the committee's
issues it carries ("ความสอดคล้อง : ประเด็นการพัฒนาคุณภาพชีวิตของ พชอ.X ปี
2567 ประเด็นที่ 2 การป้องกันและควบคุมโรคไม่ติดต่อเรื้อรัง (เบาหวาน ความดัน
โลหิตสูง)"): the list is not repeated, so item 2 stands alone, numbered as
in the committee's list, and no list reader takes it (a list starts at 1).
"""

from __future__ import annotations

from collections.abc import Iterator

from pcc_ingest.extract.categories import categorize
from pcc_ingest.extract.districts import find_districts
from pcc_ingest.extract.issues.items import Item, item_text, make_item, run_in_name_end
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.model import Document


def referenced_span(text: str) -> tuple[int, int, int] | None:
    """(where the label of the issue section ends, where the named issue starts, where it ends), or ``None``.

    Read only when an issue label (``[sections].issues`` of the headings)
    is followed within ``reference_window`` characters by the one numbered
    issue label of the block, and the name after it falls in a category.
    """
    rules = issue_rules()
    numbered = list(compiled(rules["reference_label"]).finditer(text))
    if len(numbered) != 1:
        return None
    label = numbered[0]
    window = text[max(0, label.start() - rules["reference_window"]):label.start()]
    offset = label.start() - len(window)
    section = [m for p in heading_rules()["sections"]["issues"] for m in compiled(p).finditer(window)]
    if not section:
        return None
    start = label.end()
    end = run_in_name_end(text, start, len(text))
    if categorize(text[start:end]) == "other":
        return None
    return offset + min(m.end() for m in section), start, end


def referenced_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """The issue a block names after the issue label, for the document's district or the one named between the two."""
    for block in doc.body():
        found = referenced_span(block.text)
        if found is None:
            continue
        label_end, start, end = found
        named = [code for code, _, s, _ in find_districts(block.text, province) if label_end <= s < start]
        district = single or (named[-1] if named else None)
        if district is None:
            continue
        item = make_item(block, start, end, district, province)
        if item is not None and categorize(item_text(item)) != "other":
            yield item
