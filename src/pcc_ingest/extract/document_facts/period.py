"""Read the period a document covers, the most explicit statement first."""

from __future__ import annotations

import re
from datetime import timedelta

from pcc_ingest.extract.document_facts.durations import labelled_durations
from pcc_ingest.extract.document_facts.found import Found, Period, fact_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import (
    find_dates,
    find_quarter_range,
    fiscal_year_bounds,
    quarter_bounds,
)
from pcc_ingest.thai.text import strip_list_marker


def stated_period(doc: Document, title: list[Block], fy: int | None,
                  doc_type: str | None = None) -> Found[Period] | None:
    """The period the document states, the most explicit statement first.

    Written dates beat words: a date range in the title, then a span of
    fiscal years there (a plan for several years), then the year to a date
    the title says its data are as of, then the dates under a
    "ระยะเวลา" label (when all such labels agree), then a cued range in a body label (a table header such
    as "ผลการดำเนินงาน (ระหว่างวันที่ 1 ตุลาคม – 31 ธันวาคม 2563)"; in
    a memo, only one bracketed after its fiscal year; in minutes none), and only
    then, in a report, a cued range in running prose that runs from its
    fiscal year's start to a quarter's end (the figures' cumulative period,
    "ประเมินตนเอง ... ระหว่างวันที่ 1 ตุลาคม 2565 ถึง 30 มิถุนายน 2566"),
    then, in a report, a range its data are said to cover from the fiscal
    year's start to a month's end ("ข้อมูลผลการดำเนินงาน ระหว่างวันที่ ...",
    ``period.data_cues``), and only then a quarter named in the title.  A
    numbered step of a plan dates itself only (``is_list_item``).  An inspection round
    alone ("รอบที่ 1") does not narrow the period: the report still covers its fiscal year.
    """
    rules = fact_rules()["period"]
    for block in title:
        if found := _period_range(block, fy):
            return found
    for block in title:
        if found := year_span(block):
            return found
    for block in title:
        if found := as_of_period(block, fy):
            return found
    minutes = bool(title) and re.match(rules["minutes_title"], title[0].text) is not None
    # Minutes record one meeting: a "ระยะเวลา" in them is a project's put to the meeting.
    durations = [] if minutes else labelled_durations(doc)
    if len({f.value for f in durations}) == 1:
        return durations[0]
    if found := _head_range(doc, title, fy):
        return found
    # Durations that disagree are each project's: the body's dates are the projects' too.
    cues = rules["range_cues"] if doc_type in rules["body_range_types"] else rules["fiscal_range_cues"]
    prev: Block | None = None
    for block in doc.body() if not (durations or minutes) else []:
        own = rules["fiscal_range_cues"] if is_list_item(block) else cues
        label = _row_label(prev, block)
        if len(block.text) <= rules["max_label_chars"] and (found := _period_range(block, fy, cues=own, label=label)):
            return found
        prev = block
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


def year_span(block: Block) -> Found[Period] | None:
    """A span of fiscal years a block names ("ระยะ 3 ปี (พ.ศ. 2567 – 2569)"),
    as the days from the first one's start to the last one's end; ``None``
    for a single year or a span too long to be a plan's."""
    rules = fact_rules()["period"]
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
    cue = re.compile(fact_rules()["period"]["as_of_cue"])
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
    rules = fact_rules()["period"]
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


def _row_label(prev: Block | None, block: Block) -> str:
    """The label cell right before a table cell in its row ("ช่วงข้อมูล" |
    "1 ตุลาคม 2566 – 30 มิถุนายน 2567": a report's key-value header table),
    whose words cue the value cell's range as a paragraph's would; else ""."""
    if prev is None or block.kind != "table_cell" or prev.kind != "table_cell":
        return ""
    same = (prev.table, prev.row) == (block.table, block.row) and prev.col is not None and block.col is not None
    return prev.text if same and prev.col < block.col else ""


def _period_range(block: Block, fy: int | None, *, cues: list[str] | None = None,
                  label: str = "") -> Found[Period] | None:
    """A date range long enough to be a reporting period.

    In the body (given ``cues``) it must also follow one of them ("ระหว่างวันที่"),
    in its block or in the ``label`` cell before it, and start where a quarter starts.
    """
    rules = fact_rules()["period"]
    for m in find_dates(block.text, default_year_be=fy):
        first, last = m.start.first_day(), m.end.last_day()
        if m.year_inferred or (last - first).days < rules["min_days"]:
            continue
        before = ((f"{label} " if label else "") + block.text[:m.span[0]])[-rules["cue_window"]:]
        if cues is not None and (
            first.day != 1 or first.month not in rules["quarter_start_months"]
            or not any(re.search(p, before) for p in cues)
        ):
            continue
        return Found((first, last), block, *m.span)
    return None

