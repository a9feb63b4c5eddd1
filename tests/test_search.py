"""Thai full-text search over real ingested corpus files: substring hits for words inside longer
runs, whole-word hits for 2-character words, places named, index kept right across re-ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

from pcc_ingest import pipeline, store
from pcc_ingest.cli import app
from pcc_ingest.search import ROWID_STRIDE, ensure_index, parse_query, search, segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = (
    "chiang-rai-province-2566-action-plan.docx",
    "chiang-rai-province-2566-action-plan.pdf",
    "maha-sarakham-kosum-phisai-2566-minutes.docx",
)
NO_SUCH_WORD = "ภาษาเอสเปรันโต"


def ingest(db_path: Path, files: list[Path]) -> sqlite_utils.Database:
    for f in files:
        if not f.exists():
            pytest.skip(f"corpus file {f.name} is absent (corpus not built)")
    db = store.open_db(db_path)
    summary = pipeline.ingest(files, db)
    assert not summary.failed
    return db


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "pcc.db"
    ensure_index(ingest(path, [CORPUS / f for f in FILES]))
    return path


@pytest.fixture(scope="module")
def db(db_path: Path) -> sqlite_utils.Database:
    return store.open_db(db_path)


def body_blocks(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM blocks WHERE kind NOT IN ('header', 'footer')"))


def test_word_inside_a_longer_run_is_found(db: sqlite_utils.Database) -> None:
    hits = search(db, "ผู้สูงอายุ", limit=1000)
    longer = [h for h in hits if h.block.text != "ผู้สูงอายุ"]
    assert longer, "expected hits where the word sits inside a longer run of Thai"
    assert any(h.block.text.startswith("การดูแลผู้สูงอายุ") for h in longer)
    for h in hits:
        assert "ผู้สูงอายุ" in h.block.text
        assert [h.block.text[s:e] for s, e in h.spans] == ["ผู้สูงอายุ"] * h.block.text.count("ผู้สูงอายุ")


def test_trigram_hits_are_exactly_the_blocks_containing_the_term(db: sqlite_utils.Database) -> None:
    expected = {(b["document_id"], b["ord"]) for b in body_blocks(db) if "ผู้สูงอายุ" in b["text"]}
    got = {(h.document_id, h.block.order) for h in search(db, "ผู้สูงอายุ", limit=10_000)}
    assert got == expected


def test_part_of_a_word_the_segmenter_keeps_whole_is_still_found(db: sqlite_utils.Database) -> None:
    # newmm keeps "ผู้สูงอายุ" as one word, so a word index alone would miss "สูงอายุ".
    assert all("สูงอายุ" not in segment(b["text"]) for b in body_blocks(db) if "ผู้สูงอายุ" in b["text"])
    hits = search(db, "สูงอายุ", limit=1000)
    assert hits and all("ผู้สูงอายุ" in h.block.text for h in hits)
    assert not any(h.whole_words for h in hits if "สูงอายุ" not in segment(h.block.text))


def test_two_character_word_matches_whole_words_only(db: sqlite_utils.Database) -> None:
    blocks = body_blocks(db)
    as_word = {(b["document_id"], b["ord"]) for b in blocks if "ดี" in segment(b["text"])}
    as_substring = {(b["document_id"], b["ord"]) for b in blocks if "ดี" in b["text"]}
    got = {(h.document_id, h.block.order) for h in search(db, "ดี", limit=10_000)}
    assert got == as_word
    assert as_word < as_substring  # "ดี" inside longer words (ดีเด่น, สุภาวดี) is not a hit


def test_query_with_no_hit_returns_nothing(db: sqlite_utils.Database) -> None:
    assert search(db, NO_SUCH_WORD) == []


def test_every_term_of_a_query_must_occur(db: sqlite_utils.Database) -> None:
    hits = search(db, "ผู้สูงอายุ ติดเตียง", limit=1000)
    assert hits
    assert all("ผู้สูงอายุ" in h.block.text and "ติดเตียง" in h.block.text for h in hits)
    assert search(db, f"ผู้สูงอายุ {NO_SUCH_WORD}") == []


def test_results_name_document_and_place(db: sqlite_utils.Database) -> None:
    hits = search(db, "ผู้สูงอายุ", limit=1000)
    cells = [h for h in hits if h.block.table is not None]
    assert cells
    for h in cells:
        assert f"table {h.block.table} r{h.block.row} c{h.block.col}" in h.place
    pdf = [h for h in hits if h.path.endswith(".pdf")]
    assert pdf and all(h.place.startswith(f"p.{h.block.page}") for h in pdf)
    paths = {r["path"] for r in db.query("SELECT path FROM document_paths")}
    assert {h.path for h in hits} <= paths


def test_snippet_marks_the_match(db: sqlite_utils.Database) -> None:
    hit = search(db, "ติดเตียง")[0]
    assert "«ติดเตียง»" in hit.snippet()


def test_query_is_normalised_like_stored_text() -> None:
    terms = parse_query('๒๕๖๖ "ผู้สูงอายุ" ดี')
    assert [t.text for t in terms] == ["2566", "ผู้สูงอายุ", "ดี"]
    assert [t.by_words for t in terms] == [False, False, True]


def test_reindex_without_changes_adds_nothing(db: sqlite_utils.Database) -> None:
    stats = ensure_index(db)
    assert (stats.added_documents, stats.dropped_documents) == (0, 0)


def test_reingest_replaces_the_document_in_the_index(tmp_path: Path) -> None:
    source = CORPUS / FILES[2]
    replacement = CORPUS / "phuket-province-2564-progress.docx"
    work = tmp_path / "report.docx"
    shutil.copyfile(source, work)
    db = ingest(tmp_path / "pcc.db", [work])
    ensure_index(db)
    assert search(db, "โกสุมพิสัย")

    shutil.copyfile(replacement, work)  # same path, new content
    pipeline.ingest([work], db)
    # The trigger has already dropped the old blocks' rows, before any re-indexing.
    assert search(db, "โกสุมพิสัย") == []
    stats = ensure_index(db)
    assert stats.added_documents == 1
    assert search(db, "ภูเก็ต") and search(db, "โกสุมพิสัย") == []
    indexed = db.execute("SELECT COUNT(*) FROM search_trigram").fetchone()[0]
    body = db.execute("SELECT COUNT(*) FROM blocks WHERE text <> '' AND kind NOT IN ('header', 'footer')").fetchone()[0]
    assert indexed == body


def test_deleted_document_leaves_no_index_rows(tmp_path: Path) -> None:
    db = ingest(tmp_path / "pcc.db", [CORPUS / FILES[0], CORPUS / FILES[2]])
    ensure_index(db)
    doc_id = db.execute("SELECT id FROM documents WHERE path LIKE ?", [f"%{FILES[2]}"]).fetchone()[0]
    with db.atomic():
        db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    lo, hi = doc_id * ROWID_STRIDE, (doc_id + 1) * ROWID_STRIDE
    for table in ("search_trigram", "search_words"):
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE rowid >= ? AND rowid < ?", [lo, hi]).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM search_documents WHERE document_id = ?", [doc_id]).fetchone()[0] == 0
    assert search(db, "โกสุมพิสัย") == []


def test_search_command_prints_path_place_and_marked_snippet(db: sqlite_utils.Database, db_path: Path) -> None:
    result = CliRunner().invoke(app, ["search", "ติดเตียง", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    first = search(db, "ติดเตียง")[0]
    assert f"{first.path}  {first.place}" in result.output
    assert "«ติดเตียง»" in result.output


def test_search_command_reports_no_matches(db_path: Path) -> None:
    result = CliRunner().invoke(app, ["search", NO_SUCH_WORD, "--db", str(db_path)])
    assert result.exit_code == 0
    assert result.output.strip() == "0 matches"
