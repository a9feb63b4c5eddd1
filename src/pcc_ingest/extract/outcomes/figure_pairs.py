"""A result and its target written side by side, or the target said of the
result right after it, joined into one subject's pair.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import is_compared, year_after, year_before
from pcc_ingest.extract.outcomes.figures import Figure


def pairs_up(text: str, first: Figure, second: Figure, year: int | None = None) -> bool:
    """A result and a target next to each other are one subject's: side by
    side, or the target said of the result right after it ("ร้อยละ 94.12 ...
    ผ่านเป้าหมายที่กำหนดไว้ร้อยละ 90", or a bracket opened by a target word
    after it: "ร้อยละ 73.52 ของงบประมาณที่ได้รับ (เป้าหมายการเบิกจ่ายสะสม
    ไตรมาส 2 ร้อยละ 50)"), a quoted KPI name between not counted.  Figures of two years are not one
    record ("ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)": a target, and last
    year's result); ``year`` is the year of a figure that names none."""
    if first.target == second.target:
        return False
    if _year(text, first, year) != _year(text, second, year):
        return False
    return _close(text, first, second)


def _year(text: str, fig: Figure, year: int | None) -> int | None:
    return year_before(text, fig.start) or year


def _close(text: str, first: Figure, second: Figure) -> bool:
    """Near enough to be one subject's pair: side by side, or the target
    said of the result right after it."""
    between = rule_re("pairing", "quoted_name").sub('""', text[first.end:second.start])
    rules = outcome_rules()["pairing"]
    if len(between) <= rules["gap_chars"]:
        return True
    return (not first.target and len(between) <= rules["refer_gap_chars"]
            and bool(rule_re("pairing", "refers_back").search(between)
                     or rule_re("figure", "target_bracket").search(between)))


def skips_comparison(text: str, first: Figure, middle: Figure, last: Figure, year: int | None = None) -> bool:
    """A result, the figure of the year it is compared with, then a target
    ("ร้อยละ 78.40 เพิ่มขึ้นจากปี 2565 ซึ่งอยู่ที่ร้อยละ 71.20 แต่ยังต่ำกว่า
    เป้าหมายร้อยละ 80"): the target is the current result's, said after the
    aside on the earlier year, which is a result of its own year without one.
    The middle figure is that aside when the words right after the result
    compare it with an earlier figure ("เพิ่มขึ้นจากปี 2566 ที่ร้อยละ 49.75"),
    even where the result's own year is one the text never wrote, or when
    the earlier figure's own year follows it (``dated_from``)."""
    if first.target or middle.target or not last.target:
        return False
    own = _year(text, first, year)
    aside = own != _year(text, middle, year) or is_compared(text[first.end:middle.start]) \
        or dated_from(text, first, middle, own)
    return own == _year(text, last, year) and aside and _close(text, middle, last)


def dated_from(text: str, first: Figure, middle: Figure, own: int | None) -> bool:
    """``middle`` is the figure a change starts from, dated right after it
    ("ร้อยละ 68.50 เพิ่มขึ้นจากร้อยละ 59.25 ในปี 2565"): the earlier side of a
    comparison, not the size of the change, since it names its own year."""
    dated = year_after(text, middle.end)
    return dated is not None and dated != own and bool(
        rule_re("figure", "compared_before").search(text[first.end:middle.start]))


def pair_figures(
    figs: list[tuple[Figure, int]], text: str, year: int | None = None,
) -> list[tuple[Figure, Figure | None, int]]:
    """(result or bare target, its target or None, clause start), pairs of one subject joined."""
    out: list[tuple[Figure, Figure | None, int]] = []
    i = 0
    while i < len(figs):
        fig, clause = figs[i]
        nxt = figs[i + 1][0] if i + 1 < len(figs) else None
        if nxt is not None and pairs_up(text, fig, nxt, year):
            value, target = (nxt, fig) if fig.target else (fig, nxt)
            out.append((value, target, clause))
            i += 2
            continue
        if i + 2 < len(figs) and nxt is not None and skips_comparison(text, fig, nxt, figs[i + 2][0], year):
            out += [(fig, figs[i + 2][0], clause), (nxt, None, figs[i + 1][1])]
            i += 3
            continue
        out.append((fig, None, clause))
        i += 1
    return out
