"""A re-run after an upgrade reads stored files again: documents keep the build that
extracted them, and one extracted by another build (or waiting for OCR that can now run)
is replaced in place, its paths kept, nothing doubled."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pcc_ingest import fingerprint, pipeline, store
from pcc_ingest.rules import rules_dir

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCX = CORPUS / "phrae-province-2563-project.docx"
PDF = CORPUS / "phuket-province-2564-progress.pdf"
TABLES = ("documents", "document_paths", "blocks", *store.RECORD_TABLES)


def counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    shutil.copy(DOCX, d / DOCX.name)
    shutil.copy(DOCX, d / "copy of the same report.docx")
    shutil.copy(PDF, d / PDF.name)
    return d


def test_documents_record_the_build_that_extracted_them(folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder], db)
    builds = {r[0] for r in db.execute("SELECT extracted_with FROM documents")}
    assert builds == {fingerprint.extraction_fingerprint()}


def test_a_document_from_another_build_is_read_again_with_its_paths_and_nothing_doubled(
        folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder], db)
    before = counts(db)
    with store.transaction(db):
        db.execute("UPDATE documents SET extracted_with = '0.0.1+older' WHERE format = 'docx'")
        db.execute("DELETE FROM issues WHERE document_id = (SELECT id FROM documents WHERE format = 'docx')")
    again = pipeline.ingest([folder], db)
    statuses = {Path(o.path).name: o.status for o in again.outcomes}
    docx_statuses = sorted([statuses[DOCX.name], statuses["copy of the same report.docx"]])
    assert docx_statuses == ["ingested", "unchanged"]  # the content is read once, under either name
    assert statuses[PDF.name] == "unchanged"
    assert counts(db) == before  # the issues deleted above are back, no row twice
    doc_id = db.execute("SELECT id FROM documents WHERE format = 'docx'").fetchone()[0]
    paths = {Path(r[0]).name for r in db.execute("SELECT path FROM document_paths WHERE document_id = ?", [doc_id])}
    assert paths == {DOCX.name, "copy of the same report.docx"}
    assert pipeline.ingest([folder], db).count("unchanged") == 3


def test_pages_waiting_for_ocr_are_read_again_only_once_ocr_can_run(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder / PDF.name], db)
    with store.transaction(db):
        db.execute("UPDATE pages SET verdict = 'needs_ocr' WHERE page = 1")
    monkeypatch.setattr(pipeline, "_ocr_available", lambda: False)
    assert pipeline.ingest([folder / PDF.name], db).count("unchanged") == 1
    monkeypatch.setattr(pipeline, "_ocr_available", lambda: True)
    assert pipeline.ingest([folder / PDF.name], db).count("ingested") == 1
    assert db.execute("SELECT count(*) FROM pages WHERE verdict = 'needs_ocr'").fetchone()[0] == 0


def test_a_database_from_before_the_column_gains_it_and_its_documents_are_read_again(
        folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = store.open_db(path)
    pipeline.ingest([folder / DOCX.name], db)
    db.conn.close()
    with sqlite3.connect(path) as conn:  # what an older build's database looked like
        for (view,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
            conn.execute(f"DROP VIEW [{view}]")
        conn.execute("ALTER TABLE documents DROP COLUMN extracted_with")
    db = store.open_db(path)
    assert "extracted_with" in {c.name for c in db["documents"].columns}
    again = pipeline.ingest([folder / DOCX.name], db)
    assert again.count("ingested") == 1 and counts(db)["documents"] == 1


def test_the_fingerprint_changes_when_a_rule_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "extractors"
    shutil.copytree(Path(str(rules_dir())), rules)
    monkeypatch.setattr(fingerprint, "rules_dir", lambda: rules)
    first = fingerprint.extraction_fingerprint.__wrapped__()
    (rules / "issues.toml").write_text((rules / "issues.toml").read_text(encoding="utf-8") + "\n# edited\n",
                                       encoding="utf-8")
    second = fingerprint.extraction_fingerprint.__wrapped__()
    assert first != second
    assert first.split("+")[0] == second.split("+")[0] == pipeline.extraction_fingerprint().split("+")[0]
