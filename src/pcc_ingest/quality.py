"""Is a PDF page's Thai text layer trustworthy?  Detect the damage, and repair the one kind that is safe.

PDFs of Thai reports often carry a text layer that does not say what the page
shows: legacy fonts emit private-use glyph codes, fonts without a Unicode map
give glyph soup (control characters, U+FFFD), Word-made PDFs lose sara am
("ค าน า" for "คำนำ", "ส นักงาน" for "สำนักงาน").  Each check below is a small
function on text; ``problems`` runs them all and says what is wrong, in the
words stored as a page's reasons (``PageInfo``).  ``restore_sara_am`` repairs
the lost sara am by asking a Thai dictionary which reading of each gap makes
words; the caller keeps its result only when ``problems`` then finds nothing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from pythainlp.tokenize import tcc

from pcc_ingest.thai.words import split_words

# Private-use code points: legacy Thai fonts' shifted marks (U+F700-U+F71A) and
# any other font-private glyph a reader could not map to Unicode.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
# U+FFFD: what a reader writes for a glyph it could not decode.
REPLACEMENT_CHAR_RE = re.compile("\ufffd")
# C0/C1 control characters other than tab and line breaks: raw glyph codes
# of a font without a Unicode map ("glyph soup").
CONTROL_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# pdfminer's (pdfplumber's) notation for a glyph code the font does not map to Unicode.
UNMAPPED_CID_RE = re.compile(r"\(cid:\d+\)")
# A consonant (and tone) followed by a space and sara aa: the ring of ำ read
# as a space ("ค าน า", "น ้า").  Never correct Thai: า does not start a syllable.
SPLIT_SARA_AM_RE = re.compile("[\u0e01-\u0e2e][\u0e48-\u0e4b]? +[\u0e48-\u0e4b]?\u0e32")
THAI_CONSONANT_RE = re.compile("[\u0e01-\u0e2e]")
THAI_CHAR_RE = re.compile("[\u0e01-\u0e4e]")
# Sara am, whole or as nikhahit + sara aa (legacy encodings, normalised later).
SARA_AM_RE = re.compile("\u0e33|\u0e4d[\u0e48-\u0e4b]?\u0e32")
# Thai characters that cannot stand as a cluster of their own: following
# vowels, above/below vowels, tone marks and other marks.
DEPENDENT_CHARS = frozenset("\u0e30\u0e32\u0e33\u0e45\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
# Where ำ may have been lost: a consonant (and tone) before a space, then
# maybe a tone and the sara aa that was drawn with the ring.  The space must
# lead on to Thai text unless a tone or sara aa shows the damage by itself.
SARA_AM_GAP_RE = re.compile(
    "(?<=[\u0e01-\u0e2e])(?P<tone>[\u0e48-\u0e4b]?) (?P<tone2>[\u0e48-\u0e4b]?)(?P<aa>\u0e32?)"
    "(?:(?<=[\u0e48-\u0e4b\u0e32])|(?=[\u0e01-\u0e2e\u0e40-\u0e44]))"
)
WHITESPACE_RE = re.compile(r"\s")
# A word opening with a personal title ("นายแพทย์ณัฐพล ศรีทอง", "นางสาวอรุณี บุญช่วย") is
# a first name: the plain space after it leads to the surname, never a lost ำ
# (names are outside the dictionary, so scoring would otherwise glue them).
# Words that open with นาย but are posts, not titles ("นายกเทศมนตรีต บล", "นายอ าเภอ"), are left out.
TITLED_NAME_RE = re.compile(
    "^(?:นาย(?!ก|อ|ทะเบียน|ช่าง|ตรวจ|ด่าน|สิบ|ร้อย|พัน|พล|หน้า|ทหาร|ทุน|จ้าง|ประกัน)|นาง|นางสาว"
    "|น\\.ส\\.|ดร\\.|นพ\\.|พญ\\.|แพทย์หญิง|ว่าที่\\s?ร\\.ต\\.)\\S+$"
)

# A page whose text has fewer non-space characters than this has no text layer to speak of.
MIN_TEXT_CHARS = 20
# A page image covering at least this share of the page, with no text on it, is a scan.
SCAN_IMAGE_SHARE = 0.5
# Sara am is among the commonest Thai letters (about 2 in 100 consonants in
# these reports): a page with this many consonants and none has lost it.
SARA_AM_MIN_CONSONANTS = 300
# More " า" gaps than this is damage, not a stray space.
MAX_SPLIT_SARA_AM = 2
# Good corpus pages have under 1 % of their Thai characters in clusters no
# syllable allows (stray marks of LibreOffice's text layer); damage gives more.
MAX_INVALID_CLUSTER_SHARE = 0.03
# Only pages with this many Thai characters are judged by their cluster share.
MIN_THAI_FOR_SHARE = 100
# Gaps (sara am candidates) judged together, at most: every reading of each is tried.
MAX_GAPS_PER_CHUNK = 5


def private_use_glyphs(text: str) -> int:
    """How many private-use code points the text holds."""
    return len(PRIVATE_USE_RE.findall(text))


def replacement_chars(text: str) -> int:
    """How many U+FFFD characters the text holds."""
    return len(REPLACEMENT_CHAR_RE.findall(text))


def control_chars(text: str) -> int:
    """How many control characters (not tab or line breaks) the text holds."""
    return len(CONTROL_CHAR_RE.findall(text))


def unmapped_cids(text: str) -> int:
    """How many "(cid:N)" glyph codes (pdfminer's way of saying "no Unicode for this glyph") the text holds."""
    return len(UNMAPPED_CID_RE.findall(text))


def split_sara_am(text: str) -> int:
    """How many places read consonant + space + sara aa ("ค าน า")."""
    return len(SPLIT_SARA_AM_RE.findall(text))


def sara_am_missing(text: str) -> bool:
    """Whether the text has hundreds of Thai consonants and not one sara am."""
    return len(THAI_CONSONANT_RE.findall(text)) >= SARA_AM_MIN_CONSONANTS and not SARA_AM_RE.search(text)


def invalid_cluster_share(text: str) -> float:
    """The share of Thai characters that no Thai character cluster takes in.

    PyThaiNLP's TCC rules group a consonant with its vowels and marks; a
    mark, tone or following vowel left on its own belongs to no syllable.
    """
    thai = len(THAI_CHAR_RE.findall(text))
    if not thai:
        return 0.0
    lone = sum(1 for cluster in tcc.tcc(text) if len(cluster) == 1 and cluster in DEPENDENT_CHARS)
    return lone / thai


def problems(text: str) -> list[str]:
    """What is wrong with a page's text layer, as ``"code: detail"`` reasons; empty when it reads well."""
    found: list[str] = []
    if n := private_use_glyphs(text):
        found.append(f"private_use_glyphs: {n}")
    if n := replacement_chars(text):
        found.append(f"replacement_chars: {n} U+FFFD")
    if n := control_chars(text):
        found.append(f"control_chars: {n}")
    if n := unmapped_cids(text):
        found.append(f"unmapped_glyphs: {n} (cid:N)")
    if (n := split_sara_am(text)) > MAX_SPLIT_SARA_AM:
        found.append(f"split_sara_am: {n} places read as ' า'")
    if sara_am_missing(text):
        found.append(f"sara_am_missing: no ำ among {len(THAI_CONSONANT_RE.findall(text))} Thai consonants")
    thai = len(THAI_CHAR_RE.findall(text))
    if thai >= MIN_THAI_FOR_SHARE and (share := invalid_cluster_share(text)) > MAX_INVALID_CLUSTER_SHARE:
        found.append(f"invalid_clusters: {share:.1%} of Thai characters")
    return found


def has_text(text: str) -> bool:
    """Whether the page has a text layer at all (more than a page number's worth)."""
    return len(WHITESPACE_RE.sub("", text)) >= MIN_TEXT_CHARS


# --------------------------------------------------------------------------- sara am


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new``."""

    start: int
    end: int
    new: str


def apply_edits(text: str, edits: list[Edit]) -> str:
    """The text with non-overlapping edits applied."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        out += [text[pos : e.start], e.new]
        pos = e.end
    return "".join(out + [text[pos:]])


@cache
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus.common import thai_words

    return thai_words()


def _unknown_chars(text: str) -> tuple[int, int]:
    """(characters outside dictionary words, number of words) of a Thai chunk: lower reads better."""
    words = _dictionary()
    tokens = split_words(text)
    return sum(len(t) for t in tokens if t not in words and THAI_CHAR_RE.search(t)), len(tokens)


def _readings(gap: re.Match[str]) -> list[str]:
    """What a gap may have been: itself (a real space), ำ (with its tone), or no space at all."""
    tone = gap["tone"] or gap["tone2"]
    out = [gap.group(), f"{tone}\u0e33"]
    if gap["aa"]:
        out.append(f"{tone}\u0e32")  # a stray space before sara aa
    return out


def restore_sara_am(text: str) -> list[Edit]:
    """Edits that put back each sara am lost as a space ("ก หนด", "ค าน า", "น ้ดี").

    The gaps of one chunk of text (up to the real spaces around it) are
    judged together: of every combination of their readings, the one that
    leaves the fewest characters outside dictionary words wins, then the one
    with fewer, longer words; on a tie the text stays as it was.
    """
    gaps = [g for g in SARA_AM_GAP_RE.finditer(text) if not _after_titled_name(text, g)]
    edits: list[Edit] = []
    for chunk in _chunks(text, gaps):
        left = _word_start(text, chunk[0].start())
        right = _word_end(text, chunk[-1].end())
        options = [_readings(g) for g in chunk]
        best, best_score = None, None
        for choice in itertools.product(*options):
            pieces, pos = [], left
            for gap, reading in zip(chunk, choice):
                pieces += [text[pos : gap.start()], reading]
                pos = gap.end()
            score = _unknown_chars("".join(pieces) + text[pos:right])
            if best_score is None or score < best_score:
                best, best_score = choice, score
        edits += [Edit(g.start(), g.end(), r) for g, r in zip(chunk, best) if r != g.group()]
    return edits


def _after_titled_name(text: str, gap: re.Match[str]) -> bool:
    """A plain space right after a titled first name (the space before the surname)."""
    plain = not (gap["tone"] or gap["tone2"] or gap["aa"])
    return plain and bool(TITLED_NAME_RE.match(text[_word_start(text, gap.start()) : gap.start()]))


def _chunks(text: str, gaps: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Gaps joined by text without white space, at most ``MAX_GAPS_PER_CHUNK`` together."""
    out: list[list[re.Match[str]]] = []
    for gap in gaps:
        if (
            out
            and len(out[-1]) < MAX_GAPS_PER_CHUNK
            and not WHITESPACE_RE.search(text[out[-1][-1].end() : gap.start()])
        ):
            out[-1].append(gap)
        else:
            out.append([gap])
    return out


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos
