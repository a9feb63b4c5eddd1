"""The districts a document reports on: its mentions that are not in passing.

A mention at a venue ("ณ ที่ว่าการอำเภอ…"), or of districts set aside as
dealt with in another round, is context; one prefix word may serve a list
of names; and a document whose title names one district is about it alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pcc_ingest.extract.districts.headings import title_blocks
from pcc_ingest.extract.districts.matching import (
    BARE_NAME_END_RE,
    find_districts,
    match_district_at,
    resolve_district,
)
from pcc_ingest.extract.districts.place_names import district_rules
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker

# Block texts whose district mentions are remembered (more than the blocks of
# a long report, which three extractors read in turn).
MENTION_CACHE_SIZE = 1 << 14


@dataclass(frozen=True)
class Mention:
    """A district named in a block: where, which, and how it was written."""

    code: str
    name: str
    block: Block
    start: int
    end: int


@cache
def _passing_patterns() -> tuple[int, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    rules = district_rules()["passing"]
    before = tuple(re.compile(p) for p in rules["before"])
    after = tuple(re.compile(p, re.IGNORECASE) for p in rules["after"])
    return rules["window"], before, after


@cache
def _other_round_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in district_rules()["passing"]["other_round"])


@cache
def _failing_list_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in district_rules()["passing"]["failing_list"])


def in_other_round(text: str, start: int) -> bool:
    """Whether the mention at ``start`` lies in a clause setting districts aside
    as dealt with in another round ("ส่วนอำเภอA และB ได้รับการนิเทศในรอบที่ 1 แล้ว").

    An inspection round reports on the districts it visited; the ones it
    names as visited before are context, not districts it reports on.
    """
    return any(m.start() <= start < m.end() for p in _other_round_res() for m in p.finditer(text))


def in_failing_list(text: str, start: int) -> bool:
    """Whether the mention at ``start`` lies in a clause naming the districts that
    failed the province's assessment ("อำเภอที่ยังไม่ผ่านเกณฑ์ คือ อำเภอA และอำเภอB").

    Such a clause sums up every district of the province; a district named
    there and nowhere else is not one the report covers.
    """
    return any(m.start() <= start < m.end() for p in _failing_list_res() for m in p.finditer(text))


def _is_passing(text: str, start: int, end: int) -> bool:
    window, before_res, after_res = _passing_patterns()
    before = text[max(0, start - window):start]
    after = text[end:end + window]
    return (any(p.search(before) for p in before_res) or any(p.search(after) for p in after_res)
            or in_other_round(text, start) or in_failing_list(text, start))


Span = tuple[str, str, int, int]  # (code, official name, start, end) in a block's text


@cache
def _list_joiner_re() -> re.Pattern[str]:
    return re.compile(district_rules()["district"]["list_joiner"])


def listed_after(text: str, end: int, province_code: str | None) -> list[Span]:
    """Bare names that continue a list begun by a prefixed name ending at ``end``.

    One prefix word often serves a whole list ("พชอ.เมืองตราด คลองใหญ่ เขาสมิง",
    "อำเภอเมืองชุมพร ท่าแซะ และสวี"); each further name must stand alone.
    """
    if province_code is None:
        return []
    out: list[Span] = []
    while (joiner := _list_joiner_re().match(text, end)) and joiner.end() > end:
        found = match_district_at(text, joiner.end(), province_code)
        if found is None or not (BARE_NAME_END_RE.match(text, found[2]) or _list_joiner_re().match(text, found[2])):
            break  # a list's name stands alone, or is followed by the next joiner ("ปัว, เวียงสา")
        out.append((found[0], found[1], joiner.end(), found[2]))
        end = found[2]
    return out


def _prefixed_spans(text: str, province_code: str | None) -> list[Span]:
    """Non-passing mentions after a prefix word, with the bare names listed after them.

    The names a passing mention's prefix serves ("ณ ที่ว่าการอำเภอA B") pass too.
    """
    spans = [
        listed for span in find_districts(text, province_code) if not _is_passing(text, span[2], span[3])
        for listed in (span, *listed_after(text, span[3], province_code))
    ]
    return sorted(
        (span for span in dict.fromkeys(spans) if not _is_passing(text, span[2], span[3])), key=lambda s: s[2]
    )


def _bare_span(text: str, province_code: str | None) -> Span | None:
    """A short block or cell that is just a district's name ("เมือง", "2. กะทู้")."""
    if province_code is None or len(text) > district_rules()["district"]["bare_max_chars"]:
        return None
    body = strip_list_marker(text)
    found = resolve_district(body, province_code)
    if found is None:
        return None
    return found[0], found[1], len(text) - len(body), len(text)


@lru_cache(maxsize=MENTION_CACHE_SIZE)
def _block_spans(text: str, province_code: str | None) -> tuple[Span, ...]:
    """The non-passing mentions of a block's text, or its bare name.

    Cached by text: the districts, counts and outcomes extractors each ask
    for every block of the same document.
    """
    prefixed = _prefixed_spans(text, province_code)
    if prefixed:
        return tuple(prefixed)
    bare = _bare_span(text, province_code)
    return (bare,) if bare else ()


def _mention(block: Block, span: Span) -> Mention:
    code, name, start, end = span
    return Mention(code, name, block, start, end)


def district_mentions(doc: Document, province_code: str | None) -> list[Mention]:
    """Every non-passing district mention in document order."""
    return [_mention(block, span) for block in doc.body() for span in _block_spans(block.text, province_code)]


def extract_districts(doc: Document, facts: DocumentFacts) -> list[DistrictRecord]:
    """Districts the document reports on, unique, in document order.

    A document whose title names one district is about that district alone:
    other districts it names are venues, examples or slips.
    """
    titled = [_mention(b, span) for b in title_blocks(doc) for span in _prefixed_spans(b.text, facts.province_code)]
    if len({m.code for m in titled}) == 1:
        return [_record(titled[0])]
    seen: dict[str, DistrictRecord] = {}
    for m in district_mentions(doc, facts.province_code):
        seen.setdefault(m.code, _record(m))
    return list(seen.values())


def _record(m: Mention) -> DistrictRecord:
    return DistrictRecord(code=m.code, name=m.name, evidence=evidence(m.block, m.start, m.end))
