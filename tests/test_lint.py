"""The code passes ruff with the rule families pyproject.toml names (pinned in the test extras)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_code_passes_the_linter():
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "scripts", "benchmarks"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
