"""Sentences after a breakdown table that measure its rows against a figure:
"ผ่านเป้าหมาย 90% ทุกตำบล", "… ผ่านเกณฑ์ร้อยละ 80 จำนวน 8 ตำบล ส่วนตำบลที่
ยังไม่ผ่านเกณฑ์ ได้แก่ …", "ตำบลก และตำบลข … ต่ำกว่าร้อยละ 70", or, with no
figure, "… ผ่านเกณฑ์ทุกตำบล ยกเว้นตำบลค" (measured against the KPI's target).

A sentence can measure two indicators in turn, so it is cut into clauses,
one per figure (or per such claim when it states no figure); a clause's
subject is its words up to the figure, by which it is matched to a
breakdown.  A figure read after a target word across a place ("ผ่านเกณฑ์
ทุกตำบล ยกเว้นตำบลค (ร้อยละ 88.00)") is that row's result, never a target.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pcc_ingest.extract.outcomes.common import TOLERANCE, outcome_rules, rule_re
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.table_model import fold


@dataclass(frozen=True)
class Clause:
    """A part of a sentence measuring rows: its words up to the figure, the
    figure (``None``: the KPI's target, the sentence states none)."""

    subject: str
    figure: float | None
    words: str  # the whole clause, the places named after its figure included


def _figures(text: str) -> list[tuple[int, int, float]]:
    """Each target figure ``text`` states, and each figure the rows fall
    below ("ต่ำกว่าร้อยละ 70"), as (start, end, figure) in order."""
    found: list[tuple[int, int, float]] = []
    at = 0
    while (m := stated_target(text[at:])) is not None:
        if not rule_re("breakdown_targets", "row_between").search(m.group()[:m.start("t") - m.start()]):
            found.append((at + m.start(), at + m.end(), float(m["t"])))
        at += m.end()
    for m in rule_re("breakdown_targets", "below_figure").finditer(text):
        if not any(s <= m.start("t") < e for s, e, _ in found):
            found.append((m.start(), m.end(), float(m["t"])))
    return sorted(found)


def _measures(text: str, places: Sequence[str]) -> bool:
    """The words say rows were measured: every one passed ("ทุกตำบล"), some
    did not ("ยกเว้น…", "จำนวน 8 ตำบล"), or they name one of the rows' places."""
    folded = fold(text)
    return bool(rule_re("breakdown_targets", "measured_rows").search(text)) or any(p and p in folded for p in places)


def measured_clauses(text: str, places: Sequence[str]) -> list[Clause]:
    """The clauses of a sentence that measure a breakdown's rows (``places``)
    against a figure, or against the KPI's
    target when the sentence states no figure at all."""
    figures = _figures(text)
    out: list[Clause] = []
    if figures:
        for n, (_start, end, figure) in enumerate(figures):
            head = figures[n - 1][1] if n else 0
            tail = figures[n + 1][0] if n + 1 < len(figures) else len(text)
            if _measures(text[head:tail], places):
                out.append(Clause(text[head:end], figure, text[head:tail]))
        return out
    claims = list(rule_re("breakdown_targets", "measured_kpi").finditer(text))
    for n, m in enumerate(claims):
        head = claims[n - 1].end() if n else 0
        tail = claims[n + 1].start() if n + 1 < len(claims) else len(text)
        out.append(Clause(text[head:m.end()], None, text[head:tail]))
    return out


def consistent(words: str, figure: float, rows: Sequence[tuple[str, float]]) -> bool:
    """Whether a clause's claim about the rows (``(place name, result)``) holds
    against ``figure``: the places it names include every row on one side
    of it (below, or above for a "ไม่เกิน" measure); naming none, it counts
    the rows that passed ("จำนวน 8 ตำบล") or every row is on one side.  A
    sentence naming only some of the rows below ("ตำบลก และตำบลข ต่ำกว่า
    เป้าหมาย" while three more are) did not measure the rows against it."""
    folded = fold(words)
    named = {name for name, _ in rows if re.search(rule_re("breakdown_targets", "not_row_place").pattern + re.escape(name), folded)}
    below = {name for name, v in rows if v < figure - TOLERANCE}
    above = {name for name, v in rows if v > figure + TOLERANCE}
    if (not below or not above) and rule_re("breakdown_targets", "every_row").search(words):
        return True
    if named:
        return any(side and side <= named for side in (below, above)) or not (below or above)
    counts = {int(m["n"]) for m in rule_re("breakdown_targets", "passed_count").finditer(words)}
    if counts:
        return bool(counts & {len(rows) - len(below), len(rows) - len(above)})
    return not below or not above


def row_place(indicator: str) -> str | None:
    """The name of the place a breakdown row's indicator ends on, without its
    unit ("… ตำบลตัวอย่าง" → "ตัวอย่าง"), as a sentence may name it."""
    m = rule_re("breakdown_targets", "place_tail").search(indicator)
    if not m:
        return None
    name = fold(rule_re("breakdown_targets", "place_unit").sub("", m[0]))
    return name if len(name) >= outcome_rules()["breakdown_targets"]["min_name_chars"] else None


def strip_place(indicator: str) -> str:
    """An indicator without the place it ends on: the breakdown's measure."""
    return re.sub(r"\s+$", "", rule_re("breakdown_targets", "place_tail").sub("", indicator))
