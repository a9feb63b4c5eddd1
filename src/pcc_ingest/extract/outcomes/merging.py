"""One record per figure and subject: a figure stated twice (in prose and in
a results table) is kept once.  A KPI naming its later results:
``kpi_names``; summary lines: ``summary_lines``.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from pcc_ingest.extract.outcomes.bare_targets import set_apart
from pcc_ingest.extract.outcomes.cell_fractions import PLACES_RE
from pcc_ingest.extract.outcomes.common import TOLERANCE, outcome_rules, rule_re
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import fold


def same_figure(a: float | None, b: float | None) -> bool:
    """One figure as written: figures given to hundredths one hundredth
    apart (a paragraph's 92.76, a table row's 92.77) are two."""
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < TOLERANCE / 2)


def shared_run(a: str, b: str) -> int:
    """The length of the longest run of letters ``a`` and ``b`` share (white
    space removed), the stock words any two indicators share ("ได้รับการ") left out."""
    stock = rule_re("pairing", "stock_words")
    x, y = fold(stock.sub("|", a)), fold(stock.sub("#", b))
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size


def same_subject(a: str, b: str) -> bool:
    """Two indicators name one subject: they share a run of words at least
    ``subject_overlap_chars`` long (white space removed), e.g. "อำเภอผ่านเกณฑ์",
    not counting the stock words any two indicators may share ("ได้รับการ")."""
    return shared_run(a, b) >= outcome_rules()["pairing"]["subject_overlap_chars"]


def kpi_cover(kpi: str, words: str) -> float:
    """The share of ``words`` (white space removed) that stands, in order, in a KPI's name."""
    a, b = fold(words), fold(kpi)
    if not a:
        return 0.0
    return sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()) / len(a)


def _one_subject(a: OutcomeRecord, b: OutcomeRecord, roots: Mapping[int, int] | None = None) -> bool:
    """Two figures of one table read through its header are of one subject
    only when they are in one row, or their rows name one indicator: two
    indicators' rows may repeat a value, and so may one row's cells naming
    two measures or rounds ("... ไตรมาส 1", "... ไตรมาส 4").  Figures of
    two tables are when their indicators are alike (a total row restated by a KPI table),
    or share a subject's words and a figure given to hundredths (a district's
    "กลุ่มเปราะบางได้รับการดูแล" 84.17 and its issue's result "ร้อยละของกลุ่ม
    เปราะบางได้รับการช่วยเหลือ…" 84.17), not
    when two issues' tables happen to share a baseline figure; bare targets
    when one's words restate the other's (a plan table's issue heading).
    Two bare targets, one at least in running text, are of one subject only
    when their words share one: a plan may set one figure for several KPIs
    ("พชต. ผ่านเกณฑ์... ร้อยละ 80", "ผู้ผ่านการบำบัด...ได้รับการติดตาม... ร้อยละ 80").
    The parts of a table broken across pages (``roots``) are one table."""
    roots = roots or {}
    if a.evidence.table is not None and b.evidence.table is not None and (
        root_table(a, roots) == root_table(b, roots)
    ) and (a.evidence.table, a.evidence.row) != (b.evidence.table, b.evidence.row):
        return fold(a.indicator) == fold(b.indicator)
    if a.evidence.table is not None and (a.evidence.table, a.evidence.row) == (b.evidence.table, b.evidence.row) and (
            a.evidence.col != b.evidence.col and fold(a.indicator) != fold(b.indicator)):
        return False  # one row's two measures or rounds that happen to share a figure
    if a.evidence.table is not None and b.evidence.table is not None and a.evidence.table != b.evidence.table:
        return alike(a.indicator, b.indicator) or (
            a.value_pct is None and b.value_pct is None and restates(a.indicator, b.indicator)) or (
            a.value_pct is not None and is_precise(a.value_pct) and same_subject(a.indicator, b.indicator))
    if a.value_pct is None and b.value_pct is None:
        return same_subject(a.indicator, b.indicator)
    return True


def other_rounds(a: OutcomeRecord, b: OutcomeRecord) -> bool:
    """Two tables' figures naming different rounds ("... ไตรมาส 3" beside a year's figure, no round)."""
    rounds = [m["n"] if (m := rule_re("pairing", "round_named").search(r.indicator)) else None for r in (a, b)]
    return a.evidence.table is not None and b.evidence.table is not None and rounds[0] != rounds[1]


def restates(a: str, b: str) -> bool:
    """One indicator's words, stock words left out, mostly stand in the other's
    ("หมู่บ้านค่า HI < 10" in "ร้อยละของหมู่บ้านที่มีค่าดัชนีลูกน้ำยุงลาย (HI) น้อยกว่า 10")."""
    a, b = rule_re("pairing", "stock_words").sub(" ", a), rule_re("pairing", "stock_words").sub(" ", b)
    return max(kpi_cover(a, b), kpi_cover(b, a)) >= outcome_rules()["pairing"]["kpi_cover"]


def alike(a: str, b: str) -> bool:
    """Two indicators read the same as the scoring rules compare them
    (similarity of their letters at least ``pairing.alike_ratio``):
    "(เป้าหมาย หมู่บ้านมีการคัดแยกขยะต้นทาง" and "ร้อยละของหมู่บ้านที่มี
    การคัดแยกขยะต้นทาง" are; "ร้อยละของตำบลที่มีด่านชุมชน..." and
    "ร้อยละของตำบลที่มีชมรมผู้สูงอายุ..." are not."""
    ratio = SequenceMatcher(None, fold(a), fold(b), autojunk=False).ratio()
    return ratio >= outcome_rules()["pairing"]["alike_ratio"]


def restated(r: OutcomeRecord, records: list[OutcomeRecord]) -> bool:
    """A result in running text that states no target, and that a results
    table gives too, for the same district, year and subject: one figure
    ("... กติกาชุมชนงดการเผา ... ครบ 7 หมู่บ้าน คิดเป็นร้อยละ 100" and the KPI
    table's row "ร้อยละของหมู่บ้านที่มีกติกาชุมชนงดการเผา | ร้อยละ 100 | ... |
    100"), which the table's row names by its KPI and gives its target.  So
    is one whose target is a bound inside what is measured ("หมู่บ้านที่มีค่า
    HI ไม่เกินร้อยละ 10 ได้ 54 จาก 61 หมู่บ้าน (ร้อยละ 88.52)") when the table
    gives the figure another target of its own: the bound is part of the subject."""
    if r.evidence.table is not None or r.value_pct is None:
        return False
    if r.target_pct is None:
        return _tabled_elsewhere(r, records)
    return _subject_bound(r) and _tabled_elsewhere(r, records, retargeted=True)


def _subject_bound(r: OutcomeRecord) -> bool:
    """``r``'s target is a bound its indicator states ("ค่า HI ไม่เกินร้อยละ 10")."""
    return any(same_figure(float(m["t"]), r.target_pct)
               for m in rule_re("table", "label_bound").finditer(r.indicator))


def _tabled_elsewhere(r: OutcomeRecord, tabled: list[OutcomeRecord], retargeted: bool = False) -> bool:
    """Another table than ``r``'s gives its figure for its district, year and
    subject, in a row of the whole district or of a part ``r`` names (with a
    target other than ``r``'s, when ``retargeted``)."""
    return any(
        o.evidence.table is not None and o.evidence.table != r.evidence.table and not other_part(o, r)
        and (o.district, o.year_be) == (r.district, r.year_be)
        and same_figure(o.value_pct, r.value_pct) and same_subject(o.indicator, r.indicator)
        and (not retargeted or (o.target_pct is not None and not same_figure(o.target_pct, r.target_pct)))
        for o in tabled
    )


def merge(records: list[OutcomeRecord], roots: Mapping[int, int] | None = None) -> list[OutcomeRecord]:
    """Drop repeats (a table's figure of a round, "... ไตรมาส 3", repeats no
    table's figure of another round or of none), results in running text that a table restates, bare
    targets that a result of the same subject and year carries (a row of one
    ตำบล the target does not name carries none, nor repeats the district's
    figure of the same value), and results
    another record gives with their target.

    ``roots`` maps a table broken across pages to the table it continues, so
    the rows of both parts are compared as rows of one table."""
    roots = roots or {}
    out: list[OutcomeRecord] = []
    for r in [r for r in records if not restated(r, records)]:
        key = (r.district, r.year_be)
        if any((o.district, o.year_be) == key and same_figure(o.value_pct, r.value_pct)
               and same_figure(o.target_pct, r.target_pct) and _one_subject(o, r, roots)
               and not other_rounds(o, r) and not other_places(o, r)
               and not (r.value_pct is not None and other_part(r, o))
               and not _closer_row(o, r, records, roots) for o in out):
            continue
        out.append(r)
    return [
        r for r in out
        if not (r.value_pct is None and any(
            o.value_pct is not None and (o.district, o.year_be) == (r.district, r.year_be)
            and same_figure(o.target_pct, r.target_pct) and not set_apart(o, r)
            and not other_part(o, r) for o in out  # a ตำบล row carries no district KPI's target
        )) and not carried_elsewhere(r, out)
    ]


def root_table(rec: OutcomeRecord, roots: Mapping[int, int]) -> int | None:
    """The first part of the table ``rec`` is read from (``roots`` maps a
    table broken across pages to it); ``None`` for running text."""
    table = rec.evidence.table
    return roots.get(table, table) if table is not None else None


def _closer_row(o: OutcomeRecord, r: OutcomeRecord, records: list[OutcomeRecord], roots: Mapping[int, int]) -> bool:
    """Another row of table record ``r``'s table gives running-text figure
    ``o`` too and is named more nearly like it: the text restates that row
    (the total row, "ร้อยละของหมู่บ้านที่มีค่า HI ไม่เกิน 10", against the
    ตำบล row "... ปรือ" that happens to share its 87.50), and ``r`` keeps its own record."""
    if o.evidence.table is not None or r.evidence.table is None:
        return False

    def root(x: OutcomeRecord) -> tuple[int | None, int | None]:
        return root_table(x, roots), x.evidence.row

    def near(x: OutcomeRecord) -> float:
        return SequenceMatcher(None, fold(o.indicator), fold(x.indicator), autojunk=False).ratio()

    return any(
        x is not r and x.evidence.table is not None and root(x)[0] == root(r)[0] and root(x) != root(r)
        and (x.district, x.year_be) == (r.district, r.year_be) and same_figure(x.value_pct, r.value_pct)
        and same_figure(x.target_pct, r.target_pct) and near(x) > near(r)
        for x in records
    )


def other_part(o: OutcomeRecord, r: OutcomeRecord) -> bool:
    """``o`` is a row of a ตำบล or community (a part of the district) that ``r`` does not name."""
    m = rule_re("pairing", "part_row").search(o.indicator)
    return m is not None and m["name"] not in r.indicator


def other_places(o: OutcomeRecord, r: OutcomeRecord) -> bool:
    """Both records close with a place, and not the same one ("... ต.ท่าชี" and
    "... ต.ทุ่งเตา", two items of one list that share their 50.00), or the same
    one measured by two subjects (a quarter's "หมู่บ้าน HI ... ต.ลำพูน" and a
    table's "... Care Plan ต.ลำพูน", both 88.89)."""
    a, b = (rule_re("pairing", "place_end").search(x.indicator) for x in (o, r))
    if a is None or b is None:
        return False
    return a["name"] != b["name"] or not same_subject(o.indicator[: a.start()], r.indicator[: b.start()])


def carried_elsewhere(r: OutcomeRecord, records: list[OutcomeRecord]) -> bool:
    """A result stated with no target that another record of its subject,
    district and year gives with its target (a summary table's current-year
    cell, and the paragraph above it that paired the figure with the KPI's
    target): one figure, kept where the target is.  A figure given to
    hundredths ("29.80" too) needs no shared words (see ``is_precise``).  A
    ตำบล's figure is no figure of a record that does not name that ตำบล
    (a ตำบล table's "84.62" beside a quarter's district-wide 84.62)."""
    return r.value_pct is not None and r.target_pct is None and any(
        o is not r and o.target_pct is not None and (o.district, o.year_be) == (r.district, r.year_be)
        and same_figure(o.value_pct, r.value_pct) and not other_part(o, r) and not other_part(r, o)
        and not other_places(o, r) and (is_precise(r.value_pct) or written_to_hundredths(r)
             or (_one_subject(o, r) and same_subject(o.indicator, r.indicator)))
        for o in records
    )


def written_to_hundredths(r: OutcomeRecord) -> bool:
    """``r``'s figure is written to hundredths in running text ("ร้อยละ 29.80"),
    however round its value.  Not a table cell: "75.00" in a ตำบล table
    beside a summary table's "ร้อยละ 75.00" of another measure is two results."""
    if r.evidence.table is not None:
        return False
    places = [p for _, p in PLACES_RE.findall(r.evidence.text) if p]
    return len(places) == 1 and len(places[0]) >= 2


def is_precise(value: float) -> bool:
    """A figure given to hundredths ("92.64", "7.25") that two records of one
    district and year both give is one result stated twice (a table's total
    row and the KPI table's row, a paragraph and the KPI table), whatever
    words each names it by; rounder figures ("80", "96.5") may repeat by
    chance for two subjects."""
    return abs(value * 10 - round(value * 10)) > TOLERANCE
