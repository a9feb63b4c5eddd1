"""The activity rules (``extractors/activities.toml``), loaded once and compiled on first use."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.rules import load_rules


@cache
def activity_rules() -> dict:
    return load_rules("activities")


@cache
def rule_re(section: str, key: str) -> re.Pattern[str]:
    return re.compile(activity_rules()[section][key], re.IGNORECASE)


@cache
def rule_any(section: str, key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in activity_rules()[section][key]), re.IGNORECASE)
