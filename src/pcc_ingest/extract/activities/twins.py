"""A plan row naming two dated parts: two activities when they are two tasks,
one when they are one task done at two times.

The gold conventions count "ตั้งด่านชุมชนช่วงเทศกาลปีใหม่ (29 ธ.ค. 65 – 4 ม.ค. 66)
และเทศกาลสงกรานต์ (11 – 17 เม.ย. 66)" as one activity (one numbered step, from
the first start to the last end, with the row's money), and "อบรมแกนนำ (ธ.ค. 65)
และประกวดหมู่บ้าน (มี.ค. 66)" as two.  Rules: ``[twins]`` in
``extractors/activities.toml``.
"""

from __future__ import annotations

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.thai.dates import find_dates


def dated_parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each of the two parts of a cell that names two
    dated checkpoints, each closed by its own bracketed date and joined by
    "และ"; no parts for any other cell."""
    dated = [m for m in rule_re("twins", "bracket").finditer(text) if find_dates(m.group())]
    if len(dated) != 2:
        return []
    first, second = dated
    join = rule_re("twins", "joiner").match(text[first.end():second.start()])
    if join is None or first.end() + join.end() >= second.start():
        return []
    return [(0, first.end()), (first.end() + join.end(), len(text))]


def two_tasks(text: str) -> list[tuple[int, int]]:
    """The two parts of a cell that names two different tasks, each with its
    own bracketed date (``dated_parts``); none when the second part goes on
    with the first's wording ("...เทศกาลปีใหม่ (...) และเทศกาลสงกรานต์ (...)")
    or names no act, only another occasion ("...ช่วงเทศกาลปีใหม่ (...) และ
    สงกรานต์ (...)"): that is one task done at two times, one activity."""
    parts = dated_parts(text)
    if not parts:
        return []
    first, second = (rule_re("twins", "bracket").split(text[s:e])[0].strip() for s, e in parts)
    return parts if twin_title(first, second) == second and start_re().match(second) else []


def twin_title(first: str, second: str) -> str:
    """The second checkpoint's name, led by the first's words up to where
    their wording meets again ("ตั้งด่านชุมชนช่วงเทศกาลปีใหม่" + "เทศกาลสงกรานต์"
    -> "ตั้งด่านชุมชนช่วงเทศกาลสงกรานต์"); as written when they never meet."""
    least = activity_rules()["twins"]["stem_chars"]
    for k in range(len(second), least - 1, -1):
        at = first.find(second[:k])
        if at > 0:
            return first[:at] + second
    return second
