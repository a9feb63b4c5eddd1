"""One activity per name: titles that name one activity (nearly equal, one
inside the other, or one numbered meeting), and their drafts merged."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import name_length, parallel_pairs, told_twice
from pcc_ingest.extract.activities.parallel import same_days_named
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.dates import PartialDate, find_dates

# A meeting's number in a folded title ("ครั้งที่1/66"): two meetings of
# different numbers are never one activity, however alike their names.  A row
# naming several ("ครั้งที่3/2566และ4/2566") is their series, none of them alone.
MEETING_NUMBER_RE = re.compile(r"ครั้งที่(\d+/\d{2,4}(?:(?:และ|,)\d+/\d{2,4})*)")


def same_activity(a: str, b: str) -> bool:
    """Two titles name one activity: nearly equal, or one holds the other;
    never two meetings of different numbers ("ครั้งที่ 1/66", "ครั้งที่ 2/66")."""
    return _same_folded(TitleKey.of(a), TitleKey.of(b))


@dataclass(frozen=True)
class TitleKey:
    """A title folded for comparison, with its letter counts and meeting
    number; for a numbered meeting, the bodies it names and the rest of its
    name (``meeting_parts``); ``at_meeting`` for a task taken to a meeting
    (``[merge] act_at_meeting``), which is never that meeting."""

    folded: str
    letters: Counter[str]
    number: str | None
    bodies: frozenset[int] = frozenset()
    rest: str = ""
    at_meeting: bool = False

    @classmethod
    def of(cls, title: str) -> TitleKey:
        folded = fold(comparable(title))
        m = MEETING_NUMBER_RE.search(folded)
        if m is None:
            return cls(folded, Counter(folded), None)
        if rule_re("merge", "act_at_meeting").search(folded):
            return cls(folded, Counter(folded), None, at_meeting=True)
        bodies, rest = meeting_parts(folded[: m.start()] + folded[m.end():])
        return cls(folded, Counter(folded), m.group(1), bodies, rest)


def meeting_parts(name: str) -> tuple[frozenset[int], str]:
    """The bodies a meeting's folded name names (indexes of ``[meetings]
    bodies``) and what is left of it without them and the words any name may
    hold or leave out ("การ", "คณะกรรมการ")."""
    bodies = frozenset(i for i, p in enumerate(_meeting_bodies()) if p.search(name))
    for p in _meeting_bodies():
        name = p.sub("", name)
    return bodies, rule_re("meetings", "meeting_generic").sub("", name)


@cache
def _meeting_bodies() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in activity_rules()["meetings"]["bodies"])


def same_meeting(x: TitleKey, y: TitleKey) -> bool:
    """Two names of one numbered meeting: the same number, the bodies one names
    all named by the other (or none), and the rest of the shorter name inside the longer
    ("ประชุม พชอ. ครั้งที่ 1/2568", "ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2568");
    "ประชุม พชอ.เมือง ครั้งที่ 1/2567" and "ประชุม พชอ.ปง ครั้งที่ 1/2567" are two."""
    if not x.number or x.number != y.number or not (x.bodies <= y.bodies or y.bodies <= x.bodies):
        return False
    short, long_ = sorted((x.rest, y.rest), key=len)
    return short in long_


def _same_folded(x: TitleKey, y: TitleKey) -> bool:
    """``same_activity`` on folded titles.  The letter counts bound the
    similarity from above (difflib's ``quick_ratio``), so most pairs are told
    apart without the quadratic ratio."""
    if (x.at_meeting and y.number) or (y.at_meeting and x.number):
        return False  # a task taken to a meeting and the meeting
    if x.number and y.number:
        return same_meeting(x, y)
    a, b = x.folded, y.folded
    short, long_ = sorted((a, b), key=len)
    if len(short) >= activity_rules()["merge"]["contain_chars"] and short in long_:
        return True
    if _holds_without_committee(short, long_):
        return True
    least = activity_rules()["merge"]["similarity"]
    total = len(a) + len(b)
    if not total or 2 * len(short) / total < least:
        return False
    if 2 * sum((x.letters & y.letters).values()) / total < least:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= least


def _holds_without_committee(short: str, long_: str) -> bool:
    """One folded name holds the other once the word for a committee is out of
    both (``[merge] committee_word``): a short name leaves it out."""
    word = rule_re("merge", "committee_word")
    short, long_ = word.sub("", short), word.sub("", long_)
    return len(short) >= activity_rules()["merge"]["contain_chars"] and short in long_


def _finer(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """``b`` when it pins ``a`` down (same month, a day given), else ``a`` or ``b``."""
    if a is None:
        return b
    if b is not None and b.day and not a.day and (a.year, a.month) == (b.year, b.month):
        return b
    return a


def pins_down(o: Draft, d: Draft) -> bool:
    """``d`` tells when ``o`` was done: days that fall within a period ``o``
    gives only in months ("ก.พ. – มี.ค. 66" in the plan, "ระหว่างวันที่ 15 – 16
    มีนาคม 2566" in the results)."""
    a0, a1, b0, b1 = o.date_from, o.date_to, d.date_from, d.date_to
    return bool(a0 and a1 and b0 and b1 and not a0.day and not a1.day and b0.day and b1.day
                and a0.first_day() <= b0.first_day() and b1.last_day() <= a1.last_day())


def merged_into(o: Draft, d: Draft) -> Draft:
    """``o`` filled or refined by ``d``.  An account of when it was done
    (``pins_down``) gives its dates and the head count of who came ("มี
    ผู้ปกครองเข้าร่วม 52 คน" over the plan's 60); otherwise each end is refined
    on its own (``_finer``) and ``o``'s own figures stay."""
    budget, summed = _money(o, d)
    if pins_down(o, d):
        return replace(o, date_from=d.date_from, date_to=d.date_to,
                       participants=d.participants or o.participants, budget=budget, summed=summed)
    return replace(o, date_from=_finer(o.date_from, d.date_from), date_to=_finer(o.date_to, d.date_to),
                   participants=o.participants or d.participants, budget=budget, summed=summed)


def _money(o: Draft, d: Draft) -> tuple[float | None, bool]:
    """The money of ``o`` merged with ``d``: its own, unless it only adds up a
    group's cost lines and ``d`` states the activity's amount (a summary table's
    "งบประมาณที่ได้รับ 8,400" over lines spent of 8,120): the stated amount wins."""
    if o.budget is None or (o.summed and d.budget is not None and not d.summed):
        return d.budget, d.summed
    return o.budget, o.summed


def apart(a: Draft, b: Draft) -> bool:
    """Two dated drafts whose periods do not meet ("ต.ค. 66 – ก.ย. 67" and
    "ต.ค. 67 – ก.ย. 68"): the same activity planned again in another year, or
    held again, is two activities however alike their names."""
    a0, a1 = a.date_from or a.date_to, a.date_to or a.date_from
    b0, b1 = b.date_from or b.date_to, b.date_to or b.date_from
    if a0 is None or b0 is None:
        return False
    return a1.last_day() < b0.first_day() or b1.last_day() < a0.first_day()


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per activity: a later mention fills or refines the first one.
    A numbered activity told in a paragraph and in a table (``told_twice``)
    keeps the longer of its two names, and so does one of a list told twice
    in the same order (``parallel_pairs``).  A numbered meeting first told with
    its body as the subject ("คณะกรรมการ พชอ.X ในการประชุมครั้งที่ 1/2566 ... มีมติ")
    takes the name that opens with the meeting ("ประชุมคณะกรรมการ พชอ.X ครั้งที่ 1/2566 ..."),
    and a meeting told without its number takes the numbered name (``one_day_meeting``)."""
    out: list[Draft] = []
    titles: list[TitleKey] = []
    firsts: list[int] = []
    parallel = parallel_pairs(drafts)
    for k, d in enumerate(drafts):
        title = TitleKey.of(d.title)
        twins = [(i, (firsts[i], k) in parallel or told_twice(o, d) or same_days_named(o, d)
                  or one_day_meeting(o, t, d, title)) for i, (o, t) in enumerate(zip(out, titles))
                 if not apart(o, d) and not series_and_one(o, t, d, title)]
        twins = [(i, told) for i, told in twins if told or _same_folded(titles[i], title)]
        # a twin by name alone: of several, the one the shorter name opens
        twin = twins[0][0] if twins and twins[0][1] else next(
            (i for i, _ in twins if opens_with(titles[i], title)), twins[0][0] if twins else None)
        if twin is None:
            out.append(d)
            titles.append(title)
            firsts.append(k)
            continue
        o = out[twin]
        if (((firsts[twin], k) in parallel or told_twice(o, d)) and name_length(d) > name_length(o)) or (
                title.number and is_meeting(d) and (not is_meeting(o) or not titles[twin].number)):
            o = replace(o, title=d.title, block=d.block, start=d.start, end=d.end)
            titles[twin] = title
        out[twin] = merged_into(o, d)
    return out


def opens_with(x: TitleKey, y: TitleKey) -> bool:
    """One folded title opens the other ("เยี่ยมบ้านผู้ป่วยติดเตียง", a budget row's short
    name, opens "เยี่ยมบ้านผู้ป่วยติดเตียงโดยทีมหมอครอบครัว..."): of several activities
    holding a short name, the one it opens is the one it names, not one that holds it
    further on ("ประชุมทีม... วางแผนการเยี่ยมบ้านผู้ป่วยติดเตียง": another act about it)."""
    short, long_ = sorted((x.folded, y.folded), key=len)
    return long_.startswith(short)


def one_day_meeting(a: Draft, x: TitleKey, b: Draft, y: TitleKey) -> bool:
    """A meeting told in running text without its number ("ได้ประชุมกำหนดประเด็น...
    เมื่อวันที่ 14/11/2566") on the very day of a numbered meeting the report
    lists ("ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2567 กำหนดประเด็น..." of that day):
    one meeting, named by the list, unless the two name different bodies."""
    if not (is_meeting(a) and is_meeting(b)) or bool(x.number) == bool(y.number):
        return False
    told = a if y.number else b
    day = a.date_from
    if told.block.kind not in ("paragraph", "list_item") or day is None or day.day is None:
        return False
    if (a.date_from, a.date_to) != (b.date_from, b.date_to) or a.date_to != day:
        return False
    xb, yb = meeting_parts(x.folded)[0], meeting_parts(y.folded)[0]
    return not (xb and yb) or xb <= yb or yb <= xb


def series_and_one(a: Draft, x: TitleKey, b: Draft, y: TitleKey) -> bool:
    """One draft a numbered meeting ("ครั้งที่ 3/2567"), the other a plan's series of
    sessions ("ประชุมคณะกรรมการ พชอ. (4 ครั้ง × 40 คน ...)", ``[merge] sessions`` in its
    own words): one meeting of the series, not the same activity."""
    def series(d: Draft, key: TitleKey) -> bool:
        return key.number is None and bool(rule_re("merge", "sessions").search(d.block.text, d.start))
    return bool((x.number and series(b, y)) or (y.number and series(a, x)))


def without_series_days(drafts: list[Draft]) -> list[Draft]:
    """Drafts less a meeting held on a day that another meeting activity lists
    among its several days ("ได้ประชุมวิเคราะห์ปัญหา...เมื่อวันที่ 15 ธันวาคม
    2565" and "ประชุมคณะกรรมการ พชอ. ... 4 ครั้ง ได้แก่ วันที่ 15 ธันวาคม 2565,
    16 มีนาคม 2566, ..."): one of that series, told again, not another meeting."""
    series = [days for o in drafts if (days := listed_days(o))]
    return [d for d in drafts if not (
        is_meeting(d) and d.date_from is not None and d.date_from == d.date_to and d.date_from.day
        and any(d.date_from in days and d.block.order not in days[d.date_from] for days in series))]


def listed_days(d: Draft) -> dict[PartialDate, set[int]]:
    """The days a meeting activity told over several dates lists after its name
    (at least two, each a single day), each with the block it is told in."""
    if not is_meeting(d) or d.date_from is None or d.date_from == d.date_to:
        return {}
    days = [m.start for m in find_dates(d.block.text[d.start:]) if m.start == m.end and m.start.day]
    return {day: {d.block.order} for day in days} if len(set(days)) >= 2 else {}


def is_meeting(d: Draft) -> bool:
    """A draft named as a meeting ("ประชุม...", ``[meetings] meeting_word``)."""
    return bool(rule_re("meetings", "meeting_word").match(d.title))
