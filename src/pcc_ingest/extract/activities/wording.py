"""How a cost line's words name an activity: word by word, since a clerk
shortens a title in a budget line by leaving words out, and by a count of
sessions, which names several activities at once; and what one telling of a
title adds that another leaves out (``comparable``)."""

from __future__ import annotations

from functools import lru_cache

from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.words import split_words

# Cost-line purposes repeat within a document, not across a bulk run: a
# bounded cache keeps a run of thousands of files from growing it without end.
PURPOSE_CACHE_SIZE = 4096


@lru_cache(maxsize=PURPOSE_CACHE_SIZE)
def purpose_words(purpose: str) -> tuple[str, ...]:
    """The words of a cost line's purpose worth matching: dictionary words of
    at least ``[named_costs] word_min_chars`` letters (short ones, "ใน",
    "แก่", match any title)."""
    least = activity_rules()["named_costs"]["word_min_chars"]
    words = split_words(fold(purpose).lower())
    return tuple(w for w in (w.strip() for w in words) if len(w) >= least)


def holds_words(title: str, purpose: str) -> bool:
    """``title`` (folded, lower case) holds each word of ``purpose`` and it
    has at least two ("อบรม", "แกนนำ", "ธนาคาร", "ขยะ")."""
    words = purpose_words(purpose)
    return len(words) >= 2 and all(w in title for w in words)


def names_several(purpose: str) -> bool:
    """Text with a count of sessions ("ประชุม พชอ. 3 ครั้ง", "อบรม 2 รุ่น"): a
    cost line for several meetings at once, or an activity that is several."""
    return rule_re("named_costs", "sessions").search(purpose) is not None


def comparable(title: str) -> str:
    """A title without what one telling of an activity adds and another leaves
    out: a leading "จัด"/"การ" ("จัดเวทีถอดบทเรียน" in the results, "เวทีถอด
    บทเรียน..." in the plan), a closing note of its length or repeats
    ("อบรมเชิงปฏิบัติการแกนนำนักเรียน (2 วัน)" in the budget table), quote
    marks around a slogan, and a committee's name spelled out before its bracketed
    abbreviation, which alone stays (``[merge] lead``, ``note``, ``quotes``, ``spelled_out``)."""
    title = rule_re("merge", "spelled_out").sub(lambda m: (m["committee"] or "") + m["abbr"], rule_re("merge", "quotes").sub("", title))
    return rule_re("merge", "note").sub("", rule_re("merge", "lead").sub("", title, count=1), count=1)
