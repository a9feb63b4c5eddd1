"""Shared fixtures for the extractor tests: real corpus files, parsed once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pcc_ingest.model import Document

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


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
