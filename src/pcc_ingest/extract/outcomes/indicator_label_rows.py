"""A results table whose indicators are named, each with its target, in a row
under one percentage label spanning them ("ตำบล | ร้อยละผลการดำเนินงานตาม
ตัวชี้วัด" over "^ | เด็ก 0–5 ปีได้รับการคัดกรองพัฒนาการ (เป้าหมาย ≥ 90%) |
..."; a minutes' results table by ตำบล): the header reader finds no role in
that row's long labels and reads it as the first body row, so the table
looked like one results column.  The row is a header row: each of its cells
heads a percent column of its own, named by the indicator its label states.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import says_percent
from pcc_ingest.extract.table_model import Column, Table, cell_number

# Roles of a column naming each row's subject: the row of labels leaves it blank (merged from above).
SUBJECT_ROLES = frozenset({"district", "subdistrict", "indicator", "issue"})


def label_row_columns(table: Table) -> dict[int, str] | None:
    """The labels of the table's first body row, by column, when it is a row
    of indicators with their targets under a spanning percentage label: no
    cell in a subject column, two or more cells, each a bound target in words
    ("(เป้าหมาย ≥ 90%)"), none a figure, all under one label saying percent."""
    if table.continues or len(table.rows) < 2:
        return None
    cells = {c: b.text for c, b in table.rows[0].cells.items() if b.text}
    subjects = {c.col for c in table.columns if c.role in SUBJECT_ROLES}
    bound = rule_re("table", "label_bound")
    uppers = {table.labels.get(c, ("",))[-1] for c in cells if c in table.labels}
    spanned = [c for c in cells if c not in table.labels]
    if len(cells) < 2 or not subjects or subjects & cells.keys() or not spanned or len(uppers) != 1:
        return None
    if not says_percent(*uppers) or not all(bound.search(t) and cell_number(t) is None for t in cells.values()):
        return None
    return cells


def indicator_label_rows(table: Table) -> Table:
    """``table`` with such a first body row read as its lowest header row,
    each of its cells a percent column's only label: the spanning label is a
    header word, no part of the indicators' names (unchanged when it has none)."""
    cells = label_row_columns(table)
    if cells is None:
        return table
    labels = dict(table.labels) | {c: (text,) for c, text in cells.items()}
    kept = tuple(c for c in table.columns if c.col not in cells)
    added = tuple(Column(c, "percent", text, own=text) for c, text in cells.items())
    columns = tuple(sorted(kept + added, key=lambda c: c.col))
    return replace(table, header_rows=(*table.header_rows, table.rows[0].index), columns=columns,
                   rows=table.rows[1:], labels=labels)
