"""The store and the ingest pipeline on real corpus files: one transaction per document,
nothing doubled on a re-run, changed files replaced, the same content under two names kept once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pcc_ingest import pipeline, store
from pcc_ingest.extract.records import Extraction
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse, sha256_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCX = CORPUS / "phrae-province-2563-project.docx"
PDF = CORPUS / "phuket-province-2564-progress.pdf"
OTHER_DOCX = CORPUS / "khon-kaen-province-2565-inspection.docx"


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    shutil.copy(DOCX, d / DOCX.name)
    shutil.copy(PDF, d / PDF.name)
    return d


def test_ingest_fills_documents_blocks_and_records(folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db)
    assert summary.count("ingested") == 2 and not summary.failed
    assert count(db, "documents") == 2
    assert count(db, "blocks") == summary.as_dict()["blocks"] > 0
    assert count(db, "issues") > 0 and count(db, "outcomes") > 0
    pdf_pages = db.execute("SELECT pages FROM documents WHERE format = 'pdf'").fetchone()[0]
    assert pdf_pages >= 1


def test_rerun_reads_nothing_unchanged_and_doubles_nothing(folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder], db)
    before = {t: count(db, t) for t in ("documents", "blocks", *store.RECORD_TABLES)}
    again = pipeline.ingest([folder], db)
    assert again.count("unchanged") == 2 and again.count("ingested") == 0
    assert {t: count(db, t) for t in before} == before


def test_same_content_under_two_names_is_one_document_with_both_paths(folder: Path, tmp_path: Path) -> None:
    shutil.copy(folder / DOCX.name, folder / "สำเนา รายงาน.docx")
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db)
    assert summary.count("duplicate") == 1
    assert count(db, "documents") == 2
    doc_id = db.execute("SELECT id FROM documents WHERE format = 'docx'").fetchone()[0]
    paths = {r[0] for r in db.execute("SELECT path FROM document_paths WHERE document_id = ?", [doc_id])}
    assert {Path(p).name for p in paths} == {DOCX.name, "สำเนา รายงาน.docx"}


def test_changed_file_replaces_its_document_records(folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder], db)
    old_sha = sha256_of(folder / DOCX.name)
    target = folder / DOCX.name
    shutil.copy(OTHER_DOCX, target)  # same name, new content
    summary = pipeline.ingest([target], db)
    assert summary.count("ingested") == 1
    assert count(db, "documents") == 2
    assert store.sha_state(db, old_sha) is None  # the old content's rows are gone
    doc_ids = {r[0] for r in db.execute("SELECT DISTINCT document_id FROM blocks")}
    assert doc_ids == {r[0] for r in db.execute("SELECT id FROM documents")}


def test_a_failing_write_leaves_no_half_written_document(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    doc = parse(DOCX)
    ex = extract(doc)
    broken = Extraction.model_validate({**ex.model_dump(), "issues": []})
    broken.issues = ex.issues
    broken.issues[0].text = None  # type: ignore[assignment]  # violates NOT NULL mid-transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.save_document(db, str(DOCX), doc, broken)
    assert all(count(db, t) == 0 for t in ("documents", "document_paths", "blocks", *store.RECORD_TABLES))


def test_records_round_trip_through_the_store(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    doc = parse(DOCX)
    ex = extract(doc)
    doc_id = store.save_document(db, str(DOCX), doc, ex)
    assert store.load_extraction(db, doc_id).model_dump(exclude={"document": {"title"}}) == \
        ex.model_dump(exclude={"document": {"title"}})


def test_every_record_cites_a_stored_block_and_its_exact_text(folder: Path, tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    pipeline.ingest([folder], db)
    for table in store.RECORD_TABLES:
        rows = db.execute(
            f"SELECT b.text, r.ev_start, r.ev_end, r.ev_text FROM [{table}] r "
            "JOIN blocks b ON b.document_id = r.document_id AND b.ord = r.ev_block"
        ).fetchall()
        assert len(rows) == count(db, table)
        for text, start, end, ev_text in rows:
            assert text[start:end] == ev_text


def test_bad_file_is_an_error_row_and_the_rest_goes_on(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.pdf").write_bytes(b"")
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db, workers=2)
    assert summary.count("ingested") == 2 and len(summary.failed) == 1
    row = db.execute("SELECT path, kind, message FROM ingest_errors").fetchone()
    assert row[0].endswith("empty.pdf") and row[1] == "damaged" and "empty" in row[2]
