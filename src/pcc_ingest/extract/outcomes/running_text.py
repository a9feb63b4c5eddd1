"""Outcomes in running text: each percentage of a paragraph, list item or
cell of a table not read by header, a result or a target of what its clause
names.  Prose has no header to say what a figure is, so its words, its
section's district and year, and the figures beside it decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.districts import (
    district_mentions,
    title_blocks,
)
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import (
    MIN_INDICATOR_CHARS,
    TOLERANCE,
    Context,
    outcome_rules,
    rule_re,
)
from pcc_ingest.extract.outcomes.outline import outline_depth, section_districts
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import cell_number, fold
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import NUMBER, parse_number
from pcc_ingest.thai.text import strip_list_marker

# How far before a percentage `share_before` looks for the population and
# the group's count it is the share of (a sentence's clause).
SHARE_REACH = 160


@dataclass(frozen=True)
class Figure:
    """A percentage in a text: value, span, and whether it is a target."""

    value: float
    start: int
    end: int
    target: bool


def percentages(text: str) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each percentage in ``text``, rates per N,
    shares of the population and bounds in a subject left out."""
    for m in rule_re("figure", "percent").finditer(text):
        if rule_re("figure", "rate_after").match(text[m.end():]) or rule_re("figure", "share_after").match(text[m.end():]):
            continue
        if rule_re("figure", "share_before").search(text[max(0, m.start() - SHARE_REACH):m.start()]):
            continue
        if is_bound(text, m.start(), m.end()):
            continue
        yield float(m["a"] or m["b"]), m.start(), m.end()


def is_bound(text: str, start: int, end: int) -> bool:
    """A percentage bounded by a threshold word, before it or after it, and
    followed by a count ("หมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) ไม่เกินร้อยละ 10
    จำนวน 13 หมู่บ้าน", "มีคะแนนผ่านเกณฑ์ร้อยละ 70 ขึ้นไป จำนวน 79 คน"): the
    bar each one counted had to pass, part of a subject, not a figure (a
    pass mark for each person is not a target, gold/README.md)."""
    after = rule_re("figure", "threshold_after").match(text, end)
    before = rule_re("figure", "threshold_before").search(text, 0, start)
    rest = text[after.end() if after else end:].lstrip()
    return (before is not None or after is not None) and count_re().match(rest) is not None


def clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``text[pos]`` begins: a list number, colon, or ``floor``."""
    start = floor
    for m in rule_re("figure", "clause_start").finditer(text, floor, pos):
        start = m.end()
    return start


def is_target(before: str, *, default: bool) -> bool:
    """Target words just before a figure make it a target, result words a result;
    when both stand there, the nearer decide.  A figure inside a bracket
    opened by a target word is a target."""
    if rule_re("figure", "target_bracket").search(before):
        return True
    target = _last_match(rule_re("figure", "target_before"), before)
    result = _last_match(rule_re("figure", "result_before"), before)
    if target is None and result is None:
        return default
    return result is None or (target is not None and target > result)


def is_slogan(before: str, value: float) -> bool:
    """Campaign words just before a figure of 100 ("รณรงค์สวมหมวกนิรภัย
    100%") make it a slogan, unless result or target words stand nearer."""
    if abs(value - outcome_rules()["figure"]["slogan_value"]) > TOLERANCE:
        return False
    slogan = _last_match(rule_re("figure", "slogan_before"), before)
    others = [_last_match(rule_re("figure", key), before) for key in ("target_before", "result_before")]
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
    figure measures; a phrase opening with a bracket ("(UCCARE ระดับ 3
    ขึ้นไป)", "(พชต.) ขับเคลื่อน...") explains the phrase before it and
    never begins an indicator.
    """
    words = drop_change_counts(drop_dates(strip_list_marker(text.strip(" ,;-"))))
    for _ in range(2):
        words = trim_ends(rule_re("figure", "indicator_trim").sub("", words))
    words = trim_ends(rule_re("figure", "indicator_trim").sub("", drop_counts(words)))
    rules = outcome_rules()["figure"]
    kept: list[str] = []
    for phrase in reversed(phrases(words)):
        size = len(fold("".join(kept)))
        full = size + len(fold(phrase)) > rules["indicator_chars"] and size >= rules["indicator_min_chars"]
        if kept and full and not kept[0].startswith("("):
            break
        kept.insert(0, phrase)
    return " ".join(kept)


def drop_change_counts(words: str) -> str:
    """Words without the counts a change was told by ("จุดความร้อนลดลงจาก
    38 จุด ในปี 2565 เหลือ 29 จุด" -> "จุดความร้อนลดลง"): what changed, and
    which way, is what its percentage measures; the change word goes once."""
    words = rule_re("figure", "change_counts").sub(lambda m: m["c"], words)
    return rule_re("figure", "repeated_change").sub(lambda m: m["c"], words)


def is_compared(before: str) -> bool:
    """Comparison words just before a figure ("ลดลงจากปี 2564/65 ซึ่งมี
    ร้อยละ 27.30"): the figure is the earlier one a result is compared with,
    unless it is the size of the change, written right after the period it
    is from ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    return bool(rule_re("figure", "compared_before").search(before)) and not is_change_by(before)


def is_change_by(before: str) -> bool:
    """The figure after ``before`` is the size of a change from an earlier
    period ("ลดลงจากปีก่อนร้อยละ 36.36"): a result of its own period."""
    return bool(rule_re("figure", "change_by").search(before))


def period_last(words: str) -> tuple[str, str]:
    """(subject, period) of an indicator that opens with the period its figure
    is for ("ฤดูการผลิตปี 2565/66 มีอ้อยไฟไหม้เข้าหีบ" -> "อ้อยไฟไหม้เข้าหีบ",
    "ฤดูการผลิตปี 2565/66"); ("words", "") when it opens with none."""
    m = rule_re("figure", "period").match(words)
    if m is None:
        return words, ""
    return indicator_words(words[m.end():]), " ".join(m["p"].split())


def clause_period(clause: str) -> str:
    """The last period named in a clause ("... ลดลงจากฤดูการผลิตปี 2564/65
    ซึ่งมี" -> "ฤดูการผลิตปี 2564/65"), or ""."""
    found = list(rule_re("figure", "period").finditer(clause))
    return " ".join(found[-1]["p"].split()) if found else ""


def qualifier(text: str, end: int) -> str:
    """What the words right after a figure say it is compared with
    ("เมื่อเทียบกับปี 2566"), or ""."""
    m = rule_re("figure", "qualifier_after").match(text[end:])
    return " ".join(m.group().split()) if m else ""


def drop_dates(words: str) -> str:
    """Words without the dates they name and the word leading to each
    ("ภายในเดือนธันวาคม 2565", "ระหว่างเดือน ม.ค. – มี.ค. 2566", "(มกราคม –
    มีนาคม 2566)"): when a thing was done is not what a figure measures."""
    for date in reversed(find_dates(words)):
        start, end = date.span
        lead = rule_re("figure", "date_lead").search(words, 0, start)
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
    return [p for p in rule_re("figure", "phrase_break").split(words) if p]


@cache
def count_re() -> re.Pattern[str]:
    """A count (a figure and a unit word of ``extractors/counts.toml``), with
    the count it is out of ("11 ตำบล จาก 13 ตำบล"); or any two figures of one
    word, the first out of the second ("110 ตัวอย่าง จาก 120 ตัวอย่าง"): a
    unit word written twice is one whatever it is.  The word leading to it
    ("จำนวน", "มี") goes with it."""
    count = rf"[\d,]+\s*(?:{'|'.join(load_rules('counts')['units'])})"
    pair, lead = outcome_rules()["figure"]["count_pair"], outcome_rules()["figure"]["count_lead"]
    return re.compile(rf"(?:{lead})?(?:{pair}|{count}(?P<of>\s*จาก\s*(?:ทั้ง\s*หมด\s*)?{count})?)")


def _counts(words: str) -> list[re.Match[str]]:
    """The counts of ``words`` that are no threshold of the indicator nor a
    year ("ปีงบประมาณ 2562 อำเภอผ่านเกณฑ์": the year, then the subject), and the
    rates and sums of money stated among them ("อัตราป่วย 38.16 ต่อแสน
    ประชากร", "ได้รับจัดสรร 39,500 บาท"): none is what a percentage measures."""
    years = {m.start("year") for m in rule_re("year", "before").finditer(words)}
    counts = [m for m in count_re().finditer(words)
              if not rule_re("figure", "threshold_before").search(words[: m.start()])
              and _DIGIT_RE.search(words, m.start()).start() not in years]
    amounts = [*rule_re("figure", "rate").finditer(words), *rule_re("figure", "money").finditer(words)]
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
        own = (m.groupdict().get("of") or m.groupdict().get("pair") or rule_re("figure", "count_goes_on").match(rest)
               or rule_re("figure", "count_continues").match(rest)
               or rule_re("figure", "count_of").search(words[: m.start()]))
        if rest and not own:
            words = words[m.end():]
            break
    for m in reversed(_counts(words)):
        rest = words[m.end():].lstrip()
        glue = "" if rule_re("figure", "count_continues").match(rest) else " "
        words = words[: m.start()].rstrip() + glue + rest
    return trim_ends(rule_re("figure", "count_left").sub("", " ".join(words.split())))


def year_before(text: str, pos: int) -> int | None:
    """The last year written before ``pos`` ("ในปีงบประมาณ 2564 ... ร้อยละ ..."),
    passing over the year of a comparison that is not this figure's
    ("ลดลงจากปี 2565 ซึ่งมีผู้เสียชีวิต 5 ราย ... ร้อยละ 52.40")."""
    found = None
    for m in rule_re("year", "before").finditer(text, 0, pos):
        compare = rule_re("year", "compared").search(text, 0, m.start())
        if compare and not compared_figure(text, compare, m.end(), pos):
            continue
        found = season_year(int(m["year"]), m["next"])
    return found


def year_after(text: str, pos: int) -> int | None:
    """The year written right after a figure ("เพิ่มขึ้นจากร้อยละ 41.20 ในปี
    2563 เป็นร้อยละ 48.75 ในปี 2564"): that figure's own year."""
    m = rule_re("year", "after").match(text, pos)
    return int(m["year"]) if m else None


def _year_after_len(text: str, pos: int) -> int:
    """How many characters the year right after a figure takes: they belong
    to that figure, not to the clause of the next one."""
    m = rule_re("year", "after").match(text, pos)
    return m.end() - pos if m else 0


# Any digit: a figure written between a comparison year and a later one.
_DIGIT_RE = re.compile(r"\d")


def compared_figure(text: str, compare: re.Match[str], year_end: int, pos: int) -> bool:
    """The figure at ``pos`` is the one a comparison's year (its words
    ``compare``, the year ending at ``year_end``) is written for: close after
    it, no other figure between, none between the comparison word and the
    year ("ลดลงจาก 37 ราย ในปี 2565": that count is the year's figure), and
    not the size of the change ("ลดลงจากปี 2566 ร้อยละ 67.82")."""
    reach = outcome_rules()["year"]["compared_reach"]
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
    reach = outcome_rules()["figure"]["indicator_reach"]
    for prev in reversed(doc.blocks[max(0, block.order - reach): block.order + 1]):
        m = rule_re("figure", "indicator_line").search(prev.text)
        if m and not any(True for _ in percentages(m["name"])):
            return m["name"].strip()
    return None


def fraction_results(text: str) -> Iterator[tuple[float, int, int, int]]:
    """(value, start, end, count start) of each bare figure that is the
    percentage of the count before it ("118/135 หมู่บ้าน 87.41"): the result
    column of a table whose rows reached the text as lines."""
    slack = outcome_rules()["figure"]["fraction_slack"]
    for m in rule_re("figure", "fraction_result").finditer(text):
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
        floor = end + _year_after_len(text, end)
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
    for m in rule_re("figure", "cue_target").finditer(mask_years(text)):
        if not count_follows(text, m.end()):
            yield float(m["t"]), m.start("t"), m.end("t")


def _follows_figure(text: str, start: int, found: list[tuple[float, int, int, bool]]) -> bool:
    """A cued figure at ``start`` stands right after a percentage (at most
    ``pairing.gap_chars`` away), so it is that percentage's target."""
    gap = outcome_rules()["pairing"]["gap_chars"]
    return any(0 <= start - e <= gap for _, _, e, _ in found)


def pairs_up(text: str, first: Figure, second: Figure, year: int | None = None) -> bool:
    """A result and a target next to each other are one subject's: side by
    side, or the target said of the result right after it ("ร้อยละ 94.12 ...
    ผ่านเป้าหมายที่กำหนดไว้ร้อยละ 90"), a quoted KPI name between not
    counted.  Figures of two years are not one
    record ("ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)": a target, and last
    year's result); ``year`` is the year of a figure that names none."""
    if first.target == second.target:
        return False
    if (year_before(text, first.start) or year) != (year_before(text, second.start) or year):
        return False
    between = rule_re("pairing", "quoted_name").sub('""', text[first.end:second.start])
    rules = outcome_rules()["pairing"]
    if len(between) <= rules["gap_chars"]:
        return True
    return (not first.target and len(between) <= rules["refer_gap_chars"]
            and bool(rule_re("pairing", "refers_back").search(between)))


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
    return bool(rule_re("figure", "aside").match(clause))


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
                else None if rule_re("section", "province_wide").search(text, clause, fig.start)
                else sections.get(block.order)
            )
            start = min(fig.start, target.start if target else fig.start)
            end = target.end if target and target.end > fig.end else fig.end
            out.append(OutcomeRecord(
                indicator=kpi or words or text[:80], district=district,
                value_pct=None if bare else fig.value,
                target_pct=fig.value if bare else (target.value if target else None),
                year_be=(year_after(text, fig.end) or year_before(text, fig.start) or _carried_year(doc, block) or headed.get(block.order)
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
    if prev is None or prev.kind == "table_cell" or not rule_re("figure", "broken_word").search(prev.text):
        return ""
    return prev.text


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


@cache
def _unit_re() -> re.Pattern[str]:
    units = "|".join(load_rules("counts")["units"])
    return re.compile(rf"\s*(?:{units})")


def count_follows(text: str, pos: int) -> bool:
    """A count's unit word follows ``pos`` ("6 อำเภอ"): the figure is a count."""
    return bool(_unit_re().match(text, pos))
