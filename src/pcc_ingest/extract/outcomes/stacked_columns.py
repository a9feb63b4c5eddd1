"""Results by ตำบล with two indicators stacked in one column (new in set 44):
a header cell "ร้อยละพื้นที่นาไถกลบตอซัง ¶ ร้อยละเกษตรกรทำปุ๋ยหมักฟางข้าว"
over cells "72.4 ¶ 38.6".  The text folds a cell's paragraphs into one line,
so the column is known by its header naming as many indicators as each body
cell holds figures: it is read as that many percent columns, the n-th
figure of every cell under the n-th name.  A column whose label states its
target after the measure ("ครัวเรือนคัดแยกขยะต้นทาง (ร้อยละ) เป้าหมายร้อยละ
60") is a percent column the header reader left without a role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.stacked_cells import _part, figure_parts, name_parts
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Table
from pcc_ingest.model import Block

# A bracket stating a criterion or target in a verdict column's label
# ("ผลการประเมินผู้ขับขี่ (เกณฑ์ร้อยละ 80)"): no part of the subject it judges.
CRITERION_BRACKET_RE = re.compile(r"\([^()]*\)")
# The words opening a verdict column's label before the subject it judges
# ("ผลการประเมิน", "ผลการผ่านเกณฑ์", "การประเมิน").
VERDICT_SUBJECT_RE = re.compile(r"^\s*(?:ผล\s*)?(?:การ\s*)?(?:ประเมิน|ผ่าน\s*เกณฑ์)\s*")


def target_labelled(table: Table) -> Table:
    """``table`` with each unread header column whose label, its target
    clause left out, names a percentage read as a percent column.  Under a
    header of two rows, only a column whose one label spans them all
    ("ลดลง (%) ¶ เป้าหมาย ≥ 20%" beside groups of counts): a label under a
    group's is that group's."""
    if not table.columns:
        return table
    known = {c.col for c in table.columns}
    added = []
    for col, labels in table.labels.items():
        if len(table.header_rows) != 1 and len(labels) != 1:
            continue
        label = labels[-1] if labels else ""
        bare = rule_re("stacked_columns", "label_target").sub("", label)
        if col not in known and bare != label and label_role(bare) == "percent":
            added.append(Column(col, "percent", label, own=bare))
    if not added:
        return table
    return replace(table, columns=tuple(sorted((*table.columns, *added), key=lambda c: c.col)))


def stacked_columns(table: Table) -> Table:
    """``table`` with each percent column, or column the header reader left
    unread, stacking several indicators read as one column each, numbered past the grid's columns with one left
    free between, so no column of the grid reads as their count beside them."""
    heads = {b.col: b for b in table.header_blocks() if b.table == table.grid.table and b.row in table.header_rows}
    width = max((c for _, c in table.grid.cells), default=0) + 2
    columns, rows, labels = list(table.columns), list(table.rows), dict(table.labels)
    known = {c.col: c for c in table.columns}
    unread = [Column(c, "", "") for c in sorted(heads) if c not in known and c]
    for column in [*table.columns, *unread]:
        head = heads.get(column.col)
        names = name_parts(head.text) if column.role in ("percent", "") and head is not None else []
        cells = [r.cells.get(column.col) for r in rows]
        if len(names) < 2 or any(b is None or len(figure_parts(b.text)) != len(names) for b in cells):
            continue
        if column.role:
            columns.remove(column)
        for n, (s, e) in enumerate(names):
            name = head.text[s:e].strip()
            labels[width] = (name,)
            columns.append(Column(width, "percent", name, own=name))
            rows = [replace(r, cells={**r.cells, width: _part(r.cells[column.col], [figure_parts(r.cells[column.col].text)[n]])})
                    for r in rows]
            width += 1
        rows = [replace(r, cells={c: b for c, b in r.cells.items() if c != column.col}) for r in rows]
    if len(columns) == len(table.columns) and columns == list(table.columns):
        return table
    return replace(table, columns=tuple(columns), rows=tuple(rows), labels=labels)


def other_column_target(table: Table, measure: Measure, block: Block) -> bool:
    """The target a table states is the own label of another measure's
    column ("… เป้าหมายร้อยละ 60" over one of several percent columns): it is
    that measure's, not every one's."""
    if block.table != table.grid.table or block.col is None or block.row not in table.header_rows:
        return False
    own = {c.col for c in (*measure.columns, *([measure.value] if measure.value else []))}
    if block.col in own:
        return False
    if any(c.col == block.col and c.role == "percent" for c in table.columns):
        return True
    judged = _judged_columns(table, block)
    return bool(judged) and not judged & own


def _judged_columns(table: Table, block: Block) -> set[int]:
    """The one percent column a verdict column's label judges by its criterion
    ("ผลการประเมินผู้ขับขี่ (เกณฑ์ร้อยละ 80)" beside "ผู้ขับขี่สวมหมวกนิรภัย
    (ร้อยละ)" and "ผู้ซ้อนท้ายสวมหมวกนิรภัย (ร้อยละ)"): the column whose label
    holds the subject the verdict names; empty when none or several do."""
    subject = VERDICT_SUBJECT_RE.sub("", CRITERION_BRACKET_RE.sub("", block.text)).strip()
    if not subject:
        return set()
    named = {c.col for c in table.columns if c.role == "percent" and subject in c.label}
    return named if len(named) == 1 else set()
