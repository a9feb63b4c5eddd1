"""Group heading rows and cross-reference columns of budget tables.

A plan table may group its numbered rows under a heading written in the
numbering column ("ประเด็นที่ 2 การดูแลกลุ่มเปราะบาง | | 579,900") with the
group's subtotal in the amount column: the heading is no line, its amount
restates the rows below it.  A merged activity cell above may be carried
into such a row, so the row is told by its numbering cell, not by an empty
description.

A summary table may name what each funder pays for only by the numbers of
rows listed elsewhere ("สสจ. | 39,200 | 3.1, 4.1, 4.2"): that column points
at lines, it does not describe one, so the table is a summary by source.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.budget.refs import opening_ref
from pcc_ingest.extract.budget.rules import budget_rules, rule_re
from pcc_ingest.extract.tables import Row, Table, is_section_row

# A letter of any script: a numbering cell holding one is a label, not a number.
LETTER_RE = re.compile(r"[^\W\d_]")


def is_heading_row(table: Table, row: Row) -> bool:
    """A row whose numbering column holds words, and whose description
    columns are empty or only carried down from the row above: a group
    heading with its subtotal."""
    seq = table.column("seq")
    label = row.cells.get(seq.col) if seq is not None else None
    if label is None or seq.col in row.carried or not LETTER_RE.search(label.text):
        return False
    if rule_re("line.reference_cell").fullmatch(label.text.strip()):
        return False
    roles = set(budget_rules()["line"]["purpose_roles"])
    named = [c.col for c in table.columns if c.role in roles and c.col != seq.col]
    return bool(named) and all(
        c not in row.cells or not row.cells[c].text.strip() or c in row.carried for c in named
    )


def is_reference_column(table: Table, col: int) -> bool:
    """Every filled cell of column ``col`` is only row numbers ("1.2",
    "3.1, 4.1, 4.2", "ข้อ 1-3"), and there is at least one."""
    texts = [row.cells[col].text.strip() for row in table.rows if col in row.cells and row.cells[col].text.strip()]
    pattern = rule_re("line.reference_cell")
    return bool(texts) and all(pattern.fullmatch(t) for t in texts)


def describing_columns(table: Table, roles: set[str]) -> list[int]:
    """The columns of ``roles`` that describe rows, reference columns left out."""
    return [c.col for c in table.columns if c.role in roles and not is_reference_column(table, c.col)]


def heading_activities(rows: list[tuple[Table, Row]], lined: set[int]) -> dict[int, int]:
    """The activity each row (by ``id``) of a table run takes from the
    activity row above it, down to the next such row: a full-width row
    ("กิจกรรมที่ 2 อบรม..." across the table over "- ค่าอาหารกลางวัน ..."),
    whose rows below are its whatever their own numbering; or a row naming
    the activity that gives no line (``lined``: ids of rows that do), its
    amount the subtotal of the cost lines under it ("กิจกรรมที่ 2 ค่าย… |
    60,000" over "- ค่าอาหาร… | 24,000"), whose unnumbered rows below are its."""
    out: dict[int, int] = {}
    current: int | None = None
    full = False
    for table, row in rows:
        texts = row.texts()
        ref = opening_ref(texts[0]) if texts else None
        if is_section_row(row, table):
            current, full = ref, True
        elif ref is not None and id(row) not in lined:
            current, full = ref, False
        elif current is not None and (full or ref is None):
            out[id(row)] = current
    return out
