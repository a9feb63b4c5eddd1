"""Normalise Thai block text the way the record contract stores it.

PDFs and Word files spell the same Thai text in several byte sequences: legacy
fonts emit private-use glyph variants of the marks, PDF text extraction splits
sara am or puts a tone mark before its vowel, editors leave zero-width
characters and non-breaking spaces.  Each repair below is one small function
with its own pattern, so a reviewer can see what it fixes; ``normalize_text``
applies them in a fixed order.  None of them touches Latin letters or
punctuation.
"""

from __future__ import annotations

import re
import unicodedata

from pythainlp import thai_above_vowels, thai_below_vowels, thai_follow_vowels, thai_tonemarks
from pythainlp.util import reorder_vowels

# Legacy Thai fonts (Windows "Tahoma"/"Angsana" style and Apple's Thai fonts)
# hold shifted variants of the marks in the private-use area; PDFs made with
# them give these code points back instead of the Thai marks.  The table is
# HarfBuzz's Thai PUA fallback (hb-ot-shaper-thai.cc), Windows code point first,
# then Apple's.  SD = shifted down, SL = shifted left, SDL = down-left,
# RD = base consonant drawn without its descender.
PUA_THAI_GLYPHS: dict[str, str] = {
    # SD: tone marks lowered over a consonant without an upper vowel, low vowels
    "\uf70a": "\u0e48", "\uf88b": "\u0e48",  # mai ek
    "\uf70b": "\u0e49", "\uf88e": "\u0e49",  # mai tho
    "\uf70c": "\u0e4a", "\uf891": "\u0e4a",  # mai tri
    "\uf70d": "\u0e4b", "\uf894": "\u0e4b",  # mai chattawa
    "\uf70e": "\u0e4c", "\uf897": "\u0e4c",  # thanthakhat
    "\uf718": "\u0e38", "\uf89b": "\u0e38",  # sara u
    "\uf719": "\u0e39", "\uf89c": "\u0e39",  # sara uu
    "\uf71a": "\u0e3a", "\uf89d": "\u0e3a",  # phinthu
    # SDL: tone marks lowered and moved left (under ป ฝ ฟ's tall stem)
    "\uf705": "\u0e48", "\uf88c": "\u0e48",
    "\uf706": "\u0e49", "\uf88f": "\u0e49",
    "\uf707": "\u0e4a", "\uf892": "\u0e4a",
    "\uf708": "\u0e4b", "\uf895": "\u0e4b",
    "\uf709": "\u0e4c", "\uf898": "\u0e4c",
    # SL: marks moved left (beside ป ฝ ฟ's tall stem)
    "\uf713": "\u0e48", "\uf88a": "\u0e48",
    "\uf714": "\u0e49", "\uf88d": "\u0e49",
    "\uf715": "\u0e4a", "\uf890": "\u0e4a",
    "\uf716": "\u0e4b", "\uf893": "\u0e4b",
    "\uf717": "\u0e4c", "\uf896": "\u0e4c",
    "\uf710": "\u0e31", "\uf884": "\u0e31",  # mai han-akat
    "\uf701": "\u0e34", "\uf885": "\u0e34",  # sara i
    "\uf702": "\u0e35", "\uf886": "\u0e35",  # sara ii
    "\uf703": "\u0e36", "\uf887": "\u0e36",  # sara ue
    "\uf704": "\u0e37", "\uf888": "\u0e37",  # sara uee
    "\uf712": "\u0e47", "\uf889": "\u0e47",  # maitaikhu
    "\uf711": "\u0e4d", "\uf899": "\u0e4d",  # nikhahit
    # RD: consonants drawn without their lower part (before a low vowel)
    "\uf70f": "\u0e0d", "\uf89a": "\u0e0d",  # yo ying
    "\uf700": "\u0e10", "\uf89e": "\u0e10",  # tho than
}
_PUA_TABLE = str.maketrans(PUA_THAI_GLYPHS)
# Any of those glyphs: text without one needs no translation (most text).
PUA_GLYPH_RE = re.compile(f"[{''.join(sorted(PUA_THAI_GLYPHS))}]")

# Invisible characters that split words for search and comparison: zero-width
# space / non-joiner / joiner, word joiner, byte-order mark, soft hyphen.
ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Thai digits ๐-๙ written as ASCII digits, so numbers compare and parse.
_THAI_DIGIT_TABLE = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# A Thai digit: text without one needs no translation.
THAI_DIGIT_RE = re.compile("[๐-๙]")

# Any run of white space (tabs, newlines, NBSP, thin and ideographic spaces).
WHITESPACE_RUN_RE = re.compile(r"\s+")

# Thai combining marks: mai han-akat, upper/lower vowels, phinthu,
# maitaikhu, tone marks, thanthakhat, nikhahit, yamakkan.
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"

# PDF text extraction puts a space before a mark that was placed by its own
# x-position ("ที ่", "เรื ่อง").  A mark never follows a space in real text,
# so the space is dropped when a Thai letter or mark precedes it.
SPACE_BEFORE_MARK_RE = re.compile(f"(?<=[\u0e01-\u0e2e{_MARKS}]) +(?=[{_MARKS}])")

# Sara am decomposed into nikhahit + sara aa, possibly with a tone mark or a
# space between them ("ทํา", "ทํ า", "นํ้า"): written back as one ำ after the tone.
SPLIT_SARA_AM_RE = re.compile("\u0e4d *([\u0e48-\u0e4b]?) *\u0e32")

# LibreOffice/pdfminer draw sara am as ำ plus a second sara aa glyph
# ("ดำาเนิน"); "ำา" never occurs in correct Thai.
DOUBLED_SARA_AM_RE = re.compile("\u0e33\u0e32")

# PDF extraction can push the upper vowel of เ-ือ past the อ, leaving the tone
# mark on the consonant ("เคล่อืน" for "เคลื่อน").  Only fixed when ื has no tone
# of its own, which real words starting with อื (อื่น, อื้อ) always have after
# a tone-less syllable, so "เห่อื่น" is left alone.
MISPLACED_SARA_UEA_RE = re.compile(
    "(\u0e40[\u0e01-\u0e2e]{1,2})([\u0e48-\u0e4b])\u0e2d\u0e37(?![\u0e48-\u0e4b])"
)

# PDF extraction can push a tone mark past the final consonant of a mai han-akat
# syllable ("ทัง้สิ้น", "ตัง้", "รัง้" for "ทั้งสิ้น", "ตั้ง", "รั้ง").  In Thai the
# letter right after ั closes its syllable, so a tone mark never follows it;
# the mark goes back between ั and that letter.
TONE_AFTER_FINAL_RE = re.compile("\u0e31([\u0e01-\u0e2e])([\u0e48-\u0e4b])")

# A spot ``reorder_vowels`` rewrites (pythainlp's rules, built from its
# character classes): a doubled sara e, a tone mark or thanthakhat before an
# upper or lower vowel, a nikhahit, a following vowel before a tone mark, a
# lakkhangyao.  Text in logical order (nearly all) has none, and skips its
# five substitutions.
REORDER_NEEDED_RE = re.compile(
    f"\u0e40\u0e40|[{thai_tonemarks}\u0e4c][{thai_above_vowels}{thai_below_vowels}]|\u0e4d"
    f"|[{thai_follow_vowels}][{thai_tonemarks}]|\u0e45"
)

# A range of figures wrapped after its dash in a PDF cell ("0–" / "5 ปี") reads
# "0– 5" once the lines are joined; typed text puts spaces on both sides of a
# dash or none, so a space only after a dash between digits is the wrap's.
WRAPPED_RANGE_RE = re.compile(r"(?<=[0-9๐-๙][-–]) (?=[0-9๐-๙])")

# The same combining mark typed or overprinted twice ("ที่่").
DOUBLED_MARK_RE = re.compile(f"([{_MARKS}])\\1+")


def map_pua_glyphs(s: str) -> str:
    """Replace legacy private-use Thai glyph variants with the real marks."""
    return s.translate(_PUA_TABLE) if PUA_GLYPH_RE.search(s) else s


def remove_zero_width(s: str) -> str:
    """Drop zero-width characters and soft hyphens, which are invisible."""
    return ZERO_WIDTH_RE.sub("", s)


def thai_digits_to_arabic(s: str) -> str:
    """Write Thai digits as ASCII digits ("๒๕๖๕" -> "2565")."""
    return s.translate(_THAI_DIGIT_TABLE) if THAI_DIGIT_RE.search(s) else s


def fold_whitespace(s: str) -> str:
    """Fold every white-space run to one space and strip both ends."""
    return WHITESPACE_RUN_RE.sub(" ", s).strip()


def join_wrapped_range(s: str) -> str:
    """Drop the space a line wrap left after the dash of a figure range."""
    return WRAPPED_RANGE_RE.sub("", s)


def remove_space_before_marks(s: str) -> str:
    """Re-attach combining marks that extraction separated by a space."""
    return SPACE_BEFORE_MARK_RE.sub("", s)


def join_sara_am(s: str) -> str:
    """Write nikhahit + (tone) + sara aa as tone + ำ."""
    return SPLIT_SARA_AM_RE.sub("\\1\u0e33", s)


def reorder_marks(s: str) -> str:
    """Put marks in logical order: vowel before tone, tone before ำ, เเ as แ.

    Delegates to ``pythainlp.util.reorder_vowels`` (which also joins split
    sara am) and adds the เ-ือ and mai han-akat repairs it does not cover.
    """
    if REORDER_NEEDED_RE.search(s):
        s = reorder_vowels(s)
    s = MISPLACED_SARA_UEA_RE.sub("\\1\u0e37\\2\u0e2d", s)
    return TONE_AFTER_FINAL_RE.sub("\u0e31\\2\\1", s)


def collapse_doubled_sara_am(s: str) -> str:
    """Drop the extra sara aa that PDF export draws after ำ."""
    return DOUBLED_SARA_AM_RE.sub("\u0e33", s)


def collapse_doubled_marks(s: str) -> str:
    """Keep one of a combining mark repeated in a row."""
    return DOUBLED_MARK_RE.sub("\\1", s)


def normalize_text(s: str) -> str:
    """The stored form of a block's text (RECORDS.md "normalised").

    NFC, real Thai marks for PUA glyphs, no zero-width characters, ASCII
    digits, one space between words, and Thai marks in their logical order.
    """
    if s.isascii():  # no Thai, glyph variants or invisible characters: only spacing to fold
        return fold_whitespace(s)
    s = unicodedata.normalize("NFC", s)
    s = map_pua_glyphs(s)
    s = remove_zero_width(s)
    s = fold_whitespace(s)
    s = join_wrapped_range(s)
    s = remove_space_before_marks(s)
    s = join_sara_am(s)
    s = reorder_marks(s)
    s = collapse_doubled_sara_am(s)
    s = collapse_doubled_marks(s)
    return thai_digits_to_arabic(s)


# A leading list marker: a bullet or dash, a Thai letter in brackets ("ก)",
# "(ข)"), or a number in Thai or ASCII digits with optional sub-numbers
# ("1.2."), closed by ")" or "." or wrapped in "( )".  A bare number must be
# closed ("2565 ..." is no marker), except a dotted section number with
# one-digit parts ("๑.๑ ประชุม") that is not an amount ("1.5 ล้านบาท", "66.67 %").
LIST_MARKER_RE = re.compile(
    r"""^\s*(?:
        [-–—·•●○▪■◦*+>]+                                    # bullet or dash
      | \(\s*[0-9๐-๙]{1,3}\s*\)                             # (1)
      | \(?[ก-ฮ]\)                                           # ก)  (ข)
      | [0-9๐-๙]{1,2}(?:\.[0-9๐-๙]){1,3}                    # ๑.๑  1.2.3
        (?=\s)(?!\s*(?:%|ร้อยละ|บาท|ล้าน|คน|ราย|แห่ง))
      | [0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*\s*                 # 1)  1.  1.2.  ๑)
        (?:\)|\.+(?![0-9๐-๙]))
    )\s*""",
    re.VERBOSE,
)


def strip_list_marker(s: str) -> str:
    """Remove a leading list marker, as RECORDS.md asks for record fields."""
    return LIST_MARKER_RE.sub("", s, count=1)
