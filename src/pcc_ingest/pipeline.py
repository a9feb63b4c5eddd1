"""Ingest files into the store: find them, skip what is unchanged, parse and extract
in worker processes, write each document from the one writer process.

A bad file becomes an ``ingest_errors`` row and a ``FileOutcome`` with status
``failed``; it never stops the run (unless ``strict``) and never leaves a
half-written document, because each document is written in one transaction.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import sqlite_utils

from pcc_ingest import store
from pcc_ingest.errors import PccError
from pcc_ingest.checks import run_checks
from pcc_ingest.extract.records import Extraction, Finding
from pcc_ingest.extract.run import extract
from pcc_ingest.model import Document
from pcc_ingest.parsers import parse

# File endings a folder walk picks up; the format itself is decided by content.
DOCUMENT_SUFFIXES = frozenset({".docx", ".doc", ".pdf", ".htm", ".html"})
HASH_CHUNK = 1 << 20

Status = Literal["ingested", "unchanged", "duplicate", "failed"]


@dataclass
class FileOutcome:
    """What happened to one file: the per-file status item of a run."""

    path: str
    status: Status
    sha256: str | None = None
    document_id: int | None = None
    blocks: int = 0
    pages: int = 0
    findings: int = 0
    error_kind: str | None = None
    message: str | None = None


@dataclass
class RunSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def as_dict(self) -> dict[str, object]:
        done = [o for o in self.outcomes if o.status == "ingested"]
        return {
            "files": len(self.outcomes),
            **{s: n for s, n in Counter(o.status for o in self.outcomes).items()},
            "documents": len(done),
            "blocks": sum(o.blocks for o in done),
            "pages": sum(o.pages for o in done),
            "findings": sum(o.findings for o in done),
            "seconds": round(self.seconds, 3),
            "errors": [{"path": o.path, "kind": o.error_kind, "message": o.message} for o in self.failed],
        }


class StrictStop(PccError):
    """Raised in ``strict`` mode at the first file that fails."""


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and document files found recursively in folders.

    Folders are walked without following symlinked folders (no loops); hidden
    entries and Office lock files (``~$…``) are skipped.
    """
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith((".", "~$")) or Path(name).suffix.lower() not in DOCUMENT_SUFFIXES:
                        continue
                    yield Path(root) / name
        else:
            yield p


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class Parsed:
    """A worker's answer for one file: the document and its records, or the error."""

    path: str
    document: Document | None = None
    extraction: Extraction | None = None
    findings: list[Finding] = field(default_factory=list)
    error_kind: str | None = None
    message: str | None = None


def parse_and_extract(path: str) -> Parsed:
    """Worker entry point: never raises for a bad file, reports it instead."""
    try:
        doc = parse(Path(path))
        ex = extract(doc)
        return Parsed(path, doc, ex, run_checks(ex, doc))
    except PccError as e:
        return Parsed(path, error_kind=e.kind, message=str(e))
    except Exception as e:  # a library choking on a malformed file is still that file's error
        return Parsed(path, error_kind="error", message=f"{type(e).__name__}: {e}")


ProgressHook = Callable[[FileOutcome], None]


def ingest(
    paths: Iterable[str | Path],
    db: sqlite_utils.Database,
    *,
    workers: int = 1,
    strict: bool = False,
    on_file: ProgressHook | None = None,
) -> RunSummary:
    """Ingest every file under ``paths``; return one outcome per file."""
    summary = RunSummary()
    started = time.perf_counter()

    def record(outcome: FileOutcome) -> None:
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
        if strict and outcome.status == "failed":
            raise StrictStop(f"{outcome.path}: {outcome.message}")

    todo = _triage(iter_files(paths), db, record)
    if workers <= 1:
        for path in todo:
            record(_store(db, parse_and_extract(path)))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            _run_pool(pool, workers, todo, db, record)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(pool: ProcessPoolExecutor, workers: int, todo: Iterator[str], db: sqlite_utils.Database,
              record: Callable[[FileOutcome], None]) -> None:
    """Keep at most 2 files per worker in flight so memory stays flat on any folder size."""
    pending: set[Future[Parsed]] = set()
    for path in todo:
        pending.add(pool.submit(parse_and_extract, path))
        if len(pending) >= 2 * workers:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                record(_store(db, fut.result()))
    for fut in pending:
        record(_store(db, fut.result()))


def _triage(files: Iterable[Path], db: sqlite_utils.Database,
            record: Callable[[FileOutcome], None]) -> Iterator[str]:
    """Yield the paths that need parsing; settle unchanged, duplicate and unreadable ones here."""
    for path in files:
        name = str(path)
        try:
            sha = file_sha256(path)
        except OSError as e:
            store.record_error(db, name, None, "unreadable", f"cannot read file: {e.strerror or e}")
            record(FileOutcome(name, "failed", error_kind="unreadable", message=f"cannot read file: {e.strerror or e}"))
            continue
        state = store.path_state(db, name)
        if state and state[1] == sha:
            record(FileOutcome(name, "unchanged", sha, state[0]))
            continue
        known = store.document_id_for_sha(db, sha)
        if known is not None:
            store.add_path(db, name, known)
            store.clear_error(db, name)
            record(FileOutcome(name, "duplicate", sha, known))
            continue
        yield name


def _store(db: sqlite_utils.Database, parsed: Parsed) -> FileOutcome:
    """Write a worker's result (the single writer), or log its error."""
    if parsed.document is None or parsed.extraction is None:
        sha = _sha_or_none(parsed.path)
        store.record_error(db, parsed.path, sha, parsed.error_kind or "error", parsed.message or "")
        return FileOutcome(parsed.path, "failed", sha, error_kind=parsed.error_kind, message=parsed.message)
    doc = parsed.document
    doc_id = store.save_document(db, parsed.path, doc, parsed.extraction, parsed.findings)
    store.clear_error(db, parsed.path)
    return FileOutcome(parsed.path, "ingested", doc.sha256, doc_id, blocks=len(doc.blocks), pages=doc.pages or 0,
                       findings=len(parsed.findings))


def _sha_or_none(path: str) -> str | None:
    try:
        return file_sha256(Path(path))
    except OSError:
        return None
