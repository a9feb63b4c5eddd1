"""The official province and district names, as the matcher compares them.

Names come from the official list (geothai) plus the aliases in
``extractors/districts.toml``.  Matching skips white space (PDF text splits
words) and, as a second try, tone marks (damaged text and typos drop them:
"ขอนแกน"), so each name is kept folded both ways, and indexed by its folded
form so a match looks up prefixes instead of trying every name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice

import geothai

from pcc_ingest.rules import load_rules

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


@dataclass(frozen=True)
class Place:
    """An official area as the matcher sees it: code, name and folded keys."""

    code: str
    name: str
    key: str
    loose: str


def fold_name(text: str, *, tolerant: bool) -> str:
    """Text without skipped characters, casefolded: what names are compared with."""
    return (SKIP_OR_TONE_RE if tolerant else SKIP_RE).sub("", text).casefold()


def source_end(text: str, kept: int, *, tolerant: bool) -> int:
    """Where in ``text`` its first ``kept`` characters that folding keeps end."""
    found = islice((KEPT_TOLERANT_RE if tolerant else KEPT_RE).finditer(text), kept - 1, None)
    return next(found).end()


def _place(code: str, name: str) -> Place:
    return Place(code, name, fold_name(name, tolerant=False), fold_name(name, tolerant=True))


@dataclass(frozen=True, eq=False)
class NameIndex:
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
    def of(cls, places: tuple[Place, ...]) -> NameIndex:
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
def district_rules() -> dict:
    return load_rules("districts")


@cache
def province_places() -> tuple[Place, ...]:
    places = [_place(p.code, p.name_th) for p in geothai.provinces()]
    places += [_place(code, alias) for alias, code in district_rules()["province"]["aliases"].items()]
    return tuple(sorted(places, key=lambda p: -len(p.key)))


@cache
def district_places(province_code: str | None) -> tuple[Place, ...]:
    codes = [province_code] if province_code else [p.code for p in geothai.provinces()]
    places = [_place(d.code, d.name_th) for c in codes for d in geothai.districts(c)]
    return tuple(sorted(places, key=lambda p: -len(p.key)))


@cache
def province_index() -> NameIndex:
    return NameIndex.of(province_places())


@cache
def district_index(province_code: str | None) -> NameIndex:
    return NameIndex.of(district_places(province_code))


@cache
def national_key_counts() -> Counter[str]:
    """How many districts of the country share each folded name."""
    return Counter(p.key for p in district_places(None))
