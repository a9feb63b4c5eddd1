"""`kill -9` in the middle of a bulk import, then a re-run: the database is intact, no document is
half-written, the re-run finishes the rest; a reader can query while the import runs (WAL)."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
COPIES = 60


def make_bulk_folder(folder: Path) -> int:
    """Distinct PDFs: corpus PDFs with a PDF comment appended (new sha256, same content)."""
    folder.mkdir()
    pdfs = sorted(CORPUS.glob("*.pdf"))
    for i in range(COPIES):
        src = pdfs[i % len(pdfs)]
        (folder / f"{i:03d}-{src.name}").write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
    return COPIES


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "pcc_ingest", "ingest", str(folder), "--db", str(db), "--workers", "2", "--quiet"]


def documents(db: Path) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_kill_9_mid_import_then_rerun_finishes_with_intact_database(tmp_path: Path) -> None:
    folder = tmp_path / "bulk"
    total = make_bulk_folder(folder)
    db = tmp_path / "pcc.db"
    proc = subprocess.Popen(ingest_cmd(folder, db), start_new_session=True)
    seen_by_reader: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            with contextlib.suppress(sqlite3.OperationalError):  # schema not created yet
                seen_by_reader.append(documents(db))  # a reader queries while the writer runs
        if seen_by_reader and 5 <= seen_by_reader[-1] < total:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed: make the folder larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        done = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 < done < total
        half_written = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id)"
            " OR NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.document_id = d.id)"
        ).fetchone()[0]
        assert half_written == 0
    assert any(0 < n < total for n in seen_by_reader)

    rerun = subprocess.run([*ingest_cmd(folder, db)[:-1], "--json"], capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f'"unchanged": {done}' in rerun.stdout
    assert documents(db) == total
