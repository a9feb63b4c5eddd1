"""The built wheel carries the extraction rules (extractors/*.toml) inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_every_rule_file_and_the_schema(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path)],
        check=True,
    )
    (wheel,) = tmp_path.glob("pcc_ingest-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {p.name for p in (ROOT / "extractors").glob("*.toml")}
    assert rules and {f"pcc_ingest/rules/{name}" for name in rules} <= names
    assert {"pcc_ingest/schema.sql", "pcc_ingest/views.sql"} <= names


def test_installed_wheel_reads_rules_from_the_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path)],
        check=True,
    )
    (wheel,) = tmp_path.glob("pcc_ingest-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import pcc_ingest.rules as r; d = r.rules_dir(); "
        "assert 'site' in str(d), d; assert r.load_rules('months'); print(d)"
    )
    out = subprocess.run([sys.executable, "-c", probe], env={"PYTHONPATH": str(site)}, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
