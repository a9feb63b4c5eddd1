"""A figure's clause cleaned into the indicator it measures: the list
marker, connectors, dates, and the counts the figure was worked out from go,
and a long clause keeps only the phrases that name what is measured.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figure_years import DIGIT_RE
from pcc_ingest.extract.tables import fold
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import parse_number
from pcc_ingest.thai.text import strip_list_marker

# A Buddhist-Era year in a phrase: it dates a clause of its own.
YEAR_RE = re.compile(r"25\d\d")


def indicator_words(text: str) -> str:
    """A clause cleaned into an indicator: no list marker, connectors, "ร้อยละ",
    nor the counts the figure (or the change it states) was worked out from.

    A long clause keeps only its last phrases (up to ``indicator_chars``,
    but at least ``indicator_min_chars``), the ones that name what the
    figure measures; a phrase opening with a bracket ("(UCCARE ระดับ 3
    ขึ้นไป)", "(พชต.) ขับเคลื่อน...") or with the base the figure is out of
    ("จากผู้ที่ครบกำหนดติดตาม") explains the phrase before it, and one
    opening with a predicate ("ผ่านเกณฑ์...", "ได้รับ...") needs the subject
    before it: neither begins an indicator.  After a closed bracket and a
    conjunction, a clause of its own ("(ระดับ 3 ขึ้นไป) และ พชต. ผ่านเกณฑ์") is
    the figure's; one naming who does the work ("(Care Plan) โดย Care Giver") is not.
    """
    text = rule_re("figure", "range_rest").sub("", text, count=1)  # "–90 ...": a range's rest
    text = rule_re("figure", "amount_in_words").sub("", text)  # "(หกหมื่น...บาทถ้วน)": an amount spelled out
    words = drop_change_counts(drop_dates(strip_list_marker(text.strip(" ,;-"))))
    joints = list(rule_re("figure", "subject_joint").finditer(words))
    if joints and is_clause(words[joints[-1].end():]):
        words = words[joints[-1].end():]  # "(ระดับ 3 ...) และ พชต. ผ่านเกณฑ์": the last subject's
    for _ in range(2):
        words = trim_ends(rule_re("figure", "indicator_trim").sub("", words))
    words = trim_ends(rule_re("figure", "indicator_trim").sub("", drop_counts(words)))
    rules = outcome_rules()["figure"]
    kept: list[str] = []
    for phrase in reversed(phrases(words)):
        size = len(fold("".join(kept)))
        full = size + len(fold(phrase)) > rules["indicator_chars"] and size >= rules["indicator_min_chars"]
        if kept and full and not _needs_before(kept[0], phrase):
            break
        kept.insert(0, phrase)
    kept = _out_of_bracket(phrases(words), kept)
    # the phrases kept may open with a connector that led to them ("ทั้งนี้ ...")
    return trim_ends(rule_re("figure", "indicator_trim").sub("", " ".join(kept)))


def _out_of_bracket(every: list[str], kept: list[str]) -> list[str]:
    """The phrases kept, unless they open inside a bracket (the last members
    of a list in brackets: "หญิงตั้งครรภ์) ได้รับการดูแล..." of "กลุ่มเปราะบาง
    (ผู้ป่วยติดเตียง ... และหญิงตั้งครรภ์) ได้รับการดูแล..."): then the phrase
    the bracket explains, right before it, and the words after it."""
    joined = " ".join(kept)
    close = joined.find(")")
    if close < 0 or "(" in joined[:close]:
        return kept
    before = " ".join(every[: len(every) - len(kept)])
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return kept
    return phrases(before[:opened].strip())[-1:] + phrases(joined[close + 1:].strip())


def is_clause(words: str) -> bool:
    """Words naming a subject and then what it does or gets ("พชต. ผ่านเกณฑ์"):
    a phrase after the first opens with a predicate (``headless_phrase``)."""
    return any(rule_re("figure", "headless_phrase").match(p) for p in phrases(words)[1:])


def names_no_subject(words: str) -> bool:
    """Too few letters to name what a figure measures ("ผ่าน 3/")."""
    return sum(ch.isalpha() for ch in words) < outcome_rules()["summary"]["subject_letters"]


def names_only_result(words: str) -> bool:
    """An indicator that only says its figure is a result ("ผลการดำเนินงาน"
    of "ผลการดำเนินงานปี 2564 ร้อยละ 82.15"), its year left out: a
    baseline of the KPI before it, which names what it measures."""
    m = rule_re("table", "result_heading").match(words)
    return m is not None and names_no_subject(words[m.end():])


def _needs_before(phrase: str, before: str) -> bool:
    """A phrase that never begins an indicator: it explains the one before
    it, or is a predicate whose subject the one before it names (a phrase
    naming a year is a clause of its own, no subject: "ลดลงจากปี 2565
    ส่วนประเด็น..." before "ได้รับการดูแลตาม Care Plan")."""
    if rule_re("figure", "explaining_phrase").match(phrase):
        return True
    return bool(rule_re("figure", "headless_phrase").match(phrase)) and not YEAR_RE.search(before)


def drop_change_counts(words: str) -> str:
    """Words without the counts a change was told by ("จุดความร้อนลดลงจาก
    38 จุด ในปี 2565 เหลือ 29 จุด" -> "จุดความร้อนลดลง", "ผู้เสียชีวิต 9 ราย
    ลดลงจากปี 2565 ซึ่งมี 14 ราย คิดเป็นลดลง" -> "ผู้เสียชีวิต ลดลงจากปี
    2565"): what changed, and which way, is what its percentage measures;
    the change word goes once."""
    words = rule_re("figure", "change_since").sub(lambda m: " " + m["c"], words)
    words = rule_re("figure", "change_counts").sub(lambda m: m["c"], words)
    return rule_re("figure", "repeated_change").sub(lambda m: m["c"], words)


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
    ("เมื่อเทียบกับปี 2566"), or "" (also when the earlier year's own
    figure follows: then the figure is a level, not a change)."""
    rest = text[end:]
    m = rule_re("figure", "qualifier_after").match(rest)
    if m is None or rule_re("figure", "earlier_level").match(rest[m.end():]):
        return ""
    return " ".join(m.group().split())


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
              and DIGIT_RE.search(words, m.start()).start() not in years]
    amounts = [*rule_re("figure", "rate").finditer(words), *rule_re("figure", "money").finditer(words)]
    return sorted([*counts, *amounts], key=lambda m: m.start())


def is_part_count(count: str, rest: str) -> bool:
    """Whether the words after a count go on to a part of it: a few words and
    then a count of the same unit word no greater ("3,650 ราย" then "สวมหมวก
    2,541 ราย"): the part is what the percentage measures, so the first
    count is its base and does not end the statement."""
    m = rule_re("figure", "part_count").match(rest)
    first = re.match(r"(?P<n>[\d,]+)\s*(?P<unit>\S+)", count.strip())
    if m is None or first is None or m["unit"] != first["unit"]:
        return False
    whole, part = parse_number(first["n"]), parse_number(m["n"])
    return whole is not None and part is not None and part <= whole


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
               or rule_re("figure", "count_of").search(words[: m.start()])
               or is_part_count(m.group(), rest))
        if rest and not own:
            words = words[m.end():]
            break
    for m in reversed(_counts(words)):
        rest = words[m.end():].lstrip()
        glue = "" if rule_re("figure", "count_continues").match(rest) else " "
        words = words[: m.start()].rstrip() + glue + rest
    return trim_ends(rule_re("figure", "count_left").sub("", " ".join(words.split())))
