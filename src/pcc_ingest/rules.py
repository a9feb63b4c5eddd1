"""Load the reviewable extraction rules (``extractors/*.toml``).

The rules are data, not code: patterns, lexicons, headings and table-header
synonyms.  In a built wheel they live inside the package as ``pcc_ingest/rules``
(hatchling ``force-include``); in a source checkout they are read from the
repository's ``extractors/`` folder.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any


def rules_dir() -> Traversable:
    """The folder holding the rule files, packaged or in the checkout."""
    packaged = resources.files("pcc_ingest") / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "extractors"


@cache
def load_rules(name: str) -> dict[str, Any]:
    """Parse ``extractors/<name>.toml`` once per process."""
    return tomllib.loads((rules_dir() / f"{name}.toml").read_text(encoding="utf-8"))
