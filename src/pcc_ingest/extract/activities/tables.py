"""Activities of tables read by header: plan tables (one per row or numbered item
of its activity cell) and budget tables whose rows across name the activities
over their cost lines; recommendation tables with a deadline column are read
by ``recommendations``."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.cell_money import cell_money, funders_total, quarter_money, worked_in_cell, year_money
from pcc_ingest.extract.activities.cohorts import cohort_people
from pcc_ingest.extract.activities.columns import activity_column, counted_people
from pcc_ingest.extract.activities.draft import Draft, budget_people, groups_people, head_count, named_groups
from pcc_ingest.extract.activities.item_dates import item_dates
from pcc_ingest.extract.activities.nested_costs import worked_money
from pcc_ingest.extract.activities.parallel import parallel_counts, parallel_periods, split_costs
from pcc_ingest.extract.activities.recommendations import deadline_dates as deadline_dates  # the older tests' name
from pcc_ingest.extract.activities.rules import rule_any, rule_re
from pcc_ingest.extract.activities.runs import run_rows
from pcc_ingest.extract.activities.steps import dated_steps, lead_end, session_counts, step_people
from pcc_ingest.extract.activities.structure import BULLET_RE, LIST_NUMBER_RE, closes_section, is_ordinal_number, is_quantity
from pcc_ingest.extract.activities.subitems import heading_rows, sub_row_start
from pcc_ingest.extract.activities.ticks import month_columns, ticked_dates
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.activities.twins import two_tasks
from pcc_ingest.extract.budget import row_items, spelled_out, text_items
from pcc_ingest.extract.tables import Row, Table, cell_lines, is_section_row, is_total_row, numbered_items
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import find_amounts
from pcc_ingest.thai.text import thai_digits_to_arabic

# A lead text before a cell's numbered items this long, starting like an
# activity, is the activity itself and the items are its steps.
LEAD_ACTIVITY_CHARS = 15


def _item_spans(text: str, numbered_row: bool = False, head: int = 0) -> list[tuple[int, int, int | None]]:
    """(start, end, number) of each activity in an activity cell.

    Top-level numbered items are activities unless the text before them is
    itself an activity, whose steps they are: then the lead alone is the
    activity ("ประชุมชี้แจง... 1. ชี้แจงสถานการณ์ 2. ฝึกปฏิบัติ..."), also when
    the lead carries the plan's own item number ("1.1 ประชุม... 1. ชี้แจง...").
    A row the sequence column numbers is one activity of the plan, so its
    long lead names it whatever its first word ("Big Cleaning Day ... 1. สำรวจ..."),
    unless the lead names a project (``[words] project``), whose items are its activities.
    """
    if head:
        return [(head, len(text), None)]  # a group's heading over its first sub-activity
    items = numbered_items(text)
    lead = text[: items[0].marker_start].strip() if items else ""
    lead = lead[m.end():] if (m := LIST_NUMBER_RE.match(lead)) and m["sub"] else lead
    if (end := lead_end(text)) is not None and (not items or end < items[0].marker_start):
        return [(0, end, None)]  # named by its lead; the "•" steps only spell it out
    if not items:
        parts = bulleted_items(text) or two_tasks(text)
        return [(s, e, None) for s, e in parts] or [(0, len(text), None)]
    row_named = numbered_row and not rule_re("words", "project").match(lead)
    if len(lead) >= LEAD_ACTIVITY_CHARS and (row_named or start_re().match(lead)):
        return [(0, items[0].marker_start, None)]  # named by its lead; the steps only spell it out
    spans: list[tuple[int, int, int | None]] = []
    for it in items:
        if spans and (is_quantity(text, it.marker_start) or is_ordinal_number(text, it.marker_start)):
            # "... 3 รุ่นๆ ละ 30 คน", "... 7,850 ชุด x 2 บาท = ..." stay in their item
            spans[-1] = (spans[-1][0], it.end, spans[-1][2])
        else:
            spans.append((it.start, it.end, it.number))
    return spans


def bulleted_items(text: str) -> list[tuple[int, int]]:
    """Spans of the dashed items of a cell that opens with a bullet and holds
    more than one ("- ประชุม... 19 ธ.ค. 66 - อบรม... 150 คน"): each is an
    activity with its own date, head count and money; none for other cells."""
    lines = cell_lines(text)
    if len(lines) < 2 or not BULLET_RE.match(text):
        return []
    return lines


def progress_item(table: Table, row: Row, number: int | None, several: bool) -> str:
    """The progress (or results) cell's item of the same number, or the whole cell.

    A row whose activity cell holds one numbered item ("2. อบรม..." in a table
    numbering its rows inside the activity cell) owns its whole progress cell:
    the number counts rows, not items of the progress text.
    """
    text = table.text(row, "progress") or table.text(row, "result")
    if number is None or not several or not text:
        return text
    return numbered_part(text, number) or ""


def numbered_part(text: str, number: int) -> str | None:
    """The item of a cell numbered like the activity cell's item ("1) 14 – 25
    พ.ย. 65 2) 19 ม.ค. 66" beside "1) คัดกรอง... 2) อบรม..."): parallel
    numbering pairs each activity with its own date or output; None when the
    cell has no item of that number."""
    items = {it.number: text[it.start:it.end] for it in numbered_items(text, implicit_first=True)}
    return items.get(number)


def item_money(cell: Block, start: int, end: int) -> float | None:
    """The money one item of a cell names: its amounts that the budget reader
    takes as budget lines (not totals or money spent), whichever item of the
    cell those lines were described by."""
    lines = {i.amount_baht for i in text_items(cell)}
    return sum(v for v, _, _ in find_amounts(cell.text[start:end]) if v in lines) or None


def row_people(table: Table, row: Row) -> int | None:
    """The head count a row's participants cell gives ("คณะกรรมการ พชอ. 35 คน",
    several groups' counts added up, ``groups_people``,
    "60", "อสม. 612": a bare figure closing the cell, ``[participants] cell_count``;
    "96 ¶ (ตำบลละ 6 คน)": a figure over its note, ``cell_count_noted``)."""
    text = table.text(row, "participants") or counted_people(table, row)
    number = table.number(row, "participants")
    closing = text and (rule_re("participants", "cell_count_noted").search(text)
                        or rule_re("participants", "cell_count").search(text))
    return groups_people(text) or head_count(text) or (int(number) if number else None) or (
        int(closing["n"].replace(",", "")) if closing else None)


def row_number(table: Table, row: Row) -> int | None:
    """The number a plan table's sequence column ("ที่", "ลำดับ") gives a row,
    when the cell is a bare whole number ("2", "๒", "2.")."""
    m = rule_re("cells", "row_number").fullmatch(thai_digits_to_arabic(table.text(row, "seq")))
    return int(m["n"]) if m else None


def cell_activities(table: Table, row: Row, cell: Block, fy: int | None) -> list[Draft]:
    """The activities named in one activity cell of a plan table; a row
    without a period cell is dated by the months it marks in the table's
    timeline, if it has one."""
    if points_at_rows(cell.text):
        return []
    period = table.text(row, "period")
    ticked = ticked_dates(row, month_columns(table, fy))
    people = row_people(table, row)
    # a dash for participants: those the results cell counts were reached, not taking part
    none_took_part = rule_re("participants", "cell_none").match(table.text(row, "participants"))
    out = []
    spans = _item_spans(cell.text, row_number(table, row) is not None, sub_row_start(table, row, cell))
    own_lines = parallel_lines(table, row, cell, spans, fy)
    for at, (start, end, number) in enumerate(spans):
        span = title_span(cell.text, start, end, cell=True)
        if span is None or is_never(cell.text[span[0]:span[1]]) or is_never(cell.text[start:end].lstrip()):
            continue  # a cost line carried onto the next page's row, a row for several numbered acts
        own = cell.text[start:end]
        # one of several unnumbered items cannot be matched to a progress item
        progress = "" if number is None and len(spans) > 1 else progress_item(table, row, number, len(spans) > 1)
        # a period cell numbered like the items dates each item by its own part
        own_period = numbered_part(period, number) if number is not None and len(spans) > 1 else None
        # numbered steps after the lead, each with its day and head count, date and count the activity
        steps = dated_steps(cell.text, fy) if len(spans) == 1 and number is None else None
        steps = steps if steps is not None and steps[0] >= end else None
        dated = cell.text[start:] if steps else own
        dates = item_dates(dated, own_period or period, progress, len(spans) > 1 and own_period is None, fy, ticked)
        if own_lines is not None and own_lines[1] is not None:
            dates = own_lines[1][at]  # the task's own line of the period cell
        out.append(Draft(
            cell.text[span[0]:span[1]], cell, span[0], span[1],
            dates[0] if dates else None, dates[1] if dates else None,
            (own_lines[0][at] if own_lines and own_lines[0] else None)
            # its own count, else the participants cell over those its cost lines pay for
            or named_groups(own) or cohort_people(own) or head_count(own, priced=False) or people or head_count(own)
            or (steps[1] if steps else None)
            or (None if none_took_part or session_counts(progress) else head_count(progress) or step_people(row, cell)),
            # one of several items keeps the money its own words give, else its own cost lines
            (item_money(cell, start, end) or (own_lines[2][at] if own_lines else None)) if len(spans) > 1 else None,
            row_number(table, row) if len(spans) == 1 else None,
        ))
    return out


def parallel_lines(table: Table, row: Row, cell: Block, spans: list[tuple[int, int, int | None]],
                   fy: int | None) -> tuple[list[int] | None, list | None, list[float | None]] | None:
    """Each numbered task's own head count, period and money, when the row's
    other cells write one line per task (``parallel``); None for other rows."""
    if len(spans) < 2 or any(number is None for _, _, number in spans):
        return None
    counts = parallel_counts(table.text(row, "participants"), len(spans))
    periods = parallel_periods(table.text(row, "period"), len(spans), fy)
    if not (counts or periods):
        return None
    lines = [(i.evidence.text, i.amount_baht) for i in row_items(table, row)]
    return counts, periods, split_costs(lines, counts, [cell.text[s:e] for s, e, _ in spans])


def points_at_rows(text: str) -> bool:
    """An activity cell that only names other rows by number ("1.2, 3.1 – 3.3",
    "1.3 (หมวกนิรภัย)"): a cross-reference, no activity (``[cells] references``)."""
    return bool(rule_re("cells", "references").match(text))


def table_activities(table: Table, fy: int | None) -> list[Draft]:
    """Activities of a plan table; money of rows under a merged activity cell adds up.

    A group row that opens milestones ("ระดับขั้นความสำเร็จ") ends the plan;
    a table opening with a signature line is the signers' block (``[cells] signature``).
    """
    if table.rows and any(rule_re("cells", "signature").match(t) for t in table.rows[0].texts()):
        return []
    out: list[Draft] = []
    current: tuple[Block | None, list[Draft]] = (None, [])
    group: tuple[Block | None, Draft] | None = None
    headings = heading_rows(table)
    for at, row in enumerate(table.rows):
        if is_section_row(row, table) and closes_section(row.texts()[0]):
            break  # milestones laid out in the plan's own grid
        if is_total_row(row) or (is_section_row(row, table) and not run_rows(table, at)) or at in headings:
            continue  # a total, a section (not one heading rounds: runs.py), or a heading over sub-activities
        cell = row.cells.get(column) if (column := activity_column(table)) is not None else None
        if cell is None or not cell.text or rule_re("cells", "share_row").match(cell.text):
            continue  # no activity, or the shares of a by-source summary's total
        items = row_items(table, row)
        spelled = spelled_out(table.cell(row, "budget_amount"))
        detail = table.text(row, "budget_detail") or (spelled.text if spelled else None)
        money = funders_total(table, row) or worked_money(detail or "", items) or cell_money(table, cell) or (
            None if items or detail else worked_in_cell(row, cell) or year_money(table, row, fy)
            or quarter_money(table, row))
        if cell is current[0]:
            drafts = current[1]
        elif money and (under := grouped_under(table, row, group)) is not None:
            drafts = [under]  # a cost line under its group's row, the number cell merged over both
        else:
            drafts = cell_activities(table, row, cell, fy)
            current = (cell, drafts)
            out += drafts
            group = (table.cell(row, "seq"), drafts[0]) if len(drafts) == 1 and not money else None
        if len(drafts) == 1 and money:
            one = drafts[0]
            # the working may stand in the amounts cell ("96 คน x 110 บาท = 10,560") or the activity cell
            working = detail or f"{table.text(row, 'budget_amount')} {cell.text}"
            people = one.participants or budget_people(working, first_factor=not table.text(row, "participants"))
            updated = replace(one, budget=(one.budget or 0) + money, participants=people)
            out[out.index(one)] = updated
            drafts[0] = updated
            if group is not None and group[1] is one:
                group = (group[0], updated)
    return out


def grouped_under(table: Table, row: Row, group: tuple[Block | None, Draft] | None) -> Draft | None:
    """The group's draft a costed row belongs to: a budget table that names each
    activity in a row of its own ("1 | ประชุมคณะกรรมการ พชอ. 4 ครั้ง | | | สสจ.")
    over rows of its cost lines ("ค่าอาหารกลางวัน | 35 คน × 80 บาท × 4 ครั้ง |
    11,200"), the number cell merged down over them all (the lines have none
    of their own); the activity's money is the sum of its lines.  None when the
    row has a number cell of its own."""
    if group is None or group[0] is None or table.cell(row, "seq") is not None:
        return None
    return group[1]


def is_never(title: str) -> bool:
    """A cell's name that is never an activity (``[words] never``): a cost
    line ("- ค่าตอบแทนวิทยากร 3 ชั่วโมง x 600 บาท") left alone in the
    activity cell of a row a page break split off, an aim, a heading's words."""
    return bool(rule_any("words", "never").search(title))


def join_split_rows(drafts: list[Draft]) -> list[Draft]:
    """One draft per activity cell: a plan table cut by a page break reads the
    cell merged over the rows on both pages once per page, each time with the
    money of that page's rows; the money adds up."""
    out: list[Draft] = []
    at: dict[tuple[int, int, int], int] = {}
    for d in drafts:
        key = (d.block.order, d.start, d.end)
        if key not in at:
            at[key] = len(out)
            out.append(d)
            continue
        o = out[at[key]]
        budget = (o.budget or 0) + (d.budget or 0) or None
        out[at[key]] = replace(o, budget=budget, participants=o.participants or d.participants,
                               date_from=o.date_from or d.date_from, date_to=o.date_to or d.date_to)
    return out
