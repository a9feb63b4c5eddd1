"""Paths to the real parser fixture files (built by tests/fixtures/make_parser_fixtures.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def copy_as(tmp_path: Path):
    """Copy a fixture file under another name (renamed files keep their bytes)."""

    def copy(name: str, new_name: str) -> Path:
        target = tmp_path / new_name
        shutil.copyfile(FIXTURES / name, target)
        return target

    return copy
