"""Assign an issue its category from the lexicon in ``extractors/categories.toml``.

The category is the one whose keyword is named first in the issue text, as
RECORDS.md asks for issues that join two categories; a lexicon scanned by
position (not a chain of ifs) keeps that rule in one place and the words in
reviewable data.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.records import Category
from pcc_ingest.rules import load_rules

# White space is dropped before matching: PDF text has stray spaces inside
# Thai words ("ผู้สูง อายุ"), and keywords are written without spaces.
SPACES_RE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return SPACES_RE.sub("", text).casefold()


@cache
def _lexicon() -> tuple[tuple[str, Category], ...]:
    """(keyword, category) pairs, longest keyword first so ties go to the longer one."""
    table = load_rules("categories")["categories"]
    pairs = {(_squash(word), category) for category, words in table.items() for word in words}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[1])))


def categorize(text: str) -> Category:
    """The category whose keyword appears first in ``text``; ``other`` if none does."""
    hay = _squash(text)
    best: tuple[int, Category] | None = None
    for word, category in _lexicon():
        pos = hay.find(word)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, category)
    return best[1] if best else "other"
