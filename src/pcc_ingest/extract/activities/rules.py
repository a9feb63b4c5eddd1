"""The activity rules (``extractors/activities.toml``), loaded once and compiled on first use."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.rules import load_rules


@cache
def _rules() -> dict:
    return load_rules("activities")


@cache
def _re(section: str, key: str) -> re.Pattern[str]:
    return re.compile(_rules()[section][key], re.IGNORECASE)


@cache
def _any(section: str, key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _rules()[section][key]), re.IGNORECASE)
