"""pdfium's text of one PDF page as lines in drawing order, with Thai read right.

pdfium (pypdfium2) honours the ``ActualText`` spans LibreOffice and Word wrap
around Thai clusters, so sara am and mark order come out right where
pdfminer (under pdfplumber) doubles ``ำ`` and misorders marks, and it is many
times faster.  What it still gets wrong is repaired here: a mark drawn late
is moved back over its letter, pdfium's end-of-line hyphen code becomes "-",
and a space pushed in front of a following vowel is dropped.  Each line comes
with the geometry that table routing and paragraph joining need.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pcc_ingest.quality import Edit

# A line of pdfium's page text: pdfium separates lines with generated "\r\n".
TEXT_LINE_RE = re.compile(r"[^\r\n]+")
# A Thai letter or mark: two lines wrapped between Thai words join without a
# space (Thai has no spaces between words); digits, Thai ones too, keep one.
THAI_CHAR_RE = re.compile("[\u0e01-\u0e4e]")
THAI_CONSONANT_RE = re.compile("[\u0e01-\u0e2e]")
THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
THAI_TONES = "\u0e48-\u0e4c"
THAI_MARK_RE = re.compile(f"[{THAI_MARKS}]")  # drawn over or under a letter: no width of its own
# A line that is only a page number: "3", "- 3 -", "หน้า 3", "หน้า 3/12", "Page 3".
# Page furniture, never part of the text around it (a paragraph, a signature block).
PAGE_NUMBER_RE = re.compile(
    r"^[-–—(\[]*\s*(?:หน้า(?:ที่)?|page)?\s*[0-9๐-๙]{1,4}\s*(?:(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?\s*[-–—)\]]*$",
    re.IGNORECASE,
)
THAI_TONE_RE = re.compile(f"[{THAI_TONES}]")
THAI_VOWEL_MARKS = "\u0e31\u0e34-\u0e3a\u0e47"
# Where pdfium, reading in drawing order, can leave a Thai mark that
# LibreOffice drew late (after the next letter or the rest of the line:
# "ความร้ ู", "เรียนร้ กู าร", "ความร้ตู าม"): next to a space (pdfium generates
# one for the jump back), or a vowel mark on the letter after a toned letter.
# Candidates only: ``_reattach_orphan_marks`` checks where each one is drawn.
MISPLACED_MARK_RE = re.compile(
    f"(?<=[ \\n])[{THAI_MARKS}]+|[{THAI_MARKS}]+(?= )"
    f"|(?<=[{THAI_TONES}][\u0e01-\u0e2e])[{THAI_VOWEL_MARKS}]"
    f"|(?<=[{THAI_TONES}] [\u0e01-\u0e2e])[{THAI_VOWEL_MARKS}]"
)
# pdfium's code for a hyphen it judged to end a line (a noncharacter).
PDFIUM_LINE_END_HYPHEN = "\ufffe"
# pdfium emits the space glyph LibreOffice draws before a justified word out of
# sequence, landing it before a following vowel ("ประจ ำปี"); ะ า ำ ๅ never
# start a syllable, so a space in front of one is that artefact.
SPACE_BEFORE_FOLLOWING_VOWEL_RE = re.compile(
    "(?<=[\u0e01-\u0e2e\u0e31-\u0e3a\u0e47-\u0e4e]) +(?=[\u0e30\u0e32\u0e33\u0e45])"
)
# A space pdfium made up where a Latin letter meets a Thai digit ("PM ๒.๕",
# "บาทx ๑๐๐คน"): LibreOffice draws the digit in the Thai font's run, a quarter
# of an em off, and pdfium takes the seam for a word gap.  Candidates only:
# ``_drop_seam_spaces`` checks the gap (a table cell's gap is many ems).
SCRIPT_SEAM_SPACE_RE = re.compile("(?<=[A-Za-z]) (?=[\u0e50-\u0e59])")
# A seam gap narrower than this many font sizes is no word gap.
SEAM_GAP_EMS = 0.5
# A space pdfium made up after a mark LibreOffice shifted left over ป ฝ ฟ
# ("ผู้ป่ วย"): pdfium sizes its gap test by the mark, whose box stops short of
# its letter.  Candidates only: ``_drop_mark_gap_spaces`` measures from the letter.
SPACE_AFTER_MARK_RE = re.compile(f"(?<=[{THAI_MARKS}]) (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# Ink apart by more than this many font sizes on one baseline is a word gap
# (a space or tab stop) even where pdfium generated no space: it sizes its
# gap test by the last glyph, and a Thai mark ending a cluster ("ดี", "ที่")
# is drawn with no advance, so "มะเร็งท่อน้ำดี30,000" lost its space.  Letters
# set solid stand under 0.2 em apart; a word gap is 0.25 em or more.
WORD_GAP_EMS = 0.25
# Two glyphs whose baselines differ by less than this share of the font size sit on one line.
SAME_LINE = 0.2
# How far back (in characters, and left of the mark in points) an orphan
# mark's letter is looked for.
ORPHAN_SEARCH = 200
ORPHAN_REACH = 15.0
# A mark's centre may stray this far (points) outside its letter's box
# (marks shifted left over ป ฝ ฟ) and still be in place.
MARK_SLACK = 1.0
BOLD_WEIGHT = 600
FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag bit 19
FONT_NAME_BYTES = 256


@dataclass(frozen=True)
class Frame:
    """Maps PDF page space to the page as displayed: its /Rotate applied, origin bottom-left, y up.

    Landscape pages are often portrait pages turned by /Rotate (content drawn
    sideways); reading order and line geometry only make sense upright.
    """

    rotation: int  # clockwise degrees: 0, 90, 180 or 270
    x0: float
    y0: float
    width: float  # of the unrotated page box
    height: float

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> Frame:
        left, bottom, right, top = page.get_bbox()
        return cls(page.get_rotation() % 360, left, bottom, right - left, top - bottom)

    @property
    def display_width(self) -> float:
        return self.width if self.rotation in (0, 180) else self.height

    @property
    def display_height(self) -> float:
        return self.height if self.rotation in (0, 180) else self.width

    def point(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self.x0, y - self.y0
        if self.rotation == 90:
            return v, self.width - u
        if self.rotation == 180:
            return self.width - u, self.height - v
        if self.rotation == 270:
            return self.height - v, u
        return u, v

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of a page-space box, upright."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


class Glyphs:
    """Upright boxes and origins of a text page's characters (pdfium gives them in page space)."""

    def __init__(self, textpage: pdfium.PdfTextPage, frame: Frame) -> None:
        self.raw = textpage.raw
        self.frame = frame
        self._box = [ctypes.c_double() for _ in range(4)]
        self._origin = [ctypes.c_double(), ctypes.c_double()]

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of char ``index``."""
        left, right, bottom, top = self._box
        pdfium_c.FPDFText_GetCharBox(self.raw, index, left, right, bottom, top)
        return self.frame.box(left.value, bottom.value, right.value, top.value)

    def origin(self, index: int) -> tuple[float, float]:
        """Where char ``index`` sits on its baseline."""
        x, y = self._origin
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, x, y)
        return self.frame.point(x.value, y.value)


@dataclass
class TextLine:
    """A visual line of text with the geometry that paragraph joining and table routing need."""

    text: str
    left: float
    right: float
    baseline: float
    size: float
    bold: bool
    trailing_space: bool


@dataclass
class Piece(TextLine):
    """A pdfium text line before routing: a ``TextLine`` plus its char indices on the page."""

    chars: list[int]


def page_lines(
    textpage: pdfium.PdfTextPage, glyphs: Glyphs, fix: Callable[[str], list[Edit]] | None = None
) -> list[Piece]:
    """pdfium's text lines in content order, with orphaned Thai marks put back.

    ``fix`` (a text repair, see ``pcc_ingest.quality``) gets the page's text
    and returns edits; each edited character keeps the place of the
    character it replaces, so table routing and line geometry still hold.
    """
    raw = textpage.raw
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != n:  # pdfium dropped or inserted chars: rebuild a 1:1 view
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(n))
    chars = list(text)
    order = list(range(n))
    if MISPLACED_MARK_RE.search(text):
        _reattach_orphan_marks(glyphs, chars, order)
    if SCRIPT_SEAM_SPACE_RE.search(text):
        _drop_seam_spaces(glyphs, chars, order)
    if SPACE_AFTER_MARK_RE.search(text):
        _drop_mark_gap_spaces(glyphs, chars, order)
    _add_missing_spaces(glyphs, chars, order)
    if fix is not None:
        _apply_edits(chars, order, fix("".join(chars)))
    text = "".join(chars).replace(PDFIUM_LINE_END_HYPHEN, "-")
    font_name, font_flags = ctypes.create_string_buffer(FONT_NAME_BYTES), ctypes.c_int()
    pieces = []
    for m in TEXT_LINE_RE.finditer(text):
        s = m.group()
        body = s.strip()
        if not body:
            continue
        first = order[m.start() + len(s) - len(s.lstrip())]
        last = order[m.start() + len(s.rstrip()) - 1]
        x0 = glyphs.box(first)[0]
        ox, oy = glyphs.origin(first)
        bold = _is_bold(raw, first, font_name, font_flags) and _is_bold(raw, last, font_name, font_flags)
        pieces.append(
            Piece(
                text=s, chars=order[m.start() : m.end()], left=min(x0, ox), right=glyphs.box(last)[2],
                baseline=oy, size=pdfium_c.FPDFText_GetFontSize(raw, first),
                bold=bold, trailing_space=s != s.rstrip(),
            )
        )
    return pieces


def _is_bold(raw, index: int, name: ctypes.Array, flags: ctypes.c_int) -> bool:
    """Bold by weight, by the ForceBold flag, or by the font's name ("THSarabunPSK-Bold").

    Subset fonts embedded by LibreOffice and Word often carry no weight.
    """
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= BOLD_WEIGHT:
        return True
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, len(name), flags)
    return bool(flags.value & FORCE_BOLD_FLAG) or b"bold" in name.value.lower()


def _reattach_orphan_marks(glyphs: Glyphs, chars: list[str], order: list[int]) -> None:
    """Move each Thai mark pdfium read out of place back after the letter it is drawn over.

    A candidate (``MISPLACED_MARK_RE``) is out of place when it follows a
    space or line break, or when the letter before it does not lie under
    it.  Its letter is, among the earlier consonants on the same baseline
    whose boxes reach the mark's centre, the one whose centre is nearest.
    The spaces pdfium generated around the mark's old place go too (a real
    word gap there is put back by ``_add_missing_spaces``, which measures it).
    A mark whose letter is not found stays where it is.
    """
    boxes = _CharBoxes(glyphs, order)
    text = "".join(chars)
    pos = 0
    while (m := MISPLACED_MARK_RE.search(text, pos)) is not None:
        start, end = m.span()
        pos = end
        after_break = chars[start - 1] in " \n"
        x0, x1, baseline = boxes.box(start)
        centre = (x0 + x1) / 2
        if not after_break and THAI_CONSONANT_RE.match(chars[start - 1]) and boxes.spans(start - 1, centre):
            continue  # over the letter right before it: in place
        under = []
        for k in range(start - 1, max(start - ORPHAN_SEARCH, 0) - 1, -1):
            if not THAI_CONSONANT_RE.match(chars[k]):
                continue
            _, right, line = boxes.box(k)
            if abs(line - baseline) > 1.0 or right < centre - ORPHAN_REACH:
                break  # another line, or well left of the mark: its letter is not further back
            if boxes.spans(k, centre):
                under.append(k)
        if not under:
            continue
        base = min(under, key=lambda k: abs(centre - (boxes.box(k)[0] + boxes.box(k)[1]) / 2))
        insert = base + 1
        if THAI_TONE_RE.match(chars[start]):  # a tone goes after the letter's vowel marks
            while insert < start and THAI_MARK_RE.match(chars[insert]):
                insert += 1
        lo = start - 1 if boxes.generated_space(chars, start - 1) else start
        hi = end + 1 if boxes.generated_space(chars, end) else end
        run_chars, run_order = chars[start:end], order[start:end]
        del chars[lo:hi], order[lo:hi]
        chars[insert:insert] = run_chars
        order[insert:insert] = run_order
        text = "".join(chars)
        pos = lo + (end - start)


def _drop_seam_spaces(glyphs: Glyphs, chars: list[str], order: list[int]) -> None:
    """Drop each generated space at a Latin / Thai-digit seam (``SCRIPT_SEAM_SPACE_RE``)
    whose gap is under ``SEAM_GAP_EMS`` of the font size, so "(PM๒.๕)" reads as
    its .docx does."""
    boxes = _CharBoxes(glyphs, order)
    seams = [m.start() for m in SCRIPT_SEAM_SPACE_RE.finditer("".join(chars))]
    for pos in reversed(seams):
        if not boxes.generated_space(chars, pos):
            continue
        gap = boxes.box(pos + 1)[0] - boxes.box(pos - 1)[1]
        if gap < SEAM_GAP_EMS * pdfium_c.FPDFText_GetFontSize(glyphs.raw, order[pos - 1]):
            del chars[pos], order[pos]


def _drop_mark_gap_spaces(glyphs: Glyphs, chars: list[str], order: list[int]) -> None:
    """Drop each generated space after a mark (``SPACE_AFTER_MARK_RE``) when the next
    letter stands less than a word gap (``WORD_GAP_EMS``) right of the mark's letter,
    so "ผู้ป่ วย" reads as its .docx does."""
    boxes = _CharBoxes(glyphs, order)
    spaces = [m.start() for m in SPACE_AFTER_MARK_RE.finditer("".join(chars))]
    for pos in reversed(spaces):
        base = pos - 1
        while base > 0 and THAI_MARK_RE.match(chars[base]):
            base -= 1
        if not THAI_CONSONANT_RE.match(chars[base]) or not boxes.generated_space(chars, pos):
            continue
        if not _word_gap(glyphs, boxes, base, pos + 1, WORD_GAP_EMS):
            del chars[pos], order[pos]


def _add_missing_spaces(glyphs: Glyphs, chars: list[str], order: list[int]) -> None:
    """Put a space between two glyphs of one line whose ink is a word gap apart
    (``WORD_GAP_EMS``) where pdfium gave none.

    The gap is measured from the cluster's base letter, not from a mark over
    it: a mark's box may reach past its letter or stop short of it.  A Latin
    letter meeting a Thai digit is a font seam, held to ``SEAM_GAP_EMS``.
    """
    boxes = _CharBoxes(glyphs, order)
    gaps = []
    base = None
    for pos, ch in enumerate(chars):
        if ch.isspace() or ch == PDFIUM_LINE_END_HYPHEN:
            base = None
        elif not THAI_MARK_RE.match(ch):
            seam = base is not None and SCRIPT_SEAM_SPACE_RE.search(f"{chars[base]} {ch}") is not None
            if base is not None and _word_gap(glyphs, boxes, base, pos, SEAM_GAP_EMS if seam else WORD_GAP_EMS):
                gaps.append(pos)
            base = pos
    for pos in reversed(gaps):
        chars.insert(pos, " ")
        order.insert(pos, order[pos - 1])


def _word_gap(glyphs: Glyphs, boxes: _CharBoxes, base: int, pos: int, ems: float) -> bool:
    """Whether the glyph at ``pos`` starts a gap of over ``ems`` font sizes right of base letter ``base`` on its baseline."""
    left, _, baseline = boxes.box(pos)
    _, right, base_line = boxes.box(base)
    size = pdfium_c.FPDFText_GetFontSize(glyphs.raw, boxes.order[base])
    return abs(baseline - base_line) < SAME_LINE * size and left - right > ems * size


def _apply_edits(chars: list[str], order: list[int], edits: list[Edit]) -> None:
    """Apply text edits to the parallel char and char-index lists, last edit first."""
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        places = order[e.start : e.end] or order[max(e.start - 1, 0) : e.start]
        chars[e.start : e.end] = list(e.new)
        order[e.start : e.end] = [places[min(k, len(places) - 1)] for k in range(len(e.new))]


class _CharBoxes:
    """Char boxes and baselines by position in the (re-ordered) page text, fetched once each."""

    def __init__(self, glyphs: Glyphs, order: list[int]) -> None:
        self.glyphs = glyphs
        self.order = order
        self.cache: dict[int, tuple[float, float, float]] = {}

    def box(self, pos: int) -> tuple[float, float, float]:
        """(left, right, baseline) of the char at ``pos``."""
        index = self.order[pos]
        if index not in self.cache:
            left, _, right, _ = self.glyphs.box(index)
            self.cache[index] = (left, right, self.glyphs.origin(index)[1])
        return self.cache[index]

    def spans(self, pos: int, x: float) -> bool:
        """Whether the char at ``pos`` lies under ``x`` (give or take ``MARK_SLACK``)."""
        left, right, _ = self.box(pos)
        return left - MARK_SLACK <= x <= right + MARK_SLACK

    def generated_space(self, chars: list[str], pos: int) -> bool:
        """Whether ``pos`` holds a space pdfium made up for a gap (not one the PDF draws)."""
        return (
            0 <= pos < len(chars)
            and chars[pos] == " "
            and pdfium_c.FPDFText_IsGenerated(self.glyphs.raw, self.order[pos]) == 1
        )


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: Thai letters to Thai letters (or after a hyphen or an opening bracket) without a space, anything else with one.

    A line that already ends in a space (a space glyph drawn before the wrap)
    keeps it.
    """
    out = ""
    for raw in lines:
        if not raw.strip():
            continue
        line = raw.lstrip() if out else raw
        if out:
            glued = THAI_CHAR_RE.match(out[-1]) and THAI_CHAR_RE.match(line[0])
            if out[-1].isspace() or not (glued or out[-1] in "-("):
                out = out.rstrip() + " "
        out += line
    return clean(out)


def clean(text: str) -> str:
    """One space between words, none before a following vowel (see ``SPACE_BEFORE_FOLLOWING_VOWEL_RE``)."""
    return SPACE_BEFORE_FOLLOWING_VOWEL_RE.sub("", " ".join(text.split()))
