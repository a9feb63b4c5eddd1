"""Dashes inside a line that join two names rather than open bullets."""

from __future__ import annotations

from pcc_ingest.extract.tables import CELL_BULLET_RE, cell_lines
from pcc_ingest.thai.dates import find_dates

# The dashes that join names in running text ("พชอ. – พชต.", "บ้าน – วัด"):
# clerks type a bullet as a hyphen "-", and Word's autoformat turns a spaced
# hyphen between two words into an en dash.
JOINING_DASHES = "–—"


def bullet_lines(text: str) -> list[tuple[int, int]]:
    """``cell_lines`` of a block's text, unless the line opens with no bullet
    and every dash in it is a spaced en or em dash after a word: that dash
    joins a pair of names ("1. ประชุม... พชอ. – พชต. วันที่ 18 ธันวาคม 2567"),
    so the line is one, not a lead and a bullet."""
    lines = cell_lines(text)
    if len(lines) < 2:
        return lines
    ranges = [m.span for m in find_dates(text)]
    marks = [m.start() for m in CELL_BULLET_RE.finditer(text)
             if not any(s < m.start() < e for s, e in ranges)]
    if marks and marks[0] > 0 and text[: marks[0]].strip() and all(joins(text, at) for at in marks):
        return [(0, len(text.rstrip()))]
    return lines


def joins(text: str, at: int) -> bool:
    """The dash at ``at`` is an en or em dash with a space before it and a word
    before that space: a joint between names, not an inline bullet."""
    return text[at] in JOINING_DASHES and at >= 2 and text[at - 1].isspace() and not text[at - 2].isspace()
