"""What every auditor check shares: its settings, how a finding is made, how figures compare.

Tolerances and messages are data (``extractors/checks.toml``); a figure in a
message is written as a report writes it.
"""

from __future__ import annotations

import re
from typing import Any

from pcc_ingest.extract.records import Evidence, Finding
from pcc_ingest.rules import load_rules

# White space inside a subject's words: PDF text and Word runs split words at
# different places, so two statements of one subject compare without it.
SPACE_RE = re.compile(r"\s+")


def config() -> dict[str, Any]:
    return load_rules("checks")


def make_finding(rule: str, ev: Evidence, *, expected: str, found: str, table: str | None = None,
                 seq: int | None = None, **fields: object) -> Finding:
    """A finding with the rule's message from ``checks.toml``, filled with ``fields``."""
    message = config()["rule"][rule]["message"].format(**fields)
    return Finding(rule=rule, message=message, record_table=table, record_seq=seq,
                   expected=expected, found=found, evidence=ev)


def figure(value: float) -> str:
    """A figure as a report writes it: 48600.0 -> "48,600", 92.31 -> "92.31"."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def same_money(a: float, b: float) -> bool:
    return abs(a - b) <= config()["tolerance"]["baht"]


def same_count(a: float, b: float) -> bool:
    return abs(a - b) <= config()["tolerance"]["noise"]


def subject_key(text: str) -> str:
    return SPACE_RE.sub("", text)
