"""Read what a document is: its type, province, fiscal year and period.

The title zone (``districts.title_blocks``) is the most authoritative place:
a report names its type, province and year there, while its body also talks
about earlier years, other provinces and meeting dates.  Each fact keeps the
evidence of the words it was read from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Generic, TypeVar

from pcc_ingest.extract.districts import find_districts, find_provinces, title_blocks
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DocType, DocumentFacts, Evidence
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.dates import (
    find_dates,
    find_fiscal_year,
    find_quarter_range,
    fiscal_year_bounds,
    fiscal_year_of,
    quarter_bounds,
)
from pcc_ingest.thai.text import strip_list_marker

Period = tuple[date, date]
T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value read from a block, with the span of the words."""

    value: T
    block: Block
    start: int
    end: int

    def evidence(self) -> Evidence:
        return evidence(self.block, self.start, self.end)


@cache
def _rules() -> dict:
    return load_rules("doc_types")


def _doc_type(doc: Document, title: list[Block]) -> Found[DocType] | None:
    """The best-scoring type over the weighted cues; ``None`` if nothing scores."""
    rules = _rules()
    heading = " ".join(b.text for b in title)
    title_ids = {b.order for b in title}
    zones = [(b, rules["title_factor"]) for b in title[1:]]
    zones += [(b, rules["body_factor"]) for b in doc.body() if b.order not in title_ids]
    scores: Counter[str] = Counter()
    first: dict[str, Found[DocType]] = {}
    for cue in rules["cue"]:
        pattern = re.compile(cue["pattern"])
        if title and (m := pattern.search(heading)) and m.start() < len(title[0].text):
            # A title broken over lines is read whole from its first line:
            # "รายงานสรุปผลการดำเนินงาน" / "โครงการ…" names a project's report.
            scores[cue["type"]] += cue["weight"] * rules["first_block_factor"]
            first[cue["type"]] = Found(cue["type"], title[0], m.start(), min(m.end(), len(title[0].text)))
        for block, factor in zones:
            m = pattern.search(block.text)
            if m is None:
                continue
            scores[cue["type"]] += cue["weight"] * factor
            first.setdefault(cue["type"], Found(cue["type"], block, m.start(), m.end()))
            if block.order not in title_ids:
                break  # a body cue counts once, however often it recurs
    if not scores:
        return None
    best = max(scores, key=lambda t: (scores[t], -_type_order(t)))
    return first[best]


def _type_order(doc_type: str) -> int:
    return [c["type"] for c in _rules()["cue"]].index(doc_type)


def _province(doc: Document, title: list[Block]) -> Found[str] | None:
    """The province with most weighted votes, cited at its first title (or body) mention."""
    title_ids = {b.order for b in title}
    votes: Counter[str] = Counter()
    cites: dict[str, tuple[int, Found[str]]] = {}
    for block in doc.body():
        in_title = block.order in title_ids
        for kind, code, start, end in _places(block):
            weight = _rules()["province_votes"][("title" if in_title else "body") + kind]
            votes[code] += weight
            rank = 0 if in_title and not kind else 1 if in_title else 2 if not kind else 3
            if code not in cites or rank < cites[code][0]:
                cites[code] = (rank, Found(code, block, start, end))
    if not votes:
        return None
    return cites[max(votes, key=lambda c: votes[c])][1]


def _places(block: Block) -> Iterator[tuple[str, str, int, int]]:
    """("", province, span) for each province named, ("_district", province, span) per district."""
    for code, start, end in find_provinces(block.text):
        yield "", code, start, end
    for code, _, start, end in find_districts(block.text, None):
        yield "_district", code[:2], start, end


def _fiscal_years(block: Block) -> Iterator[tuple[int, int, int]]:
    """Every fiscal-year phrase in a block: (year B.E., start, end)."""
    pos = 0
    while (found := find_fiscal_year(block.text[pos:])) is not None:
        year, (start, end) = found
        yield year, pos + start, pos + end
        pos += end


def _title_year(block: Block) -> Found[int] | None:
    for pattern in _rules()["year"]["title_patterns"]:
        m = re.search(pattern, block.text)
        if m:
            return Found(int(m["year"]), block, m.start(), m.end())
    return None


def is_plausible_year(year_be: int) -> bool:
    """Whether a report of this genre can be of fiscal year ``year_be``: not
    before the committees were set up (RECORDS-wide bound in doc_types.toml)."""
    return year_be >= _rules()["year"]["min_fiscal_year"]


def _fiscal_year(doc: Document, title: list[Block]) -> Found[int] | None:
    """The title's fiscal year, else its plain year, else the body's most named one.

    A body also names earlier years (baselines, last year's results); on a
    tie the later year wins, since reports look back, not forward.  A year
    before the committees existed is a misread one (OCR reading "๒๕๖๗" as
    "2520") and is passed over.
    """
    for block in title:
        for year, start, end in _fiscal_years(block):
            if is_plausible_year(year):
                return Found(year, block, start, end)
    for block in title:
        if (found := _title_year(block)) and is_plausible_year(found.value):
            return found
    counts: Counter[int] = Counter()
    first: dict[int, Found[int]] = {}
    for block in doc.body():
        for year, start, end in _fiscal_years(block):
            if not is_plausible_year(year):
                continue
            counts[year] += 1
            first.setdefault(year, Found(year, block, start, end))
    if not counts:
        return None
    return first[max(counts, key=lambda y: (counts[y], y))]


def _stated_period(doc: Document, title: list[Block], fy: int | None,
                   doc_type: str | None = None) -> Found[Period] | None:
    """The period the document states, the most explicit statement first.

    Written dates beat words: a date range in the title, then a span of
    fiscal years there (a plan for several years), then the year to a date
    the title says its data are as of, then the dates under a
    "ระยะเวลา" label (when all such labels agree), then a cued range in a body label (a table header such
    as "ผลการดำเนินงาน (ระหว่างวันที่ 1 ตุลาคม – 31 ธันวาคม 2563)"; in
    minutes or a memo, only one bracketed after its fiscal year), and only
    then, in a report, a cued range in running prose that runs from its
    fiscal year's start to a quarter's end (the figures' cumulative period,
    "ประเมินตนเอง ... ระหว่างวันที่ 1 ตุลาคม 2565 ถึง 30 มิถุนายน 2566"),
    then, in a report, a range its data are said to cover from the fiscal
    year's start to a month's end ("ข้อมูลผลการดำเนินงาน ระหว่างวันที่ ...",
    ``period.data_cues``), and only then a quarter named in the title.  A
    numbered step of a plan dates itself only (``is_list_item``).  An inspection round
    alone ("รอบที่ 1") does not narrow the period: the report still covers its fiscal year.
    """
    rules = _rules()["period"]
    for block in title:
        if found := _period_range(block, fy):
            return found
    for block in title:
        if found := year_span(block):
            return found
    for block in title:
        if found := as_of_period(block, fy):
            return found
    durations = _labelled_durations(doc)
    if len({f.value for f in durations}) == 1:
        return durations[0]
    if found := _head_range(doc, title, fy):
        return found
    # Durations that disagree are each project's: the body's dates are the projects' too.
    cues = rules["range_cues"] if doc_type in rules["body_range_types"] else rules["fiscal_range_cues"]
    for block in doc.body() if not durations else []:
        own = rules["fiscal_range_cues"] if is_list_item(block) else cues
        if len(block.text) <= rules["max_label_chars"] and (found := _period_range(block, fy, cues=own)):
            return found
    if doc_type in rules["to_date_types"] and not durations:
        for block in doc.body():
            if (found := _period_range(block, fy, cues=cues)) and is_fiscal_to_date(found.value, fy):
                return found
        for block in doc.body():
            if (found := _period_range(block, fy, cues=rules["data_cues"])) and is_year_to_date(found.value, fy):
                return found
    for block in title:
        if fy is not None and (q := find_quarter_range(block.text)):
            first, last, (start, end) = q
            return Found((quarter_bounds(fy, first)[0], quarter_bounds(fy, last)[1]), block, start, end)
    return None


def _labelled_durations(doc: Document) -> list[Found[Period]]:
    """Every "ระยะเวลา…" label's dates, in document order (its own block or the next; not in tables).

    One duration, however often repeated, is the document's period.  A plan
    that gives each of its projects a duration ("ระยะเวลาดำเนินการ ธันวาคม
    2567 – กันยายน 2568" under one, "ตุลาคม 2567 – …" under another) states
    none of its own.
    """
    label = re.compile(_rules()["period"]["duration_label"])
    inline_label = re.compile(_rules()["period"]["duration_label"] + _rules()["period"]["inline_label_trail"])
    prose = [b for b in doc.body() if b.kind != "table_cell"]
    out: list[Found[Period]] = []
    pairs = [*zip(prose, [*prose[1:], None]), *_label_cells(doc)]
    for block, after in sorted(pairs, key=lambda p: p[0].order):
        m = label.match(strip_list_marker(block.text))
        if m is not None:
            offset = len(block.text) - len(strip_list_marker(block.text)) + m.end()
        elif glued := inline_label.search(block.text):
            offset = glued.end()
        else:
            continue
        for holder, start in ((block, offset), (after, 0)):
            dates = find_dates(holder.text[start:]) if holder is not None else []
            if holder is not None and dates:
                d = dates[0]
                period = (d.start.first_day(), d.end.last_day())
                out.append(Found(period, holder, start + d.span[0], start + d.span[1]))
                break
    return out


def _label_cells(doc: Document) -> list[tuple[Block, Block]]:
    """Each table cell that holds only a duration label, with the next cell of
    its row: a project form's "ระยะเวลาดำเนินการ" | "1 ธันวาคม 2565 – 31
    สิงหาคม 2566".  The value cell must hold dates, so a plan table's
    "ระยะเวลา" header (beside another header) gives none."""
    rules = _rules()["period"]
    label = re.compile(rules["duration_label"] + rules["label_cell_trail"])
    cells = [b for b in doc.body() if b.kind == "table_cell"]
    return [(cell, after) for cell, after in zip(cells, cells[1:])
            if (cell.table, cell.row) == (after.table, after.row)
            and label.match(strip_list_marker(cell.text)) and find_dates(after.text)]


def year_span(block: Block) -> Found[Period] | None:
    """A span of fiscal years a block names ("ระยะ 3 ปี (พ.ศ. 2567 – 2569)"),
    as the days from the first one's start to the last one's end; ``None``
    for a single year or a span too long to be a plan's."""
    rules = _rules()["period"]
    for m in re.finditer(rules["year_span"], block.text):
        first, last = int(m["first"]), int(m["last"])
        if 0 < last - first < rules["max_span_years"]:
            return Found((fiscal_year_bounds(first)[0], fiscal_year_bounds(last)[1]), block, *m.span())
    return None


def as_of_period(block: Block, fy: int | None) -> Found[Period] | None:
    """The fiscal year to date a title's as-of date closes ("ข้อมูล ณ วันที่ 31
    สิงหาคม 2567" in fiscal 2567: 1 Oct 2566 – 31 Aug 2567): a summary's
    figures are counted from the year's start to the day it names.  ``None``
    without a fiscal year or when the date falls outside it."""
    if fy is None:
        return None
    cue = re.compile(_rules()["period"]["as_of_cue"])
    start, end = fiscal_year_bounds(fy)
    for m in find_dates(block.text, default_year_be=fy):
        last = m.end.last_day()
        if cue.search(block.text[:m.span[0]]) and m.start.first_day() == m.end.first_day() and start < last <= end:
            return Found((start, last), block, *m.span)
    return None


def _head_range(doc: Document, title: list[Block], fy: int | None) -> Found[Period] | None:
    """A cued date range on a dateline in or under the title, before the first numbered part.

    An inspection or visit report states the days it covers right under its
    title ("ตรวจเยี่ยมพื้นที่ระหว่างวันที่ 10 – 14 กรกฎาคม 2566"); there a
    range of a few days is the period, as a project's duration is.
    """
    rules = _rules()["period"]
    head = list(doc.body())[:len(title) + rules["head_blocks"]]
    for block in head:
        if block.kind == "table_cell" or strip_list_marker(block.text) != block.text:
            break  # the first table or numbered part ends the head
        if len(block.text) > rules["max_label_chars"]:
            continue
        for m in find_dates(block.text, default_year_be=fy):
            first, last = m.start.first_day(), m.end.last_day()
            before = block.text[max(0, m.span[0] - rules["cue_window"]):m.span[0]]
            if m.year_inferred or first == last or not any(re.search(p, before) for p in rules["range_cues"]):
                continue
            return Found((first, last), block, *m.span)
    return None


def is_fiscal_to_date(period: Period, fy: int | None) -> bool:
    """Whether ``period`` runs from the first day of fiscal year ``fy`` to the
    last day of one of its quarters: the cumulative "year to date" a report's
    figures cover.  An activity's dates in prose seldom start on 1 October
    and end on a quarter's last day of the same fiscal year."""
    if fy is None:
        return False
    first, last = period
    quarter_ends = {quarter_bounds(fy, q)[1] for q in range(1, 5)}
    return first == fiscal_year_bounds(fy)[0] and last in quarter_ends


def is_list_item(block: Block) -> bool:
    """A numbered or bulleted item of a list ("3. ค้นหาและคัดกรอง... ระหว่าง
    เดือนมกราคม – มีนาคม 2568"): one step of a plan, whose dates are that
    step's.  Such a line gives the document's period only when it brackets
    the months after the fiscal year ("1. ผลการดำเนินงาน ปีงบประมาณ 2566
    (ตุลาคม 2565 – พฤษภาคม 2566)", ``period.fiscal_range_cues``)."""
    return block.kind != "table_cell" and strip_list_marker(block.text) != block.text


def is_year_to_date(period: Period, fy: int | None) -> bool:
    """Whether ``period`` runs from the first day of fiscal year ``fy`` to a
    month's last day within it: the figures counted so far ("ข้อมูลผลการ
    ดำเนินงาน ระหว่างวันที่ 1 ตุลาคม 2566 – 31 มกราคม 2567")."""
    if fy is None:
        return False
    first, last = period
    start, end = fiscal_year_bounds(fy)
    return first == start and start < last <= end and (last + timedelta(days=1)).day == 1


def _period_range(block: Block, fy: int | None, *, cues: list[str] | None = None) -> Found[Period] | None:
    """A date range long enough to be a reporting period.

    In the body (given ``cues``) it must also follow one of them ("ระหว่างวันที่") and
    start where a quarter starts.
    """
    rules = _rules()["period"]
    for m in find_dates(block.text, default_year_be=fy):
        first, last = m.start.first_day(), m.end.last_day()
        if m.year_inferred or (last - first).days < rules["min_days"]:
            continue
        before = block.text[max(0, m.span[0] - rules["cue_window"]):m.span[0]]
        if cues is not None and (
            first.day != 1 or first.month not in rules["quarter_start_months"]
            or not any(re.search(p, before) for p in cues)
        ):
            continue
        return Found((first, last), block, *m.span)
    return None


def extract_facts(doc: Document) -> DocumentFacts:
    """Type, province, fiscal year and period of ``doc``, each with its evidence."""
    title = title_blocks(doc)
    facts = DocumentFacts(title=" ".join(b.text for b in title) or doc.title)
    if kind := _doc_type(doc, title):
        facts.doc_type = kind.value
        facts.evidence["doc_type"] = kind.evidence()
    if province := _province(doc, title):
        facts.province_code = province.value
        facts.evidence["province_code"] = province.evidence()
    year = _fiscal_year(doc, title)
    period = _stated_period(doc, title, year.value if year else None, facts.doc_type)
    if year is None and period is not None:
        year = Found(fiscal_year_of(period.value[1]), period.block, period.start, period.end)
    if year is not None:
        facts.fiscal_year_be = year.value
        facts.evidence["fiscal_year_be"] = year.evidence()
    if period is None and year is not None:
        period = Found(fiscal_year_bounds(year.value), year.block, year.start, year.end)
    if period is not None:
        facts.period_start, facts.period_end = (d.isoformat() for d in period.value)
        facts.evidence["period_start"] = facts.evidence["period_end"] = period.evidence()
    return facts
