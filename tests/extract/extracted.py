"""What the round tests ask of a built or corpus file, extracted once per call:
activities by title, one activity named by a few words, budget lines, the
stated total, outcome rows and a lone paragraph block (the same few lines each round's test file had copied)."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.extract.records import ActivityRecord
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Block
from pcc_ingest.parsers import parse


def activities_by_title(path: Path) -> dict[str, ActivityRecord]:
    return {a.title: a for a in extract(parse(path)).activities}


def one_titled(acts: dict[str, ActivityRecord], words: str) -> ActivityRecord:
    """The one activity whose title holds ``words`` (fails listing the titles otherwise)."""
    found = [a for t, a in acts.items() if words in t]
    assert len(found) == 1, list(acts)
    return found[0]


def budget_lines(path: Path) -> list[tuple[str, float, str | None]]:
    return sorted((i.description, i.amount_baht, i.source) for i in extract(parse(path)).budget_items)


def stated_total(path: Path) -> float | None:
    total = extract(parse(path)).budget_total
    return total.amount_baht if total is not None else None


def outcome_rows(path: Path) -> set[tuple[str | None, str, float | None, float | None, int | None]]:
    """Each outcome as (district, indicator, value, target, year)."""
    return {(o.district, o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parse(path)).outcomes}


def paragraph(text: str) -> Block:
    """A lone paragraph block of ``text``, for the rules that read one block."""
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))
