"""OCR of scanned pages with Tesseract's Thai model (pcc_ingest.ocr): blocks marked from_ocr with
word confidences, the page left as needs_ocr when Tesseract is missing, and the plausibility rule
for figures read by OCR."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pcc_ingest import checks, ocr
from pcc_ingest.extract.records import (
    BudgetItemRecord,
    BudgetTotal,
    DocumentFacts,
    Evidence,
    Extraction,
    OutcomeRecord,
)
from pcc_ingest.parsers import parse
from pcc_ingest.parsers.pdf_quality import read_checked_pdf

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SCAN = CORPUS / "chiang-mai-mae-chaem-2567-progress-scan.pdf"
SOURCE = CORPUS / "chiang-mai-mae-chaem-2567-progress.pdf"
HAS_TESSERACT = shutil.which(ocr.TESSERACT_CMD) is not None
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")


def squeeze(text: str) -> str:
    return "".join(text.split())


def similarity(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, squeeze(a), squeeze(b), autojunk=False).ratio()


@pytest.fixture(scope="module")
def tesseract_output() -> tuple[str, str, int]:
    """Tesseract's text and TSV of the scan's one page, and the page image height: one OCR run."""
    if not HAS_TESSERACT:
        pytest.skip("tesseract is not installed")
    pdf = pdfium.PdfDocument(str(SCAN))
    try:
        image = ocr.render(pdf[0])
    finally:
        pdf.close()
    text, tsv = ocr.run_tesseract(image)
    return text, tsv, image.height


@pytest.fixture(scope="module")
def source_text() -> str:
    return "\n".join(b.text for b in parse(SOURCE).body())


def test_ocr_blocks_are_marked_from_ocr_with_word_confidence(tesseract_output) -> None:
    page = ocr.page_blocks(*tesseract_output[:2], number=1, height=tesseract_output[2])
    assert len(page.blocks) >= 5
    assert all(b.from_ocr and b.page == 1 for b in page.blocks)
    assert all(b.confidence is not None and 0 <= b.confidence <= 100 for b in page.blocks)
    assert page.confidence is not None and page.confidence > 50


def test_ocr_text_is_close_to_the_scanned_document(tesseract_output, source_text) -> None:
    from pcc_ingest.thai.text import normalize_text

    page = ocr.page_blocks(*tesseract_output[:2], number=1, height=tesseract_output[2])
    read = normalize_text(" ".join(b.raw_text for b in page.blocks))
    assert similarity(read, source_text) >= 0.9


def test_words_are_spaced_by_their_boxes_when_the_plain_text_does_not_line_up(tesseract_output) -> None:
    text, tsv, height = tesseract_output
    by_text = ocr.page_blocks(text, tsv, number=1, height=height)
    by_boxes = ocr.page_blocks("", tsv, number=1, height=height)
    spaced = " ".join(b.raw_text for b in by_text.blocks)
    boxed = " ".join(b.raw_text for b in by_boxes.blocks)
    assert squeeze(boxed) == squeeze(spaced)  # the same characters, only spacing may differ
    assert boxed.count(" ") >= 0.5 * spaced.count(" ")


def _line(text: str, left: int, right: int) -> tuple[str, list[ocr._Word]]:
    return text, [ocr._Word(left, 0, right, 10, 90.0, text)]


def test_a_labelled_line_or_one_after_a_short_line_starts_a_new_ocr_block() -> None:
    paragraph = [
        _line("1. เพื่อสนับสนุนการดำเนินงานของ พชต. ในพื้นที่ทุกตำบลของอำเภอ", 100, 1000),
        _line("ให้ครบทุกแห่ง", 100, 400),  # wraps the line above, then stops short: the item ends
        _line("ผลการดำเนินงานพบว่าคณะกรรมการทุกคณะได้ประชุมร่วมกันอย่างต่อเนื่อง", 100, 1000),
        _line("และมีแผนงานระดับตำบลครบทุกแห่ง ผ่านการรับรองจากที่ประชุมแล้ว", 100, 995),
        _line("-คณะอนุกรรมการมีทั้งหมด 17 คณะ", 100, 980),  # a dash flush against the text
    ]
    parts = ocr.split_paragraph(paragraph)
    assert [[text for text, _ in part] for part in parts] == [
        [paragraph[0][0], paragraph[1][0]],
        [paragraph[2][0], paragraph[3][0]],
        [paragraph[4][0]],
    ]


def test_a_paragraph_of_full_lines_stays_one_ocr_block() -> None:
    paragraph = [_line("บรรทัดที่หนึ่งเต็มความกว้าง", 100, 1000), _line("บรรทัดที่สองเต็มความกว้าง", 100, 990),
                 _line("บรรทัดสุดท้ายสั้น", 100, 300)]
    assert len(ocr.split_paragraph(paragraph)) == 1


@needs_tesseract
def test_the_scans_numbered_items_and_dash_lines_are_blocks_of_their_own() -> None:
    doc = parse(CORPUS / "phrae-wang-chin-2567-project-scan.pdf")
    starts = [b.text[:2] for b in doc.body()]
    assert starts.count("- ") + starts.count("-ค") >= 4
    assert all(len(b.text) < 1500 for b in doc.body())


def test_a_missing_tesseract_is_reported_with_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ocr.OcrUnavailable, match="tesseract-ocr-tha"):
        ocr.check_tesseract(str(tmp_path / "tesseract"))


def test_without_tesseract_a_scanned_page_needs_ocr_and_the_document_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "TESSERACT_CMD", str(tmp_path / "tesseract"))
    blocks, [info] = read_checked_pdf(SCAN)
    assert info.verdict == "needs_ocr"
    assert info.reasons[0].startswith("no_text_layer")
    assert "tesseract is not installed" in info.reasons[-1]
    assert blocks == []


def test_pcc_ingest_text_without_tesseract_on_path_reports_needs_ocr(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=str(tmp_path))  # an empty folder: no tesseract to find
    done = subprocess.run([sys.executable, "-m", "pcc_ingest", "text", "--json", str(SCAN)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    [page] = json.loads(done.stdout)["page_info"]
    assert page["verdict"] == "needs_ocr"
    plain = subprocess.run([sys.executable, "-m", "pcc_ingest", "text", str(SCAN)],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert "p.1: needs_ocr" in plain.stderr


# --- figures read by OCR ---------------------------------------------------------------


def evidence(*, from_ocr: bool, block: int = 0) -> Evidence:
    return Evidence(block=block, start=0, end=4, text="2520", from_ocr=from_ocr, confidence=90.0 if from_ocr else None)


def outcome(*, year: int | None = 2567, pct: float | None = 80.0, from_ocr: bool = True) -> Extraction:
    return Extraction(
        document=DocumentFacts(fiscal_year_be=2567),
        outcomes=[OutcomeRecord(indicator="ร้อยละ", value_pct=pct, year_be=year, evidence=evidence(from_ocr=from_ocr))],
    )


def test_an_ocr_year_far_from_the_fiscal_year_is_implausible() -> None:
    [f] = checks.ocr_figure_implausible(outcome(year=2520))
    assert (f.rule, f.found, f.expected) == ("ocr_figure_implausible", "2520", "2561–2568")
    assert f.evidence.from_ocr and "year_be" in f.message


def test_an_ocr_baseline_year_a_few_years_back_is_plausible() -> None:
    assert checks.ocr_figure_implausible(outcome(year=2563)) == []


def test_an_ocr_percentage_over_100_is_implausible() -> None:
    [f] = checks.ocr_figure_implausible(outcome(pct=196.0))
    assert (f.found, f.expected) == ("196", "0–100")


def test_the_ocr_rule_leaves_figures_from_the_text_layer_alone() -> None:
    assert checks.ocr_figure_implausible(outcome(year=2520, pct=196.0, from_ocr=False)) == []


def test_ocr_budget_lines_that_no_longer_add_up_are_implausible() -> None:
    items = [BudgetItemRecord(description=f"line {i}", amount_baht=a, evidence=evidence(from_ocr=True, block=i))
             for i, a in enumerate((8160, 367200))]
    ex = Extraction(budget_items=items, budget_total=BudgetTotal(amount_baht=51, evidence=evidence(from_ocr=True, block=9)))
    [f] = checks.ocr_figure_implausible(ex)
    assert (f.found, f.expected, f.evidence.block) == ("51", "375,360", 9)


def test_the_ocr_rule_runs_with_the_other_checks() -> None:
    assert "ocr_figure_implausible" in [f.rule for f in checks.run_checks(outcome(year=2520))]
