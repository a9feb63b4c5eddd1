"""Acceptance: the text read from each PDF matches the .docx it was made from (>= 0.99).

Runs over the parser fixtures and every corpus/*.pdf that has a .docx twin, so
corpus pairs are checked as soon as they are added.  The figure is the one
scripts/text_similarity.py prints.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pcc_ingest.parsers import parse

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("text_similarity", ROOT / "scripts" / "text_similarity.py")
text_similarity = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(text_similarity)

PAIRS = text_similarity.twins([Path(__file__).parent / "fixtures", ROOT / "corpus"])
MIN_SIMILARITY = 0.99


def test_fixture_pairs_are_found():
    assert {pdf.name for _, pdf in PAIRS} >= {"mixed_report.pdf", "table_heavy.pdf", "prose_long.pdf"}


@pytest.mark.parametrize(("docx", "pdf"), PAIRS, ids=[pdf.name for _, pdf in PAIRS])
def test_pdf_text_matches_its_docx(docx: Path, pdf: Path):
    reference = text_similarity.body_text(parse(docx))
    ours = text_similarity.body_text(parse(pdf))
    assert text_similarity.similarity(reference, ours) >= MIN_SIMILARITY
