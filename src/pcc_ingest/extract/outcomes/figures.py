"""The figures of a block of running text, each told a result or a target:
percentages, bare results after their counts and bare targets after a
target word, with bounds, rates, shares and slogans left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.outcomes.cell_fractions import counted_after
from pcc_ingest.extract.outcomes.clause_words import count_re
from pcc_ingest.extract.outcomes.common import TOLERANCE, outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import (
    is_compared,
    is_earlier,
    mask_years,
    year_after_len,
)
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.numbers import parse_number

# How far before a percentage `share_before` looks for the population and
# the group's count it is the share of (a sentence's clause).
SHARE_REACH = 160
# How far before a percentage `cutoff_before` looks for the areas its bar picks out.
CUTOFF_REACH = 80
# How far before a percentage `range_before` looks for the range's first end ("ร้อยละ 60 - ").
RANGE_REACH = 40
# How far before a clause `target_label` looks for the label it follows ("เกณฑ์เป้าหมาย : ").
LABEL_REACH = 40


@dataclass(frozen=True)
class Figure:
    """A percentage in a text: value, span, and whether it is a target."""

    value: float
    start: int
    end: int
    target: bool


def percentages(text: str) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each percentage in ``text``, rates per N,
    shares of the population or of counted cases, strengths of things bought, ends of
    a range (but for the lower end of one after target words), bars picking out
    areas, a test's pass mark, bars defining a measure and bounds in a subject left out."""
    for m in rule_re("figure", "percent").finditer(text):
        if any(rule_re("figure", key).match(text[m.end():]) for key in ("rate_after", "share_after", "cases_after",
                                                                          "purchase_after")):
            continue
        if rule_re("figure", "range_after").match(text[m.end():]) and not _range_floor(text, m.start()):
            continue
        if rule_re("figure", "range_before").search(text[max(0, m.start() - RANGE_REACH):m.start()]):
            continue
        if rule_re("figure", "cutoff_before").search(text[max(0, m.start() - CUTOFF_REACH):m.start()]):
            continue
        if rule_re("figure", "score_bar_before").search(text[max(0, m.start() - CUTOFF_REACH):m.start()]):
            continue  # a test's pass mark as a share of its full score
        if rule_re("figure", "share_before").search(text[max(0, m.start() - SHARE_REACH):m.start()]):
            continue
        if _defining_bar(text, m.start(), m.end()):
            continue
        if is_bound(text, m.start(), m.end()):
            continue
        yield float(m["a"] or m["b"] or m["c"]), m.start(), m.end()


def _defining_bar(text: str, start: int, end: int) -> bool:
    """A bar in a bracket after a test's name ("(HbA1c < 7%)"): it says what
    the measure before it counts, no figure of its own."""
    return (rule_re("figure", "defining_bar_before").search(text[max(0, start - CUTOFF_REACH):start]) is not None
            and rule_re("figure", "defining_bar_after").match(text, end) is not None)


def _range_floor(text: str, start: int) -> bool:
    """A range opened right after target words ("ต่ำกว่าค่าเป้าหมายที่กำหนดไว้
    ร้อยละ 80–90"; a progress report's results paragraph): its lower end is the
    target, the least to reach (gold/README.md), not a spread of results."""
    return rule_re("figure", "target_before").search(text[max(0, start - RANGE_REACH):start]) is not None


def is_bound(text: str, start: int, end: int) -> bool:
    """A percentage bounded by a threshold word, before it or after it, and
    followed by a count ("หมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกินร้อยละ 10
    จำนวน 13 หมู่บ้าน", "มีคะแนนผ่านเกณฑ์ร้อยละ 70 ขึ้นไป จำนวน 79 คน"): the
    bar each one counted had to pass, part of a subject, not a figure (a
    pass mark for each person is not a target, gold/README.md); so is one
    followed at once by the share of units that must meet it ("HI ไม่เกิน
    ร้อยละ 10 ไม่น้อยกว่าร้อยละ 80 ของหมู่บ้าน")."""
    after = rule_re("figure", "threshold_after").match(text, end)
    before = rule_re("figure", "threshold_before").search(text, 0, start)
    rest = text[after.end() if after else end:].lstrip()
    shared = rule_re("figure", "share_of_units").match(text, end) is not None
    return (before is not None or after is not None) and (count_re().match(rest) is not None or shared)


def clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``text[pos]`` begins: a list number, colon, or ``floor``.

    A number closing a bracket that names what it numbers ("(กิจกรรมที่ 5)
    อยู่ในระดับ...", "(ข้อ 3)") is that thing's number, no list item."""
    start = floor
    for m in rule_re("figure", "clause_start").finditer(text, floor, pos):
        if not numbered_in_bracket(text, floor, m.start()):
            start = m.end()
    return start


def numbered_in_bracket(text: str, floor: int, pos: int) -> bool:
    """The number at ``pos`` closes a bracket opened after ``floor`` with
    words before it (``bracket_number``: "(กิจกรรมที่ 5)", "(HbA1c น้อยกว่า 7)")."""
    opened = text.rfind("(", floor, pos)
    return (opened > text.rfind(")", floor, pos)
            and rule_re("figure", "bracket_number").search(text, opened + 1, pos) is not None)


def is_target(before: str, *, default: bool) -> bool:
    """Target words just before a figure make it a target, result words a result;
    when both stand there, the nearer decide; comparison words ("ยังไม่ผ่าน
    เกณฑ์ แต่เพิ่มขึ้นจากร้อยละ 61.20") make it the earlier result they
    compare with.  A figure inside a bracket
    opened by a target word is a target, and so is one after a verb that
    sets a target ("กำหนดเป้าหมายให้...") however far before it."""
    if rule_re("figure", "target_bracket").search(before):
        return True
    target = _last_match(rule_re("figure", "target_before"), before)
    if target is None:
        target = _last_match(rule_re("figure", "target_set"), before)
    found = [_last_match(rule_re("figure", key), before) for key in ("result_before", "compared_before")]
    result = max((f for f in found if f is not None), default=None)
    if target is None and result is None:
        return default
    return result is None or (target is not None and target > result)


def is_slogan(before: str, value: float) -> bool:
    """Campaign words just before a figure of 100 ("รณรงค์สวมหมวกนิรภัย
    100%") make it a slogan, unless result or target words stand nearer."""
    if abs(value - outcome_rules()["figure"]["slogan_value"]) > TOLERANCE:
        return False
    slogan = _last_match(rule_re("figure", "slogan_before"), before)
    others = [_last_match(rule_re("figure", key), before) for key in ("target_before", "result_before")]
    return slogan is not None and all(o is None or o < slogan for o in others)


def _last_match(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last match of a ``$``-anchored pattern starts (the nearest words)."""
    found = None
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        found, pos = m.start(), m.start() + 1
    return found


def fraction_results(text: str) -> Iterator[tuple[float, int, int, int]]:
    """(value, start, end, count start) of each bare figure that is the
    percentage of the count before it ("118/135 หมู่บ้าน 87.41"): the result
    column of a table whose rows reached the text as lines; or, bracketed,
    after words naming it ("ได้รับการติดตาม 46/82 (56.10)")."""
    slack = outcome_rules()["figure"]["fraction_slack"]
    for m in rule_re("figure", "fraction_result").finditer(text):
        if m["open"] and not any(ch.isalpha() for ch in text[: m.start()]):
            continue  # a bracketed figure after no words: a results cell its table reads
        n, d, p = parse_number(m["n"]), parse_number(m["d"]), parse_number(m["p"])
        if n is not None and d and p is not None and abs(100 * n / d - p) <= slack:
            yield p, m.start("p"), m.end("p"), m.start()


def block_figures(text: str, default_target: bool, year: int | None = None) -> list[tuple[Figure, int]]:
    """The figures of one block, each with where its clause begins.

    A percentage written right before a count whose own percentage follows
    ("≥ 80% 118/135 หมู่บ้าน 87.41", "100% 402/415 คน 96.87") is that
    result's target: the row reads target, count, result.  A figure the
    text says is of a year before ``year`` (the document's) is by default a
    result: a plan's "จากการดำเนินงานในปีงบประมาณ 2567 ... ร้อยละ 63.84" is
    what was achieved then, its baseline, not a target.
    """
    fractions = list(fraction_results(text))
    found = [(v, s, e, False) for v, s, e in percentages(text)]
    found += [(v, s, e, True) for v, s, e, _ in fractions]
    cued = [(v, s, e) for v, s, e in cue_targets(text) if _follows_figure(text, s, found)]
    out: list[tuple[Figure, int]] = []
    listed = target_list_start(text)
    floor = 0
    compared_end = 0  # where the comparison written after the figure before ends
    for value, start, end, counted in sorted(found + [(v, s, e, False) for v, s, e in cued], key=lambda f: f[1]):
        if compared_end > floor and not is_compared(text[floor:start]) and not rule_re(
                "figure", "target_word").search(text, floor, compared_end):
            floor = compared_end
        clause = clause_start(text, floor, start)
        before_count = any(not text[end:c].strip() and v != value for v, _, _, c in fractions)
        default = (default_target or start >= listed) and not is_earlier(text, start, year)
        measured = rule_re("figure", "target_bracket_after").match(text, end) is not None
        # searched from a position, not a slice: the target words' lookbehinds see the words before it
        labelled = (rule_re("figure", "target_label").search(text, max(0, clause - LABEL_REACH), clause) is not None
                    and not text[clause:start].strip(" ร้อยละ"))  # "เกณฑ์เป้าหมาย : ร้อยละ 75"
        target = (value, start, end) in cued or labelled or (
            not counted and not measured and not is_compared(text[clause:start])
            and (not counted_after(text, start, end) or bool(rule_re("figure", "bound_right_before").search(text, clause, start)))
            and (before_count or is_target(text[clause:start], default=default)))
        out.append((Figure(value, start, end, target), clause))
        floor, compared_end = end + year_after_len(text, end), end + qualifier_len(text, end)
    return out


def target_list_start(text: str) -> float:
    """Where a list of targets begins: after a lead-in naming targets and
    opening a list ("ค่าเป้าหมายของปี 2568 ได้แก่ ..."), with no figure and no
    result words before its opener; ``inf`` when the text opens none.  Its
    figures' clauses are cut off from the target word by the opener, so
    they are targets by default."""
    masked = mask_years(text)
    m = rule_re("figure", "target_list").search(masked)
    if m is None or rule_re("figure", "list_result").search(masked, 0, m.end()):
        return float("inf")
    return m.end()


def qualifier_len(text: str, end: int) -> int:
    """How many characters the words right after a figure saying what it is
    compared with take ("ลงร้อยละ 10 เมื่อเทียบกับสงกรานต์ปี 2566 และเพิ่ม..."):
    they belong to that figure, not to the clause of the next one, unless
    they lead to the earlier figure compared ("เพิ่มขึ้นจากปี 2566 ที่ร้อยละ
    55.80") or to a target ("เมื่อเทียบกับเป้าหมาย ร้อยละ 80"): that one's clause."""
    m = rule_re("figure", "qualifier_after").match(text[end:])
    return m.end() if m else 0


def cue_targets(text: str) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each bare figure written right after a target
    word ("(เป้า 70)", "เกณฑ์ 80"), with no percent mark: the percentage the
    figure before it is measured against.  A count ("เป้าหมาย 60 คน") or a
    year ("เป้าหมายปี 2568") is none."""
    for m in rule_re("figure", "cue_target").finditer(mask_years(text)):
        if not count_follows(text, m.end()):
            yield float(m["t"]), m.start("t"), m.end("t")


def _follows_figure(text: str, start: int, found: list[tuple[float, int, int, bool]]) -> bool:
    """A cued figure at ``start`` stands right after a percentage (at most
    ``pairing.gap_chars`` away), so it is that percentage's target."""
    gap = outcome_rules()["pairing"]["gap_chars"]
    return any(0 <= start - e <= gap for _, _, e, _ in found)


@cache
def _unit_re() -> re.Pattern[str]:
    units = "|".join(load_rules("counts")["units"])
    return re.compile(rf"\s*(?:{units})")


def count_follows(text: str, pos: int) -> bool:
    """A count's unit word follows ``pos`` ("6 อำเภอ"): the figure is a count."""
    return bool(_unit_re().match(text, pos))


def rate_follows(text: str, pos: int) -> bool:
    """A rate's unit follows ``pos`` ("18 ต่อแสนประชากร"): the figure is no percentage."""
    return bool(rule_re("table", "rate_indicator").match(text[pos:].lstrip()))
