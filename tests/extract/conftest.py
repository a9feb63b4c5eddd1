"""Shared fixtures for the extractor tests: real corpus files, parsed once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pcc_ingest.model import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.fixture(scope="session")
def parsed() -> Callable[[str], Document]:
    """``parsed(name)`` parses ``corpus/<name>`` once per test session.

    Skips the calling test, with the reason, when the file has not been built.
    """
    from pcc_ingest.parsers import parse

    cache: dict[str, Document] = {}

    def _parse(name: str) -> Document:
        path = CORPUS / name
        if not path.exists():
            pytest.skip(f"corpus file {name} is absent (corpus not built)")
        if name not in cache:
            cache[name] = parse(path)
        return cache[name]

    return _parse


@pytest.fixture(scope="session")
def gold() -> Callable[[str, str], list[dict[str, Any]]]:
    """``gold(name, kind)``: the hand-labelled ``kind`` records of ``corpus/<name>``.

    Every corpus file has a gold file (``tests/test_gold_files.py``), so a
    missing one fails the calling test rather than skipping it.
    """

    def _load(name: str, kind: str) -> list[dict[str, Any]]:
        return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))[kind]

    return _load
