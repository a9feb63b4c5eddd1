"""Forms laid out as a table of field labels and values: a project's fields
("ชื่อโครงการ | ...", "หลักการและเหตุผล | ...", "กิจกรรมและงบประมาณ | ..."), or
an inspection's fields with one column per district ("การประชุม พชอ. | ... | ...").

Such a table is no plan table whatever its header reader makes of its first
rows: its rows are fields.  Only the field that lists the
project's activities holds activities, one per labelled or numbered item
("กิจกรรมที่ 2 ตรวจคัดกรอง... ระหว่างเดือนมกราคม – มีนาคม 2568 จำนวน 400 คน -
ค่าชุดตรวจ... เป็นเงิน 9,600 บาท"), each dated, counted and paid by its own
words and the cost lines under it.  The background, aims, target group,
indicators, sources and results fields hold none; a meetings field that says
they were held is one activity (``[form_tables]``).
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.tables import bulleted_items, item_money
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.tables import Table, numbered_items
from pcc_ingest.model import Block
from pcc_ingest.thai.text import thai_digits_to_arabic


def field_rows(table: Table) -> list[tuple[Block, Block]]:
    """(label cell, value cell) of each row of a table labelled down its first
    column, header rows included: one pair per value column, each column the
    fields of one project or one district ("ประเด็น | อำเภอ ก | อำเภอ ข")."""
    grid = table.grid
    if grid.n_cols < 2:
        return []
    out = []
    for r in grid.rows:
        label = grid.cells.get((r, 0))
        values = [grid.cells[(r, c)] for c in range(1, grid.n_cols) if (r, c) in grid.cells]
        if label is not None:
            out += [(label, v) for v in values]
    return out


def first_column(table: Table) -> list[str]:
    """The labels down a table's first column."""
    grid = table.grid
    return [grid.cells[(r, 0)].text.strip() for r in grid.rows if (r, 0) in grid.cells]


def field_kind(label: str) -> int | None:
    """Which form field label (its index in ``[form_tables] labels``) ``label`` is, if any."""
    patterns = activity_rules()["form_tables"]["labels"]
    return next((i for i, p in enumerate(patterns) if label_re(p).match(label)), None)


@cache
def label_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def is_form_table(table: Table) -> bool:
    """A table of fields: its first column holds enough different form field
    labels (``[form_tables] labels``), and most of its cells are such labels.
    A budget table whose rows are "กิจกรรมที่ 1 ...", "กิจกรรมที่ 2 ..." holds
    one kind of label many times, and is none."""
    kinds = [field_kind(label) for label in first_column(table)]
    found = [k for k in kinds if k is not None]
    rules = activity_rules()["form_tables"]
    return (table.grid.n_cols >= 2 and len(set(found)) >= rules["min_labels"]
            and len(found) >= rules["share"] * len(kinds))


def item_spans(text: str) -> list[tuple[int, int, int | None]]:
    """(start, end, number) of the activities a form field lists: from each
    "กิจกรรมที่ N" label to the next (``[form_tables] item``), else its
    top-level numbered items, else its dashed items ("- ค่าย... - คัดกรอง..."),
    else the whole text as one, unnumbered."""
    found = [(m.start(), m.start(), int(thai_digits_to_arabic(m["n"])))
             for m in rule_re("form_tables", "item").finditer(text)]
    if not found:
        # an item ends where the next one's number begins, so "2. ทำแนวกันไฟ 3. เดิน..." keeps no "3."
        found = [(it.marker_start, it.start, it.number) for it in numbered_items(text)]
    if not found:
        return [(s, e, None) for s, e in bulleted_items(text)] or [(0, len(text), None)]
    ends = [m for m, _, _ in found[1:]] + [len(text)]
    return [(s, e, n) for (_, s, n), e in zip(found, ends, strict=True)]


def money_by_number(rows: list[tuple[Block, Block]]) -> dict[int, float]:
    """The money a form's budget field gives each numbered activity
    ("งบประมาณ | ... กิจกรรมที่ 1 - ค่าอาหารว่าง... = 875 บาท กิจกรรมที่ 2 ..."):
    the budget lines under each label, summed."""
    out: dict[int, float] = {}
    for label, cell in rows:
        if not rule_re("form_tables", "budget_field").match(label.text.strip()):
            continue
        for start, end, number in item_spans(cell.text):
            money = item_money(cell, start, end)
            if number is not None and money and rule_re("form_tables", "item").match(cell.text, start):
                out[number] = out.get(number, 0) + money
    return out


def meetings_held(cell: Block, value: Block, fy: int | None) -> Draft | None:
    """A meetings field that says they were held, with dates ("การประชุม พชอ. |
    ประชุมแล้ว 2 ครั้ง (14 พ.ย. 67 และ 23 ม.ค. 68)"): one activity named by the
    label, from the first meeting to the last (``[form_tables] meeting_field``)."""
    lead = len(cell.text) - len(cell.text.lstrip())
    named = rule_re("form_tables", "meeting_field").match(cell.text[lead:])
    dates = dates_in(value.text, fy) if named and rule_re("form_tables", "held").search(value.text) else None
    if named is None or dates is None:
        return None
    start, end = lead + named.start("name"), len(cell.text.rstrip())
    return Draft(cell.text[start:end], cell, start, end, dates[0], dates[1])


def form_table_activities(table: Table, fy: int | None) -> list[Draft]:
    """The activities the activity field of a form table lists, each paid by
    the cost lines under it, else by those its number heads in the budget
    field, and the meetings its meetings field says were held."""
    rows = field_rows(table)
    paid = money_by_number(rows)
    out = [d for label, value in rows if (d := meetings_held(label, value, fy)) is not None]
    for label, cell in rows:
        if not rule_re("form_tables", "activity_field").match(label.text.strip()):
            continue
        for start, end, number in item_spans(cell.text):
            span = title_span(cell.text, start, end)
            if span is None:
                continue
            own = cell.text[start:end]
            dates = dates_in(own, fy)
            out.append(Draft(
                cell.text[span[0]:span[1]], cell, span[0], span[1],
                dates[0] if dates else None, dates[1] if dates else None,
                head_count(own), item_money(cell, start, end) or paid.get(number or 0),
            ))
    return out
