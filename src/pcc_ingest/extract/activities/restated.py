"""One activity per restatement: an activity a document names in two places
with different wording (a plan row and its result line, a table and a status
list or calendar) is merged into its first reading, whose fields the other
fills."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import apart, merged_into
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.words import split_words

_NUMBER_RE = re.compile(r"\d+(?:[/.]\d+)*")
_WORD_CHARS_RE = re.compile(r"[ก-๙A-Za-z]+")
# Titles seen in one document are compared pairwise; a bounded cache keeps a
# bulk import's worker from holding the words of every title it ever read.
WORDS_CACHE_SIZE = 4096


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(activity_rules()["restated"]["stop_words"])


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def content_words(title: str) -> frozenset[str]:
    """The words of a title that say which activity it is: Thai split by
    PyThaiNLP newmm over the project's compact dictionary (``thai.words``; no
    spaces between words), less ``[restated] stop_words``,
    single letters and figures."""
    words: set[str] = set()
    for run in _WORD_CHARS_RE.findall(title.lower()):
        words.update(w for w in split_words(run) if len(w) > 1)
    return frozenset(words - _stop_words())


def numbers(title: str) -> frozenset[str]:
    """The figures a title names ("ครั้งที่ 2/2566", "รุ่นที่ 1"), less those of
    a date it leaves in ("... 11 – 17 เม.ย. 66"): dates are compared as dates."""
    for m in reversed(find_dates(title)):
        title = title[: m.span[0]] + " " + title[m.span[1]:]
    return frozenset(_NUMBER_RE.findall(title))


def restates(a: str, b: str) -> bool:
    """One title names the activity of the other: the shorter (in content
    words) has ``[restated] min_words`` of them at least, ``share`` of them
    in the longer, and no figure the longer lacks ("รุ่นที่ 1" never
    restates "รุ่นที่ 2")."""
    rules = activity_rules()["restated"]
    wa, wb = content_words(a), content_words(b)
    (short, st), (long_, lt) = sorted(((wa, a), (wb, b)), key=lambda p: len(p[0]))
    if len(short) < rules["min_words"] or len(short & long_) < rules["share"] * len(short):
        return False
    return numbers(st) <= numbers(lt)


def one_item(a: Draft, b: Draft) -> bool:
    """Two drafts read from one block or from rows of one table are two items
    of the document, each an activity (a plan's rows are its activities)."""
    if a.block.order == b.block.order:
        return True
    return a.block.table is not None and a.block.table == b.block.table


def _differ(x: float | None, y: float | None) -> bool:
    """Two figures given and not the same to the whole unit (an amount with its
    satang in one place, rounded in another: 27,115.50 and 27,115)."""
    return x is not None and y is not None and abs(x - y) >= 1


def conflict(a: Draft, b: Draft) -> bool:
    """Figures that make two drafts two activities: periods that do not meet,
    two different days (two dated sessions), two head counts or two amounts."""
    if apart(a, b) or _differ(a.participants, b.participants) or _differ(a.budget, b.budget):
        return True
    days = [d for d in (a.date_from, b.date_from) if d is not None and d.day]
    return len(days) == 2 and days[0] != days[1] and (a.date_to == a.date_from) == (b.date_to == b.date_from)


def without_restatements(drafts: list[Draft]) -> list[Draft]:
    """Drafts less each one that restates an earlier one read elsewhere with
    no conflicting figure: it is merged into the earlier, which keeps its
    title and takes the fields it lacks (``merged_into``)."""
    out: list[Draft] = []
    for d in drafts:
        twin = next((i for i, o in enumerate(out)
                     if not one_item(o, d) and not conflict(o, d) and restates(o.title, d.title)), None)
        if twin is None:
            out.append(d)
        else:
            o = out[twin]
            out[twin] = replace(merged_into(o, d), title=o.title)
    return out
