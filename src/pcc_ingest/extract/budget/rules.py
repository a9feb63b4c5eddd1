"""The budget rules (``extractors/budget.toml``), loaded once and compiled on first use.

Every module of the package reads its patterns through here, so a rule that
names the paying bodies (``{funds}``) expands to the same list everywhere.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.rules import load_rules
from pcc_ingest.thai.numbers import NUMBER


@cache
def budget_rules() -> dict:
    return load_rules("budget")


def with_funds(pattern: str) -> str:
    """``pattern`` with ``{funds}`` standing for the paying bodies of
    ``source.funds``: one list for every rule that names them."""
    return pattern.replace("{funds}", "|".join(budget_rules()["source"]["funds"]))


@cache
def rule_re(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile(with_funds(budget_rules()[section][key]))


@cache
def rule_composed(path: str) -> re.Pattern[str]:
    """A rule built from rules of its own section: each ``{key}`` in it
    stands for that section's ``key`` pattern (``{line}``, ``{funder_name}``),
    so a rule wrapping another is written once."""
    section, key = path.split(".")
    rules = budget_rules()[section]
    pattern = re.sub(r"\{(\w+)\}", lambda m: rules.get(m[1], m[0]) if m[1] != "funds" else m[0], rules[key])
    return re.compile(with_funds(pattern))


@cache
def rule_any(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile("|".join(f"(?:{p})" for p in budget_rules()[section][key]))


@cache
def quantity_re() -> re.Pattern[str]:
    units = "|".join(budget_rules()["quantity"]["units"])
    times = budget_rules()["quantity"]["times"]
    factor = budget_rules()["quantity"]["counted_before_times"]
    per = budget_rules()["quantity"]["unit_opens_price"]
    return re.compile(
        rf"(?P<n>{NUMBER.pattern})\s*(?:(?:{units}){per}|{factor})|{times}\s*(?P<bare>{NUMBER.pattern})(?!\s*(?:บาท|บ\.))"
    )


def min_description_chars() -> int:
    return budget_rules()["line"]["min_description_chars"]
