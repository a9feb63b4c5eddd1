"""Dashes inside a line that join two names rather than open bullets, and
slashes that part the acts of a schedule written on one line."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import activity_rules, rule_re
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


def slash_parts(text: str) -> list[tuple[int, int]]:
    """The parts of a schedule written on one line with spaced slashes between
    its acts ("กำหนดการสำคัญ: อบรม... วันที่ 14 – 15 มี.ค. 66 ... / Big Cleaning
    Day ... วันที่ 24 มี.ค. 66 ... / ค่ายเยาวชน วันที่ 20 – 21 เม.ย. 66 ..."): each
    act keeps its own dates and head count.  Empty unless the slashes part
    enough pieces and most of them are dated (``[lines] slash_*``)."""
    rules = activity_rules()["lines"]
    cuts = list(rule_re("lines", "slash_separator").finditer(text))
    if len(cuts) + 1 < rules["slash_parts"]:
        return []
    bounds = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text.rstrip())]
    parts = list(zip(bounds, ends, strict=True))
    dated = sum(bool(find_dates(text[s:e])) for s, e in parts)
    return parts if 2 * dated > len(parts) else []
