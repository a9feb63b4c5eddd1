"""Places listed with one measure and their figures "respectively" ("ต.ทุ่งเสลี่ยม
และ ต.กลางดง มีอัตราการสวมหมวกนิรภัยต่ำสุด คือร้อยละ 63.5 และ 65.8 ตามลำดับ"):
the running-text reader sees one percentage named by the whole clause and
the bare figures after it not at all; each figure is the measure's result
in its place, named "<measure> <place>", in the year and district the
reader gave the first.  So is each figure followed by its places in brackets
("หมู่บ้านที่มีค่า HI ไม่เกิน 10 คิดเป็นร้อยละ 100 (ต.พรุพี ต.ท่าชี), 90.00
(ต.ทุ่งเตา)"): one record per figure, named "<measure> <places>", a round the
clause opens with ("ไตรมาส 2 ...") after the measure, with the target a
bracket after the measure states (``bracket_runs``, which also names the
whole's figures after the run); when the text counts
the places passing the bar ("ผ่านเกณฑ์ 6 ตำบล"), each takes the name and
target of the KPI a results table gives for its measure.  Rules: ``[figure]
respective``, ``respective_place``, ``bracketed``, ``bracket_pair``.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.bracket_runs import name_wholes, target_aside, whole_span
from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import kpi_cover
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


def _runs(text: str) -> list[tuple[re.Match[str], str, float | None]]:
    """Each run of figures with their places in brackets, the measure its
    clause names and the target a bracket after the measure states."""
    out = []
    for m in rule_re("figure", "bracketed").finditer(text):
        head, target = target_aside(text[: m.start()])
        cut = [b.end() for b in rule_re("figure", "clause_break").finditer(head)]
        measure = " ".join(head[max(cut, default=0):].split())
        r = rule_re("pairing", "round_named").match(measure)
        measure = indicator_words(measure[r.end():] if r else measure)
        measure = f"{measure} {r.group().strip()}" if r and measure else measure
        if measure:
            out.append((m, measure, target))
    return out


def _bracketed(text: str) -> list[tuple[str, float, int, int, float | None]]:
    """``bracketed_figures`` with each figure's target."""
    out = []
    for m, measure, target in _runs(text):
        base = m.start("figs")
        for i, p in enumerate(rule_re("figure", "bracket_pair").finditer(m["figs"])):
            places = " ".join(x.group() for x in rule_re("figure", "respective_place").finditer(p["places"]))
            out.append((f"{measure} {places}", float(p["fig"]), base + (0 if i == 0 else p.start()),
                        base + p.end("fig"), target))
    return out


def bracketed_figures(text: str) -> list[tuple[str, float, int, int]]:
    """(indicator, value, start, end) of each figure followed by its places in
    brackets, the first from its percent word on; [] when there is no such run."""
    return [f[:4] for f in _bracketed(text)]


def _records(block: Block, found: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """The block's "respectively" or bracketed figures as records, keyed on the first one the reader found."""
    figures = [(*f, None) for f in respective_figures(block.text)] or _bracketed(block.text)
    if not figures:
        return []
    first = next((o for o in found if o.evidence.block == block.order), None)
    if first is None:
        return []
    return [first.model_copy(update={"indicator": name, "value_pct": value, "target_pct": target,
                                     "evidence": evidence(block, start, end)})
            for name, value, start, end, target in figures]


def _wholes(block: Block, found: list[OutcomeRecord], year: int | None) -> list[OutcomeRecord]:
    """``found`` with the figures for the whole after each bracketed run of ``block`` named by its measure."""
    for m, measure, target in _runs(block.text):
        if (span := whole_span(block.text, m.end())) is not None:
            found = name_wholes(found, block.order, span, measure, target, year)
    return found


def respective_outcomes(doc: Document, prose: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``prose`` with each "respectively" list read as one result per place."""
    out = list(prose)
    for block in doc.body():
        if block.kind == "table_cell" or not (added := _records(block, prose)):
            continue
        spans = [(a.evidence.start, a.evidence.end) for a in added]
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        # a figure read with the target before it ("90%) ได้ร้อยละ 92.40") ends inside the run
        out = [o for o in out if not (o.evidence.block == block.order and (lo <= o.evidence.start < hi or lo < o.evidence.end <= hi))]
        out = _wholes(block, out, added[0].year_be) + added
    return out


def _kpi_for(measure: str, year: int | None, tabled: list[OutcomeRecord]) -> tuple[str, float] | None:
    """(name, target) of the one KPI, a table's record of the whole with a
    target, whose name holds most of ``measure``'s words; its round left out."""
    stock, least = rule_re("pairing", "stock_words"), outcome_rules()["pairing"]["kpi_cover"]
    found = {(rule_re("pairing", "round_named").sub("", t.indicator).strip(), t.target_pct) for t in tabled
             if t.target_pct is not None and t.year_be == year and t.evidence.table is not None
             and rule_re("pairing", "place_end").search(t.indicator) is None
             and kpi_cover(stock.sub(" ", t.indicator), stock.sub(" ", measure)) >= least}
    return found.pop() if len(found) == 1 else None


def lend_bracket_targets(doc: Document, prose: list[OutcomeRecord], tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``prose`` with each bracketed place's figure of a paragraph counting the
    places that pass the bar named and targeted by its KPI."""
    out = []
    for p in prose:
        text = doc.blocks[p.evidence.block].text
        place = rule_re("pairing", "place_end").search(p.indicator)
        if p.evidence.table is not None or p.target_pct is not None or place is None \
                or not rule_re("figure", "bracketed").search(text) or not rule_re("figure", "passed_count").search(text):
            out.append(p)
            continue
        head = p.indicator
        while (place := rule_re("pairing", "place_end").search(head)) is not None:
            head = head[: place.start()].rstrip()  # every place the bracket named
        kpi = _kpi_for(head, p.year_be, tabled)
        out.append(p.model_copy(update={"indicator": f"{kpi[0]} {p.indicator[len(head):].strip()}",
                                         "target_pct": kpi[1]}) if kpi else p)
    return out
