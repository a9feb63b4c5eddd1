"""The last word on every budget line's source: it must read as a funder's name.

Many rules, each written for one layout, give lines their sources; on a
layout none was written for they pick words from a cell or line that names
no funder at all (a status column's "เรียบร้อยแล้ว…", a header's "โครงการ",
money left over).  This check runs after all of them and judges the result,
not the layout: a source that does not open as a funding body's name does
is dropped (RECORDS.md: ``null`` when no funder is written), one that runs on
into a sentence is cut where the name ends, and a line left without a source
takes the funder its own words name (a closing bracket, a name heading the
line).  It never invents a funder the line's words or an earlier rule did
not name, and never moves one between lines.  Rules: ``[funder_check]`` in
``extractors/budget.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.budget.rules import budget_rules, rule_any, rule_re, with_funds
from pcc_ingest.extract.records import BudgetItemRecord


@cache
def _opens_re() -> re.Pattern[str]:
    """A funder's name at the start of a text, after an opening bracket if any."""
    opens = "|".join(f"(?:{with_funds(p)})" for p in budget_rules()["funder_check"]["opens"])
    return re.compile(rf"^\s*[(\[]?\s*(?:{opens})")


def looks_like_funder(text: str | None) -> bool:
    """Whether ``text`` reads as a funding body's name: it opens as one does
    and holds no words a funder's name never holds (a status, money left over)."""
    if not text or not text.strip():
        return False
    return bool(_opens_re().match(text)) and not rule_any("funder_check.not_funder").search(text)


def cut_run_on(source: str) -> str:
    """``source`` up to the words where a sentence goes on past the name
    ("เทศบาลเมืองX การดำเนินงานมีความ…" → "เทศบาลเมืองX")."""
    return rule_re("funder_check.runs_on").split(source, maxsplit=1)[0].strip(" ,:")


def own_funder(*texts: str) -> str | None:
    """The funder a line's own words name (its description, then the text it
    was read from, which keeps what the description left out): a closing
    bracket, or the name heading it before a colon, that reads as a funder's name."""
    for text in texts:
        for key in ("own_bracket", "own_heading"):
            m = rule_re(f"funder_check.{key}").search(text)
            if m and rule_re("funder_check.own_opens").match(m["funder"]) and looks_like_funder(m["funder"]):
                return cut_run_on(m["funder"])
    return None


def checked_source(item: BudgetItemRecord) -> str | None:
    """The source ``item`` keeps: its own cut where its name ends if it reads
    as a funder, else the funder its description names, else ``None``."""
    source = cut_run_on(item.source) if item.source else None
    if source and looks_like_funder(source):
        return source
    return own_funder(item.description, item.evidence.text)


def checked_sources(items: list[BudgetItemRecord]) -> list[BudgetItemRecord]:
    """``items`` with every source checked (``checked_source``)."""
    out = []
    for item in items:
        source = checked_source(item)
        out.append(item if source == item.source else item.model_copy(update={"source": source}))
    return out
