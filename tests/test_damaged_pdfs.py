"""Page verdicts on real PDFs: good corpus PDFs stay good, the legacy-PUA report is repaired by
normalisation, lost sara am is restored by dictionary, glyph soup and scans are read by OCR
(files made by scripts/make_damaged_pdfs.py from corpus PDFs), and the verdicts reach the store
and ``pcc-ingest text``."""

from __future__ import annotations

import difflib
import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pcc_ingest import ocr, pipeline, store
from pcc_ingest.cli import app
from pcc_ingest.model import Document
from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DERIVED_RE = re.compile(r"^(?P<slug>.+?)-(?:scan|damaged-[a-z-]+)\.pdf$")
# Built with the legacy-font text layer ("damage: legacy-pua" in its source).
LEGACY_PUA = sorted(
    f"{src.stem}.pdf" for src in (CORPUS / "src").glob("*.txt")
    if re.search(r"^damage:\s*legacy-pua\s*$", src.read_text(encoding="utf-8"), re.MULTILINE)
)
SARA_AM = "udon-thani-kumphawapi-2565-project-damaged-sara-am.pdf"
GLYPH_SOUP = "phitsanulok-wat-bot-2564-project-damaged-glyph-soup.pdf"
SCANS = ["chiang-mai-mae-chaem-2567-progress-scan.pdf", "phrae-wang-chin-2567-project-scan.pdf"]
# Built normally, but LibreOffice wrote some "ำ" of its 12–13 pt table text, or the
# "า" after a tone mark ("ป่ าบอน"), as a separate " า" glyph: those pages are
# repaired (by dictionary), not good.
SPLIT_SARA_AM_BUILDS = [
    "chiang-mai-san-pa-tong-2567-action-plan.pdf",
    "chiang-rai-wiang-pa-pao-2568-action-plan.pdf",
    "phatthalung-pa-bon-2566-minutes.pdf",
]
GOOD = sorted(
    p.name for p in CORPUS.glob("*.pdf")
    if not DERIVED_RE.match(p.name) and p.name not in LEGACY_PUA and p.name not in SPLIT_SARA_AM_BUILDS
)
HAS_TESSERACT = shutil.which(ocr.TESSERACT_CMD) is not None


@cache
def parsed(name: str) -> Document:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} is absent (run scripts/make_damaged_pdfs.py)")
    return parse(path)


def source_of(name: str) -> str:
    return f"{DERIVED_RE.match(name)['slug']}.pdf"


def similarity_to_source(name: str) -> float:
    def body(doc: Document) -> str:
        return "".join("".join(b.text.split()) for b in doc.body())

    return difflib.SequenceMatcher(None, body(parsed(source_of(name))), body(parsed(name)), autojunk=False).ratio()


@pytest.mark.parametrize("name", GOOD)
def test_every_page_of_a_good_corpus_pdf_is_good(name: str) -> None:
    doc = parsed(name)
    assert [p.verdict for p in doc.page_info] == ["good"] * doc.pages
    assert not any(b.repaired or b.from_ocr for b in doc.blocks)


@pytest.mark.parametrize("name", SPLIT_SARA_AM_BUILDS)
def test_a_built_pdf_whose_small_table_text_splits_sara_am_is_repaired_page_by_page(name: str) -> None:
    doc = parsed(name)
    verdicts = [p.verdict for p in doc.page_info]
    assert set(verdicts) <= {"good", "repaired"} and "repaired" in verdicts
    assert all(any(r.startswith("split_sara_am") for r in p.reasons) for p in doc.page_info if p.verdict == "repaired")
    assert not any(b.from_ocr for b in doc.blocks)


def test_both_legacy_font_documents_are_found() -> None:
    assert {"nan-province-2562-progress.pdf", "lop-buri-khok-samrong-2565-project.pdf"} <= set(LEGACY_PUA)


@pytest.mark.parametrize("name", LEGACY_PUA)
def test_legacy_private_use_glyphs_are_repaired_by_normalisation(name: str) -> None:
    doc = parsed(name)
    assert [p.verdict for p in doc.page_info] == ["repaired"] * doc.pages
    assert all(p.reasons[0].startswith("private_use_glyphs") for p in doc.page_info)
    assert all(b.repaired for b in doc.blocks)
    assert not re.search("[\uf700-\uf8ff]", doc.text) and "ำ" in doc.text


def test_lost_sara_am_is_restored_and_the_page_marked_repaired() -> None:
    doc = parsed(SARA_AM)
    assert [p.verdict for p in doc.page_info] == ["repaired", "repaired"]
    assert any(r.startswith("split_sara_am") for r in doc.page_info[0].reasons)
    assert "sara am restored by dictionary" in doc.page_info[0].reasons[-1]
    assert all(b.repaired for b in doc.blocks)
    assert "สำนักงานสาธารณสุขอำเภอกุมภวาปี" in doc.text
    assert similarity_to_source(SARA_AM) >= 0.995


def test_the_repaired_page_keeps_its_table_cells() -> None:
    source = parsed(source_of(SARA_AM))
    doc = parsed(SARA_AM)
    cells = [(b.table, b.row, b.col) for b in doc.blocks if b.kind == "table_cell"]
    assert cells and cells == [(b.table, b.row, b.col) for b in source.blocks if b.kind == "table_cell"]


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")
def test_glyph_soup_is_read_by_ocr() -> None:
    doc = parsed(GLYPH_SOUP)
    assert [p.verdict for p in doc.page_info] == ["ocr", "ocr"]
    assert doc.page_info[0].reasons[0].startswith("control_chars")
    assert all(b.from_ocr and b.confidence is not None for b in doc.blocks)
    assert similarity_to_source(GLYPH_SOUP) >= 0.9


@pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")
@pytest.mark.parametrize("name", SCANS)
def test_a_scan_is_read_by_ocr_close_to_its_source(name: str) -> None:
    doc = parsed(name)
    assert [p.verdict for p in doc.page_info] == ["ocr"] * doc.pages
    assert doc.page_info[0].reasons[0] == "no_text_layer: page image covers 100%"
    assert doc.blocks and all(b.from_ocr and 0 <= b.confidence <= 100 for b in doc.blocks)
    assert similarity_to_source(name) >= 0.9


def test_page_verdicts_and_repaired_blocks_are_stored(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "pcc.db")
    summary = pipeline.ingest([CORPUS / SARA_AM], db)
    assert not summary.failed
    rows = list(db.query("SELECT page, verdict, reasons, chars FROM pages ORDER BY page"))
    assert [r["verdict"] for r in rows] == ["repaired", "repaired"]
    assert "sara am restored" in json.loads(rows[0]["reasons"])[-1] and rows[0]["chars"] > 1000
    assert db.execute("SELECT count(*) FROM blocks WHERE repaired = 0").fetchone()[0] == 0


def test_pcc_ingest_text_lists_the_repaired_pages() -> None:
    result = CliRunner().invoke(app, ["text", str(CORPUS / SARA_AM)])
    assert result.exit_code == 0
    assert "p.1: repaired (split_sara_am" in result.stderr
    assert "สำนักงาน" in result.stdout
