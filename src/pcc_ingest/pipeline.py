"""Ingest files into the store: find them, skip what is unchanged, parse and extract
in worker processes, write each document from the one writer process.

A bad file becomes an ``ingest_errors`` row and a ``FileOutcome`` with status
``failed``; it never stops the run (unless ``strict``) and never leaves a
half-written document, because each document is written in one transaction.
Not even a worker process dying on a file (a crash in a C library) stops it.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import sqlite_utils

from pcc_ingest import ocr, store
from pcc_ingest.checks import run_checks
from pcc_ingest.errors import PccError
from pcc_ingest.extract.records import Extraction, Finding
from pcc_ingest.extract.run import extract
from pcc_ingest.fingerprint import extraction_fingerprint
from pcc_ingest.model import Document
from pcc_ingest.parsers import parse, sha256_of

# File endings a folder walk picks up; the format itself is decided by content.
DOCUMENT_SUFFIXES = frozenset({".docx", ".doc", ".pdf", ".htm", ".html"})

Status = Literal["ingested", "unchanged", "duplicate", "failed"]
# The ingest_errors kind of a stored document whose extraction was partial.
PARTIAL_KIND = "extractor_failed"


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
    pages_needing_ocr: int = 0
    error_kind: str | None = None
    message: str | None = None
    partial: str | None = None  # extractors that failed on a stored document


@dataclass
class RunSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def partial(self) -> list[FileOutcome]:
        """Stored documents some extractor failed on (see ``Extraction.failed_extractors``)."""
        return [o for o in self.outcomes if o.partial]

    def as_dict(self) -> dict[str, object]:
        done = [o for o in self.outcomes if o.status == "ingested"]
        return {
            "files": len(self.outcomes),
            **{s: n for s, n in Counter(o.status for o in self.outcomes).items()},
            "documents": len(done),
            "blocks": sum(o.blocks for o in done),
            "pages": sum(o.pages for o in done),
            "findings": sum(o.findings for o in done),
            "pages_needing_ocr": sum(o.pages_needing_ocr for o in done),
            "seconds": round(self.seconds, 3),
            "errors": [{"path": o.path, "kind": o.error_kind, "message": o.message} for o in self.failed],
            "partial": [{"path": o.path, "kind": PARTIAL_KIND, "message": o.partial} for o in self.partial],
        }


class StrictStop(PccError):
    """Raised in ``strict`` mode at the first file that fails."""


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and document files found recursively in folders.

    Folders are walked without following symlinked folders (no loops); hidden
    entries and Office lock files (``~$…``) are skipped.  A folder that cannot
    be listed is yielded itself, so that it fails as unreadable instead of
    vanishing from the run.
    """
    for p in map(Path, paths):
        if p.is_dir():
            unlisted: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=unlisted.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith((".", "~$")) or Path(name).suffix.lower() not in DOCUMENT_SUFFIXES:
                        continue
                    yield Path(root) / name
            yield from (Path(e.filename) for e in unlisted)
        else:
            yield p


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
        if scan := _scan_without_text(doc):
            return Parsed(path, error_kind="needs_ocr", message=scan)
        ex = extract(doc)
        return Parsed(path, doc, ex, _checked(ex, doc))
    except PccError as e:
        return Parsed(path, error_kind=e.kind, message=str(e))
    except Exception as e:  # noqa: BLE001 - a library choking on a malformed file is still that file's error
        return Parsed(path, error_kind="error", message=f"{type(e).__name__}: {e}")


def _checked(ex: Extraction, doc: Document) -> list[Finding]:
    """The auditor checks' findings; a check that raises is logged like a failed
    extractor (the document and its records are still stored, without findings)."""
    try:
        return run_checks(ex, doc)
    except Exception as e:  # noqa: BLE001 - a check's bug must not lose the document
        ex.failed_extractors.append(f"checks: {type(e).__name__}: {e}")
        return []


def _scan_without_text(doc: Document) -> str | None:
    """Why a PDF with no usable text on any page is not stored as a document, if it is one.

    It is a scan that was not (or could not be) OCRed: logged as an error of
    kind ``needs_ocr`` rather than stored empty, so that the next run reads it
    again, when OCR may be available.  A PDF with some readable pages is
    stored, its other pages marked ``needs_ocr`` by the PDF reader.
    """
    if doc.format != "pdf":
        return None
    waiting = [p for p in doc.page_info if p.verdict == "needs_ocr"]
    if doc.text.strip() and not (waiting and len(waiting) == len(doc.page_info)):
        return None
    why = "; ".join(waiting[0].reasons) if waiting else "no text layer"
    return f"{Path(doc.path).name}: none of its {doc.pages} page(s) has usable text ({why}); it needs OCR"


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
        _run_pool(workers, todo, db, record)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(workers: int, todo: Iterator[str], db: sqlite_utils.Database,
              record: Callable[[FileOutcome], None]) -> None:
    """Parse in worker processes, at most 2 files per worker in flight so memory stays flat on any folder size.

    A worker that dies breaks its pool and fails every file in flight with
    it.  Those files are parsed again one at a time, each in a process of its
    own, so that only the file that kills its process fails (kind ``crash``);
    the rest of the run goes on in a new pool.
    """
    while (in_flight := _through_one_pool(workers, todo, db, record)) is not None:
        for path in in_flight:
            record(_store(db, _parse_alone(path)))


def _through_one_pool(workers: int, todo: Iterator[str], db: sqlite_utils.Database,
                      record: Callable[[FileOutcome], None]) -> list[str] | None:
    """Feed files from ``todo`` to one pool until it is done (None) or broken (the paths it failed)."""
    pending: dict[Future[Parsed], str] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path in todo:
            try:
                pending[pool.submit(parse_and_extract, path)] = path
            except BrokenProcessPool:  # it broke since the last look
                _settle(pending, db, record, ALL_COMPLETED)
                return [*pending.values(), path]
            if len(pending) >= 2 * workers and _settle(pending, db, record, FIRST_COMPLETED):
                _settle(pending, db, record, ALL_COMPLETED)
                return list(pending.values())
        if _settle(pending, db, record, ALL_COMPLETED):
            return list(pending.values())
    return None


def _settle(pending: dict[Future[Parsed], str], db: sqlite_utils.Database,
            record: Callable[[FileOutcome], None], return_when: str) -> bool:
    """Store the files that finished and drop them from ``pending``.

    Returns True when the pool broke: the files it failed stay in ``pending``.
    """
    done, _ = wait(pending, return_when=return_when)
    broken = False
    for fut in done:
        error = fut.exception()
        if isinstance(error, BrokenProcessPool):
            broken = True
            continue
        path = pending.pop(fut)
        record(_store(db, fut.result() if error is None else
                      Parsed(path, error_kind="error", message=f"{type(error).__name__}: {error}")))
    return broken


def _parse_alone(path: str) -> Parsed:
    """Parse one file in a fresh process of its own, so that a crash names its file."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(parse_and_extract, path).result()
        except BrokenProcessPool:
            return Parsed(path, error_kind="crash",
                          message=f"{Path(path).name}: the parser process died reading this file (a crash in a library)")


def _triage(files: Iterable[Path], db: sqlite_utils.Database,
            record: Callable[[FileOutcome], None]) -> Iterator[str]:
    """Yield the paths that need parsing; settle unchanged, duplicate and unreadable ones here.

    Stored content is read again when another build of pcc-ingest extracted
    it, or when it has pages waiting for OCR and OCR can run now.
    """
    for path in files:
        name = str(path)
        try:
            sha = sha256_of(path)
        except OSError as e:
            message = _unreadable(path, e)
            store.record_error(db, name, None, "unreadable", message)
            record(FileOutcome(name, "failed", error_kind="unreadable", message=message))
            continue
        state = store.path_state(db, name)
        if state and state.sha256 == sha and _current(state):
            record(FileOutcome(name, "unchanged", sha, state.document_id))
            continue
        known = store.sha_state(db, sha)
        if known is not None and _current(known):
            store.add_path(db, name, known.document_id)
            store.clear_error(db, name)
            record(FileOutcome(name, "duplicate", sha, known.document_id))
            continue
        yield name


def _current(state: store.StoredState) -> bool:
    """Whether re-reading the stored document could not change it."""
    if state.extracted_with != extraction_fingerprint():
        return False
    return not (state.pages_needing_ocr and _ocr_available())


def _ocr_available() -> bool:
    try:
        ocr.check_tesseract()
    except ocr.OcrUnavailable:
        return False
    return True


def _unreadable(path: Path, error: OSError) -> str:
    """What stops ``path`` being read: for a folder ``iter_files`` could not list, why it could not."""
    if path.is_dir():
        try:
            os.scandir(path).close()
        except OSError as e:
            return f"cannot list folder: {e.strerror or e}"
    return f"cannot read file: {error.strerror or error}"


def _store(db: sqlite_utils.Database, parsed: Parsed) -> FileOutcome:
    """Write a worker's result (the single writer), or log its error."""
    if parsed.document is None or parsed.extraction is None:
        sha = _sha_or_none(parsed.path)
        store.record_error(db, parsed.path, sha, parsed.error_kind or "error", parsed.message or "")
        return FileOutcome(parsed.path, "failed", sha, error_kind=parsed.error_kind, message=parsed.message)
    doc = parsed.document
    doc_id = store.save_document(db, parsed.path, doc, parsed.extraction, parsed.findings,
                                 extracted_with=extraction_fingerprint())
    partial = "; ".join(parsed.extraction.failed_extractors) or None
    if partial:  # stored, but the failure is logged like a bad file's so it is not missed
        store.record_error(db, parsed.path, doc.sha256, PARTIAL_KIND, partial)
    else:
        store.clear_error(db, parsed.path)
    return FileOutcome(parsed.path, "ingested", doc.sha256, doc_id, blocks=len(doc.blocks), pages=doc.pages or 0,
                       findings=len(parsed.findings),
                       pages_needing_ocr=sum(p.verdict == "needs_ocr" for p in doc.page_info), partial=partial)


def _sha_or_none(path: str) -> str | None:
    try:
        return sha256_of(Path(path))
    except OSError:
        return None
