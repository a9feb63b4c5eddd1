"""References to numbered activities ("กิจกรรมที่ 2, 3 และ 9") and the sources a line gives them.

Money is often tied to an activity by its number rather than its name: a
source line funds "กิจกรรมที่ 1 และ 4", a paragraph headed "กิจกรรมที่ 3" holds
that activity's cost lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import budget_rules, rule_re
from pcc_ingest.thai.text import strip_list_marker


@dataclass(frozen=True)
class ActivityRef:
    """A reference to numbered activities in a text ("กิจกรรมที่ 2, 3 และ 9")."""

    numbers: tuple[int, ...]
    start: int
    end: int


@cache
def _activity_ref_re() -> re.Pattern[str]:
    rules = budget_rules()["activity_ref"]
    return re.compile(rf"{rules['label']}(?P<nums>{rules['numbers']})")


def activity_refs(text: str) -> list[ActivityRef]:
    """The activity references of ``text``, ranges spelled out ("ลำดับที่ 2-4"
    -> 2, 3, 4).  A last figure that counts something ("กิจกรรมที่ 2 60 คน") is
    no activity number."""
    out = []
    for m in _activity_ref_re().finditer(text):
        tokens = list(re.finditer(r"\d+", m["nums"]))
        end = m.end()
        if tokens and _unit_word_re().match(text, end):
            tokens.pop()
            end = m.start("nums") + tokens[-1].end() if tokens else end
        numbers: list[int] = []
        for prev, tok in zip([None, *tokens], tokens):
            n = int(tok.group())
            gap = m["nums"][prev.end():tok.start()] if prev else ""
            if prev and rule_re("activity_ref.range").fullmatch(gap) and numbers and 0 < n - numbers[-1] < 20:
                numbers += range(numbers[-1] + 1, n + 1)
            else:
                numbers.append(n)
        if numbers:
            out.append(ActivityRef(tuple(numbers), m.start(), end))
    return out


@cache
def _unit_word_re() -> re.Pattern[str]:
    """A whole unit word right after a figure ("60 คน", not "2 วันที่ ..."):
    the figure counts things."""
    return re.compile(rf"\s*(?:{'|'.join(budget_rules()['quantity']['units'])})(?![ก-ฮ])")


def activity_sources(text: str) -> dict[int, str]:
    """The source of each activity a source line names ("กิจกรรมที่ 1 และ 4
    งบดำเนินงาน สสอ. กิจกรรมที่ 2 3 และ 5 กองทุน...", "สสจ.นราธิวาส
    (กิจกรรมที่ 2, 3, 4 และ 9) รวม 32,900 บาท"): a funder after its
    references when the line opens with one, else before them (past the
    amount the funder before gives)."""
    refs = activity_refs(text)
    if not refs:
        return {}
    leading = not text[: refs[0].start].strip(" :：-–(")
    out: dict[int, str] = {}
    for i, ref in enumerate(refs):
        if leading:
            words = text[ref.end: refs[i + 1].start if i + 1 < len(refs) else len(text)]
        else:
            words = rule_re("source.amount_head").sub("", text[refs[i - 1].end if i else 0: ref.start])
            words = rule_re("activity_ref.for_refs").sub("", words)
        name = clean_source(words.strip(" ,:：;()-–"))
        name = (name and name.removeprefix("และ").removesuffix("และ").strip(" ,()")) or None
        for n in ref.numbers if name else ():
            out.setdefault(n, name)
    return out


def outline_ref(text: str) -> tuple[int, ...] | None:
    """The sub-activity a text last names by its outline number ("หมายเหตุ
    กิจกรรม 3.2 ค่าอาหาร..." -> (3, 2)): a note's cost lines for the table
    row numbered so."""
    found = list(rule_re("activity_ref.outline").finditer(text))
    return tuple(int(p) for p in found[-1]["outline"].split(".")) if found else None


def single_activity(ref: ActivityRef | None) -> int | None:
    """The one activity a reference names, else ``None`` ("กิจกรรมที่ 1, 6 และ 8")."""
    return ref.numbers[0] if ref is not None and len(ref.numbers) == 1 else None


def opening_ref(text: str) -> int | None:
    """The activity a text is headed by ("กิจกรรมที่ 3 อบรมแกนนำ...",
    "- กิจกรรมที่ 3 ..."): one number, before any other words."""
    refs = activity_refs(text)
    if refs and not strip_list_marker(text[: refs[0].start]).strip(" -–•·*"):
        return single_activity(refs[0])
    return None
