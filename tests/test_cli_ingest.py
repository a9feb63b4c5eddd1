"""`pcc-ingest ingest` as a user meets it: exit status 0 (all ingested or unchanged), 1 (some files
failed), 2 (usage error); a summary line per failure, JSON on request, silence with --quiet, and
never a traceback, whatever the folder holds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "bad"
GOOD = ROOT / "corpus" / "phrae-wang-chin-2567-project.docx"


def ingest(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pcc_ingest", "ingest", *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=False)


def no_traceback(done: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in done.stdout + done.stderr


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    shutil.copyfile(GOOD, folder / GOOD.name)
    return folder


@pytest.fixture
def mixed_folder(good_folder: Path) -> Path:
    for name in ("empty.docx", "picture.pdf"):
        shutil.copyfile(BAD / name, good_folder / name)
    return good_folder


def test_all_files_ingested_exits_0_with_a_summary(good_folder: Path, tmp_path: Path) -> None:
    done = ingest(good_folder, "--db", tmp_path / "pcc.db")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 documents ingested") and "0 failed" in done.stdout


def test_rerun_of_unchanged_files_exits_0(good_folder: Path, tmp_path: Path) -> None:
    ingest(good_folder, "--db", tmp_path / "pcc.db")
    done = ingest(good_folder, "--db", tmp_path / "pcc.db")
    assert done.returncode == 0, done.stderr
    assert "1 unchanged" in done.stdout


def test_quiet_prints_nothing_on_success(good_folder: Path, tmp_path: Path) -> None:
    done = ingest(good_folder, "--db", tmp_path / "pcc.db", "--quiet")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_some_files_failed_exits_1_with_one_line_per_failure(mixed_folder: Path, tmp_path: Path) -> None:
    done = ingest(mixed_folder, "--db", tmp_path / "pcc.db")
    assert done.returncode == 1
    failures = sorted(line.strip() for line in done.stdout.splitlines() if line.startswith("  failed"))
    assert failures == [
        f"failed [damaged] {mixed_folder / 'empty.docx'}: empty.docx: the file is empty",
        (f"failed [unsupported_format] {mixed_folder / 'picture.pdf'}: picture.pdf: not a Word (.docx/.doc), "
         "PDF or HTML file (starts with b'\\x89PNG\\r\\n\\x1a\\n')"),
    ]
    assert done.stdout.startswith("1 documents ingested") and no_traceback(done)


def test_json_summary_counts_outcomes_and_lists_errors(mixed_folder: Path, tmp_path: Path) -> None:
    done = ingest(mixed_folder, "--db", tmp_path / "pcc.db", "--json")
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert (summary["files"], summary["ingested"], summary["failed"]) == (3, 1, 2)
    assert sorted((Path(e["path"]).name, e["kind"]) for e in summary["errors"]) == [
        ("empty.docx", "damaged"), ("picture.pdf", "unsupported_format")]


def test_strict_stops_at_the_first_failure_with_exit_1(mixed_folder: Path, tmp_path: Path) -> None:
    done = ingest(mixed_folder, "--db", tmp_path / "pcc.db", "--strict", "--workers", "1")
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: --strict: {mixed_folder / 'empty.docx'}: empty.docx: the file is empty")
    assert no_traceback(done)


@pytest.mark.parametrize("args", [
    ("no-such-folder",),
    ("--no-such-option",),
    (),
], ids=["missing path", "unknown option", "no path"])
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    done = ingest(*args, "--db", tmp_path / "pcc.db")
    assert done.returncode == 2 and no_traceback(done)


def test_folder_of_every_bad_file_exits_1_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    # the scan is left out: whether it fails depends on Tesseract being installed (see test_bad_files)
    shutil.copytree(BAD, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__", "scanned_*"))
    (folder / "loop.pdf").symlink_to("loop.pdf")
    done = ingest(folder, "--db", tmp_path / "pcc.db")
    assert done.returncode == 1 and no_traceback(done)
    failed = {Path(line.split("] ", 1)[1].split(": ", 1)[0]).name
              for line in done.stdout.splitlines() if line.startswith("  failed [")}
    readable = {"broken_xref.pdf", "รายงานการประชุม พชอ. ครั้งที่ 1 ปี 2566.docx"}
    assert failed == {p.name for p in folder.iterdir()} - readable
