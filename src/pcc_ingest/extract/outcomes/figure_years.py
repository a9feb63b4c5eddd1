"""The year a figure in running text is of, and the figures that are the
earlier side of a comparison: prose names a figure's year before it, after
it, or in the comparison it is set against, never in a column.  The earlier
figure is of the district its result's subject names.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.districts.matching import find_districts
from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re


def is_compared(before: str) -> bool:
    """Comparison words just before a figure ("ลดลงจากปี 2564/65 ซึ่งมี
    ร้อยละ 27.30"): the figure is the earlier one a result is compared with,
    unless it is the size of the change, written right after the period it
    is from ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    return bool(rule_re("figure", "compared_before").search(before)) and not is_change_by(before)


def of_year_before(before: str) -> bool:
    """The figure after ``before`` is the earlier side of a comparison with
    the year before, named in words ("เพิ่มขึ้นจากปีก่อน (ร้อยละ 61.4)"):
    one year before the result it is compared with."""
    return is_compared(before) and bool(rule_re("year", "previous").search(before))


def is_change_by(before: str) -> bool:
    """The figure after ``before`` is the size of a change from an earlier
    period ("ลดลงจากปีก่อนร้อยละ 36.36"): a result of its own period."""
    return bool(rule_re("figure", "change_by").search(before))


def year_before(text: str, pos: int) -> int | None:
    """The last year written before ``pos`` ("ในปีงบประมาณ 2564 ... ร้อยละ ..."),
    passing over the year of a comparison that is not this figure's
    ("ลดลงจากปี 2565 ซึ่งมีผู้เสียชีวิต 5 ราย ... ร้อยละ 52.40"), the
    year of a closed aside (``in_closed_aside``), and a year whose item a
    semicolon ended ("(ปี 2567 ร้อยละ 51.70; เป้าหมายร้อยละ 60)").  A year
    listed after a compared year and its figure ("เทียบกับปี 2566 ร้อยละ 60
    และปี 2565 ร้อยละ 40") is compared too, the year of the figure right
    after it.  A year right after another figure and its unit ("26.89
    ต่อประชากรแสนคนในปี 2564") is that figure's, when a figure stands
    between it and ``pos``, unless it opens a clause (``opens_clause``); so
    is one right after a percentage ("ร้อยละ 55.2 ในปี 2565"), always."""
    found = compared_end = None
    for m in rule_re("year", "before").finditer(text, 0, pos):
        compare = rule_re("year", "compared").search(text, 0, m.start())
        listed = compared_end is not None and rule_re("year", "compared_next").fullmatch(text, compared_end, m.start())
        compared_end = m.end() if compare or listed else None
        if listed and not close_after(text, m.end(), pos):
            continue
        if compare and not listed and not compared_figure(text, compare, m.end(), pos):
            continue
        if in_closed_aside(text, m.start(), m.end(), pos) or rule_re("year", "item_end").search(text, m.end(), pos):
            continue
        owned = rule_re("year", "percent_owns").search(text, max(0, m.start() - 40), m.start()) or (
            rule_re("year", "figure_owns").search(text, max(0, m.start() - 40), m.start())
            and not opens_clause(text, m.start(), m.end()))
        if owned and DIGIT_RE.search(text, m.end(), pos):
            continue
        found = season_year(int(m["year"]), m["next"])
    return found


def opens_clause(text: str, start: int, end: int) -> bool:
    """The year at ``start:end``, a space before its "ใน", opens a clause of
    its own ("...อำเภอละ 2 ประเด็น ในปีงบประมาณ 2567 มีอำเภอผ่านเกณฑ์..."):
    it dates the figures after it, not the count before it."""
    return bool(rule_re("year", "spaced_in").search(text, max(0, start - 6), start)
                and rule_re("year", "opens_clause").match(text, end))


def in_closed_aside(text: str, start: int, end: int, pos: int) -> bool:
    """The year at ``start:end`` stands in a bracket that holds a figure of
    its own and closes before ``pos`` ("ร้อยละ 60.15 (เป้าหมาย ร้อยละ 70 ปี
    2566 ร้อยละ 52.37) จุดเสี่ยงได้รับการแก้ไข ... ร้อยละ 71.43"): the year of
    that aside's figure, not of the figures after the bracket."""
    opened = text.rfind("(", 0, start) > text.rfind(")", 0, start)
    return opened and bool(rule_re("year", "aside_rest").match(text, end, pos))


def own_year_before(text: str, start: int, end: int) -> int | None:
    """The year written before the figure at ``start:end`` (``year_before``),
    unless the words right after the figure compare it with that very year
    ("ในปี 2566 ... ร้อยละ 58.40 เพิ่มขึ้นจากปี 2566 ที่ร้อยละ 49.75"): then
    the text names no year of its own for it."""
    found = year_before(text, start)
    compared = rule_re("year", "compared_after").match(text, end)
    return None if compared and found == int(compared["year"]) else found


def year_after(text: str, pos: int) -> int | None:
    """The year written right after a figure ("เพิ่มขึ้นจากร้อยละ 41.20 ในปี
    2563 เป็นร้อยละ 48.75 ในปี 2564"): that figure's own year."""
    m = rule_re("year", "after").match(text, pos)
    return int(m["year"]) if m else None


def year_after_len(text: str, pos: int) -> int:
    """How many characters the year right after a figure takes: they belong
    to that figure, not to the clause of the next one."""
    m = rule_re("year", "after").match(text, pos)
    return m.end() - pos if m else 0


# Any digit: a figure written between a comparison year and a later one.
DIGIT_RE = re.compile(r"\d")


def close_after(text: str, year_end: int, pos: int) -> bool:
    """The figure at ``pos`` stands close after a year ending at ``year_end``,
    no other figure between."""
    return pos - year_end <= outcome_rules()["year"]["compared_reach"] and not DIGIT_RE.search(text, year_end, pos)


def compared_figure(text: str, compare: re.Match[str], year_end: int, pos: int) -> bool:
    """The figure at ``pos`` is the one a comparison's year (its words
    ``compare``, the year ending at ``year_end``) is written for: close after
    it, no other figure between, none between the comparison word and the
    year ("ลดลงจาก 37 ราย ในปี 2565": that count is the year's figure), and
    not the size of the change ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    return (close_after(text, year_end, pos)
            and not DIGIT_RE.search(compare.group()) and not is_change_by(text[compare.start():pos]))


def season_year(year: int, next_year: str | None) -> int:
    """The fiscal year of a year written alone, or of a season across two
    ("2565/66"): a season that ends in the next year (a sugar-cane or crop
    season running over the new year) is counted in that year's fiscal year."""
    if next_year and int(next_year[-2:]) == (year + 1) % 100:
        return year + 1
    return year


def is_earlier(text: str, pos: int, year: int | None) -> bool:
    """The figure at ``pos`` is of a year the text states before it that is
    earlier than ``year``."""
    stated = year_before(text, pos)
    return year is not None and stated is not None and stated < year


def mask_years(text: str) -> str:
    """``text`` with the digits of every year written in it turned into "#"
    (same length, so spans still fit ``text``): a target pattern then reads
    past a year ("ผ่านเกณฑ์ ปี 2567 ไม่น้อยกว่าร้อยละ 60") and never takes
    one for a percentage ("ผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2567")."""
    def mask(m: re.Match[str]) -> str:
        y = "y" if m["y"] else "b"
        a, b = m.start(y) - m.start(), m.end(y) - m.start()
        return m[0][:a] + "#" * (b - a) + m[0][b:]
    return rule_re("year", "written").sub(mask, text)


def compared_district(text: str, clause: int, at: int, subject: str, province: str | None) -> str | None:
    """The district of the earlier figure of a comparison ("… ของอำเภออุ้มผาง
    ร้อยละ 61.90 เพิ่มขึ้นจากปี 2565 ซึ่งมีร้อยละ 55.30"): the one its
    subject, the result's it is compared with, names; else ``None``."""
    if not is_compared(text[clause:at]):
        return None
    codes = {code for code, *_ in find_districts(subject, province)}
    return codes.pop() if len(codes) == 1 else None
