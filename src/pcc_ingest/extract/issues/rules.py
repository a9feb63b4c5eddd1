"""The issue rules (``extractors/issues.toml``) and the heading rules they lean on, loaded once; patterns compiled on first use."""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.rules import load_rules


@cache
def issue_rules() -> dict:
    return load_rules("issues")


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def heading_rules() -> dict:
    return load_rules("headings")
