"""A results table whose indicators are named, each with its target, in a row
under one percentage label spanning them ("ตำบล | ร้อยละผลการดำเนินงานตาม
ตัวชี้วัด" over "^ | เด็ก 0–5 ปีได้รับการคัดกรองพัฒนาการ (เป้าหมาย ≥ 90%) |
..."; a minutes' results table by ตำบล): the header reader finds no role in
that row's long labels and reads it as the first body row, so the table
looked like one results column.  The row is a header row: each of its cells
heads a percent column of its own, named by the indicator its label states.

The same labels may head the columns themselves, the table's only header row
("อำเภอ | กลุ่มเปราะบางได้รับการดูแลช่วยเหลือ (เกณฑ์ ≥ 85%) | ..." over
cells "1,046/1,178 (88.79%)"; an inspection report's shared indicators by
district): the header reader names such a column by a word of its label
("แผนงาน/โครงการ" an activity) or not at all, yet each is a percent column
of the indicator its label states.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import says_percent
from pcc_ingest.extract.table_model import Column, Table, cell_number

# Roles of a column naming each row's subject: the row of labels leaves it blank (merged from above).
SUBJECT_ROLES = frozenset({"district", "subdistrict", "indicator", "issue"})


def label_row_columns(table: Table) -> dict[int, str] | None:
    """The labels of the table's first body row, by column, when it is a row
    of indicators with their targets under a spanning percentage label: no
    cell in a subject column, two or more cells, each a bound target in words
    ("(เป้าหมาย ≥ 90%)") or a target bracket ("(เกณฑ์ ร้อยละ 80)"), none a
    figure, all under one label saying percent or naming indicators
    ("ตัวชี้วัดร่วมระดับจังหวัด"; an inspection report's shared indicators)."""
    if table.continues or len(table.rows) < 2:
        return None
    cells = {c: b.text for c, b in table.rows[0].cells.items() if b.text}
    bound, bracket = rule_re("table", "label_bound"), rule_re("table", "cell_target")
    uppers = {table.labels.get(c, ("",))[-1] for c in cells if c in table.labels}
    named = rule_re("table", "indicators_label")
    # the spanning label naming indicators is read as an indicator column of its own: it is none
    subjects = {c.col for c in table.columns if c.role in SUBJECT_ROLES
                and not (c.role == "indicator" and c.col in cells and named.search(c.label))}
    spanned = [c for c in cells if c not in table.labels]
    if len(cells) < 2 or not subjects or subjects & cells.keys() or not spanned or len(uppers) != 1:
        return None
    if not (says_percent(*uppers) or any(named.search(u) for u in uppers)):
        return None
    if not all((bound.search(t) or bracket.search(t)) and cell_number(t) is None for t in cells.values()):
        return None
    return cells


def indicator_label_rows(table: Table) -> Table:
    """``table`` with such a first body row read as its lowest header row,
    each of its cells a percent column's only label: the spanning label is a
    header word, no part of the indicators' names (unchanged when it has none)."""
    cells = label_row_columns(table)
    if cells is None:
        return bound_label_columns(table)
    labels = dict(table.labels) | {c: (text,) for c, text in cells.items()}
    kept = tuple(c for c in table.columns if c.col not in cells)
    added = tuple(Column(c, "percent", text, own=text) for c, text in cells.items())
    columns = tuple(sorted(kept + added, key=lambda c: c.col))
    return replace(table, header_rows=(*table.header_rows, table.rows[0].index), columns=columns,
                   rows=table.rows[1:], labels=labels)


def bound_label_columns(table: Table) -> Table:
    """``table`` with two or more of its header's labels, each an indicator
    with a bound target ("(เกณฑ์ ≥ 85%)") over cells that all give a figure,
    made percent columns named by their labels, when a district or ตำบล
    column names the rows (unchanged otherwise, or when it has a percent column).
    So are the labels under one label naming indicators and stating their
    bound target ("ตัวชี้วัดกระบวนการ (เป้าหมาย ≥ 80%)" over "ตำบลขับเคลื่อน
    ประเด็นผ่าน พชต. | ..."), which the header reader takes for one indicator
    column, or for an activity by a word of a label; a column beside them
    under a label of its own (a success level 1–5) is none of them."""
    roles = {c.col: c.role for c in table.columns}
    if "percent" in roles.values() or not {"district", "subdistrict"} & set(roles.values()):
        return table
    bound, named = rule_re("table", "label_bound"), rule_re("table", "indicators_label")
    found = {c: labels[-1] for c, labels in table.labels.items()
             if ((roles.get(c) not in SUBJECT_ROLES and bound.search(labels[-1]))
                 or (len(labels) == 2 and named.search(labels[0]) and bound.search(labels[0])
                     and roles.get(c) not in SUBJECT_ROLES - {"indicator"}))
             and table.rows and all(figure_cell(r.cells[c].text) for r in table.rows if c in r.cells)}
    if len(found) < 2:
        return table
    kept = tuple(c for c in table.columns if c.col not in found)
    added = tuple(Column(c, "percent", " ".join(table.labels[c]), own=text) for c, text in found.items())
    return replace(table, columns=tuple(sorted(kept + added, key=lambda c: c.col)))


def figure_cell(text: str) -> bool:
    """A cell giving one figure: bare ("88.79") or proved by its count ("1,046/1,178 (88.79%)")."""
    return cell_number(text) is not None or fraction_percent(text) is not None
