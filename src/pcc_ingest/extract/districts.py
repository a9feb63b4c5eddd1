"""Find the districts a document reports on, as official DOPA codes (geothai).

Names are matched against the official list, never guessed: after a prefix
word ("อำเภอ", "อ.", "พชอ."), as a whole table cell or short line, with the
province as context so "เมือง" is the capital and another province's district
is ignored.  Matching skips white space (PDF text splits words) and, as a second
try, tone marks (damaged text and typos drop them: "ขอนแกน").

The title zone and section headings live here too, because the district of a
single-district report is the one its title names; the other extractors
share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

import geothai

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import strip_list_marker

# Characters skipped when a name is compared with the text: white space
# (stray spaces inside PDF words), dots and hyphens (geothai drops them too).
SKIP_RE = re.compile(r"[\s.\-'’]")
# Tone marks, maitaikhu and thanthakhat: dropped or misplaced by damaged PDF
# text and by typing slips, so the tolerant pass ignores them.
TONE_RE = re.compile("[\u0e47-\u0e4c]")
# A Thai character that cannot begin a syllable (a combining mark or a
# following vowel): a name followed by one is only the start of a longer word.
NO_WORD_START_RE = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
# Fuzzy pass for a province name after its prefix: close enough to be a slip.
FUZZY_PROVINCE_RATIO = 0.85
FUZZY_MIN_CHARS = 5


@dataclass(frozen=True)
class Place:
    """An official area as the matcher sees it: code, name and folded keys."""

    code: str
    name: str
    key: str
    loose: str


@dataclass(frozen=True)
class Mention:
    """A district named in a block: where, which, and how it was written."""

    code: str
    name: str
    block: Block
    start: int
    end: int


def _fold(text: str, *, tolerant: bool) -> tuple[str, list[int]]:
    """Text without skipped characters, with each kept character's index."""
    keep: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if SKIP_RE.match(ch) or (tolerant and TONE_RE.match(ch)):
            continue
        keep.append(ch.casefold())
        index.append(i)
    return "".join(keep), index


def _key(name: str, *, tolerant: bool = False) -> str:
    return _fold(name, tolerant=tolerant)[0]


def _place(code: str, name: str) -> Place:
    return Place(code, name, _key(name), _key(name, tolerant=True))


@cache
def _rules() -> dict:
    return load_rules("districts")


@cache
def _provinces() -> tuple[Place, ...]:
    places = [_place(p.code, p.name_th) for p in geothai.provinces()]
    places += [_place(code, alias) for alias, code in _rules()["province"]["aliases"].items()]
    return tuple(sorted(places, key=lambda p: -len(p.key)))


@cache
def _districts(province_code: str | None) -> tuple[Place, ...]:
    codes = [province_code] if province_code else [p.code for p in geothai.provinces()]
    places = [_place(d.code, d.name_th) for c in codes for d in geothai.districts(c)]
    return tuple(sorted(places, key=lambda p: -len(p.key)))


@cache
def prefix_re(level: str) -> re.Pattern[str]:
    """Words written before a name of ``level`` ("province" or "district")."""
    return re.compile("|".join(f"(?:{p})" for p in _rules()[level]["prefixes"]))


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not NO_WORD_START_RE.match(text[end])


def _match_at(text: str, pos: int, places: Iterable[Place]) -> tuple[Place, int] | None:
    """The longest place whose name starts at ``text[pos]``, and where it ends."""
    window = text[pos:pos + 60]
    for tolerant in (False, True):
        hay, index = _fold(window, tolerant=tolerant)
        for place in places:
            key = place.loose if tolerant else place.key
            if len(key) >= 2 and hay.startswith(key):
                end = pos + index[len(key) - 1] + 1
                while tolerant and end < len(text) and TONE_RE.match(text[end]):
                    end += 1
                if _ends_word(text, end):
                    return place, end
    return None


def _fuzzy_province_at(text: str, pos: int) -> tuple[Place, int] | None:
    """A province name with a slip beyond tone marks (one letter lost or wrong)."""
    hay, index = _fold(text[pos:pos + 40], tolerant=True)
    best: tuple[float, Place, int] | None = None
    for place in _provinces():
        if len(place.loose) < FUZZY_MIN_CHARS:
            continue
        for n in (len(place.loose) - 1, len(place.loose), len(place.loose) + 1):
            if n > len(hay):
                continue
            ratio = SequenceMatcher(None, hay[:n], place.loose, autojunk=False).ratio()
            if ratio >= FUZZY_PROVINCE_RATIO and (best is None or ratio > best[0]):
                best = (ratio, place, pos + index[n - 1] + 1)
    return (best[1], best[2]) if best else None


def find_provinces(text: str) -> Iterator[tuple[str, int, int]]:
    """Provinces named after a prefix word in ``text``: (code, start, end)."""
    filler = re.compile(_rules()["province"]["filler"])
    for m in prefix_re("province").finditer(text):
        pos = filler.match(text, m.end()).end()
        found = _match_at(text, pos, _provinces()) or _fuzzy_province_at(text, pos)
        if found:
            yield found[0].code, pos, found[1]


def _capital_at(text: str, pos: int, province_code: str) -> int | None:
    """End of a bare "เมือง" at ``pos`` meaning this province's capital district.

    "เมือง" followed by another province's name is that province's capital,
    not this one's, so it is not taken.
    """
    for alias in _rules()["district"]["capital_aliases"]:
        hay, index = _fold(text[pos:pos + len(alias) * 3], tolerant=False)
        if not hay.startswith(alias):
            continue
        end = pos + index[len(alias) - 1] + 1
        other = _match_at(text, end, _provinces())
        if other and other[0].code != province_code:
            return None
        return end if _ends_word(text, end) or other else None
    return None


def match_district_at(text: str, pos: int, province_code: str | None) -> tuple[str, str, int] | None:
    """The district whose name starts at ``text[pos]``: (code, official name, end)."""
    found = _match_at(text, pos, _districts(province_code))
    if found and (province_code or _unique(found[0])):
        return found[0].code, found[0].name, found[1]
    if province_code:
        end = _capital_at(text, pos, province_code)
        if end is not None:
            capital = geothai.district(f"{province_code}01")
            if capital is not None:
                return capital.code, capital.name_th, end
    return None


def _unique(place: Place) -> bool:
    return sum(1 for p in _districts(None) if p.key == place.key) == 1


def resolve_district(name: str, province_code: str | None) -> tuple[str, str] | None:
    """(code, official name) of the district ``name`` stands for, or ``None``.

    Reads "อ.เมือง", "อำเภอเด่นชัย", "1.เมือง", "เมืองแพร่" or a name with
    dropped tone marks; the whole of ``name`` must be the district's name.
    """
    text = strip_list_marker(name.strip())
    prefix = prefix_re("district").match(text)
    pos = prefix.end() if prefix else 0
    found = match_district_at(text, pos, province_code)
    if found is None or _key(text[found[2]:]):
        return None
    return found[0], found[1]


# What may follow a district's bare name at the start of a line for the name
# to stand alone: the end, white space, a colon, a dash or a closing bracket.
BARE_NAME_END_RE = re.compile(r"$|[\s:：\-–)]")


def district_at_start(text: str, province_code: str | None) -> tuple[str, str, int] | None:
    """The district a line opens with ("อำเภอถลาง ...", "2. กะทู้: ...").

    Returns (code, official name, end of the name in ``text``).  A name
    without a prefix word counts only with a province for context and when
    it stands alone (followed by a space, a colon, a dash or the end).
    """
    body = strip_list_marker(text)
    pos = len(text) - len(body)
    prefix = prefix_re("district").match(text, pos)
    if prefix:
        return match_district_at(text, prefix.end(), province_code)
    if province_code is None:
        return None
    found = match_district_at(text, pos, province_code)
    if found and BARE_NAME_END_RE.match(text, found[2]):
        return found
    return None


def section_of(text: str) -> str | None:
    """The section (``extractors/headings.toml``) a short block is the heading of, else ``None``.

    Shared by the extractors that read sections: the title zone ends at the
    first heading, issues are read under an issue heading.
    """
    headings = load_rules("headings")
    body = re.sub(headings["part_label"], "", strip_list_marker(text), count=1)
    if len(body) > headings["max_heading_chars"]:
        return None
    for name, patterns in headings["sections"].items():
        if any(re.match(p, body) for p in patterns):
            return name
    return None


def title_blocks(doc: Document) -> list[Block]:
    """The leading blocks where a document names itself (title, form header).

    Table cells before the title are passed over (PDF reading order may put
    a form's header table first); the zone stops at the next table cell,
    list item, section heading or long prose block, and after a fixed number
    of blocks.
    """
    limits = load_rules("headings")["title"]
    out: list[Block] = []
    for block in doc.body():
        if block.kind == "table_cell" and not out:
            continue
        if block.kind == "table_cell" or len(out) >= limits["max_blocks"]:
            break
        if len(block.text) > limits["max_chars" if out else "max_first_chars"]:
            break
        if out and (block.kind == "list_item" or strip_list_marker(block.text) != block.text
                    or section_of(block.text) is not None):
            break
        out.append(block)
    return out


def _is_passing(text: str, start: int, end: int) -> bool:
    rules = _rules()["passing"]
    before = text[max(0, start - rules["window"]):start]
    after = text[end:end + rules["window"]]
    return any(re.search(p, before) for p in rules["before"]) or any(
        re.search(p, after, re.IGNORECASE) for p in rules["after"]
    )


def find_districts(text: str, province_code: str | None) -> Iterator[tuple[str, str, int, int]]:
    """Districts named after a prefix word in ``text``: (code, official name, start, end).

    ``start`` is where the prefix word begins; mentions in passing are included.
    """
    for m in prefix_re("district").finditer(text):
        found = match_district_at(text, m.end(), province_code)
        if found:
            yield found[0], found[1], m.start(), found[2]


def _prefixed_mentions(block: Block, province_code: str | None) -> Iterator[Mention]:
    for code, name, start, end in find_districts(block.text, province_code):
        if not _is_passing(block.text, start, end):
            yield Mention(code, name, block, start, end)


def _bare_mention(block: Block, province_code: str | None) -> Mention | None:
    """A short block or cell that is just a district's name ("เมือง", "2. กะทู้")."""
    if province_code is None or len(block.text) > _rules()["district"]["bare_max_chars"]:
        return None
    body = strip_list_marker(block.text)
    offset = len(block.text) - len(body)
    found = resolve_district(body, province_code)
    if found is None:
        return None
    return Mention(found[0], found[1], block, offset, len(block.text))


def district_mentions(doc: Document, province_code: str | None) -> list[Mention]:
    """Every non-passing district mention in document order."""
    out: list[Mention] = []
    for block in doc.body():
        prefixed = list(_prefixed_mentions(block, province_code))
        bare = None if prefixed else _bare_mention(block, province_code)
        out.extend(prefixed or ([bare] if bare else []))
    return out


def extract_districts(doc: Document, facts: DocumentFacts) -> list[DistrictRecord]:
    """Districts the document reports on, unique, in document order.

    A document whose title names one district is about that district alone:
    other districts it names are venues, examples or slips.
    """
    titled = [m for b in title_blocks(doc) for m in _prefixed_mentions(b, facts.province_code)]
    if len({m.code for m in titled}) == 1:
        return [_record(titled[0])]
    seen: dict[str, DistrictRecord] = {}
    for m in district_mentions(doc, facts.province_code):
        seen.setdefault(m.code, _record(m))
    return list(seen.values())


def _record(m: Mention) -> DistrictRecord:
    return DistrictRecord(code=m.code, name=m.name, evidence=evidence(m.block, m.start, m.end))
