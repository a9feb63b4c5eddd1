"""What every part of outcome extraction shares: the rules of
``extractors/outcomes.toml`` (read once), how close two figures must be to be
one, and the document's context every outcome takes its year and district from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pcc_ingest.rules import load_rules

# Figures compare within this (RECORDS.md scores percentages to 0.01).
TOLERANCE = 0.01

# A clause shorter than this names no indicator ("ร้อยละ 80" alone in a cell).
MIN_INDICATOR_CHARS = 4


@dataclass(frozen=True)
class Context:
    """What every outcome of a document shares: its year, province and districts."""

    year_be: int | None
    province: str | None
    single: str | None  # the district code of a single-district document
    plan: bool
    # the document's own fiscal year, kept when a section's heading gives a
    # table another (`year_be`): a table of an earlier year reports baselines
    fiscal_be: int | None = None


@cache
def outcome_rules() -> dict:
    return load_rules("outcomes")


@cache
def rule_re(section: str, key: str) -> re.Pattern[str]:
    """A rule's pattern, ``{name}`` standing for any word of the list ``name``
    of ``[words]`` (``{target}``: any target word)."""
    pattern = outcome_rules()[section][key]
    for name, words in outcome_rules()["words"].items():
        pattern = pattern.replace("{" + name + "}", "(?:" + "|".join(words) + ")")
    return re.compile(pattern, re.IGNORECASE)


def drop_percent_unit(label: str) -> str:
    """``label`` without its percent unit ("(ร้อยละ)", "(%)"): the words that
    name what it measures, as a caption or another label may word them."""
    return rule_re("table", "percent_unit").sub("", label).strip()
