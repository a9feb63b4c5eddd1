"""Read the province a document is of, from the provinces and districts it names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pcc_ingest.extract.districts import find_districts, find_provinces
from pcc_ingest.extract.document_facts.found import Found, fact_rules
from pcc_ingest.model import Block, Document


def read_province(doc: Document, title: list[Block]) -> Found[str] | None:
    """The province with most weighted votes, cited at its first title (or body) mention."""
    title_ids = {b.order for b in title}
    votes: Counter[str] = Counter()
    cites: dict[str, tuple[int, Found[str]]] = {}
    for block in doc.body():
        in_title = block.order in title_ids
        for kind, code, start, end in _places(block):
            weight = fact_rules()["province_votes"][("title" if in_title else "body") + kind]
            votes[code] += weight
            rank = 0 if in_title and not kind else 1 if in_title else 2 if not kind else 3
            if code not in cites or rank < cites[code][0]:
                cites[code] = (rank, Found(code, block, start, end))
    if not votes:
        return None
    return cites[max(votes, key=lambda c: votes[c])][1]


def _places(block: Block) -> Iterator[tuple[str, str, int, int]]:
    """("", province, span) for each province named, ("_district", province, span) per district."""
    for code, start, end in find_provinces(block.text):
        yield "", code, start, end
    for code, _, start, end in find_districts(block.text, None):
        yield "_district", code[:2], start, end

