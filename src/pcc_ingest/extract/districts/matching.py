"""Read a province or district name at a place in a text, as its DOPA code.

Names are matched against the official list, never guessed: after a prefix
word ("อำเภอ", "อ.", "พชอ."), or at the start of a line, with the province as
context so "เมือง" is the capital and another province's district is ignored.
A province name with a slip beyond tone marks is matched fuzzily.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache

import geothai

from pcc_ingest.extract.districts.place_names import (
    TONE_RE,
    NameIndex,
    Place,
    district_index,
    district_rules,
    fold_name,
    national_key_counts,
    province_index,
    province_places,
    source_end,
)
from pcc_ingest.thai.text import strip_list_marker

# A Thai character that cannot begin a syllable (a combining mark or a
# following vowel): a name followed by one is only the start of a longer word.
NO_WORD_START_RE = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
# Fuzzy pass for a province name after its prefix: close enough to be a slip.
FUZZY_PROVINCE_RATIO = 0.85
FUZZY_MIN_CHARS = 5
# How much text after a prefix word a name is looked for in.
NAME_WINDOW = 60
FUZZY_WINDOW = 40
# Prefix windows whose fuzzy province match is remembered.
FUZZY_CACHE_SIZE = 1 << 12


@cache
def prefix_re(level: str) -> re.Pattern[str]:
    """Words written before a name of ``level`` ("province" or "district")."""
    return re.compile("|".join(f"(?:{p})" for p in district_rules()[level]["prefixes"]))


@cache
def _filler_re() -> re.Pattern[str]:
    return re.compile(district_rules()["province"]["filler"])


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not NO_WORD_START_RE.match(text[end])


def _match_at(text: str, pos: int, names: NameIndex) -> tuple[Place, int] | None:
    """The longest place whose name starts at ``text[pos]``, and where it ends."""
    window = text[pos:pos + NAME_WINDOW]
    for tolerant in (False, True):
        for rank in names.candidates(fold_name(window, tolerant=tolerant), tolerant=tolerant):
            place = names.places[rank]
            key = place.loose if tolerant else place.key
            end = pos + source_end(window, len(key), tolerant=tolerant)
            while tolerant and end < len(text) and TONE_RE.match(text[end]):
                end += 1
            if _ends_word(text, end):
                return place, end
    return None


@cache
def _fuzzy_names() -> tuple[tuple[Place, Counter[str]], ...]:
    """The province names long enough for the fuzzy pass, with their letters counted."""
    return tuple((place, Counter(place.loose)) for place in province_places() if len(place.loose) >= FUZZY_MIN_CHARS)


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
    hay = fold_name(window, tolerant=True)
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
                best = (ratio, place, source_end(window, n, tolerant=True))
    return (best[1], best[2]) if best else None


def find_provinces(text: str) -> Iterator[tuple[str, int, int]]:
    """Provinces named after a prefix word in ``text``: (code, start, end)."""
    for m in prefix_re("province").finditer(text):
        pos = _filler_re().match(text, m.end()).end()
        found = _match_at(text, pos, province_index()) or _fuzzy_province_at(text, pos)
        if found:
            yield found[0].code, pos, found[1]


def _capital_at(text: str, pos: int, province_code: str) -> int | None:
    """End of a bare "เมือง" at ``pos`` meaning this province's capital district.

    "เมือง" followed by another province's name is that province's capital,
    not this one's, so it is not taken.
    """
    for alias in district_rules()["district"]["capital_aliases"]:
        window = text[pos:pos + len(alias) * 3]
        if not fold_name(window, tolerant=False).startswith(alias):
            continue
        end = pos + source_end(window, len(alias), tolerant=False)
        other = _match_at(text, end, province_index())
        if other and other[0].code != province_code:
            return None
        return end if _ends_word(text, end) or other else None
    return None


def match_district_at(text: str, pos: int, province_code: str | None) -> tuple[str, str, int] | None:
    """The district whose name starts at ``text[pos]``: (code, official name, end)."""
    found = _match_at(text, pos, district_index(province_code))
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
    return national_key_counts()[place.key] == 1


def resolve_district(name: str, province_code: str | None) -> tuple[str, str] | None:
    """(code, official name) of the district ``name`` stands for, or ``None``.

    Reads "อ.เมือง", "อำเภอเด่นชัย", "1.เมือง", "เมืองแพร่" or a name with
    dropped tone marks; the whole of ``name`` must be the district's name.
    """
    text = strip_list_marker(name.strip())
    prefix = prefix_re("district").match(text)
    pos = prefix.end() if prefix else 0
    found = match_district_at(text, pos, province_code)
    if found is None or fold_name(text[found[2]:], tolerant=False):
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


def find_districts(text: str, province_code: str | None) -> Iterator[tuple[str, str, int, int]]:
    """Districts named after a prefix word in ``text``: (code, official name, start, end).

    ``start`` is where the prefix word begins; mentions in passing are included.
    """
    for m in prefix_re("district").finditer(text):
        found = match_district_at(text, m.end(), province_code)
        if found:
            yield found[0], found[1], m.start(), found[2]
