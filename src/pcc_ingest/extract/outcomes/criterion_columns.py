"""A results table with districts as rows and one column per indicator, each
column headed by the indicator over its criterion ("ผู้สูงอายุได้รับการคัดกรอง
ADL" over "ผลงาน/เป้าหมาย (ร้อยละ) เกณฑ์ ≥ 90%", "เด็กปฐมวัยพัฒนาการสมวัย
(ร้อยละ)" over "เกณฑ์ ≥ 85%"; an inspection report's indicators by district).

The header reader joins the two rows into one label, so the header words
under the indicator become part of its name, and a column whose own label
is only the criterion reads as a target column.  Each such column is an
indicator of its own: named by its top label, its criterion its target in
brackets, its role read from its words without the criterion, or, when they
name no unit ("ครัวเรือนคัดแยกขยะต้นทาง" over "เกณฑ์ ≥ 70%"), from the
criterion's percent mark (one neither names, a rate per 100,000 over
"เกณฑ์ ไม่เกิน 22", is left out).
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import drop_percent_unit, rule_re
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Table

MIN_COLUMNS = 2  # one criterion under one label may be any table's pass bar


def criterion_columns(table: Table) -> Table:
    """``table`` with each column headed by an indicator over its criterion
    relabelled "indicator (criterion)", its percent unit left out, when two
    or more distinct indicators are headed so (unchanged otherwise)."""
    criterion, heading = rule_re("table", "criterion_label"), rule_re("table", "result_heading")
    under: dict[int, tuple[str, str, str]] = {}  # col -> (indicator, header words, criterion)
    for col, labels in table.labels.items():
        if len(labels) != 2 or heading.match(labels[0]):
            continue
        m = criterion.match(labels[1])
        if m and heading.match(m["words"]):
            under[col] = (labels[0].strip(), m["words"].strip(), m["criterion"].strip())
    named = {col: f"{drop_percent_unit(name)} ({bar})" for col, (name, _, bar) in under.items()}
    if len({name for name, _, _ in under.values()}) < MIN_COLUMNS:
        return table
    columns: list[Column] = []
    for c in table.columns:
        if c.col not in under:
            columns.append(c)
            continue
        name, words, _ = under[c.col]
        if role := _role(name, words, under[c.col][2]):
            columns.append(replace(c, role=role, label=named[c.col], own=named[c.col]))
    labels = {c: ((named[c],) if c in under else labels) for c, labels in table.labels.items()}
    return replace(table, columns=tuple(columns), labels=labels)


def _role(name: str, words: str, bar: str) -> str | None:
    """What the column's cells hold: said by its unit words, else by a percent
    mark in its criterion (a bar in percent measures a percentage)."""
    said = label_role(f"{name} {words}".strip())
    if said is None and rule_re("table", "percent_mark").search(bar):
        return label_role(f"{name} {words} (ร้อยละ)".strip())
    return said
