"""Read a document's type from weighted cues, its title's first."""

from __future__ import annotations

import re
from collections import Counter

from pcc_ingest.extract.document_facts.found import Found, fact_rules
from pcc_ingest.extract.records import DocType
from pcc_ingest.model import Block, Document


def read_doc_type(doc: Document, title: list[Block]) -> Found[DocType] | None:
    """The best-scoring type over the weighted cues; ``None`` if nothing scores."""
    rules = fact_rules()
    heading = " ".join(b.text for b in title)
    title_ids = {b.order for b in title}
    zones = [(b, rules["title_factor"]) for b in title[1:]]
    zones += [(b, rules["body_factor"]) for b in doc.body() if b.order not in title_ids]
    scores: Counter[str] = Counter()
    first: dict[str, Found[DocType]] = {}
    for cue in rules["cue"]:
        pattern = re.compile(cue["pattern"])
        if title and (m := pattern.search(heading)) and m.start() < len(title[0].text):
            # A title broken over lines is read whole from its first line:
            # "รายงานสรุปผลการดำเนินงาน" / "โครงการ…" names a project's report.
            scores[cue["type"]] += cue["weight"] * rules["first_block_factor"]
            first[cue["type"]] = Found(cue["type"], title[0], m.start(), min(m.end(), len(title[0].text)))
        for block, factor in zones:
            m = pattern.search(block.text)
            if m is None:
                continue
            scores[cue["type"]] += cue["weight"] * factor
            first.setdefault(cue["type"], Found(cue["type"], block, m.start(), m.end()))
            if block.order not in title_ids:
                break  # a body cue counts once, however often it recurs
    if not scores:
        return None
    best = max(scores, key=lambda t: (scores[t], -_type_order(t)))
    return first[best]


def _type_order(doc_type: str) -> int:
    return [c["type"] for c in fact_rules()["cue"]].index(doc_type)

