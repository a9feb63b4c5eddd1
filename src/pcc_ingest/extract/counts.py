"""Counts: a stated figure and what it counts ("จำนวน ๓๕๗ คน", "ธนาคารอาหาร 76 แห่ง").

A figure is a count when a unit word of ``extractors/counts.toml`` follows
it; money, percentages, dates and years, list numbers and budget arithmetic
are left out.  What it counts is read from the words just before it, back to
the start of the clause; a figure right after another count ("8 ตำบล 39
ครัวเรือน") counts for the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pcc_ingest.extract.districts import district_mentions
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import CountRecord, DistrictRecord, DocumentFacts
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import NUMBER, find_amounts, parse_number
from pcc_ingest.thai.text import LIST_MARKER_RE

# A percentage around a figure ("ร้อยละ 80", "80%"): not a count.
PERCENT_RE = re.compile(r"ร้อย\s*ละ\s*[\d.,]+|[\d.,]+\s*%")

# Filler at the ends of a count's description.
WHAT_TRIM = " ,;:-()\"“”"


@cache
def _rules() -> dict:
    return load_rules("counts")


@cache
def _count_re() -> re.Pattern[str]:
    units = "|".join(_rules()["units"])
    return re.compile(rf"(?P<n>{NUMBER.pattern})\s*(?P<unit>{units})")


@cache
def _re(key: str) -> re.Pattern[str]:
    return re.compile(_rules()[key])


def _taken(text: str) -> list[tuple[int, int]]:
    """Spans that hold money, percentages or dates: no count inside them."""
    spans = [(s, e) for _, s, e in find_amounts(text)]
    spans += [m.span() for m in PERCENT_RE.finditer(text)]
    spans += [m.span for m in find_dates(text)]
    marker = LIST_MARKER_RE.match(text)
    if marker:
        spans.append(marker.span())
    return spans


def describe(text: str, start: int, floor: int) -> str:
    """The words before a count that say what it counts, back to its clause start."""
    reach = max(floor, start - _rules()["what_chars"])
    word_start = text.rfind(" ", floor, reach) + 1  # do not start inside a word
    window = _re("what_tail").sub("", text[max(floor, word_start) if reach > floor else floor:start])
    cut = 0
    for m in _re("what_start").finditer(window):
        if window[m.end():].strip(WHAT_TRIM):
            cut = m.end()
    return window[cut:].strip(WHAT_TRIM)


def block_counts(block: Block) -> Iterator[tuple[str, float, str, int, int]]:
    """(what, value, unit, start, end) of every count stated in a block."""
    text = block.text
    taken = _taken(text)
    floor = 0
    last_what = ""
    for m in _count_re().finditer(text):
        if any(s < m.end("n") and m.start("n") < e for s, e in taken):
            continue
        if _re("not_unit").match(text[m.start("unit"):]) or _re("not_before").search(text[: m.start()]):
            continue
        value = parse_number(m["n"])
        if value is None or value != int(value) or _re("year_like").match(m["n"]):
            continue
        what = describe(text, m.start(), floor) or last_what
        floor, last_what = m.end(), what
        if what:
            yield what, value, m["unit"], m.start(), m.end()


def extract_counts(doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]) -> list[CountRecord]:
    """Every stated count of the document, with its district when one is named."""
    single = districts[0].code if len(districts) == 1 else None
    named: dict[int, list[tuple[int, str]]] = {}
    for mention in district_mentions(doc, facts.province_code):
        named.setdefault(mention.block.order, []).append((mention.end, mention.code))
    out: list[CountRecord] = []
    seen: set[tuple[str, float, str, str | None]] = set()
    for block in doc.body():
        for what, value, unit, start, end in block_counts(block):
            district = single or next(
                (code for pos, code in reversed(named.get(block.order, [])) if pos <= start), None
            )
            if (what, value, unit, district) in seen:
                continue
            seen.add((what, value, unit, district))
            out.append(CountRecord(
                what=what, value=value, unit=unit, district=district, evidence=evidence(block, start, end),
            ))
    return out
