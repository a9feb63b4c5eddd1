"""The SQLite store: documents, their blocks and extracted records, with evidence.

Knows SQLite (through sqlite-utils), not Thai and not files.  One document is
written in one transaction; re-ingesting a path whose content changed replaces
that document's rows in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils

from pcc_ingest.extract.records import (
    ActivityRecord,
    BudgetItemRecord,
    BudgetTotal,
    CountRecord,
    DistrictRecord,
    DocumentFacts,
    Evidence,
    Extraction,
    Finding,
    IssueRecord,
    OutcomeRecord,
    UccareScore,
)
from pcc_ingest.layout import join_blocks
from pcc_ingest.model import Block, Document, PageInfo

RECORD_TABLES = ("districts", "issues", "activities", "budget_items", "outcomes", "counts", "uccare_scores")

# Evidence columns shared by every record table (see schema.sql's EVIDENCE_COLUMNS).
EVIDENCE_COLUMNS = {
    "ev_block": "INTEGER NOT NULL",   # blocks.ord of the block the value was read from
    "ev_page": "INTEGER",
    "ev_table": "INTEGER",
    "ev_row": "INTEGER",
    "ev_col": "INTEGER",
    "ev_paragraph": "INTEGER",
    "ev_start": "INTEGER NOT NULL",   # span inside that block's text
    "ev_end": "INTEGER NOT NULL",
    "ev_text": "TEXT NOT NULL",       # the exact (normalised) source text of the span
    "ev_context": "TEXT NOT NULL",    # words around it
    "from_ocr": "INTEGER NOT NULL DEFAULT 0",
    "repaired": "INTEGER NOT NULL DEFAULT 0",
    "confidence": "REAL",
}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def schema_sql() -> str:
    """The DDL with the evidence columns expanded."""
    ddl = resources.files("pcc_ingest").joinpath("schema.sql").read_text(encoding="utf-8")
    cols = ",\n    ".join(f"{name} {decl}" for name, decl in EVIDENCE_COLUMNS.items())
    return ddl.replace("EVIDENCE_COLUMNS", cols)


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a pcc-ingest database in WAL mode with foreign keys on."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    # In WAL mode NORMAL still never corrupts the file and keeps every commit a process
    # crash (kill -9) survives; it only skips the fsync per commit (~5 ms a document).
    db.execute("PRAGMA synchronous = NORMAL")
    db.executescript(schema_sql())
    _add_missing_columns(db)
    from pcc_ingest import search, views  # they read blocks through this module: import late, no cycle

    search.create_tables(db)
    views.create_views(db)
    return db


# Columns added to tables after their first release: a database made by an older
# build gets them (NULL) when opened, so it keeps working without a rebuild.
ADDED_COLUMNS = {"documents": {"extracted_with": "TEXT"}}


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    for table, columns in ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info([{table}])")}
        for name, decl in columns.items():
            if name not in have:
                db.execute(f"ALTER TABLE [{table}] ADD COLUMN [{name}] {decl}")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One atomic unit of work: all of it lands, or none of it.

    ``db.atomic()`` rather than ``with conn``: sqlite-utils' ``insert_all`` nests
    as a savepoint inside it instead of committing each chunk on its own.
    """
    with db.atomic():
        yield


def evidence_row(ev: Evidence) -> dict[str, Any]:
    return {
        "ev_block": ev.block, "ev_page": ev.page, "ev_table": ev.table, "ev_row": ev.row,
        "ev_col": ev.col, "ev_paragraph": ev.paragraph, "ev_start": ev.start, "ev_end": ev.end,
        "ev_text": ev.text, "ev_context": ev.context, "from_ocr": int(ev.from_ocr),
        "repaired": int(ev.repaired), "confidence": ev.confidence,
    }


def row_evidence(row: dict[str, Any]) -> Evidence:
    """The inverse of ``evidence_row``."""
    return Evidence(
        block=row["ev_block"], page=row["ev_page"], table=row["ev_table"], row=row["ev_row"],
        col=row["ev_col"], paragraph=row["ev_paragraph"], start=row["ev_start"], end=row["ev_end"],
        text=row["ev_text"], context=row["ev_context"], from_ocr=bool(row["from_ocr"]),
        repaired=bool(row["repaired"]), confidence=row["confidence"],
    )


@dataclass(frozen=True)
class StoredState:
    """What the store knows of a stored document: enough to decide whether to read it again."""

    document_id: int
    sha256: str
    extracted_with: str | None
    pages_needing_ocr: int


_STATE_SQL = """
SELECT d.id, d.sha256, d.extracted_with,
       (SELECT count(*) FROM pages g WHERE g.document_id = d.id AND g.verdict = 'needs_ocr')
FROM documents d
"""


def path_state(db: sqlite_utils.Database, path: str) -> StoredState | None:
    """The document last stored for this path, if any."""
    row = db.execute(
        _STATE_SQL + "JOIN document_paths p ON d.id = p.document_id WHERE p.path = ?", [path],
    ).fetchone()
    return StoredState(*row) if row else None


def sha_state(db: sqlite_utils.Database, sha256: str) -> StoredState | None:
    """The stored document with this content, under whatever path."""
    row = db.execute(_STATE_SQL + "WHERE d.sha256 = ?", [sha256]).fetchone()
    return StoredState(*row) if row else None


def add_path(db: sqlite_utils.Database, path: str, document_id: int) -> None:
    """Record another name for stored content, moving the path off any older content."""
    with transaction(db):
        _detach_path(db, path)
        db["document_paths"].insert({"path": path, "document_id": document_id, "seen_at": now()})


def _detach_path(db: sqlite_utils.Database, path: str) -> None:
    """Forget ``path``; drop the document it named if no other path names it (cascades)."""
    row = db.execute("SELECT document_id FROM document_paths WHERE path = ?", [path]).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM document_paths WHERE path = ?", [path])
    if not db.execute("SELECT 1 FROM document_paths WHERE document_id = ?", [row[0]]).fetchone():
        db.execute("DELETE FROM documents WHERE id = ?", [row[0]])


def _insert_sql(table: str, columns: list[str]) -> str:
    return (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def _insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """INSERT one row; return its rowid."""
    columns = list(row)
    return db.conn.execute(_insert_sql(table, columns), [row[c] for c in columns]).lastrowid


def _insert_rows(db: sqlite_utils.Database, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """INSERT rows that share their keys with one prepared statement.

    Not sqlite-utils' ``insert_all``, which inspects the table and rebuilds
    its SQL and every row for each call: the store writes a document's rows
    by the thousand, into tables whose columns it defines.
    """
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return
    columns = list(first)
    db.conn.executemany(_insert_sql(table, columns), ([row[c] for c in columns] for row in (first, *it)))


def save_document(db: sqlite_utils.Database, path: str, doc: Document, ex: Extraction,
                  findings: Iterable[Finding] = (), extracted_with: str | None = None) -> int:
    """Write a document, its blocks, pages, records and findings in one transaction; return its id.

    Content already stored (read again by a newer build) is replaced, and
    every path that named it names the new rows.
    """
    with transaction(db):
        _detach_path(db, path)
        other_paths = _drop_content(db, doc.sha256)
        facts = ex.document
        total = ex.budget_total
        doc_id = _insert_row(db, "documents", {
            "sha256": doc.sha256, "path": path, "format": doc.format, "pages": doc.pages,
            "title": doc.title, "doc_type": facts.doc_type, "province_code": facts.province_code,
            "fiscal_year_be": facts.fiscal_year_be, "period_start": facts.period_start,
            "period_end": facts.period_end,
            "budget_total_baht": total.amount_baht if total else None,
            "budget_total_in_words": total.in_words if total else None,
            "budget_total_evidence": total.evidence.model_dump_json() if total else None,
            "facts_evidence": json.dumps({k: v.model_dump() for k, v in facts.evidence.items()}, ensure_ascii=False),
            "ingested_at": now(), "extracted_with": extracted_with,
        })
        for name in (path, *other_paths):
            _insert_row(db, "document_paths", {"path": name, "document_id": doc_id, "seen_at": now()})
        _insert_rows(db, "blocks", _block_rows(doc_id, doc))
        _insert_rows(db, "pages", (
            {"document_id": doc_id, "page": p.page, "verdict": p.verdict,
             "reasons": json.dumps(p.reasons, ensure_ascii=False), "chars": p.chars}
            for p in doc.page_info
        ))
        for table, rows in _record_rows(ex).items():
            _insert_rows(db, table, ({"document_id": doc_id, "seq": i, **r} for i, r in enumerate(rows)))
        _insert_findings(db, doc_id, findings)
    return doc_id


def _drop_content(db: sqlite_utils.Database, sha256: str) -> list[str]:
    """Delete the stored document with this content (cascading to its rows); return its paths."""
    row = db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return []
    paths = [r[0] for r in db.execute("SELECT path FROM document_paths WHERE document_id = ? ORDER BY path", [row[0]])]
    db.execute("DELETE FROM documents WHERE id = ?", [row[0]])
    return paths


def replace_findings(db: sqlite_utils.Database, doc_id: int, findings: Iterable[Finding]) -> None:
    """Swap a document's findings for a fresh run of the checks."""
    with transaction(db):
        db.execute("DELETE FROM findings WHERE document_id = ?", [doc_id])
        _insert_findings(db, doc_id, findings)


def _insert_findings(db: sqlite_utils.Database, doc_id: int, findings: Iterable[Finding]) -> None:
    _insert_rows(db, "findings", (
        {"document_id": doc_id, "seq": i, **f.model_dump(exclude={"evidence"}), **evidence_row(f.evidence)}
        for i, f in enumerate(findings)
    ))


def _block_rows(doc_id: int, doc: Document) -> Iterator[dict[str, Any]]:
    for b in doc.blocks:
        yield {
            "document_id": doc_id, "ord": b.order, "kind": b.kind, "page": b.page,
            "paragraph": b.paragraph, "tbl": b.table, "row": b.row, "col": b.col,
            "parent_table": b.parent_table, "list_label": b.list_label, "start": b.start,
            "end": b.end, "text": b.text, "raw_text": b.raw_text, "from_ocr": int(b.from_ocr),
            "repaired": int(b.repaired), "confidence": b.confidence,
        }


def _record_rows(ex: Extraction) -> dict[str, list[dict[str, Any]]]:
    """Each record table's rows: the record's fields (renamed where SQL needs) plus evidence."""
    def rows(records: list[Any], rename: dict[str, str] | None = None) -> list[dict[str, Any]]:
        out = []
        for rec in records:
            data = rec.model_dump(exclude={"evidence"})
            for old, new in (rename or {}).items():
                data[new] = data.pop(old)
            out.append({**data, **evidence_row(rec.evidence)})
        return out

    district = {"district": "district_code"}
    return {
        "districts": rows(ex.districts),
        "issues": rows(ex.issues, district),
        "activities": rows(ex.activities),
        "budget_items": rows(ex.budget_items),
        "outcomes": rows(ex.outcomes, district),
        "counts": rows(ex.counts, district),
        "uccare_scores": rows(ex.uccare_scores, district),
    }


def load_extraction(db: sqlite_utils.Database, doc_id: int) -> Extraction:
    """Rebuild a stored document's ``Extraction`` (for checks and reports run on a database)."""
    doc = next(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    evidence = json.loads(doc["facts_evidence"] or "{}")
    facts = DocumentFacts(
        doc_type=doc["doc_type"], province_code=doc["province_code"], fiscal_year_be=doc["fiscal_year_be"],
        period_start=doc["period_start"], period_end=doc["period_end"], title=doc["title"],
        evidence={k: Evidence(**v) for k, v in evidence.items()},
    )

    def records(table: str, model: type[Any], rename: dict[str, str] | None = None) -> list[Any]:
        out = []
        for row in db.query(f"SELECT * FROM [{table}] WHERE document_id = ? ORDER BY seq", [doc_id]):
            data = {k: v for k, v in row.items() if k in model.model_fields and k != "evidence"}
            for old, new in (rename or {}).items():
                data[new] = row[old]
            out.append(model(**data, evidence=row_evidence(row)))
        return out

    district = {"district_code": "district"}
    total = None
    if doc["budget_total_baht"] is not None:
        total = BudgetTotal(amount_baht=doc["budget_total_baht"], in_words=doc["budget_total_in_words"],
                            evidence=Evidence(**json.loads(doc["budget_total_evidence"])))
    return Extraction(
        document=facts,
        districts=records("districts", DistrictRecord),
        issues=records("issues", IssueRecord, district),
        activities=records("activities", ActivityRecord),
        budget_items=records("budget_items", BudgetItemRecord),
        budget_total=total,
        outcomes=records("outcomes", OutcomeRecord, district),
        counts=records("counts", CountRecord, district),
        uccare_scores=records("uccare_scores", UccareScore, district),
    )


def block_from_row(row: Mapping[str, Any]) -> Block:
    """A ``Block`` from a ``blocks`` row (the table names ``table`` as ``tbl`` and ``order`` as ``ord``)."""
    return Block(
        kind=row["kind"], raw_text=row["raw_text"], page=row["page"], paragraph=row["paragraph"],
        table=row["tbl"], row=row["row"], col=row["col"], parent_table=row["parent_table"],
        list_label=row["list_label"], from_ocr=bool(row["from_ocr"]), repaired=bool(row["repaired"]),
        confidence=row["confidence"], order=row["ord"], text=row["text"], start=row["start"], end=row["end"],
    )


def load_document(db: sqlite_utils.Database, doc_id: int) -> Document:
    """A stored document rebuilt from its ``documents``, ``blocks`` and ``pages`` rows."""
    row = next(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    blocks = [block_from_row(b) for b in db.query("SELECT * FROM blocks WHERE document_id = ? ORDER BY ord", [doc_id])]
    pages = [
        PageInfo(page=p["page"], verdict=p["verdict"], reasons=json.loads(p["reasons"]), chars=p["chars"])
        for p in db.query("SELECT * FROM pages WHERE document_id = ? ORDER BY page", [doc_id])
    ]
    return Document(path=row["path"], sha256=row["sha256"], format=row["format"], pages=row["pages"],
                    title=row["title"], blocks=blocks, page_info=pages, text=join_blocks(blocks))


def record_error(db: sqlite_utils.Database, path: str, sha256: str | None, kind: str, message: str) -> None:
    """Log a file that could not be ingested, replacing any earlier error for that path."""
    with transaction(db):
        db.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
        db["ingest_errors"].insert({"path": path, "sha256": sha256, "kind": kind, "message": message, "at": now()})


def clear_error(db: sqlite_utils.Database, path: str) -> None:
    with transaction(db):
        db.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
