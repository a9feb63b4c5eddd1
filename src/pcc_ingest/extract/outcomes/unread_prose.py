"""The running-text fallback: percent figures of a paragraph or list item that
no record cites, read after every rule has had its turn.

The prose rules read each figure the percent pattern finds ("ร้อยละ N",
"N%"), but a list writes the unit once and carries it on to bare figures
("ร้อยละ 100 (ต.ก 30 คน), 95.45 (ต.ข 21/22 คน) และ 93.75 (ต.ค)", "ร้อยละ
72.50 และ 68.30 ตามลำดับ"): those were never read, whatever the layout.
Each such figure is the list head's measure, of the place its bracket names
(or the n-th place or year the clause names before a "ตามลำดับ"), with the
target the clause states.  The fallback adds no figure a record already
holds for the same district, none of a rate or a population share, and
never touches a table cell (the grid reader's part).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pcc_ingest.extract.districts import find_districts, resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, TOLERANCE, Context, rule_re
from pcc_ingest.extract.outcomes.figures import clause_start, percentages
from pcc_ingest.extract.outcomes.outline import section_districts
from pcc_ingest.extract.outcomes.running_text import section_years
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Block, Document

# A listed figure above this is no percentage (a count the list goes on to).
MAX_PERCENT = 100.0
# How far before a figure the target words stating it may stand ("(เป้าหมายร้อยละ 60)").
TARGET_REACH = 30


@dataclass(frozen=True)
class Listed:
    """A bare figure a list carries the percent unit on to, and its list's head."""

    value: float
    start: int
    end: int
    head: tuple[float, int, int]  # the "ร้อยละ N" the list opens with
    index: int  # its place in the list, the head being 0


def listed_figures(text: str) -> list[Listed]:
    """The bare figures after each percentage that a list joins to it with ","
    or "และ" (a bracket naming the figure before's place may stand between):
    percentages whose unit the list wrote once, at its head."""
    out: list[Listed] = []
    for head in percentages(text):
        pos, index = head[2], 0
        while (m := rule_re("unread_prose", "listed_figure").match(text, pos)) is not None:
            value = float(m["v"])
            if value > MAX_PERCENT or _excluded(text, m.end()) or rule_re("unread_prose", "item_number_after").match(text, m.end()):
                break
            index += 1
            out.append(Listed(value, m.start("v"), m.end("v"), head, index))
            pos = m.end()
    return out


def _excluded(text: str, end: int) -> bool:
    """A rate per N or a share of the population right after the figure: no outcome."""
    rest = text[end:]
    return any(rule_re("figure", key).match(rest) for key in ("rate_after", "share_after"))


def _cited(records: Sequence[OutcomeRecord], block: Block, value: float, district: str | None) -> bool:
    """A record already holds the figure: one citing its block with that value,
    or one of the same district (or of none) holding it as result or target."""
    for r in records:
        held = any(v is not None and abs(v - value) <= TOLERANCE for v in (r.value_pct, r.target_pct))
        if held and (r.evidence.block == block.order or r.district is None or district is None
                     or r.district == district):
            return True
    return False


def bracket_place(text: str, end: int) -> str:
    """The place the bracket right after a figure names ("(ต.ป่าสัก 21/22 คน)"), else ""."""
    m = rule_re("unread_prose", "place_bracket").match(text, end)
    return " ".join(m["place"].split()) if m else ""


def respective(text: str, end: int, names: list[str], index: int, size: int) -> str | None:
    """The ``index``-th of ``names`` when a "ตามลำดับ" after the list's last
    figure (``end``) hands its ``size`` figures out in order, else ``None``."""
    if len(names) != size or not rule_re("unread_prose", "respectively").match(text, end):
        return None
    return names[index]


def clause_target(text: str, clause: int, head: int) -> float | None:
    """The target a list's clause measures it against: a target figure in the
    clause, or, when the clause has target words but no figure ("ยังต่ำกว่า
    เป้าหมาย (ร้อยละ 51.20 …"), the last target figure stated before it in the block."""
    words = text[clause:head]
    if not rule_re("unread_prose", "target_word").search(words):
        return None
    stated = [v for v, s, _ in percentages(text[:head])
              if rule_re("unread_prose", "target_word").search(text[max(0, s - TARGET_REACH):s])]
    return stated[-1] if stated else None


def _subject(records: Sequence[OutcomeRecord], block: Block, item: Listed, clause_words: str) -> str:
    """What the list measures: the indicator of the record citing its head
    (its trailing place left out), else the clause's words before the head."""
    for r in records:
        if r.evidence.block == block.order and r.value_pct is not None and abs(r.value_pct - item.head[0]) <= TOLERANCE:
            return rule_re("unread_prose", "trailing_place").sub("", r.indicator)
    return clause_words


def unread_prose(doc: Document, ctx: Context, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` with the bare listed percentages of running text no record cites."""
    sections = section_districts(doc, ctx.province)
    years = section_years(doc)
    added: list[OutcomeRecord] = []
    for block in doc.body():
        if block.table is not None or block.kind not in ("paragraph", "list_item"):
            continue
        prev = doc.body_before(block.order)
        lead = prev.text if prev is not None and prev.table is None else ""
        shift = len(lead) + 1 if lead else 0
        text = f"{lead} {block.text}" if lead else block.text  # a list a line break carried on
        items = listed_figures(text)
        for item in (i for i in items if i.start >= shift):
            size = 1 + max(i.index for i in items if i.head == item.head)
            last = max(i.end for i in items if i.head == item.head)
            clause = clause_start(text, 0, item.head[1])
            words = indicator_words(text[clause:item.head[1]])
            place = bracket_place(text, item.end)
            named = [m["place"] for m in rule_re("unread_prose", "clause_place").finditer(text, clause, item.head[1])]
            place = place or (f"ต.{p}" if (p := respective(text, last, named, item.index, size)) else "")
            codes = [c for c, _, _, _ in find_districts(text[clause:item.head[1]], ctx.province)]
            district = (_district(place, ctx) or respective(text, last, codes, item.index, size)
                        or ctx.single or sections.get(block.order))
            subject = _subject([*records, *added], block, item, words)
            indicator = f"{subject} {place if place.startswith(('ต.', 'ตำบล')) else ''}".strip()
            if (len(subject) < MIN_INDICATOR_CHARS or _cited(records, block, item.value, district)
                    or any(a.indicator == indicator and a.value_pct == item.value for a in added)):
                continue
            since = max((e for _, _, e in percentages(text[:item.head[1]])), default=0)  # the figure before's words end
            clause_years = [m["year"] for m in rule_re("unread_prose", "clause_year").finditer(text, since, item.head[1])]
            year = int(respective(text, last, clause_years, item.index, size) or years.get(block.order) or ctx.year_be or 0)
            earlier = bool(year and ctx.year_be and year < ctx.year_be)  # a baseline: no target
            added.append(OutcomeRecord(
                indicator=indicator, district=district, value_pct=item.value,
                target_pct=None if earlier else clause_target(text, clause, item.head[1]),
                year_be=year or None, evidence=evidence(block, item.start - shift, item.end - shift),
            ))
    return records + added


def _district(place: str, ctx: Context) -> str | None:
    """The district a bracket's place is, when it names one ("อ.อู่ทอง")."""
    if not place.startswith(("อ.", "อำเภอ")):
        return None
    found = resolve_district(place, ctx.province)
    return found[0] if found else None
