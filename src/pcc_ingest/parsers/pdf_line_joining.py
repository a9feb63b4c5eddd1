"""Whether one PDF prose line wraps on from the line above (same paragraph) or starts anew.

Decided by line geometry alone: same size and weight, the usual pitch, the
line above reaching the right margin, indents, centring, list labels.
"""

from __future__ import annotations

import re

from pcc_ingest.parsers.pdf_layout import SAME_BASELINE, ProseLine
from pcc_ingest.parsers.pdf_text import THAI_MARK_RE, TextLine

# A list label at the start of a line as Word and LibreOffice draw it: a bullet
# or dash, "1." "1)" "1.2" "1.2." "(1)" in ASCII or Thai digits, "ก)" "ก.".
# Clerks often type a dash or number flush against the text ("-ค่าอาหาร",
# "1)ให้"), so those labels may be followed by a Thai letter; "ก." may not
# (it would take "ก.พ.", an abbreviated month, for a label).
LIST_LABEL_RE = re.compile(
    r"^(?:(?:[-–•●○▪■◆❖➢✓·*]"
    r"|\(?[0-9๐-๙]{1,3}(?:[.)]|(?:\.[0-9๐-๙]{1,3})+\.?)"
    r"|\([0-9๐-๙]{1,3}\))(?=\s|[ก-ฮเ-ไ])"
    r"|\(?[ก-ฮ][.)](?=\s))"
)
# A range cut by the line end: a figure ends one line and the next opens with a
# dash and a figure ("เด็กอายุ 0" / "– 5 ปี"): the dash joins them, it is no bullet.
RANGE_GOES_ON_RE = re.compile(r"[0-9๐-๙]\s*\n[-–]\s*[0-9๐-๙]")
# A bracketed number cut by the line end: one line ends with "(" and the next
# opens "2)" ("ได้แก่ (1) … (" / "2) การดูแล…"): the "2)" closes the bracket, it
# labels no new item.
BRACKET_GOES_ON_RE = re.compile(r"\(\s*\n[0-9๐-๙]{1,3}\)")

# A paragraph's line ends "short" (so the paragraph ends) when it stops this
# share of the column width before the column's right edge.
SHORT_LINE_SHARE = 0.15
# A new line continues the paragraph when it follows at most this multiple of
# the document's usual line pitch for its font size.
PITCH_FACTOR = 1.3
# An estimate of a text's width from its share of the line's letters may be
# off by this share of the rest of the line (digits are wider than Thai
# letters), and by this many font sizes.
CHUNK_WIDTH_MARGIN = 0.2
CHUNK_SLACK = 0.5
# A first line indented more than this many font sizes starts a block set in
# (signatures, quotations), whose lines all share that indent; a wrapped line
# may start at most the second figure right of its first line (a hanging label).
BLOCK_INDENT = 5.0
HANGING_INDENT = 3.0
# A centred line stands off the left edge by this many font sizes (equal room
# on the right); a clearly centred one (a title) by the second figure.
MIN_CENTRED_MARGIN = 0.25
CENTRED_MARGIN = 4.0



def continues(paragraph: list[ProseLine], line: ProseLine, column: tuple[float, float], pitch: dict[int, float]) -> bool:
    """Whether ``line`` wraps on from the paragraph's last line on the same page.

    It does when the last line wrapped into it (``_wrapped``), it follows at
    the usual line pitch, both are centred or neither is clearly centred,
    and it keeps the paragraph's left edge: a first line may be indented or
    hang out by a label's width, but a line that repeats a first line's
    small indent starts a paragraph of its own (a block set far in, like a
    signature, keeps its indent on every line).
    """
    prev = paragraph[-1]
    if not _wrapped(prev, line, column):
        return False
    step = prev.baseline - line.baseline
    usual = pitch.get(round(prev.size), 1.25 * prev.size)
    if step <= SAME_BASELINE * prev.size or step > PITCH_FACTOR * usual:
        return False
    if _centred(prev, column) and _centred(line, column):
        return True  # a centred paragraph wrapping: its lines have no common left edge
    if _centred(prev, column, CENTRED_MARGIN) or _centred(line, column, CENTRED_MARGIN):
        return False  # a centred title next to ordinary text
    tolerance = 0.5 * line.size
    same_left = abs(line.left - prev.left) <= tolerance
    if len(paragraph) > 1:
        return same_left
    indent = prev.left - column[0]
    if same_left:  # a first line's indent repeated starts a new paragraph, unless the block is set in
        return indent <= tolerance or indent > BLOCK_INDENT * line.size
    return line.left <= prev.left + hang_limit(prev) + tolerance  # further in: not a wrap of this line


def hang_limit(line: TextLine) -> float:
    """How far right of ``line``'s left edge its wrapped lines may start.

    Under a list label they hang by the label's width (and its gap), so a
    line set in further, at a paragraph's first-line indent, starts a new
    paragraph after a one-line list item; unlabelled, a hanging label pdfium
    did not read as one is allowed for.
    """
    label = LIST_LABEL_RE.match(line.text.lstrip())
    if label is None:
        return HANGING_INDENT * line.size
    share = len(label.group()) / max(len(THAI_MARK_RE.sub("", line.text.strip())), 1)
    return min(HANGING_INDENT * line.size, share * (line.right - line.left) + CHUNK_SLACK * line.size)


def continues_on_next_page(prev: ProseLine, line: ProseLine, prev_column: tuple[float, float], column: tuple[float, float]) -> bool:
    """Whether the first line of a page wraps on from the last line of the page before.

    It must sit at the column's left edge, as a wrapped line does, not
    indented as a paragraph's first line.
    """
    return _wrapped(prev, line, prev_column) and abs(line.left - column[0]) <= 0.5 * line.size


def _wrapped(prev: ProseLine, line: ProseLine, column: tuple[float, float]) -> bool:
    """Whether ``prev`` ran on into ``line``: same size and weight, no list label (a dash
    going on with a range is none), no room left.

    ``prev`` left no room when it stops within a share of the column width
    of the right edge and too close to it for ``line``'s first word group.
    """
    if abs(prev.size - line.size) > 0.5 or prev.bold != line.bold:
        return False
    if LIST_LABEL_RE.match(line.text) and not _label_goes_on(prev.text, line.text):
        return False
    room = column[1] - prev.right
    return room <= SHORT_LINE_SHARE * max(column[1] - column[0], 1.0) and room <= first_chunk_width(line.text, line.right - line.left, line.size)


def _label_goes_on(prev_text: str, text: str) -> bool:
    """Whether what looks like a list label opening ``text`` goes on from ``prev_text`` (a range, a bracket)."""
    joint = prev_text + "\n" + text
    return bool(RANGE_GOES_ON_RE.search(joint) or BRACKET_GOES_ON_RE.search(joint))


def first_chunk_width(text: str, width: float, size: float) -> float:
    """About how wide a line's text up to its first space is, the line being ``width`` wide.

    Estimated from the chunk's share of the line's letters (marks take no
    width), with a margin that shrinks to none when the chunk is the line.
    If that much would have fitted at the end of the line above, the line
    above did not wrap: it ended its paragraph.
    """
    chunk = text.split(" ", 1)[0]
    share = len(THAI_MARK_RE.sub("", chunk)) / max(len(THAI_MARK_RE.sub("", text)), 1)
    return share * width * (1 + CHUNK_WIDTH_MARGIN * (1 - share)) + CHUNK_SLACK * size


def _centred(line: ProseLine, column: tuple[float, float], margin: float = MIN_CENTRED_MARGIN) -> bool:
    """Centred: off the left edge by at least ``margin`` font sizes, with equal room both sides."""
    left_gap, right_gap = line.left - column[0], column[1] - line.right
    return left_gap > margin * line.size and abs(left_gap - right_gap) < 1.5 * line.size
