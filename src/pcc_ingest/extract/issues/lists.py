"""Numbered and bulleted lists: their markers, numbers, shapes, depths and item spans.

An issue list is told from the next section's list by its numbering and
marker shape, so every reader of listed issues reads markers the same way.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block
from pcc_ingest.thai.text import strip_list_marker, thai_digits_to_arabic

# The numbers of a list marker ("2.1" has two): how deep a numbered heading is.
DIGITS_RE = re.compile(r"[0-9๐-๙]+")


def _number(marker: re.Match[str]) -> int:
    return int(next(g for g in (marker["n"], marker["p"], marker["b"], marker["i"]) if g))


def list_markers(text: str, start: int, end: int, first: int = 1) -> list[tuple[int, int]]:
    """Spans of the markers 1, 2, 3 … of the numbered list beginning in ``text[start:end]``
    (``first``, ``first`` + 1 … for a list going on from a line before).

    Candidate markers that break the sequence ("ร้อยละ 80." inside an item)
    are part of the item they fall in.
    """
    marks: list[tuple[int, int]] = []
    expected = first
    for m in compiled(issue_rules()["item_marker"]).finditer(text, start, end):
        if _number(m) == expected:
            marks.append(m.span())
            expected += 1
    return marks


def numbered_items(text: str, start: int = 0, end: int | None = None, first: int = 1) -> list[tuple[int, int]]:
    """Spans of the items of the numbered list that begins in ``text[start:end]``
    with item ``first``."""
    end = len(text) if end is None else end
    marks = list_markers(text, start, end, first)
    ends = [s for s, _ in marks[1:]] + [end]
    return [(mark_end, item_end) for (_, mark_end), item_end in zip(marks, ends)]


def marker_style(marker: str) -> str:
    """A list marker's shape without its number ("2)" -> "9)", "๓." -> "9.", "-" -> "-").

    Lists that differ in shape are different lists: "3. ปัจจัย…" after
    "1) … 2) …" is the document's next section, not item 3.
    """
    return re.sub(r"[0-9๐-๙]+", "9", re.sub(r"\s+", "", marker))


def bullet_items(text: str) -> list[tuple[int, int]]:
    """Spans of the pieces of a cell split at its bullets or dashes ("- ขยะ - ผู้สูงอายุ")."""
    cuts = [(m.start(), m.end()) for m in compiled(issue_rules()["bullet"]).finditer(text)]
    if not cuts:
        return [(0, len(text))]
    spans = [(0, cuts[0][0])] if text[:cuts[0][0]].strip() else []
    ends = [s for s, _ in cuts[1:]] + [len(text)]
    return spans + [(e, end) for (_, e), end in zip(cuts, ends)]


def leading_marker(block: Block) -> tuple[int | None, str | None]:
    """The number and marker shape of a listed paragraph ("2) …", Word's "2.", "- …").
    A label in Thai digits ("(๓)", as a PDF's list keeps it) numbers the item as "(3)" does."""
    label = thai_digits_to_arabic((block.list_label or "").strip())
    if not label:
        body = strip_list_marker(block.text)
        label = block.text[:len(block.text) - len(body)].strip()
    if not label:
        return None, None
    m = compiled(issue_rules()["item_marker"]).match(label)
    return (_number(m) if m else None), marker_style(label)


def marker_depth(block: Block) -> int | None:
    """How deep a numbered paragraph's marker is ("2." -> 1, "2.1" -> 2); ``None`` if not numbered."""
    label = (block.list_label or "").strip()
    if not label:
        body = strip_list_marker(block.text)
        label = block.text[:len(block.text) - len(body)].strip()
    numbers = DIGITS_RE.findall(label)
    return len(numbers) or None
