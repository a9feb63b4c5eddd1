"""Places listed with one measure and their figures "respectively" ("ต.ทุ่งเสลี่ยม
และ ต.กลางดง มีอัตราการสวมหมวกนิรภัยต่ำสุด คือร้อยละ 63.5 และ 65.8 ตามลำดับ"):
the running-text reader sees one percentage named by the whole clause and
the bare figures after it not at all; each figure is the measure's result
in its place, named "<measure> <place>", in the year and district the
reader gave the first.  Rules: ``[figure] respective``, ``respective_place``.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Block, Document


def respective_figures(text: str) -> list[tuple[str, float, int, int]]:
    """(indicator, value, start, end) of each figure a "respectively" list pairs
    with its place, the first from its percent word on; [] when the places and
    figures differ in number."""
    out = []
    for m in rule_re("figure", "respective").finditer(text):
        places = [" ".join(p.group().split()) for p in rule_re("figure", "respective_place").finditer(m["places"])]
        figs = [f for f in re.finditer(r"\d+(?:\.\d+)?", m["figs"])]
        if len(places) != len(figs):
            continue
        measure = " ".join(m["measure"].split())
        base = m.start("figs")
        out += [(f"{measure} {place}", float(f.group()), base + (f.start() if i else 0), base + f.end())
                for i, (place, f) in enumerate(zip(places, figs))]
    return out


def _records(block: Block, found: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """The block's "respectively" figures as records, keyed on the first one the reader found."""
    figures = respective_figures(block.text)
    if not figures:
        return []
    first = next((o for o in found if o.evidence.block == block.order), None)
    if first is None:
        return []
    return [first.model_copy(update={"indicator": name, "value_pct": value, "target_pct": None,
                                     "evidence": evidence(block, start, end)})
            for name, value, start, end in figures]


def respective_outcomes(doc: Document, prose: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``prose`` with each "respectively" list read as one result per place."""
    out = list(prose)
    for block in doc.body():
        if block.kind == "table_cell" or not (added := _records(block, prose)):
            continue
        spans = [(a.evidence.start, a.evidence.end) for a in added]
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        out = [o for o in out if not (o.evidence.block == block.order and lo <= o.evidence.start < hi)]
        out += added
    return out
