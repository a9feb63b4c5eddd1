"""Write a list counter in a Word number format (``w:numFmt``): Thai digits, letters, roman.

Kept apart from list counting because it is a pure function of a number and
a format name.
"""

from __future__ import annotations

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# Word's "thaiLetters" counts the consonants in dictionary order without the
# obsolete ฃ and ฅ (ก ข ค ง ...).
THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN_NUMERALS = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]


def format_number(value: int, fmt: str) -> str:
    """Write ``value`` in a Word number format (``w:numFmt``); unknown formats as decimal."""
    if fmt == "thaiNumbers":
        return str(value).translate(str.maketrans("0123456789", THAI_DIGITS))
    if fmt == "thaiLetters":
        return _letters(value, THAI_LETTERS)
    if fmt == "lowerLetter":
        return _letters(value, LATIN_LETTERS)
    if fmt == "upperLetter":
        return _letters(value, LATIN_LETTERS).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


def _letters(value: int, letters: str) -> str:
    """Word's letter counting: a..z, then aa..zz, aaa... (repeats, not base 26)."""
    if value < 1:
        return str(value)
    n = len(letters)
    return letters[(value - 1) % n] * ((value - 1) // n + 1)


def _roman(value: int) -> str:
    if value < 1:
        return str(value)
    out = []
    for v, s in ROMAN_NUMERALS:
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)
