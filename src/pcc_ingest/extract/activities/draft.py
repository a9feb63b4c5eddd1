"""An activity being assembled from the words that name it, with the head count
and dates those words give, before duplicates are merged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate, find_dates
from pcc_ingest.thai.numbers import find_amounts


@dataclass(frozen=True)
class Draft:
    """An activity being assembled, before duplicates are merged."""

    title: str
    block: Block
    start: int
    end: int
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    participants: int | None = None
    budget: float | None = None
    # the number of the plan-table row it was read from ("ที่ | กิจกรรม"), when
    # the row holds this one activity: a budget table's "กิจกรรมที่ N" group is it
    row_number: int | None = None
    # its money is the sum of the cost lines under its group head, not an
    # amount stated for it: a stated amount told elsewhere wins (``merge``)
    summed: bool = False


def gives_when_who_or_money(text: str) -> bool:
    """The text says when, how many people or how much money."""
    return bool(find_dates(text) or head_count(text) or find_amounts(text))


def _counts(text: str, priced: bool) -> list[re.Match[str]]:
    """The people counts of a text, less budget arithmetic's multipliers and
    counts per unit; with ``priced`` False, less the counts a price multiplies too."""
    return [m for m in rule_re("participants", "count").finditer(text) if not (
        rule_re("participants", "arithmetic_before").search(text[: m.start()])
        or rule_any("participants", "not_people_before").search(text[: m.start()])
        or (not priced and rule_re("participants", "arithmetic_after").match(text, m.end())))]


def head_count(text: str, *, priced: bool = True) -> int | None:
    """The number of people a text names ("จำนวน 120 คน"), not budget
    arithmetic, a count per unit or cases found; when a total follows the
    first count close by ("... 4 คน รวม 60 คน"), the total, and when the
    count of those reached follows ("214 ราย ได้รับการเยี่ยมแล้ว 203 ราย"), that;
    with only a count per cohort ("2 รุ่นๆ ละ 30 คน"), all the cohorts' people.
    With ``priced`` False a count a price multiplies ("60 คน × 70 บาท") is none."""
    counts = _counts(text, priced)
    if not counts:
        if not priced:
            return None
        cohorts = rule_re("participants", "per_cohort").search(text)
        return int(cohorts["k"]) * int(cohorts["n"].replace(",", "")) if cohorts else None
    reach = activity_rules()["participants"]["total_reach"]
    total = next((m for m in counts[1:] if m.start() - counts[0].end() <= reach and (
        rule_re("participants", "total_before").search(text[: m.start()])
        or rule_re("participants", "reached_before").search(text[: m.start()]))), None)
    return int((total or counts[0])["n"].replace(",", ""))


def groups_people(text: str) -> int | None:
    """The people of a target cell that names several groups, each with its own
    count ("เด็กที่ได้รับวัคซีนไม่ครบ 1,126 คน ผู้นำศาสนา/อสม. 90 คน"): all of
    them; None unless every count after the first follows a group's name, not
    a total, a share or a rate (``[participants] not_group_between``)."""
    counts = _counts(text, priced=True)
    if len(counts) < 2:
        return None
    gaps = [text[a.end():b.start()] for a, b in pairwise(counts)]
    if any(rule_re("participants", "not_group_between").search(g) or not re.search(r"[ก-๙A-Za-z]{2}", g)
           for g in gaps):
        return None
    return sum(int(m["n"].replace(",", "")) for m in counts)


def named_groups(text: str) -> int | None:
    """The people of the groups an activity cell names, each with its count,
    before its cost lines begin ("อบรม... ผู้เข้าร่วม อสม. 120 คน ครูอนามัย
    โรงเรียน 30 คน ¶ ค่าอาหาร... x 150 คน" -> 150, ``[participants] cost_line``):
    all of them, as ``groups_people`` adds a target cell's groups, when only a
    group's name stands between two counts of one unit (``group_name``); those
    the act serves, named after the groups, are none of them (``served``)."""
    cost = rule_re("participants", "cost_line").search(text)
    named = text[: cost.start()] if cost else text
    first = _counts(named, priced=True)[:1]
    served = rule_re("participants", "served").search(named, first[0].end()) if first else None
    named = named[: served.start()] if served else named  # "… 20 คน ดูแลผู้สูงอายุ 126 คน": those served
    counts = _counts(named, priced=True)
    gaps = [named[a.end():b.start()].strip() for a, b in pairwise(counts)]
    units = {named[m.start("n"):m.end()].replace(m["n"], "").strip() for m in counts}
    if not gaps or len(units) > 1 or any(not rule_re("participants", "group_name").fullmatch(g) for g in gaps):
        return None  # counts told in a sentence, or of other things ("43 ราย ทีมเยี่ยม 18 คน")
    return groups_people(named)


def per_place(text: str) -> int | None:
    """The people a listed post held in several places stands for, one per place
    ("ประธาน พชต. 11 ตำบล หรือผู้แทน" -> 11, ``[minutes] per_place``)."""
    m = rule_re("minutes", "per_place").search(text)
    return int(m["n"]) if m else None


def budget_people(text: str, *, first_factor: bool = False) -> int | None:
    """The people a budget's arithmetic is for ("x100คน"; with ``first_factor``
    also "96 คน x 110 บาท"), when all its lines agree."""
    keys = ("budget_people", "budget_people_first") if first_factor else ("budget_people",)
    counts = {int(m["n"].replace(",", "")) for k in keys for m in rule_re("participants", k).finditer(text)}
    return counts.pop() if len(counts) == 1 else None


def new_draft(block: Block, span: tuple[int, int], context: str, fy: int | None, **extra) -> Draft:
    """A draft titled by ``span`` of ``block``, its dates and head count read from ``context``."""
    dates = dates_in(context, fy)
    fields = {
        "date_from": dates[0] if dates else None,
        "date_to": dates[1] if dates else None,
        "participants": named_groups(context) or head_count(context),
    }
    fields.update({k: v for k, v in extra.items() if v is not None})
    return Draft(block.text[span[0]:span[1]], block, span[0], span[1], **fields)
