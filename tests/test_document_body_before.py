"""Document.body_before: the body block before a block, past page headers and footers (and
empty blocks when asked), on a real PDF whose paragraphs run over page breaks."""

from __future__ import annotations

from pathlib import Path

from pcc_ingest.parsers import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_the_block_before_skips_the_page_furniture_between():
    doc = parse(CORPUS / "nan-pua-2566-project.pdf")
    furniture = [b for b in doc.blocks if b.kind in ("header", "footer")]
    assert furniture
    for block in doc.blocks:
        before = [b for b in doc.blocks[: block.order] if b.kind not in ("header", "footer")]
        assert doc.body_before(block.order) == (before[-1] if before else None)
        filled = [b for b in before if b.text.strip()]
        assert doc.body_before(block.order, skip_blank=True) == (filled[-1] if filled else None)
    assert doc.body_before(0) is None
