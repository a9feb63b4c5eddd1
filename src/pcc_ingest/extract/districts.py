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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import islice

import geothai

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.text import strip_list_marker

# Characters skipped when a name is compared with the text: white space
# (stray spaces inside PDF words), dots and hyphens (geothai drops them too).
_SKIPPED = r"\s.\-'’"
SKIP_RE = re.compile(f"[{_SKIPPED}]")
# Tone marks, maitaikhu and thanthakhat: dropped or misplaced by damaged PDF
# text and by typing slips, so the tolerant pass ignores them.
_TONES = "\u0e47-\u0e4c"
TONE_RE = re.compile(f"[{_TONES}]")
# What the tolerant pass skips: both of the above.
SKIP_OR_TONE_RE = re.compile(f"[{_SKIPPED}{_TONES}]")
# The characters each pass keeps, whose positions map a folded match back to the text.
KEPT_RE = re.compile(f"[^{_SKIPPED}]")
KEPT_TOLERANT_RE = re.compile(f"[^{_SKIPPED}{_TONES}]")
# A Thai character that cannot begin a syllable (a combining mark or a
# following vowel): a name followed by one is only the start of a longer word.
NO_WORD_START_RE = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
# Fuzzy pass for a province name after its prefix: close enough to be a slip.
FUZZY_PROVINCE_RATIO = 0.85
FUZZY_MIN_CHARS = 5
# How much text after a prefix word a name is looked for in.
NAME_WINDOW = 60
FUZZY_WINDOW = 40
# Block texts whose district mentions are remembered (more than the blocks of
# a long report, which three extractors read in turn).
MENTION_CACHE_SIZE = 1 << 14
FUZZY_CACHE_SIZE = 1 << 12


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


def _fold(text: str, *, tolerant: bool) -> str:
    """Text without skipped characters, casefolded: what names are compared with."""
    return (SKIP_OR_TONE_RE if tolerant else SKIP_RE).sub("", text).casefold()


def _source_end(text: str, kept: int, *, tolerant: bool) -> int:
    """Where in ``text`` its first ``kept`` characters that folding keeps end."""
    found = islice((KEPT_TOLERANT_RE if tolerant else KEPT_RE).finditer(text), kept - 1, None)
    return next(found).end()


def _place(code: str, name: str) -> Place:
    return Place(code, name, _fold(name, tolerant=False), _fold(name, tolerant=True))


@dataclass(frozen=True, eq=False)
class _Names:
    """Places by folded name, so a match looks up the prefixes of the text
    instead of comparing every name in turn (a country has ~900 districts).

    ``places`` are longest name first, the order matches are tried in; the
    tables give each folded name's ranks in it, and the lengths to try.
    """

    places: tuple[Place, ...]
    strict: dict[str, tuple[int, ...]]
    loose: dict[str, tuple[int, ...]]
    strict_lengths: dict[str, tuple[int, ...]]  # first two characters -> lengths of the names so begun
    loose_lengths: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, places: tuple[Place, ...]) -> _Names:
        strict: dict[str, list[int]] = {}
        loose: dict[str, list[int]] = {}
        for rank, place in enumerate(places):
            for table, key in ((strict, place.key), (loose, place.loose)):
                if len(key) >= 2:
                    table.setdefault(key, []).append(rank)
        return cls(
            places,
            {k: tuple(v) for k, v in strict.items()}, {k: tuple(v) for k, v in loose.items()},
            _lengths_by_head(strict), _lengths_by_head(loose),
        )

    def candidates(self, hay: str, *, tolerant: bool) -> list[int]:
        """Ranks of the places whose folded name begins ``hay``, in the order they are tried."""
        table, heads = (self.loose, self.loose_lengths) if tolerant else (self.strict, self.strict_lengths)
        ranks: list[int] = []
        for n in heads.get(hay[:2], ()):
            if n > len(hay):
                break
            ranks.extend(table.get(hay[:n], ()))
        return sorted(ranks)


def _lengths_by_head(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the names, shortest first, by their first two characters."""
    heads: dict[str, set[int]] = {}
    for name in names:
        heads.setdefault(name[:2], set()).add(len(name))
    return {head: tuple(sorted(lengths)) for head, lengths in heads.items()}


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
def _province_names() -> _Names:
    return _Names.of(_provinces())


@cache
def _district_names(province_code: str | None) -> _Names:
    return _Names.of(_districts(province_code))


@cache
def _national_key_counts() -> Counter[str]:
    """How many districts of the country share each folded name."""
    return Counter(p.key for p in _districts(None))


@cache
def prefix_re(level: str) -> re.Pattern[str]:
    """Words written before a name of ``level`` ("province" or "district")."""
    return re.compile("|".join(f"(?:{p})" for p in _rules()[level]["prefixes"]))


@cache
def _filler_re() -> re.Pattern[str]:
    return re.compile(_rules()["province"]["filler"])


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not NO_WORD_START_RE.match(text[end])


def _match_at(text: str, pos: int, names: _Names) -> tuple[Place, int] | None:
    """The longest place whose name starts at ``text[pos]``, and where it ends."""
    window = text[pos:pos + NAME_WINDOW]
    for tolerant in (False, True):
        for rank in names.candidates(_fold(window, tolerant=tolerant), tolerant=tolerant):
            place = names.places[rank]
            key = place.loose if tolerant else place.key
            end = pos + _source_end(window, len(key), tolerant=tolerant)
            while tolerant and end < len(text) and TONE_RE.match(text[end]):
                end += 1
            if _ends_word(text, end):
                return place, end
    return None


@cache
def _fuzzy_names() -> tuple[tuple[Place, Counter[str]], ...]:
    """The province names long enough for the fuzzy pass, with their letters counted."""
    return tuple((place, Counter(place.loose)) for place in _provinces() if len(place.loose) >= FUZZY_MIN_CHARS)


def _fuzzy_province_at(text: str, pos: int) -> tuple[Place, int] | None:
    """A province name with a slip beyond tone marks (one letter lost or wrong)."""
    found = _fuzzy_province(text[pos:pos + FUZZY_WINDOW])
    return (found[0], pos + found[1]) if found else None


@lru_cache(maxsize=FUZZY_CACHE_SIZE)
def _fuzzy_province(window: str) -> tuple[Place, int] | None:
    """The fuzzy match at the start of ``window`` and where it ends there.

    Cached: the words after a prefix recur across reports ("ระดับจังหวัด และ…"),
    and trying every province is the dearest step of reading places.
    """
    hay = _fold(window, tolerant=True)
    best: tuple[float, Place, int] | None = None
    letters_of: dict[int, Counter[str]] = {}  # name length -> letters of the longest piece of hay compared
    for place, letters in _fuzzy_names():
        size = len(place.loose)
        if size not in letters_of:
            letters_of[size] = Counter(hay[:size + 1])
        # Matched letters are shared letters, and the shortest piece gives the
        # largest ratio: a bound that rules most names out without matching.
        shared = sum(min(k, letters_of[size][ch]) for ch, k in letters.items())
        if 2 * shared / (2 * size - 1) < FUZZY_PROVINCE_RATIO:
            continue
        for n in (size - 1, size, size + 1):
            if n > len(hay):
                continue
            ratio = SequenceMatcher(None, hay[:n], place.loose, autojunk=False).ratio()
            if ratio >= FUZZY_PROVINCE_RATIO and (best is None or ratio > best[0]):
                best = (ratio, place, _source_end(window, n, tolerant=True))
    return (best[1], best[2]) if best else None


def find_provinces(text: str) -> Iterator[tuple[str, int, int]]:
    """Provinces named after a prefix word in ``text``: (code, start, end)."""
    for m in prefix_re("province").finditer(text):
        pos = _filler_re().match(text, m.end()).end()
        found = _match_at(text, pos, _province_names()) or _fuzzy_province_at(text, pos)
        if found:
            yield found[0].code, pos, found[1]


def _capital_at(text: str, pos: int, province_code: str) -> int | None:
    """End of a bare "เมือง" at ``pos`` meaning this province's capital district.

    "เมือง" followed by another province's name is that province's capital,
    not this one's, so it is not taken.
    """
    for alias in _rules()["district"]["capital_aliases"]:
        window = text[pos:pos + len(alias) * 3]
        if not _fold(window, tolerant=False).startswith(alias):
            continue
        end = pos + _source_end(window, len(alias), tolerant=False)
        other = _match_at(text, end, _province_names())
        if other and other[0].code != province_code:
            return None
        return end if _ends_word(text, end) or other else None
    return None


def match_district_at(text: str, pos: int, province_code: str | None) -> tuple[str, str, int] | None:
    """The district whose name starts at ``text[pos]``: (code, official name, end)."""
    found = _match_at(text, pos, _district_names(province_code))
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
    return _national_key_counts()[place.key] == 1


def resolve_district(name: str, province_code: str | None) -> tuple[str, str] | None:
    """(code, official name) of the district ``name`` stands for, or ``None``.

    Reads "อ.เมือง", "อำเภอเด่นชัย", "1.เมือง", "เมืองแพร่" or a name with
    dropped tone marks; the whole of ``name`` must be the district's name.
    """
    text = strip_list_marker(name.strip())
    prefix = prefix_re("district").match(text)
    pos = prefix.end() if prefix else 0
    found = match_district_at(text, pos, province_code)
    if found is None or _fold(text[found[2]:], tolerant=False):
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


@cache
def _section_patterns() -> tuple[re.Pattern[str], int, re.Pattern[str], tuple[str, ...]]:
    """``headings.toml`` compiled once: the part label, the heading length limit, and one
    pattern for all sections whose group ``s<i>`` is the ``i``-th section's patterns.

    An alternation matches with its first alternative that can, so the first
    section (in file order) with a matching pattern wins, as in a loop over them.
    """
    headings = load_rules("headings")
    names = tuple(headings["sections"])
    alternatives = (
        f"(?P<s{i}>{'|'.join(f'(?:{p})' for p in headings['sections'][name])})" for i, name in enumerate(names)
    )
    return re.compile(headings["part_label"]), headings["max_heading_chars"], re.compile("|".join(alternatives)), names


def section_of(text: str) -> str | None:
    """The section (``extractors/headings.toml``) a short block is the heading of, else ``None``.

    Shared by the extractors that read sections: the title zone ends at the
    first heading, issues are read under an issue heading.
    """
    part_label, max_chars, sections, names = _section_patterns()
    body = part_label.sub("", strip_list_marker(text), count=1)
    if len(body) > max_chars:
        return None
    m = sections.match(body)
    return names[int(m.lastgroup[1:])] if m else None


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


@cache
def _passing_patterns() -> tuple[int, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    rules = _rules()["passing"]
    before = tuple(re.compile(p) for p in rules["before"])
    after = tuple(re.compile(p, re.IGNORECASE) for p in rules["after"])
    return rules["window"], before, after


@cache
def _other_round_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _rules()["passing"]["other_round"])


def in_other_round(text: str, start: int) -> bool:
    """Whether the mention at ``start`` lies in a clause setting districts aside
    as dealt with in another round ("ส่วนอำเภอA และB ได้รับการนิเทศในรอบที่ 1 แล้ว").

    An inspection round reports on the districts it visited; the ones it
    names as visited before are context, not districts it reports on.
    """
    return any(m.start() <= start < m.end() for p in _other_round_res() for m in p.finditer(text))


def _is_passing(text: str, start: int, end: int) -> bool:
    window, before_res, after_res = _passing_patterns()
    before = text[max(0, start - window):start]
    after = text[end:end + window]
    return (any(p.search(before) for p in before_res) or any(p.search(after) for p in after_res)
            or in_other_round(text, start))


def find_districts(text: str, province_code: str | None) -> Iterator[tuple[str, str, int, int]]:
    """Districts named after a prefix word in ``text``: (code, official name, start, end).

    ``start`` is where the prefix word begins; mentions in passing are included.
    """
    for m in prefix_re("district").finditer(text):
        found = match_district_at(text, m.end(), province_code)
        if found:
            yield found[0], found[1], m.start(), found[2]


Span = tuple[str, str, int, int]  # (code, official name, start, end) in a block's text


@cache
def _list_joiner_re() -> re.Pattern[str]:
    return re.compile(_rules()["district"]["list_joiner"])


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
    if province_code is None or len(text) > _rules()["district"]["bare_max_chars"]:
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
