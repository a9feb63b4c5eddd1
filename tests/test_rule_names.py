"""Every rule an extractor asks for by a literal name exists in its kind's rules file.

A misspelt section or key raises ``KeyError`` only when the rule is first used, inside an
extractor the pipeline then lets lose its list so a bulk import goes on: the eval shows a
collapse, not the cause.  This test names the call instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pcc_ingest.rules import load_rules

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "pcc_ingest" / "extract"
KINDS = ("activities", "budget", "outcomes")
# rule_re("section", "key") / rule_any(...) (activities, outcomes); rule_re("section.key") (budget).
TWO_ARGS_RE = re.compile(r"\brule_(?:re|any)\(\s*\"(?P<section>\w+)\"\s*,\s*\"(?P<key>\w+)\"\s*\)")
DOTTED_RE = re.compile(r"\brule_(?:re|any)\(\s*\"(?P<section>\w+)\.(?P<key>\w+)\"\s*\)")


def rule_calls() -> list[tuple[str, str, str, str]]:
    """(kind, file, section, key) of every literal rule lookup in the extractors."""
    calls = []
    for kind in KINDS:
        for path in sorted((EXTRACT / kind).glob("*.py")):
            text = path.read_text(encoding="utf-8")
            for m in [*TWO_ARGS_RE.finditer(text), *DOTTED_RE.finditer(text)]:
                calls.append((kind, f"{kind}/{path.name}", m["section"], m["key"]))
    return calls


CALLS = rule_calls()


def test_the_extractors_look_rules_up_by_name() -> None:
    assert {kind for kind, *_ in CALLS} == set(KINDS) and len(CALLS) > 200


@pytest.mark.parametrize(("kind", "where", "section", "key"), CALLS, ids=[f"{w}:{s}.{k}" for _, w, s, k in CALLS])
def test_every_rule_looked_up_by_name_is_in_its_rules_file(kind: str, where: str, section: str, key: str) -> None:
    rules = load_rules(kind)
    assert section in rules, f"{where} asks for section [{section}], absent from extractors/{kind}.toml"
    assert key in rules[section], f"{where} asks for {section}.{key}, absent from extractors/{kind}.toml"
