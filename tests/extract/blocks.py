"""A bare paragraph ``Block`` for rule tests that read one block's text (no file behind it)."""

from __future__ import annotations

from pcc_ingest.model import Block


def text_block(text: str) -> Block:
    """One paragraph block whose raw and normalised text are ``text``."""
    return Block(kind="paragraph", raw_text=text, text=text, order=0, start=0, end=len(text))
