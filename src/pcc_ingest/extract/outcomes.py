"""Outcomes: every percentage a document states as a result or a target.

Results tables are read through their header: one outcome per row (district,
or indicator) from the percent column, with the ผลงาน/เป้าหมาย counts kept
as result and denominator; year columns before the table's own year are
baselines of those years.  A target in the table's header or title (a year
there is never one), or else in a note under it, or else the KPI target the
document states before the table (unless a result of its own subject already
carries it), applies to the table's current-year figures, its total row
included (a note naming one row's subject, to that row); a district of
another province named in the district column keeps its row.  In running
text each "ร้อยละ N" / "N%", or a bare figure right after a target word
("(เป้า 70)"), is a target when target words stand before it (or it sits in
a plan, or in the title zone where a report states its KPI), else a result;
a target said of the result before it, a KPI's target and the later result
of its subject, or a KPI and the summary line giving its result make one
record, but figures of two years never do.  An indicator leaves out the
counts its figure was worked out from.  A paragraph's figures belong to the
district its section opens with, and to the year its heading states when
they state none; the earlier figure of a comparison ("ลดลงจากปี 2564/65
ซึ่งมีร้อยละ 27.30") is a result of the subject before it, in its own
year, but a figure right after a change ("ลดลงจากปี 2566 ร้อยละ 67.82") is
the change's size, of the figure's own year.  In a plan, a figure of an
earlier year is a baseline result; a result in running text that a results
table restates is the table's record.  Rules: ``extractors/outcomes.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from pcc_ingest.extract.districts import (
    district_at_start,
    district_mentions,
    resolve_district,
    title_blocks,
)
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, OutcomeRecord
from pcc_ingest.extract.tables import (
    Column,
    Row,
    Table,
    cell_number,
    fold,
    is_section_row,
    is_total_row,
    label_role,
    read_tables,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import find_dates, find_fiscal_year, fiscal_year_of
from pcc_ingest.thai.numbers import NUMBER, parse_number
from pcc_ingest.thai.text import LIST_MARKER_RE, strip_list_marker

# Figures compare within this (RECORDS.md scores percentages to 0.01).
TOLERANCE = 0.01

# A clause shorter than this names no indicator ("ร้อยละ 80" alone in a cell).
MIN_INDICATOR_CHARS = 4


@dataclass(frozen=True)
class Figure:
    """A percentage in a text: value, span, and whether it is a target."""

    value: float
    start: int
    end: int
    target: bool


@dataclass(frozen=True)
class Context:
    """What every outcome of a document shares: its year, province and districts."""

    year_be: int | None
    province: str | None
    single: str | None  # the district code of a single-district document
    plan: bool


@cache
def _rules() -> dict:
    return load_rules("outcomes")


@cache
def _re(section: str, key: str) -> re.Pattern[str]:
    """A rule's pattern, ``{name}`` standing for any word of the list ``name``
    of ``[words]`` (``{target}``: any target word)."""
    pattern = _rules()[section][key]
    for name, words in _rules()["words"].items():
        pattern = pattern.replace("{" + name + "}", "(?:" + "|".join(words) + ")")
    return re.compile(pattern, re.IGNORECASE)


# --- figures in running text ---------------------------------------------------------


def percentages(text: str) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each percentage in ``text``, rates per N,
    shares of the population and bounds in a subject left out."""
    for m in _re("figure", "percent").finditer(text):
        if _re("figure", "rate_after").match(text[m.end():]) or _re("figure", "share_after").match(text[m.end():]):
            continue
        if is_bound(text, m.start(), m.end()):
            continue
        yield float(m["a"] or m["b"]), m.start(), m.end()


def is_bound(text: str, start: int, end: int) -> bool:
    """A percentage after a threshold word and before a count ("หมู่บ้านที่มี
    ค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกินร้อยละ 10 จำนวน 13 หมู่บ้าน"): the bound
    that says which ones are counted, part of a subject, not a figure."""
    before = _re("figure", "threshold_before").search(text, 0, start)
    return before is not None and _count_re().match(text[end:].lstrip()) is not None


def clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``text[pos]`` begins: a list number, colon, or ``floor``."""
    start = floor
    for m in _re("figure", "clause_start").finditer(text, floor, pos):
        start = m.end()
    return start


def is_target(before: str, *, default: bool) -> bool:
    """Target words just before a figure make it a target, result words a result;
    when both stand there, the nearer decide.  A figure inside a bracket
    opened by a target word is a target."""
    if _re("figure", "target_bracket").search(before):
        return True
    target = _last_match(_re("figure", "target_before"), before)
    result = _last_match(_re("figure", "result_before"), before)
    if target is None and result is None:
        return default
    return result is None or (target is not None and target > result)


def is_slogan(before: str, value: float) -> bool:
    """Campaign words just before a figure of 100 ("รณรงค์สวมหมวกนิรภัย
    100%") make it a slogan, unless result or target words stand nearer."""
    if abs(value - _rules()["figure"]["slogan_value"]) > TOLERANCE:
        return False
    slogan = _last_match(_re("figure", "slogan_before"), before)
    others = [_last_match(_re("figure", key), before) for key in ("target_before", "result_before")]
    return slogan is not None and all(o is None or o < slogan for o in others)


def _last_match(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last match of a ``$``-anchored pattern starts (the nearest words)."""
    found = None
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        found, pos = m.start(), m.start() + 1
    return found


def indicator_words(text: str) -> str:
    """A clause cleaned into an indicator: no list marker, connectors, "ร้อยละ",
    nor the counts the figure (or the change it states) was worked out from.

    A long clause keeps only its last phrases (up to ``indicator_chars``,
    but at least ``indicator_min_chars``), the ones that name what the
    figure measures.
    """
    words = drop_change_counts(drop_dates(strip_list_marker(text.strip(" ,;-"))))
    for _ in range(2):
        words = trim_ends(_re("figure", "indicator_trim").sub("", words))
    words = trim_ends(_re("figure", "indicator_trim").sub("", drop_counts(words)))
    rules = _rules()["figure"]
    kept: list[str] = []
    for phrase in reversed(phrases(words)):
        size = len(fold("".join(kept)))
        if kept and size + len(fold(phrase)) > rules["indicator_chars"] and size >= rules["indicator_min_chars"]:
            break
        kept.insert(0, phrase)
    return " ".join(kept)


def drop_change_counts(words: str) -> str:
    """Words without the counts a change was told by ("จุดความร้อนลดลงจาก
    38 จุด ในปี 2565 เหลือ 29 จุด" -> "จุดความร้อนลดลง"): what changed, and
    which way, is what its percentage measures; the change word goes once."""
    words = _re("figure", "change_counts").sub(lambda m: m["c"], words)
    return _re("figure", "repeated_change").sub(lambda m: m["c"], words)


def is_compared(before: str) -> bool:
    """Comparison words just before a figure ("ลดลงจากปี 2564/65 ซึ่งมี
    ร้อยละ 27.30"): the figure is the earlier one a result is compared with,
    unless it is the size of the change, written right after the period it
    is from ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    return bool(_re("figure", "compared_before").search(before)) and not is_change_by(before)


def is_change_by(before: str) -> bool:
    """The figure after ``before`` is the size of a change from an earlier
    period ("ลดลงจากปีก่อนร้อยละ 36.36"): a result of its own period."""
    return bool(_re("figure", "change_by").search(before))


def period_last(words: str) -> tuple[str, str]:
    """(subject, period) of an indicator that opens with the period its figure
    is for ("ฤดูการผลิตปี 2565/66 มีอ้อยไฟไหม้เข้าหีบ" -> "อ้อยไฟไหม้เข้าหีบ",
    "ฤดูการผลิตปี 2565/66"); ("words", "") when it opens with none."""
    m = _re("figure", "period").match(words)
    if m is None:
        return words, ""
    return indicator_words(words[m.end():]), " ".join(m["p"].split())


def clause_period(clause: str) -> str:
    """The last period named in a clause ("... ลดลงจากฤดูการผลิตปี 2564/65
    ซึ่งมี" -> "ฤดูการผลิตปี 2564/65"), or ""."""
    found = list(_re("figure", "period").finditer(clause))
    return " ".join(found[-1]["p"].split()) if found else ""


def qualifier(text: str, end: int) -> str:
    """What the words right after a figure say it is compared with
    ("เมื่อเทียบกับปี 2566"), or ""."""
    m = _re("figure", "qualifier_after").match(text[end:])
    return " ".join(m.group().split()) if m else ""


def drop_dates(words: str) -> str:
    """Words without the dates they name and the word leading to each
    ("ภายในเดือนธันวาคม 2565", "ระหว่างเดือน ม.ค. – มี.ค. 2566", "(มกราคม –
    มีนาคม 2566)"): when a thing was done is not what a figure measures."""
    for date in reversed(find_dates(words)):
        start, end = date.span
        lead = _re("figure", "date_lead").search(words, 0, start)
        start = lead.start() if lead else start
        if words[:start].rstrip().endswith("(") and words[end:].lstrip().startswith(")"):
            start, end = words[:start].rstrip().rindex("("), words.index(")", end) + 1
        words = words[:start].rstrip() + " " + words[end:].lstrip()
    return words.strip()


def trim_ends(words: str) -> str:
    """Words without the punctuation at their ends; a bracket is kept where it
    closes one opened inside ("... ตามแผนการดูแลรายบุคคล (Care plan)") and
    goes where it is left open or unopened ("(เป้าหมาย ...", "... 10)")."""
    while True:
        before = words
        words = words.strip(" ,;:-")
        if words.startswith(")") or (words.startswith("(") and words.count("(") > words.count(")")):
            words = words[1:]
        if words.endswith("(") or (words.endswith(")") and words.count(")") > words.count("(")):
            words = words[:-1]
        if words == before:
            return words


def phrases(words: str) -> list[str]:
    """The phrases of a Thai text: a space between Thai words ends a phrase,
    but the spaces around a Latin word ("ได้รับการดูแลตาม care plan") only
    keep it apart from the Thai it belongs to."""
    return [p for p in _re("figure", "phrase_break").split(words) if p]


@cache
def _count_re() -> re.Pattern[str]:
    """A count (a figure and a unit word of ``extractors/counts.toml``), with
    the count it is out of ("11 ตำบล จาก 13 ตำบล"); or any two figures of one
    word, the first out of the second ("110 ตัวอย่าง จาก 120 ตัวอย่าง"): a
    unit word written twice is one whatever it is.  The word leading to it
    ("จำนวน", "มี") goes with it."""
    count = rf"[\d,]+\s*(?:{'|'.join(load_rules('counts')['units'])})"
    pair, lead = _rules()["figure"]["count_pair"], _rules()["figure"]["count_lead"]
    return re.compile(rf"(?:{lead})?(?:{pair}|{count}(?P<of>\s*จาก\s*(?:ทั้ง\s*หมด\s*)?{count})?)")


def _counts(words: str) -> list[re.Match[str]]:
    """The counts of ``words`` that are no threshold of the indicator, and the
    rates and sums of money stated among them ("อัตราป่วย 38.16 ต่อแสน
    ประชากร", "ได้รับจัดสรร 39,500 บาท"): none is what a percentage measures."""
    counts = [m for m in _count_re().finditer(words)
              if not _re("figure", "threshold_before").search(words[: m.start()])]
    amounts = [*_re("figure", "rate").finditer(words), *_re("figure", "money").finditer(words)]
    return sorted([*counts, *amounts], key=lambda m: m.start())


def drop_counts(words: str) -> str:
    """Words without the counts a figure was worked out from.

    "... 176 คน", "13 อำเภอ จาก 15 อำเภอ", "49 คน จากกลุ่มเป้าหมาย 51 คน"
    are not what it measures and go.  Any other count followed by more
    words ends an earlier statement ("กลุ่มติดเตียง 187 คน ผู้สูงอายุที่...")
    and the indicator begins after it, unless those words go on with it
    ("ผู้ใช้ยาเสพติดเข้ารับการบำบัด 86 ราย ได้รับการติดตาม...": the count
    goes and the words join up).  A threshold ("อย่างน้อย 1 ครั้ง") is part
    of the indicator and stays.
    """
    for m in reversed(_counts(words)):
        rest = words[m.end():].strip()
        own = (m.groupdict().get("of") or m.groupdict().get("pair") or _re("figure", "count_goes_on").match(rest)
               or _re("figure", "count_continues").match(rest)
               or _re("figure", "count_of").search(words[: m.start()]))
        if rest and not own:
            words = words[m.end():]
            break
    for m in reversed(_counts(words)):
        rest = words[m.end():].lstrip()
        glue = "" if _re("figure", "count_continues").match(rest) else " "
        words = words[: m.start()].rstrip() + glue + rest
    return trim_ends(_re("figure", "count_left").sub("", " ".join(words.split())))


def year_before(text: str, pos: int) -> int | None:
    """The last year written before ``pos`` ("ในปีงบประมาณ 2564 ... ร้อยละ ..."),
    passing over the year of a comparison that is not this figure's
    ("ลดลงจากปี 2565 ซึ่งมีผู้เสียชีวิต 5 ราย ... ร้อยละ 52.40")."""
    found = None
    for m in _re("year", "before").finditer(text, 0, pos):
        compare = _re("year", "compared").search(text, 0, m.start())
        if compare and not compared_figure(text, compare, m.end(), pos):
            continue
        found = season_year(int(m["year"]), m["next"])
    return found


# Any digit: a figure written between a comparison year and a later one.
_DIGIT_RE = re.compile(r"\d")


def compared_figure(text: str, compare: re.Match[str], year_end: int, pos: int) -> bool:
    """The figure at ``pos`` is the one a comparison's year (its words
    ``compare``, the year ending at ``year_end``) is written for: close after
    it, no other figure between, none between the comparison word and the
    year ("ลดลงจาก 37 ราย ในปี 2565": that count is the year's figure), and
    not the size of the change ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    reach = _rules()["year"]["compared_reach"]
    return (pos - year_end <= reach and not _DIGIT_RE.search(text, year_end, pos)
            and not _DIGIT_RE.search(compare.group()) and not is_change_by(text[compare.start():pos]))


def season_year(year: int, next_year: str | None) -> int:
    """The fiscal year of a year written alone, or of a season across two
    ("2565/66"): a season that ends in the next year (a sugar-cane or crop
    season running over the new year) is counted in that year's fiscal year."""
    if next_year and int(next_year[-2:]) == (year + 1) % 100:
        return year + 1
    return year


def _carried_year(doc: Document, block: Block) -> int | None:
    """The year stated in the paragraph that a page break cut this one from.

    A PDF paragraph running over a page break comes back as two blocks with
    the page's footer and header between them.
    """
    body = [b for b in doc.blocks[: block.order] if b.kind not in ("header", "footer")]
    prev = body[-1] if body else None
    if prev is None or prev.kind != "paragraph" or block.kind != "paragraph" or prev.page == block.page:
        return None
    return year_before(prev.text, len(prev.text))


def indicator_line(doc: Document, block: Block) -> str | None:
    """The KPI named by an indicator line at or shortly before ``block``."""
    reach = _rules()["figure"]["indicator_reach"]
    for prev in reversed(doc.blocks[max(0, block.order - reach): block.order + 1]):
        m = _re("figure", "indicator_line").search(prev.text)
        if m and not any(True for _ in percentages(m["name"])):
            return m["name"].strip()
    return None


def fraction_results(text: str) -> Iterator[tuple[float, int, int, int]]:
    """(value, start, end, count start) of each bare figure that is the
    percentage of the count before it ("118/135 หมู่บ้าน 87.41"): the result
    column of a table whose rows reached the text as lines."""
    slack = _rules()["figure"]["fraction_slack"]
    for m in _re("figure", "fraction_result").finditer(text):
        n, d, p = parse_number(m["n"]), parse_number(m["d"]), parse_number(m["p"])
        if n is not None and d and p is not None and abs(100 * n / d - p) <= slack:
            yield p, m.start("p"), m.end("p"), m.start()


def block_figures(text: str, default_target: bool, year: int | None = None) -> list[tuple[Figure, int]]:
    """The figures of one block, each with where its clause begins.

    A percentage written right before a count whose own percentage follows
    ("≥ 80% 118/135 หมู่บ้าน 87.41", "100% 402/415 คน 96.87") is that
    result's target: the row reads target, count, result.  A figure the
    text says is of a year before ``year`` (the document's) is by default a
    result: a plan's "จากการดำเนินงานในปีงบประมาณ 2567 ... ร้อยละ 63.84" is
    what was achieved then, its baseline, not a target.
    """
    fractions = list(fraction_results(text))
    found = [(v, s, e, False) for v, s, e in percentages(text)]
    found += [(v, s, e, True) for v, s, e, _ in fractions]
    cued = [(v, s, e) for v, s, e in cue_targets(text) if _follows_figure(text, s, found)]
    out: list[tuple[Figure, int]] = []
    floor = 0
    for value, start, end, counted in sorted(found + [(v, s, e, False) for v, s, e in cued], key=lambda f: f[1]):
        clause = clause_start(text, floor, start)
        before_count = any(not text[end:c].strip() and v != value for v, _, _, c in fractions)
        default = default_target and not is_earlier(text, start, year)
        target = (value, start, end) in cued or not counted and not is_compared(text[clause:start]) and (
            before_count or is_target(text[clause:start], default=default))
        out.append((Figure(value, start, end, target), clause))
        floor = end
    return out


def is_earlier(text: str, pos: int, year: int | None) -> bool:
    """The figure at ``pos`` is of a year the text states before it that is
    earlier than ``year``."""
    stated = year_before(text, pos)
    return year is not None and stated is not None and stated < year


def cue_targets(text: str) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each bare figure written right after a target
    word ("(เป้า 70)", "เกณฑ์ 80"), with no percent mark: the percentage the
    figure before it is measured against.  A count ("เป้าหมาย 60 คน") or a
    year ("เป้าหมายปี 2568") is none."""
    for m in _re("figure", "cue_target").finditer(mask_years(text)):
        if not _count_follows(text, m.end()):
            yield float(m["t"]), m.start("t"), m.end("t")


def _follows_figure(text: str, start: int, found: list[tuple[float, int, int, bool]]) -> bool:
    """A cued figure at ``start`` stands right after a percentage (at most
    ``pairing.gap_chars`` away), so it is that percentage's target."""
    gap = _rules()["pairing"]["gap_chars"]
    return any(0 <= start - e <= gap for _, _, e, _ in found)


def pairs_up(text: str, first: Figure, second: Figure, year: int | None = None) -> bool:
    """A result and a target next to each other are one subject's: side by
    side, or the target said of the result right after it ("ร้อยละ 94.12 ...
    ผ่านเป้าหมายที่กำหนดไว้ร้อยละ 90").  Figures of two years are not one
    record ("ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)": a target, and last
    year's result); ``year`` is the year of a figure that names none."""
    if first.target == second.target:
        return False
    if (year_before(text, first.start) or year) != (year_before(text, second.start) or year):
        return False
    between = text[first.end:second.start]
    rules = _rules()["pairing"]
    if len(between) <= rules["gap_chars"]:
        return True
    return (not first.target and len(between) <= rules["refer_gap_chars"]
            and bool(_re("pairing", "refers_back").search(between)))


def pair_figures(
    figs: list[tuple[Figure, int]], text: str, year: int | None = None,
) -> list[tuple[Figure, Figure | None, int]]:
    """(result or bare target, its target or None, clause start), pairs of one subject joined."""
    out: list[tuple[Figure, Figure | None, int]] = []
    i = 0
    while i < len(figs):
        fig, clause = figs[i]
        nxt = figs[i + 1][0] if i + 1 < len(figs) else None
        if nxt is not None and pairs_up(text, fig, nxt, year):
            value, target = (nxt, fig) if fig.target else (fig, nxt)
            out.append((value, target, clause))
            i += 2
            continue
        out.append((fig, None, clause))
        i += 1
    return out


def is_aside(clause: str) -> bool:
    """A figure's clause is a bracket opened after the figure before it
    ("ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)"): an aside about that figure's
    subject, which it shares."""
    return bool(_re("figure", "aside").match(clause))


def figure_subject(text: str, clause: int, fig: Figure, earlier: str) -> tuple[str, str]:
    """(subject, period) of the figure at ``fig`` whose clause starts at ``clause``.

    The subject is what the clause names, with what the words right after
    the figure say it is compared with; a period opening the clause goes
    after it.  A clause naming only a period ("และปี 2565 ร้อยละ 57.14") or
    comparing ("ลดลงจากฤดูการผลิตปี 2564/65 ซึ่งมีร้อยละ 27.30") is about
    ``earlier``, the subject of the figure before, in its own period.
    """
    before = text[clause:fig.start]
    subject, period = period_last(indicator_words(before))
    if earlier and (not subject or is_compared(before)):
        return earlier, period or clause_period(before)
    return f"{subject} {qualifier(text, fig.end)}".strip() if subject else "", period


def _row_subject_text(doc: Document, cell: Block) -> str:
    """The first cell of words in a table cell's row: what a bare "ร้อยละ 80" there measures."""
    for block in doc.blocks:
        same_row = block.table == cell.table and block.row == cell.row and block is not cell
        if same_row and block.text and cell_number(block.text) is None:
            return strip_list_marker(block.text)
    return ""


def outline_depth(block: Block) -> int | None:
    """How deep a short numbered heading sits in the report's outline ("4."
    is 1, "3.1" is 2); ``None`` for a block that is no such heading (a long
    numbered item, an inline "1)" list item, a plain paragraph)."""
    m = _re("section", "outline_number").match(block.text)
    short = len(block.text) <= _rules()["section"]["heading_chars"]
    return len(m["n"].split(".")) if m and (short or block.kind == "heading") else None


def section_districts(doc: Document, province: str | None) -> dict[int, str]:
    """The district each paragraph outside tables is about: the one its
    section opens with.

    A heading or paragraph that opens with a district's name ("3.1
    อำเภอเมืองชุมพร", "พชอ.ท่าแซะ ขับเคลื่อน...") opens that district's
    section; its paragraphs go on being about it until the next such block,
    or until a numbered heading no deeper than the section's own ("4.
    สรุปผลตามตัวชี้วัด" after "3.1 อำเภอ..."; for a paragraph that opens a
    district, the heading it stands under) closes it, and so does a block
    opening with the province ("ภาพรวมจังหวัด ...").  A bulleted item
    naming a district is about that district alone and opens nothing.
    """
    out: dict[int, str] = {}
    current: str | None = None
    closing = 1  # the outline depth whose headings close the open section
    enclosing: int | None = None  # the depth of the last numbered heading
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        depth = outline_depth(block)
        opened = None if _re("section", "item_marker").match(block.text) else district_at_start(block.text, province)
        if opened is not None:
            current = opened[0]
            closing = depth or enclosing or 1
        elif (depth is not None and depth <= closing) or _re("section", "province_opens").match(
                strip_list_marker(block.text)):
            current = None
        if depth is not None:
            enclosing = depth
        if current is not None:
            out[block.order] = current
    return out


def section_years(doc: Document) -> dict[int, int]:
    """The year each block stands under: the one the nearest numbered heading
    above it states ("๓.๑ สรุปผลการดำเนินงาน พชอ.ห้วยยอด ปีงบประมาณ ๒๕๖๖"),
    for the figures of paragraphs that state none of their own.  A heading
    closes the sections of its depth and deeper."""
    out: dict[int, int] = {}
    open_headings: list[tuple[int, int | None]] = []  # (depth, year) from the outermost
    for block in doc.body():
        depth = None if block.kind == "table_cell" else outline_depth(block)
        if depth is not None:
            open_headings = [h for h in open_headings if h[0] < depth]
            open_headings.append((depth, year_before(block.text, len(block.text))))
        year = next((y for _, y in reversed(open_headings) if y is not None), None)
        if year is not None:
            out[block.order] = year
    return out


def prose_outcomes(doc: Document, ctx: Context, skip: set[int]) -> list[OutcomeRecord]:
    """Outcomes stated in paragraphs, list items and cells of tables not read by header."""
    title = {b.order for b in title_blocks(doc)}
    mentions: dict[int, list[tuple[int, str]]] = {}
    for m in district_mentions(doc, ctx.province):
        mentions.setdefault(m.block.order, []).append((m.end, m.code))
    sections = section_districts(doc, ctx.province)
    headed = section_years(doc)
    out = []
    for block in doc.body():
        if block.order in skip:
            continue
        lead = broken_lead(doc, block)
        text = f"{lead} {block.text}" if lead else block.text
        shift = len(text) - len(block.text)
        kpi_head = block.order in title and indicator_line(doc, block) is not None
        figs = [(f, c) for f, c in block_figures(text, ctx.plan or kpi_head, ctx.year_be)
                if f.end > shift and not is_slogan(text[c:f.start], f.value)]
        words = subject = ""
        for fig, target, clause in pair_figures(figs, text, ctx.year_be):
            bare = fig.target and target is None
            if not (words and is_aside(text[clause:fig.start])):
                subject, period = figure_subject(text, clause, fig, subject)
                words = f"{subject} {period}".strip()
            if len(words) < MIN_INDICATOR_CHARS and block.kind == "table_cell":
                words = _row_subject_text(doc, block)
            kpi = indicator_line(doc, block) if bare or len(words) < MIN_INDICATOR_CHARS else None
            named = [code for end, code in mentions.get(block.order, []) if clause <= end + shift <= fig.start]
            district = ctx.single or (
                clause_district(named) if named
                else None if _re("section", "province_wide").search(text, clause, fig.start)
                else sections.get(block.order)
            )
            start = min(fig.start, target.start if target else fig.start)
            end = target.end if target and target.end > fig.end else fig.end
            out.append(OutcomeRecord(
                indicator=kpi or words or text[:80], district=district,
                value_pct=None if bare else fig.value,
                target_pct=fig.value if bare else (target.value if target else None),
                year_be=(year_before(text, fig.start) or _carried_year(doc, block) or headed.get(block.order)
                         or ctx.year_be),
                evidence=evidence(block, max(0, start - shift), end - shift),
            ))
    return out


def clause_district(named: list[str]) -> str | None:
    """The district a figure's clause is about, from the districts it names
    in order: the one named, or the last one when it names only it again;
    ``None`` when it names several ("ตรวจเยี่ยม 5 อำเภอ ได้แก่ อำเภอ ก ...
    อำเภอ จ ตามตัวชี้วัด ... ร้อยละ 75"): a figure of them all."""
    return named[-1] if len(set(named)) == 1 else None


def broken_lead(doc: Document, block: Block) -> str:
    """The paragraph before ``block`` when a line break split a percentage
    there: it ends with "ร้อยละ" and ``block`` opens with the figure (a PDF
    paragraph broken between the word and its number)."""
    if block.kind == "table_cell" or not NUMBER.match(block.text):
        return ""
    body = [b for b in doc.blocks[: block.order] if b.kind not in ("header", "footer")]
    prev = body[-1] if body else None
    if prev is None or prev.kind == "table_cell" or not _re("figure", "broken_word").search(prev.text):
        return ""
    return prev.text


# --- results tables --------------------------------------------------------------------

# A bare target above this is a count, not a percentage ("เป้าหมาย 2568" of
# 150 people in a row of percentages).
PERCENT_MAX = 100


def is_results_table(table: Table) -> bool:
    """A table with a percent column (or a result column written as
    percentages), year columns beside result counts, targets by year for
    indicators or districts, or a district column beside findings that
    state percentages."""
    roles = table.roles
    return ("percent" in roles or "target_pct" in roles
            or bool(roles & {"year", "baseline"} and roles & {"result", "target", "district"})
            or bool("target_year" in roles and roles & {"indicator", "district"})
            or bool(value_columns(table)) or is_findings_table(table))


def written_percent(text: str) -> float | None:
    """The figure of a cell that holds one percentage written as such
    ("ร้อยละ 75.00", "87.35 %", "ร้อยละ 87.35 (5,812 คน จาก 6,654 คน)"),
    else ``None`` (a count, a bare figure, a sentence)."""
    m = _re("table", "written_percent").match(text)
    return float(m["a"] or m["b"]) if m else None


def value_columns(table: Table) -> tuple[Column, ...]:
    """The columns of achieved percentages: the percent columns, or else the
    result columns that hold percentages: in a table of indicators, cells
    written as percentages ("ตัวชี้วัด | ... | ผลงานสะสม" holding "ร้อยละ
    75.00") or bare figures of rows whose unit is "ร้อยละ"; in any table,
    bare figures under a label naming a percentage ("ร้อยละของ พชต.
    ผ่านเกณฑ์" over "เป้าหมาย | ผลงาน").  A table of activities keeps its
    "ร้อยละ 100" for running text."""
    percent = table.columns_of("percent")
    if percent:
        return tuple(percent)
    return tuple(
        c for c in table.columns_of("result")
        if (table.column("indicator") is not None or _says_percent(c.label))
        and any(result_percent(table, c, r) is not None for r in table.rows)
    )


def result_percent(table: Table, col: Column, row: Row) -> float | None:
    """The percentage a result cell of ``row`` reports: written as one, or a
    bare figure (at most 100, more is a count) where the row's unit or
    indicator, or else the column's label, says its figures are
    percentages; ``None`` for a count, a rate, a blank, "-" or "N/A"."""
    block = row.cells.get(col.col)
    if block is None:
        return None
    written = written_percent(block.text)
    if written is not None:
        return written
    figure = cell_figure(block.text)
    if figure is None or figure.bound or figure.change:
        return None
    in_percent = row_in_percent(table, row)
    says = in_percent if in_percent is not None else _says_percent(col.label)
    return figure.value if says and figure.value <= PERCENT_MAX else None


def is_findings_table(table: Table) -> bool:
    """A table of districts whose other cells report findings in sentences
    ("อำเภอ | ประเด็น | ผลการดำเนินงานที่สำคัญ" with "... ร้อยละ 80" in a
    cell): each row's figures belong to the row's district."""
    district = table.column("district")
    if district is None or value_columns(table):
        return False
    return any(
        cell_number(b.text) is None and any(True for _ in percentages(b.text))
        for r in table.rows if is_district_row(table, r)
        for c, b in r.cells.items() if c != district.col and c not in r.carried
    )


def is_district_row(table: Table, row: Row) -> bool:
    """A row its district cell names (itself or merged down over it), not a
    total or a summary ("รวม", "สรุป ผ่านเกณฑ์ 7 อำเภอ ...")."""
    name = table.text(row, "district")
    return bool(name) and not is_total_row(row) and _re("summary", "opens").match(name) is None


def findings_outcomes(doc: Document, table: Table, ctx: Context, kpis: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """The figures of a findings table, read as running text, each of its
    row's district: the district cell (merged down over the district's
    rows) names it even when the cell's own words do not.  A KPI stated
    before the table joins a finding of its subject, as in running text."""
    name_col = table.column("district")
    by_district: dict[str | None, set[int]] = {}
    for row in table.rows:
        found = row_district(table, row, table.text(row, "district"), ctx.province)
        cells = {b.order for c, b in row.cells.items() if c not in row.carried and (name_col is None or c != name_col.col)}
        by_district.setdefault(found[0] if found else None, set()).update(cells)
    out: list[OutcomeRecord] = []
    everything = set(range(len(doc.blocks)))
    for code, cells in by_district.items():
        own = replace(ctx, single=code) if code else ctx
        out += prose_outcomes(doc, own, everything - cells)
    ordered = sorted(out, key=lambda o: (o.evidence.block, o.evidence.start))
    return [o for o in attach_kpi_targets([*kpis, *ordered]) if o.evidence.table == table.grid.table]


def table_year(table: Table, fallback: int | None) -> int | None:
    """The fiscal year of a table's current figures: its header's period or year.

    The labels of baseline and year columns name earlier years, not the
    table's own.
    """
    earlier = {c.col for c in table.columns if c.role in ("baseline", "year")}
    heads = [b for b in table.header_blocks() if b.table != table.grid.table or b.col not in earlier]
    words = " ".join(b.text for b in heads)
    dates = find_dates(words)
    if dates:
        return fiscal_year_of(dates[0].start.first_day())
    stated = find_fiscal_year(words)
    return stated[0] if stated else fallback


def stated_target(text: str) -> re.Match[str] | None:
    """The first target stated in ``text``, a count's figure ("เกณฑ์ 6 อำเภอ")
    and a year ("ผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2567") left out."""
    for m in _re("table", "target").finditer(mask_years(text)):
        if not m.group().rstrip().endswith("%") and _count_follows(text, m.end()):
            continue
        return m
    return None


def mask_years(text: str) -> str:
    """``text`` with the digits of every year written in it turned into "#"
    (same length, so spans still fit ``text``): a target pattern then reads
    past a year ("ผ่านเกณฑ์ ปี 2567 ไม่น้อยกว่าร้อยละ 60") and never takes
    one for a percentage ("ผ่านเกณฑ์ จำแนกรายอำเภอ ปีงบประมาณ 2567")."""
    def mask(m: re.Match[str]) -> str:
        y = "y" if m["y"] else "b"
        a, b = m.start(y) - m.start(), m.end(y) - m.start()
        return m[0][:a] + "#" * (b - a) + m[0][b:]
    return _re("year", "written").sub(mask, text)


@cache
def _unit_re() -> re.Pattern[str]:
    units = "|".join(load_rules("counts")["units"])
    return re.compile(rf"\s*(?:{units})")


def _count_follows(text: str, pos: int) -> bool:
    """A count's unit word follows ``pos`` ("6 อำเภอ"): the figure is a count."""
    return bool(_unit_re().match(text, pos))


def table_target(table: Table, notes: tuple[Block, ...]) -> tuple[float, Block] | None:
    """A target the table states in a header label, or else in its title (the
    line nearest the table first), or else in a note under it, and the block
    that states it.

    A paragraph of findings further up than the line nearest the table
    reports on something else ("4.1 ... ร้อยละ 85.71 สูงกว่าค่าเป้าหมาย
    (ร้อยละ 80)" above "4.2 ... ดังตารางที่ 1"): its target is not the table's.
    A findings table has none: its sentences are read as running text, and
    a KPI's target before it joins the finding of its subject.
    """
    if is_findings_table(table):
        return None
    heads = [b for b in table.header_blocks() if b.table == table.grid.table and b.row in table.header_rows]
    paragraphs = [b for b in table.title if b.kind != "table_cell"]
    nearest = paragraphs[-1] if paragraphs else None
    titles = [b for b in reversed(table.title)
              if b is nearest or b.kind == "table_cell" or not reports_result(b.text)]
    for block in [*heads, *titles, *notes]:
        m = stated_target(block.text)
        if m:
            return float(m["t"]), block
    return None


def reports_result(text: str) -> bool:
    """A text states a result of its own, not only targets: a paragraph of findings."""
    return any(not f.target for f, _ in block_figures(text, False))


@dataclass(frozen=True)
class TableNotes:
    """The notes under a table, and the rows of the whole table (every piece
    of one broken across pages) they are written under."""

    blocks: tuple[Block, ...] = ()
    rows: tuple[Row, ...] = ()


def table_notes(doc: Document, tables: list[Table], i: int) -> TableNotes:
    """The notes written right under table ``i`` ("หมายเหตุ เป้าหมาย ร้อยละ 60",
    "* เกณฑ์ ≥ 80%"): the lines after its last piece (a table broken across
    pages goes on in the tables read through its header) that open with a
    note word, up to ``note_reach`` of them."""
    first, last = i, i
    while first > 0 and tables[first].continues:
        first -= 1
    while last + 1 < len(tables) and tables[last + 1].continues:
        last += 1
    end = max(b.order for b in tables[last].grid.cells.values())
    notes: list[Block] = []
    for block in doc.blocks[end + 1:]:
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "table_cell" or len(notes) >= _rules()["table"]["note_reach"] \
                or not _re("table", "note").match(block.text):
            break
        notes.append(block)
    return TableNotes(tuple(notes), tuple(r for t in tables[first: last + 1] for r in t.rows))


def noted_rows(note: Block, notes: TableNotes) -> tuple[Row, ...] | None:
    """The rows a note's target is for: those whose words share the note's
    subject ("หมายเหตุ ประเด็นที่ 2 ... ค่าเป้าหมายการสวมหมวกนิรภัย ... ร้อยละ 80"
    is the helmet row's target); ``None`` (every row) when the note names
    no row's subject ("หมายเหตุ เป้าหมาย ร้อยละ 60")."""
    subject = _re("table", "note_words").sub(" ", _re("table", "note").sub("", note.text))
    rows = tuple(r for r in notes.rows if same_subject(subject, " ".join(r.texts())))
    return rows or None


def cell_target(text: str) -> tuple[float | None, str]:
    """A row's own bracketed target in its subject cell, and the cell's words
    without it; a bracketed target of a count ("(เป้าหมายทั้งปี 20 หลัง)")
    gives no target but leaves the words too."""
    m = _re("table", "cell_target").search(text)
    if m is None:
        aside = _re("table", "target_aside").search(text)
        return None, (text[: aside.start()] + text[aside.end():]).strip() if aside else text
    return float(m["t"] or m["a"] or m["b"]), (text[: m.start()] + text[m.end():]).strip()


@dataclass(frozen=True)
class CellFigure:
    """The one figure a table cell holds and what is written around it."""

    value: float
    marked: bool  # written as a percentage ("ร้อยละ 90", "90%")
    bound: bool  # after a bound ("ไม่น้อยกว่า", "≤"): a bar to reach
    change: str  # the change it is ("ลดลง"), part of what it measures


def cell_figure(text: str) -> CellFigure | None:
    """The figure of a cell holding one ("90", "ร้อยละ 100", "ไม่น้อยกว่าร้อยละ
    90", "ลดลงร้อยละ 10", "≤ 26.00"), else ``None`` (words, a range, two figures)."""
    m = _re("table", "cell_figure").match(text)
    value = parse_number(m["n"]) if m else None
    if m is None or value is None:
        return None
    change = " ".join(m["change"].split()) if m["change"] else ""
    return CellFigure(value, bool(m["pct"] or m["sign"]), bool(m["bound"] or m["after"]), change)


def percent_target(table: Table, measure: Measure, row: Row) -> float | None:
    """A target column's cell written as a percentage ("ร้อยละ 75", "ไม่น้อยกว่า
    ร้อยละ 90"), where a target column otherwise holds counts; or, beside a
    result column of percentages ("เป้าหมาย | ผลงาน" under "ร้อยละของ..."
    or in a row whose unit is "ร้อยละ"), its bare figure: the target is in
    the unit of the result it is set for."""
    for col in (c for c in measure.columns if c.role == "target"):
        block = row.cells.get(col.col)
        figure = cell_figure(block.text) if block is not None else None
        if figure is None:
            continue
        if figure.marked or (not measure.counts_beside and not figure.change
                             and result_percent(table, col, row) is not None):
            return figure.value
        if not measure.counts_beside and figure.bound and row_in_percent(table, row):
            return figure.value
    return None


def title_subject(text: str) -> str:
    """What a table's title says it measures, without its number ("ตารางที่ 1")
    nor its lead-in to the table ("จำแนกรายอำเภอ ...", "มีดังนี้").  A caption
    that PDF text joined to the sentence pointing to it ("... ดังตารางที่ 1
    ตารางที่ 1 ร้อยละของ...") begins at its number."""
    text = strip_list_marker(text)
    numbers = list(_re("table", "caption_number").finditer(text))
    if numbers:
        text = text[numbers[-1].end():]
    return _re("table", "title_tail").sub("", text).strip(" :-")


def measured_clause(text: str) -> str:
    """The clause of a sentence-long caption that names what is measured: after
    its last "โดย"/"คือ"/"ได้แก่" before the threshold ("ไม่น้อยกว่าร้อยละ 70",
    "ถือว่าผ่าน"); the caption itself when it has no such clause."""
    end = _re("table", "measured_end").search(text)
    if end is None or len(text) <= _rules()["figure"]["indicator_chars"]:
        return text
    intros = list(_re("table", "measured_intro").finditer(text, 0, end.start()))
    clause = text[intros[-1].end():end.start()].strip(" ,") if intros else ""
    return clause if len(clause) >= MIN_INDICATOR_CHARS else text


def counted_subject(text: str) -> str:
    """What a row's count cell counts, when it names it ("ครัวเรือนมีถังขยะเปียก
    18,400 ครัวเรือน" -> "ครัวเรือนมีถังขยะเปียก"); "" for a bare count ("312",
    "15 หมู่บ้าน") or a cell with no count."""
    if not _count_re().search(text):
        return ""
    words = drop_counts(_re("table", "count_aside").sub("", text))
    if words.count("(") > words.count(")"):
        words += ")"  # drop_counts trims the bracket a name ends with ("(Care Plan)")
    letters = [ch for ch in words if ch.isalpha()]
    return words if len(letters) >= MIN_INDICATOR_CHARS and not _re("table", "percent_label").search(words) else ""


def titled_measure(table: Table) -> str:
    """The title that names a table's measure: its numbered caption line
    ("ตารางที่ 1 ร้อยละของ...") when that names a percentage, else the first
    title saying one (a sentence before the table that introduces it) but
    reports no result of its own (a paragraph of findings before the table
    is about something else)."""
    percent = [b for b in table.title if _says_percent(b.text)]
    numbered = [b for b in percent if _re("table", "caption_number").search(b.text)]
    introducing = [b for b in percent if not reports_result(b.text)]
    return next((b.text for b in [*numbered, *introducing]), "")


def numerator_label(table: Table, col: Column | None) -> str:
    """What a percent column measures when its header says so in the count
    columns right before it: the counts worked out into the percentage
    ("ผู้สูงอายุติดเตียง (คน)" | "ได้รับการดูแลตาม Care plan (คน)" | "ร้อยละ"),
    without their units; "" when the column before it is labelled by a role
    word ("ผลงาน", "จำนวน") or there is none.  The counts run left up to a
    labelled role, a bare count of a whole ("จำนวน พชต.", "หมู่บ้านทั้งหมด"),
    or the edge of the percent column's group."""
    if col is None:
        return ""
    group = table.group(col.col)
    words: list[str] = []
    for c in range(col.col - 1, group[0] - 1 if len(group) > 1 else -1, -1):
        label = table.labels.get(c, ("",))[-1]
        if not label or label_role(label) is not None or _re("table", "whole_count").search(label):
            break
        words.insert(0, _re("table", "unit_aside").sub("", label).strip())
    found = " ".join(words)
    return found if sum(ch.isalpha() for ch in found) >= MIN_INDICATOR_CHARS else ""


def caption_subject(table: Table) -> str:
    """The subject a table's caption names: the caption block nearest the
    table that is no numbered section heading ("3. ผลการดำเนินงาน")."""
    for block in reversed(table.title):
        if not is_section_heading(block):
            return title_subject(block.text)[:120]
    return ""


def is_section_heading(block: Block) -> bool:
    """A numbered heading of the report's own outline: a list marker and a
    heading's look (a heading block, or a short line)."""
    short = len(block.text) <= _rules()["table"]["section_heading_chars"]
    return bool(LIST_MARKER_RE.match(block.text)) and (block.kind == "heading" or short)


def _says_percent(*labels: str) -> bool:
    return any(_re("table", "percent_label").search(label) for label in labels)


@dataclass(frozen=True)
class Measure:
    """One percentage a results table reports in each row: the column of its
    achieved figure (``None`` in a table of targets or years only) and the
    columns that go with it (its own group's, and those of no group)."""

    value: Column | None
    columns: tuple[Column, ...]

    def column(self, role: str) -> Column | None:
        """The measure's first column of ``role``, its value column left out."""
        return next((c for c in self.columns if c.role == role and c != self.value), None)

    def cell(self, row: Row, role: str) -> Block | None:
        """The row's cell in the measure's column of ``role``."""
        col = self.column(role)
        return row.cells.get(col.col) if col else None

    def number(self, row: Row, role: str) -> float | None:
        """The figure in the row's cell of ``role``."""
        block = self.cell(row, role)
        return cell_number(block.text) if block else None

    def value_cell(self, row: Row) -> Block | None:
        """The row's cell of the achieved figure, the record's evidence."""
        return row.cells.get(self.value.col) if self.value else None

    def value_of(self, table: Table, row: Row) -> float | None:
        """The row's achieved figure: a percent column's number, or a result
        cell holding a percentage."""
        block = self.value_cell(row)
        if block is None or self.value is None:
            return None
        return cell_number(block.text) if self.value.role == "percent" else result_percent(table, self.value, row)

    @property
    def counts_beside(self) -> bool:
        """The measure's result and target columns hold counts worked out into
        its percent column; beside a result column of percentages they hold
        percentages too."""
        return self.value is None or self.value.role == "percent"


def table_measures(table: Table) -> list[Measure]:
    """The measures of a results table: one per value column.  Under a
    two-row header each value column goes with the columns of its group
    ("ประเด็นที่ 1 ยาเสพติด" over "ผู้เข้ารับการบำบัด | ติดตามครบ | ร้อยละ"),
    and every measure with the columns that belong to no group (the row's
    name, a target for all)."""
    values = value_columns(table)
    if len(values) <= 1:
        return [Measure(values[0] if values else None, table.columns)]
    groups = {v.col: set(table.group(v.col)) for v in values}
    grouped = set().union(*groups.values())
    return [
        Measure(v, tuple(c for c in table.columns if c.col in groups[v.col] or c.col not in grouped))
        for v in values
    ]


def measure_label(table: Table, measure: Measure) -> str:
    """What one of several measures of a table measures, from its header: its
    count columns' labels, or else the label spanning its group."""
    if measure.value is None:
        return ""
    upper = table.labels.get(measure.value.col, ())[:-1]
    return numerator_label(table, measure.value) or " ".join(upper)


def kpi_of(kpis: list[OutcomeRecord], label: str, several: bool) -> OutcomeRecord | None:
    """The KPI stated before a table whose target a measure takes: the last
    one, or, when the table reports several measures, the last one of the
    measure's subject."""
    if not several:
        return kpis[-1] if kpis else None
    return next((k for k in reversed(kpis) if label and same_subject(k.indicator, label)), None)


@dataclass(frozen=True)
class TableContext:
    """What one measure's rows in a results table share."""

    table: Table
    measure: Measure
    year: int | None
    target: float | None
    indicator: str
    target_rows: tuple[Row, ...] | None = None  # the rows ``target`` is for; None: every row
    district_wide: bool = False  # ``target`` is the district's own: its total row's, not its ตำบล's
    kpi: str = ""  # the KPI whose target ``target`` is: it names the rows that take the target

    def target_of(self, row: Row) -> float | None:
        """The table's target for ``row``."""
        if self.district_wide and not is_total_row(row):
            return None
        applies = self.target_rows is None or any(row is r for r in self.target_rows)
        return self.target if applies else None


def _row_name(table: Table, row: Row) -> Block | None:
    """The cell naming a row's place: its district or ตำบล cell, else its
    first cell that is no row number."""
    named = table.cell(row, "district") or table.cell(row, "subdistrict")
    if named is not None:
        return named
    seq = {c.col for c in table.columns_of("seq")}
    cols = [c for c in sorted(row.cells) if c not in seq or cell_number(row.cells[c].text.rstrip(".)")) is None]
    return row.cells[cols[0]] if cols else None


def _row_subject(t: TableContext, row: Row, ctx: Context) -> tuple[bool, str | None, str] | None:
    """(is total, district, indicator) of a row, or ``None`` for a row with no subject."""
    table = t.table
    name_cell = _row_name(table, row)
    name = name_cell.text if name_cell else ""
    _, own = cell_target(strip_list_marker(table.text(row, "indicator")))
    target_cell = t.measure.cell(row, "target")
    counted = "" if own else counted_subject(target_cell.text if target_cell else "")
    indicator = own or counted or (t.kpi if t.kpi and t.target_of(row) is not None else t.indicator)
    if is_total_row(row):
        return True, ctx.single, indicator
    found = row_district(table, row, name, ctx.province)
    if found:
        return False, found[0], indicator
    if table.column("indicator") or ctx.single:
        subject = indicator if table.column("indicator") or counted else f"{indicator} {name}".strip()
        return False, ctx.single, subject
    return None


def row_district(table: Table, row: Row, name: str, province: str | None) -> tuple[str, str] | None:
    """The district a row is for: its name in the document's province, or, in
    a district column, a district of another province (a row copied from
    another report still reports that district's figures)."""
    if not name:
        return None
    found = resolve_district(name, province)
    if found is None and province is not None and table.cell(row, "district") is not None:
        found = resolve_district(name, None)
    return found


def _baseline_is_percent(t: TableContext, col: Column, row: Row, total: bool) -> bool:
    """A baseline cell holds a percentage when its label or the cell itself
    says so, or it is a total that is not the sum of the rows above it (a
    rate, in a table of percentages)."""
    block = row.cells.get(col.col)
    if _says_percent(col.label) or (block is not None and written_percent(block.text) is not None):
        return True
    if not total or t.measure.value is None:
        return False
    values = [cell_number(r.cells[col.col].text) for r in t.table.rows
              if r is not row and col.col in r.cells and not is_total_row(r) and not is_section_row(r, t.table)]
    value = cell_number(block.text) if block is not None else None
    return value is not None and value <= 100 and abs(sum(v or 0 for v in values) - value) > TOLERANCE


def row_in_percent(table: Table, row: Row) -> bool | None:
    """Whether a row's bare figures are percentages: its unit cell says so
    ("ร้อยละ") or says another unit ("จุด", "ต่อแสนประชากร": a count or a
    rate, none); with no unit, its own indicator naming a percentage
    ("ร้อยละของ...") or a rate ("... ต่อแสนประชากร") says so; ``None``
    when the row does not tell."""
    unit = table.cell(row, "unit")
    if unit is not None and unit.text:
        return _says_percent(unit.text)
    own = strip_list_marker(table.text(row, "indicator"))
    if _re("table", "rate_indicator").search(own):
        return False
    return True if own and _re("table", "percent_indicator").match(own) else None


def year_value(t: TableContext, col: Column, row: Row, total: bool, in_percent: bool | None) -> float | None:
    """The percentage a year or baseline cell of ``row`` reports, or ``None``:
    a figure written as a percentage, or a bare one where the row, or else
    the column or table, says its figures are percentages.  A figure after
    a bound or a change ("≥ 80", "ลดลง 10") is a target, not a result."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None or figure.bound or figure.change:
        return None
    if figure.marked or in_percent is not None:
        return figure.value if figure.marked or in_percent else None
    if (_says_percent(t.indicator) and col.role == "year") or _baseline_is_percent(t, col, row, total):
        return figure.value
    return None


def year_target(t: TableContext, col: Column, row: Row, in_percent: bool | None) -> CellFigure | None:
    """The percentage target a target-year cell of ``row`` sets ("90",
    "ลดลงร้อยละ 10"), or ``None``: written as a percentage, or a bare figure
    of at most 100 (more is a count) where the row, or else the column or
    table, says it is one."""
    block = row.cells.get(col.col)
    figure = cell_figure(block.text) if block is not None else None
    if figure is None:
        return None
    if figure.marked:
        return figure
    says = in_percent if in_percent is not None else _says_percent(col.label, t.indicator)
    return figure if says and figure.value <= PERCENT_MAX else None


def row_outcomes(t: TableContext, row: Row, ctx: Context) -> Iterator[OutcomeRecord]:
    """The current-year outcome of a row's measure, its baseline-year ones,
    and the target it sets for each year of a target column ("ค่าเป้าหมาย"
    over "2567 | 2568"): a bare target of that year, or the target of the
    result of that year."""
    table, measure = t.table, t.measure
    subject = _row_subject(t, row, ctx)
    if subject is None or is_section_row(row, table):
        return
    total, district, indicator = subject
    value = measure.value_of(table, row)
    name_cell = table.cell(row, "indicator") or row.cells.get(min(row.cells))
    row_target = measure.number(row, "target_pct")
    if row_target is None:
        row_target = cell_target(name_cell.text if name_cell else "")[0] or percent_target(table, measure, row)
    target = row_target if row_target is not None else t.target_of(row)
    in_percent = row_in_percent(table, row)
    out: list[OutcomeRecord] = []
    cell = measure.value_cell(row) or measure.cell(row, "target_pct")
    if cell is not None and (value is not None or row_target is not None):
        out.append(OutcomeRecord(
            indicator=indicator, district=district, value_pct=value, target_pct=target,
            year_be=t.year, result=measure.number(row, "result") if measure.counts_beside else None,
            denominator=measure.number(row, "target") if measure.counts_beside else None,
            evidence=evidence(cell),
        ))
    for col in [c for c in measure.columns if c.role in ("baseline", "year") and c.year_be is not None]:
        current = col.year_be == t.year
        number = year_value(t, col, row, total, in_percent)
        if number is None or (current and value is not None):
            continue
        out.append(OutcomeRecord(
            indicator=indicator, district=district, value_pct=number,
            target_pct=target if current else None, year_be=col.year_be, evidence=evidence(row.cells[col.col]),
        ))
    for col in [c for c in measure.columns if c.role == "target_year" and c.year_be is not None]:
        figure = year_target(t, col, row, in_percent)
        if figure is None or any(o.year_be == col.year_be and o.target_pct is not None for o in out):
            continue
        same = [i for i, o in enumerate(out) if o.year_be == col.year_be]
        if same:
            out[same[0]] = out[same[0]].model_copy(update={"target_pct": figure.value})
            continue
        out.append(OutcomeRecord(
            indicator=f"{indicator} {figure.change}".strip(), district=district, value_pct=None,
            target_pct=figure.value, year_be=col.year_be, evidence=evidence(row.cells[col.col]),
        ))
    yield from out


def table_outcomes(
    doc: Document, table: Table, ctx: Context, earlier: list[OutcomeRecord], notes: TableNotes,
) -> list[OutcomeRecord]:
    """Outcomes of one results table, measure by measure, with its own target
    (header, title or a note under it, for the rows the note names) or the
    KPI target of its subject stated before it.

    In a document about one district, a target stated outside the table in
    a paragraph of findings or a KPI is the district's: it goes to the
    table's total row, not to the rows of its ตำบล.
    """
    first = table.grid.first.order
    kpis = [o for o in earlier if o.value_pct is None and o.target_pct is not None and o.evidence.block < first]
    if is_findings_table(table):
        return findings_outcomes(doc, table, ctx, kpis)
    stated = table_target(table, notes.blocks)
    rows = noted_rows(stated[1], notes) if stated and stated[1] in notes.blocks else None
    per_district = ctx.single is not None and table.column("indicator") is None
    measures = table_measures(table)
    several = len(measures) > 1
    year = table_year(table, ctx.year_be)
    findings_target = stated is not None and stated[1] in table.title and reports_result(stated[1].text)
    out: list[OutcomeRecord] = []
    for measure in measures:
        label = measure_label(table, measure) if several else ""
        target, wide = (stated[0] if stated else None), findings_target
        kpi = kpi_of(kpis, label, several)
        named = ""
        own_target = measure.column("target_pct") or (None if measure.counts_beside else measure.column("target"))
        if target is None and measure.value is not None and own_target is None and kpi:
            target, named, wide = kpi.target_pct, kpi.indicator, True
        indicator = label or (measured_clause(title_subject(titled_measure(table)))
                              or numerator_label(table, measure.value)
                              or (kpis[-1].indicator if kpis else "") or caption_subject(table))
        t = TableContext(table, measure, year, target, indicator, rows, wide and per_district, named)
        out += [o for row in table.rows for o in row_outcomes(t, row, ctx)]
    return out

# --- one record per figure and subject ------------------------------------------------------


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= TOLERANCE)


def same_subject(a: str, b: str) -> bool:
    """Two indicators name one subject: they share a run of words at least
    ``subject_overlap_chars`` long (white space removed), e.g. "อำเภอผ่านเกณฑ์"."""
    a, b = fold(a), fold(b)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= _rules()["pairing"]["subject_overlap_chars"]


def kpi_cover(kpi: str, words: str) -> float:
    """The share of ``words`` (white space removed) that stands, in order, in a KPI's name."""
    a, b = fold(words), fold(kpi)
    if not a:
        return 0.0
    return sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()) / len(a)


def is_kpi_of(kpi: OutcomeRecord, r: OutcomeRecord) -> bool:
    """A result in running text reports a KPI stated before it (a bare
    target of its district) in words of its own: in the KPI's year, with
    the KPI's target and a subject shared ("ผ่านเกณฑ์... ร้อยละ 80
    ซึ่งผ่านค่าเป้าหมาย (ร้อยละ 75)"); or in an earlier year, with no target
    and its words mostly the KPI's (a baseline: "ปี 2564 อำเภอผ่านเกณฑ์ 5
    อำเภอ คิดเป็นร้อยละ 62.50")."""
    if kpi.district != r.district or kpi.year_be is None or r.year_be is None:
        return False
    if r.target_pct is not None:
        return (r.year_be == kpi.year_be and _same(r.target_pct, kpi.target_pct)
                and same_subject(kpi.indicator, r.indicator))
    subject = _re("figure", "period").sub("", r.indicator)
    return r.year_be < kpi.year_be and kpi_cover(kpi.indicator, subject) >= _rules()["pairing"]["kpi_cover"]


def name_by_kpi(records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """Results in running text that report a KPI stated before them take its
    name (of several, the one that holds most of their words)."""
    kpis = [(i, r) for i, r in enumerate(records)
            if r.value_pct is None and r.target_pct is not None and r.evidence.table is None]
    out = list(records)
    for j, r in enumerate(records):
        if r.value_pct is None or r.evidence.table is not None:
            continue
        named = [k for i, k in kpis if i < j and is_kpi_of(k, r)]
        if named:
            best = max(named, key=lambda k: kpi_cover(k.indicator, r.indicator))
            out[j] = r.model_copy(update={"indicator": best.indicator})
    return out


def attach_kpi_targets(records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A KPI's stated target joins the first later result of its subject, year
    and district that states no target of its own ("ตัวชี้วัด ร้อยละของอำเภอ
    ผ่านเกณฑ์... (ค่าเป้าหมาย ร้อยละ 80)" ... "ผ่านเกณฑ์ 7 อำเภอ จาก 9 อำเภอ
    (ร้อยละ 77.78)"): a target and a result of one subject are one record,
    named by the KPI.  The KPI's bare target is then spent."""
    out = list(records)
    spent: set[int] = set()
    for i, kpi in enumerate(out):
        if kpi.value_pct is not None or kpi.target_pct is None:
            continue
        for j in range(i + 1, len(out)):
            r = out[j]
            if r.value_pct is None:
                if same_subject(kpi.indicator, r.indicator):
                    break  # the subject's next target: the result is not this one's
                continue
            if (r.target_pct is None and (r.district, r.year_be) == (kpi.district, kpi.year_be)
                    and same_subject(kpi.indicator, r.indicator)):
                out[j] = r.model_copy(update={"target_pct": kpi.target_pct, "indicator": kpi.indicator})
                spent.add(i)
                break
    return [r for i, r in enumerate(out) if i not in spent]


def summary_words(doc: Document, record: OutcomeRecord) -> str | None:
    """The words before a result that opens a summary line ("สรุป ผ่าน 3/5
    อำเภอ = ร้อยละ60", "ภาพรวม ร้อยละ 85"), without the summary word; ``None``
    when the result is not on such a line (or sits in a table)."""
    if record.evidence.table is not None or record.value_pct is None:
        return None
    before = strip_list_marker(doc.blocks[record.evidence.block].text[: record.evidence.start])
    m = _re("summary", "opens").match(before)
    return indicator_words(before[m.end():]) if m else None


def names_no_subject(words: str) -> bool:
    """Too few letters to name what a figure measures ("ผ่าน 3/")."""
    return sum(ch.isalpha() for ch in words) < _rules()["summary"]["subject_letters"]


def join_summaries(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """A summary line's result is the result of the KPI the document stated
    before it: "ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์... (เป้าหมาย ร้อยละ 70)" ...
    "สรุป ผ่าน 3/5 อำเภอ = ร้อยละ60" is one record, named by the KPI.  The
    nearest KPI target of the same district and year joins, when the summary
    names no subject of its own (or the KPI's) and states no other target;
    with no such target, a KPI named with none ("ตัวชี้วัด ร้อยละของ...")
    still names the summary's result."""
    out = list(records)
    spent: set[int] = set()
    for j, r in enumerate(out):
        words = summary_words(doc, r)
        if words is None:
            continue
        i = _summary_kpi(out, j, spent)
        if i is not None and (names_no_subject(words) or same_subject(out[i].indicator, words)):
            out[j] = r.model_copy(update={"indicator": out[i].indicator, "target_pct": out[i].target_pct})
            spent.add(i)
            continue
        name = kpi_named_before(doc, r.evidence.block) if i is None else None
        if name and (names_no_subject(words) or same_subject(name, words)):
            out[j] = r.model_copy(update={"indicator": name})
    return [r for i, r in enumerate(out) if i not in spent]


def _summary_kpi(records: list[OutcomeRecord], j: int, spent: set[int]) -> int | None:
    """The nearest bare target before ``records[j]`` of its district and
    year, unspent, whose target the summary does not contradict."""
    r = records[j]
    for i in range(j - 1, -1, -1):
        kpi = records[i]
        if i in spent or kpi.value_pct is not None or kpi.target_pct is None:
            continue
        if (kpi.district, kpi.year_be) != (r.district, r.year_be):
            continue
        return i if r.target_pct is None or _same(r.target_pct, kpi.target_pct) else None
    return None


def kpi_named_before(doc: Document, order: int) -> str | None:
    """The last KPI named before block ``order`` by an indicator line
    ("ตัวชี้วัด ร้อยละของอำเภอผ่านเกณฑ์...") that states no figure."""
    for block in reversed(doc.blocks[:order]):
        m = _re("figure", "indicator_line").search(block.text)
        if m and not any(True for _ in percentages(m["name"])):
            return m["name"].strip()
    return None


def _one_subject(a: OutcomeRecord, b: OutcomeRecord) -> bool:
    """Two figures of one table read through its header are of one subject
    only when they are in one row, or their rows name one indicator: two
    indicators' rows may repeat a value.  Figures of two tables are when
    their indicators are alike (a total row restated by a KPI table), not
    when two issues' tables happen to share a baseline figure.
    Two bare targets in running text are of one subject only when their
    words share one: a plan may set one figure for several KPIs ("พชต.
    ผ่านเกณฑ์... ร้อยละ 80", "ผู้ผ่านการบำบัด...ได้รับการติดตาม... ร้อยละ 80")."""
    if a.evidence.table is not None and a.evidence.table == b.evidence.table and a.evidence.row != b.evidence.row:
        return fold(a.indicator) == fold(b.indicator)
    if a.evidence.table is not None and b.evidence.table is not None and a.evidence.table != b.evidence.table:
        return alike(a.indicator, b.indicator)
    if a.value_pct is None and b.value_pct is None and a.evidence.table is None and b.evidence.table is None:
        return same_subject(a.indicator, b.indicator)
    return True


def alike(a: str, b: str) -> bool:
    """Two indicators read the same as the scoring rules compare them
    (similarity of their letters at least ``pairing.alike_ratio``):
    "(เป้าหมาย หมู่บ้านมีการคัดแยกขยะต้นทาง" and "ร้อยละของหมู่บ้านที่มี
    การคัดแยกขยะต้นทาง" are; "ร้อยละของตำบลที่มีด่านชุมชน..." and
    "ร้อยละของตำบลที่มีชมรมผู้สูงอายุ..." are not."""
    ratio = SequenceMatcher(None, fold(a), fold(b), autojunk=False).ratio()
    return ratio >= _rules()["pairing"]["alike_ratio"]


def restated(r: OutcomeRecord, records: list[OutcomeRecord]) -> bool:
    """A result in running text that states no target, and that a results
    table gives too, for the same district, year and subject: one figure
    ("... กติกาชุมชนงดการเผา ... ครบ 7 หมู่บ้าน คิดเป็นร้อยละ 100" and the KPI
    table's row "ร้อยละของหมู่บ้านที่มีกติกาชุมชนงดการเผา | ร้อยละ 100 | ... |
    100"), which the table's row names by its KPI and gives its target."""
    return r.evidence.table is None and r.value_pct is not None and r.target_pct is None and any(
        o.evidence.table is not None and (o.district, o.year_be) == (r.district, r.year_be)
        and _same(o.value_pct, r.value_pct) and same_subject(o.indicator, r.indicator) for o in records
    )


def merge(records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """Drop repeats, results in running text that a table restates, and bare
    targets that a result of the same subject and year carries."""
    out: list[OutcomeRecord] = []
    for r in [r for r in records if not restated(r, records)]:
        key = (r.district, r.year_be)
        if any((o.district, o.year_be) == key and _same(o.value_pct, r.value_pct)
               and _same(o.target_pct, r.target_pct) and _one_subject(o, r) for o in out):
            continue
        out.append(r)
    return [
        r for r in out
        if not (r.value_pct is None and any(
            o.value_pct is not None and (o.district, o.year_be) == (r.district, r.year_be)
            and _same(o.target_pct, r.target_pct) for o in out
        ))
    ]


def extract_outcomes(doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]) -> list[OutcomeRecord]:
    """Every percentage result or target of the document, once per figure and subject."""
    ctx = Context(
        year_be=facts.fiscal_year_be, province=facts.province_code,
        single=districts[0].code if len(districts) == 1 else None,
        plan=facts.doc_type == "action_plan",
    )
    tables = [t for t in read_tables(doc) if t.columns and is_results_table(t)]
    notes = [table_notes(doc, tables, i) for i in range(len(tables))]
    read = {b.order for t in tables for b in t.grid.cells.values()}
    stated = [table_target(t, n.blocks) for t, n in zip(tables, notes)]
    read |= {s[1].order for s in stated if s and s[1].kind != "table_cell" and not reports_result(s[1].text)}
    prose = join_summaries(doc, attach_kpi_targets(name_by_kpi(prose_outcomes(doc, ctx, read))))  # a KPI's results first
    tabled = [o for t, n in zip(tables, notes) for o in table_outcomes(doc, t, ctx, prose, n)]
    ordered = sorted(prose + tabled, key=lambda o: (o.evidence.block, o.evidence.start))
    return merge(ordered)
