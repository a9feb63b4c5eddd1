"""An indicator column headed with its targets in brackets ("ตัวชี้วัด
(ค่าเป้าหมาย)" over "ครัวเรือนคัดแยกขยะต้นทาง (ไม่น้อยกว่าร้อยละ 80)"): the
header reader names it by its last words, a target column, but its cells
name the indicators, each with its row's target in brackets, so a results
table reads it as the indicator column.  Its own label decides when a group
label spans it ("ผลลัพธ์ตัวชี้วัด" over "ตัวชี้วัด (ค่าเป้าหมาย) | ผลงาน ปี 2567").

Spanning instead several columns that each name an indicator with its
target ("ตัวชี้วัด (ค่าเป้าหมาย)" over "ร้อยละการสวมหมวกนิรภัย (≥ 70) | อัตราตาย
... (≤ 22)", districts as rows), that label is a header word, no measure:
each column under it is an indicator of its own, read by its own label.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.criterion_columns import criterion_columns
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Table


def indicator_columns(table: Table) -> Table:
    """``table`` with a target column headed as indicators with their
    targets made its indicator column (unchanged when it has none, or has an
    indicator column already)."""
    table = criterion_columns(spanned_indicators(table))
    if table.column("indicator") is not None:
        return table
    label = rule_re("table", "indicator_with_target")
    columns = tuple(replace(c, role="indicator") if c.role == "target" and (label.match(c.label) or label.match(c.own))
                    else c for c in table.columns)
    return table if columns == table.columns else replace(table, columns=columns)


def spanned_indicators(table: Table) -> Table:
    """``table`` with a header word over indicator columns ("ตัวชี้วัด
    (ค่าเป้าหมาย)" over two or more labels each stating a bracketed target)
    taken off their labels, each column then named by its own label's role
    (one no role names, a rate per 100,000, is left out)."""
    header, bound = rule_re("table", "indicator_with_target"), rule_re("table", "label_bound")
    under = {c: labels for c, labels in table.labels.items()
             if len(labels) == 2 and header.match(labels[0]) and bound.search(labels[1])}
    if len(under) < 2:
        return table
    columns: list[Column] = []
    for c in table.columns:
        if c.col not in under:
            columns.append(c)
        elif role := label_role(under[c.col][1]):
            columns.append(replace(c, role=role, label=under[c.col][1], own=under[c.col][1]))
    labels = {c: (labels[1:] if c in under else labels) for c, labels in table.labels.items()}
    return replace(table, columns=tuple(columns), labels=labels)
