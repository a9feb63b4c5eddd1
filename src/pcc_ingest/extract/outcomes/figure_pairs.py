"""A result and its target written side by side, or the target said of the
result right after it, joined into one subject's pair.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import year_before
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
    if (year_before(text, first.start) or year) != (year_before(text, second.start) or year):
        return False
    between = rule_re("pairing", "quoted_name").sub('""', text[first.end:second.start])
    rules = outcome_rules()["pairing"]
    if len(between) <= rules["gap_chars"]:
        return True
    return (not first.target and len(between) <= rules["refer_gap_chars"]
            and bool(rule_re("pairing", "refers_back").search(between)
                     or rule_re("figure", "target_bracket").search(between)))


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
        out.append((fig, None, clause))
        i += 1
    return out
