"""Read numbers and money amounts as Thai reports write them.

Amounts come in ASCII or Thai digits with thousands commas ("๕,๐๐๐"), with a
unit ("10,000 บาท"), with the accountants' ".-" tail ("5,000.-"), and grand
totals are repeated in words ("(หนึ่งหมื่นบาทถ้วน)").  A lone "-" in a table
cell means "no amount".
"""

from __future__ import annotations

import re

from pythainlp.util import thaiword_to_num

from pcc_ingest.thai.text import thai_digits_to_arabic

_D = "[0-9๐-๙]"

# A number in Thai or ASCII digits: thousands groups of exactly three digits
# ("1,234,567") or a plain run, with an optional decimal part.  Not part of a
# longer run of digits, commas or dotted digits (section "2.5.1" is no number).
_NOT_AFTER = f"(?![0-9๐-๙,]|\\.{_D})"
NUMBER = re.compile(
    f"(?<![0-9๐-๙,.]){_D}{{1,3}}(?:,{_D}{{3}})+(?:\\.{_D}+)?{_NOT_AFTER}"
    f"|(?<![0-9๐-๙,.]){_D}+(?:\\.{_D}+)?{_NOT_AFTER}"
)

# Multiplier words written between a figure and บาท ("1.5 ล้านบาท").
MULTIPLIERS: dict[str, int] = {"พัน": 1_000, "หมื่น": 10_000, "แสน": 100_000, "ล้าน": 1_000_000}

# A money amount: a NUMBER, an optional multiplier word, then บาท, the
# abbreviation "บ." or the ".-" tail.  "บ." must not start a longer word.
AMOUNT_RE = re.compile(
    f"(?P<number>{NUMBER.pattern})"
    f"(?:\\s*(?P<mult>{'|'.join(MULTIPLIERS)}))?"
    "(?:\\s*(?:บาท|บ\\.(?![\u0e01-\u0e4e]))(?:\\s*\\.-)?|\\.-)"
)

# What every AMOUNT_RE match holds (its unit or tail): text with none of
# them is not searched, which is most text.
AMOUNT_MARKS = ("บาท", "บ.", ".-")

# A whole cell or field holding one number, with an optional unit or tail.
_SINGLE_NUMBER_RE = re.compile(
    f"\\s*\\(?\\s*(?P<number>{NUMBER.pattern})\\s*\\)?\\s*(?:บาท|บ\\.)?\\s*(?:\\.?-)?\\s*"
)

# Thai number words of an amount: digit words and place words.
_NUMBER_WORDS = "ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน"

# An amount in words: "หนึ่งหมื่นบาทถ้วน", "สองพันบาทห้าสิบสตางค์", with optional
# spaces between words (extraction splits long cells).
THAI_MONEY_WORDS_RE = re.compile(
    f"(?P<baht>(?:(?:{_NUMBER_WORDS})\\s*)+)บาท\\s*"
    f"(?:ถ้วน|(?P<satang>(?:(?:{_NUMBER_WORDS})\\s*)+)สตางค์)?"
)


def _to_float(number: str) -> float:
    return float(thai_digits_to_arabic(number).replace(",", ""))


def parse_number(s: str) -> float | None:
    """The value of a cell or field that holds one number, else ``None``.

    Accepts Thai digits, thousands commas, "บาท", ".-" and brackets; "-" (the
    tables' "nothing") and any other text give ``None``.
    """
    m = _SINGLE_NUMBER_RE.fullmatch(s)
    return _to_float(m["number"]) if m else None


def find_amounts(s: str) -> list[tuple[float, int, int]]:
    """Money amounts in running text as (value in baht, start, end).

    Only figures marked as money (followed by บาท, บ. or ".-") are returned;
    the span covers the figure and its unit.
    """
    out: list[tuple[float, int, int]] = []
    if not any(mark in s for mark in AMOUNT_MARKS):
        return out
    for m in AMOUNT_RE.finditer(s):
        value = _to_float(m["number"]) * (MULTIPLIERS[m["mult"]] if m["mult"] else 1)
        out.append((value, m.start(), m.end()))
    return out


def _words_value(words: str) -> int | None:
    try:
        return thaiword_to_num(re.sub(r"\s+", "", words))
    except ValueError:
        return None


def thai_words_to_number(s: str) -> float | None:
    """The amount written in Thai words, in baht ("(หนึ่งหมื่นบาทถ้วน)" -> 10000).

    Handles "บาทถ้วน", "บาท" and "... สตางค์"; a bare numeral without บาท is
    read too ("สองหมื่นห้าพัน" -> 25000).  Whole amounts come back as ``int``.
    Wraps ``pythainlp.util.thaiword_to_num``.
    """
    text = s.strip().strip("()").strip()
    m = THAI_MONEY_WORDS_RE.fullmatch(text)
    if m is None:
        return _words_value(text) if text else None
    baht = _words_value(m["baht"])
    if baht is None:
        return None
    if not m["satang"]:
        return baht
    satang = _words_value(m["satang"])
    return None if satang is None or satang >= 100 else baht + satang / 100


def find_thai_money_words(s: str) -> list[tuple[float, int, int]]:
    """Amounts written in words in running text as (value in baht, start, end)."""
    out: list[tuple[float, int, int]] = []
    for m in THAI_MONEY_WORDS_RE.finditer(s):
        value = thai_words_to_number(m.group())
        if value is not None:
            out.append((value, m.start(), m.end()))
    return out
