"""Re-run the checks on the documents already in the store, replacing their findings.

The only part of the checks that knows the store: the rules themselves read
records and blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from pcc_ingest import store
from pcc_ingest.checks.run import run_checks
from pcc_ingest.extract.records import Finding


@dataclass
class CheckedDocument:
    """One stored document's fresh findings."""

    document_id: int
    path: str
    findings: list[Finding]


def check_stored(db: sqlite_utils.Database) -> Iterator[CheckedDocument]:
    """Re-run the checks on every stored document, replacing its stored findings."""
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    for doc_id in ids:
        doc = store.load_document(db, doc_id)
        findings = run_checks(store.load_extraction(db, doc_id), doc)
        store.replace_findings(db, doc_id, findings)
        yield CheckedDocument(doc_id, doc.path, findings)
