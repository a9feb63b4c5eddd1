"""Build ``Evidence`` for a span of a block: the one way every extractor cites its source."""

from __future__ import annotations

from pcc_ingest.extract.records import Evidence
from pcc_ingest.model import Block

CONTEXT_CHARS = 40


def evidence(block: Block, start: int = 0, end: int | None = None) -> Evidence:
    """Evidence for ``block.text[start:end]`` (the whole block by default)."""
    end = len(block.text) if end is None else end
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(block.text), end + CONTEXT_CHARS)
    return Evidence(
        block=block.order, page=block.page, table=block.table, row=block.row, col=block.col,
        paragraph=block.paragraph, start=start, end=end, text=block.text[start:end],
        context=block.text[lo:hi], from_ocr=block.from_ocr, repaired=block.repaired,
        confidence=block.confidence,
    )
