"""A bulk import meets the broken files of old folders: each one becomes an error row with the
right kind and a line in the summary, the good files around them are ingested, nothing crashes.

The files are real (tests/bad/, made by tests/bad/make_bad_files.py).  What git cannot hold is
made here: symlink loops, and files the ingesting user may not read.
"""

from __future__ import annotations

import ctypes
import faulthandler
import hashlib
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from pcc_ingest import pipeline, store
from pcc_ingest.errors import TooLarge
from pcc_ingest.parsers import parse

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "bad"
GOOD = ROOT / "corpus" / "phuket-province-2564-progress.docx"
XREF_SOURCE = ROOT / "corpus" / "phrae-wang-chin-2567-project.pdf"  # what broken_xref.pdf was made from
THAI_NAME = "รายงานการประชุม พชอ. ครั้งที่ 1 ปี 2566.docx"
SCAN = "scanned_image_only.pdf"
NOBODY = 65534

# File -> the outcome an ingest must give it: its ingest_errors kind, or "ingested".
EXPECTED = {
    "empty.docx": "damaged",
    "truncated.docx": "damaged",
    "no_document_xml.docx": "damaged",
    "zip_bomb.docx": "too_large",
    "zip_bomb_understated.docx": "too_large",
    "password.pdf": "encrypted",
    "broken_xref.pdf": "ingested",  # pdfium rebuilds the cross-reference table
    "picture.pdf": "unsupported_format",
    "truncated.doc": "damaged",
    "wiped.doc": "damaged",
    "workbook_named.doc": "unsupported_format",
    "loop.pdf": "unreadable",  # a symlink to itself
    THAI_NAME: "ingested",
    GOOD.name: "ingested",
}
# Peak Python memory allowed while refusing a zip bomb (each inflates to 210 MB).
BOMB_MEMORY_LIMIT = 32 * 1024 * 1024


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_folder(folder: Path) -> Path:
    """The committed bad files, a good report, and symlink loops: ``loop.pdf -> loop.pdf``, ``dir/loop -> dir``."""
    folder.mkdir()
    for f in BAD.iterdir():
        if f.suffix != ".py" and f.is_file():
            shutil.copyfile(f, folder / f.name)
    shutil.copyfile(GOOD, folder / GOOD.name)
    (folder / "loop.pdf").symlink_to("loop.pdf")
    (folder / "dir").mkdir()
    (folder / "dir" / "loop").symlink_to("../dir")
    return folder


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    """One ingest of the whole folder with two worker processes."""
    tmp = tmp_path_factory.mktemp("bad")
    folder = fill_folder(tmp / "in")
    db = store.open_db(tmp / "pcc.db")
    summary = pipeline.ingest([folder], db, workers=2)
    return folder, db, summary


def outcome_of(summary: pipeline.RunSummary, name: str) -> pipeline.FileOutcome:
    return next(o for o in summary.outcomes if Path(o.path).name == name)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_each_file_gets_its_outcome(run, name: str) -> None:
    _, _, summary = run
    outcome = outcome_of(summary, name)
    assert (outcome.error_kind or outcome.status) == EXPECTED[name], outcome.message


def test_every_failure_is_one_error_row_with_path_hash_kind_message_and_time(run) -> None:
    folder, db, summary = run
    rows = {Path(r["path"]).name: r for r in db.query("SELECT * FROM ingest_errors")}
    failed = {n for n, kind in EXPECTED.items() if kind != "ingested"}
    assert failed <= set(rows)
    assert set(rows) == {Path(o.path).name for o in summary.failed}
    for name in failed:
        row = rows[name]
        assert row["kind"] == EXPECTED[name] and row["message"]
        assert row["sha256"] == (None if name == "loop.pdf" else sha256(folder / name))
        assert datetime.fromisoformat(row["at"])


def test_summary_lists_each_failure(run) -> None:
    _, _, summary = run
    listed = {(Path(e["path"]).name, e["kind"]) for e in summary.as_dict()["errors"]}
    assert {(n, k) for n, k in EXPECTED.items() if k != "ingested"} <= listed


def test_scanned_pdf_is_never_stored_as_an_empty_document(run) -> None:
    """Either OCR read it (pages verdict "ocr", blocks from OCR) or it is an error of kind needs_ocr."""
    _, db, summary = run
    outcome = outcome_of(summary, SCAN)
    if outcome.status == "failed":
        assert outcome.error_kind == "needs_ocr" and "OCR" in outcome.message
    else:
        verdicts = {r[0] for r in db.execute("SELECT verdict FROM pages WHERE document_id = ?", [outcome.document_id])}
        ocr_blocks = db.execute("SELECT count(*) FROM blocks WHERE document_id = ? AND from_ocr = 1",
                                [outcome.document_id]).fetchone()[0]
        assert verdicts == {"ocr"} and ocr_blocks > 0


def test_scan_without_ocr_available_is_an_error_of_kind_needs_ocr(tmp_path: Path) -> None:
    """No Tesseract on PATH: the scan is logged (and read again next run), not stored empty."""
    (tmp_path / "bin").mkdir()
    db = tmp_path / "pcc.db"
    done = subprocess.run(
        [sys.executable, "-m", "pcc_ingest", "ingest", str(BAD / SCAN), "--db", str(db), "--json"],
        capture_output=True, text=True, timeout=300, check=False, env={**os.environ, "PATH": str(tmp_path / "bin")},
    )
    assert done.returncode == 1, done.stderr
    assert [e["kind"] for e in json.loads(done.stdout)["errors"]] == ["needs_ocr"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert conn.execute("SELECT kind FROM ingest_errors").fetchall() == [("needs_ocr",)]


def test_pdf_with_broken_cross_references_reads_as_its_source(run) -> None:
    folder, _, _ = run
    assert parse(folder / "broken_xref.pdf").text == parse(XREF_SOURCE).text


def test_thai_file_name_with_spaces_is_stored_under_its_exact_path(run) -> None:
    folder, db, _ = run
    paths = {r[0] for r in db.execute("SELECT path FROM document_paths")}
    assert str(folder / THAI_NAME) in paths


def test_symlinked_folder_loop_is_not_followed(run) -> None:
    _, _, summary = run
    assert not [o.path for o in summary.outcomes if "/dir/" in o.path]
    assert "symbolic links" in outcome_of(summary, "loop.pdf").message


def test_rerun_retries_failed_files_and_keeps_one_row_each(run) -> None:
    folder, db, first = run
    again = pipeline.ingest([folder], db)
    assert again.count("unchanged") == first.count("ingested")
    assert {o.path for o in again.failed} == {o.path for o in first.failed}
    assert db.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == len(first.failed)


@pytest.mark.parametrize("name", ["zip_bomb.docx", "zip_bomb_understated.docx"])
def test_zip_bomb_is_refused_without_inflating_it(name: str) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge, match=r"word/document\.xml"):
            parse(BAD / name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < BOMB_MEMORY_LIMIT


def test_strict_makes_the_first_failure_fatal(tmp_path: Path) -> None:
    folder = fill_folder(tmp_path / "in")
    db = store.open_db(tmp_path / "pcc.db")
    seen: list[pipeline.FileOutcome] = []
    with pytest.raises(pipeline.StrictStop) as stop:
        pipeline.ingest([folder], db, strict=True, on_file=seen.append)
    assert seen[-1].status == "failed" and all(o.status != "failed" for o in seen[:-1])
    assert seen[-1].path in str(stop.value)
    assert len(seen) < len(EXPECTED)
    assert db.execute("SELECT path FROM ingest_errors").fetchall() == [(seen[-1].path,)]


def _segfault_on_crash_files(real_parse):
    def parse_or_crash(path: Path):
        if Path(path).name.startswith("crash"):
            faulthandler.disable()  # pytest's handler would print the dying worker's stack
            ctypes.string_at(0)  # a real SIGSEGV, as a C library bug gives
        return real_parse(path)
    return parse_or_crash


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="workers must inherit the patched parser (fork start method)")
def test_worker_that_dies_fails_only_its_file_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    reports = sorted((ROOT / "corpus").glob("*.docx"))[:5]
    for i, src in enumerate(reports):
        shutil.copyfile(src, folder / f"{i}-{src.name}")
    shutil.copyfile(GOOD, folder / "crash.docx")
    monkeypatch.setattr(pipeline, "parse", _segfault_on_crash_files(pipeline.parse))
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db, workers=2)
    assert outcome_of(summary, "crash.docx").error_kind == "crash"
    assert summary.count("ingested") == len(reports)
    assert db.execute("SELECT kind FROM ingest_errors").fetchall() == [("crash",)]


def _ingest_as(uid: int, folder: Path, db_path: Path) -> dict:
    """Ingest ``folder`` in a forked child running as ``uid``; its summary, or skip if it cannot switch user."""
    store.open_db(db_path.with_name("warm-up.db")).close()  # import everything while still allowed to
    result = db_path.with_name("summary.json")
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            code = 1
            summary = pipeline.ingest([folder], store.open_db(db_path))
            result.write_text(json.dumps(summary.as_dict()))
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 3:
        pytest.skip("cannot switch to an unprivileged user here")
    assert os.waitstatus_to_exitcode(status) == 0, "the ingest as the unprivileged user failed"
    return json.loads(result.read_text())


def test_unreadable_file_and_folder_fail_as_unreadable() -> None:
    work = Path(tempfile.mkdtemp(prefix="pcc_unreadable_"))  # not under pytest's root-only tmp
    try:
        work.chmod(0o777)
        folder = work / "in"
        folder.mkdir()
        folder.chmod(0o755)
        shutil.copyfile(GOOD, folder / "locked.docx")
        (folder / "locked.docx").chmod(0)
        (folder / "locked_dir").mkdir()
        shutil.copyfile(GOOD, folder / "locked_dir" / "inside.docx")
        (folder / "locked_dir").chmod(0)
        if os.geteuid() == 0:  # root reads through chmod 000: ingest as nobody
            summary = _ingest_as(NOBODY, folder, work / "pcc.db")
        else:
            summary = pipeline.ingest([folder], store.open_db(work / "pcc.db")).as_dict()
        errors = {Path(e["path"]).name: e for e in summary["errors"]}
        assert errors["locked.docx"]["kind"] == "unreadable"
        assert "Permission denied" in errors["locked.docx"]["message"]
        assert errors["locked_dir"]["kind"] == "unreadable"
        assert "cannot list folder" in errors["locked_dir"]["message"]
        rows = {Path(p).name: (k, s) for p, k, s in store.open_db(work / "pcc.db").execute(
            "SELECT path, kind, sha256 FROM ingest_errors")}
        assert rows == {"locked.docx": ("unreadable", None), "locked_dir": ("unreadable", None)}
    finally:
        for p in (work / "in" / "locked_dir", work / "in" / "locked.docx"):
            if p.exists():
                p.chmod(0o700)
        shutil.rmtree(work)
