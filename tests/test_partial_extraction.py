"""An extractor (or an auditor check) that raises on a layout it was not written for loses
only its own list: the document, its text and every other record are stored, and the failure
is logged and printed like a bad file's.  And no extractor raises on any corpus file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pcc_ingest import pipeline, store
from pcc_ingest.cli import app
from pcc_ingest.extract import run
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOC = CORPUS / "roi-et-mueang-suang-2567-action-plan.docx"
# OCR-read files are parsed by the OCR tests; the rest of the corpus is checked here.
TEXT_FILES = sorted(p for p in CORPUS.iterdir()
                    if p.suffix in (".docx", ".pdf", ".doc") and not re.search(r"-scan|glyph-soup", p.name))


def _broken_issues(*_args, **_kwargs):
    raise IndexError("list index out of range")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    shutil.copy(DOC, d / DOC.name)
    return d


def test_a_failing_extractor_keeps_the_document_and_the_other_records(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(run, "extract_issues", _broken_issues)
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db)
    assert summary.count("ingested") == 1 and not summary.failed
    assert [o.partial for o in summary.partial] == ["issues: IndexError: list index out of range"]
    doc_id = summary.outcomes[0].document_id
    counts = {t: db.execute(f"SELECT count(*) FROM {t} WHERE document_id = ?", [doc_id]).fetchone()[0]
              for t in ("blocks", "issues", "activities", "budget_items", "districts")}
    assert counts["issues"] == 0
    assert counts["blocks"] > 0 and counts["activities"] > 0 and counts["budget_items"] > 0 and counts["districts"] > 0
    errors = db.execute("SELECT kind, message FROM ingest_errors").fetchall()
    assert errors == [("extractor_failed", "issues: IndexError: list index out of range")]


def test_a_clean_re_ingest_of_a_changed_file_clears_the_partial_mark(folder, tmp_path, monkeypatch):
    db = store.open_db(tmp_path / "pcc.db")
    with monkeypatch.context() as m:
        m.setattr(run, "extract_issues", _broken_issues)
        pipeline.ingest([folder], db)
    (folder / DOC.name).write_bytes(DOC.read_bytes() + b"\0")  # same document, changed file
    summary = pipeline.ingest([folder], db)
    assert summary.count("ingested") == 1 and not summary.partial
    assert db.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0


def test_the_cli_names_a_partial_document_and_exits_0(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(run, "extract_issues", _broken_issues)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "pcc.db"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"partial [extractor_failed] {folder / DOC.name}: issues: IndexError" in result.output


def test_a_failing_check_keeps_the_document_and_its_records(folder, tmp_path, monkeypatch):
    def broken_checks(*_args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(pipeline, "run_checks", broken_checks)
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([folder], db)
    assert summary.count("ingested") == 1
    assert [o.partial for o in summary.partial] == ["checks: ZeroDivisionError: division by zero"]
    assert db.execute("SELECT count(*) FROM budget_items").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM findings").fetchone()[0] == 0


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_no_extractor_fails_on_a_corpus_file(path: Path):
    assert extract(parse(path)).failed_extractors == []
