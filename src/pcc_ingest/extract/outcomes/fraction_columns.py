"""A column of counts out of a total each followed by the percentage they
make ("หมู่บ้าน HI < 10 (ผ่าน/ทั้งหมด)" over "11/12 (91.67)", a minutes'
results table by ตำบล): its header names no role, so the header reader
leaves it out and the percent column beside it borrows its name as its
numerator's.  Every cell proves its bracketed figure is n/d x 100, so the
column is a measure of its own: it is read as a percent column, named by its
label without the bracketed fraction's words, and takes no counts from the
columns before it (its cells hold their own)."""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.table_model import Column, Table

# Fewer proved cells than this make no column of results.
MIN_CELLS = 2

# The unit the counts are in, in brackets after the measure's name
# ("กลุ่มเปราะบางได้รับการดูแล (ราย)" over "1,284/1,402 (91.58)"): the
# count's unit, no part of what the percentage measures.
COUNT_UNIT_RE = re.compile(r"\s*\(\s*(?:ราย|คน|ครัวเรือน|หลังคาเรือน|แห่ง|หมู่บ้าน|ตำบล|ชุมชน|ครั้ง)\s*\)\s*$")


def proved_column(table: Table, col: int) -> bool:
    """Every body cell of ``col`` holding text is a count worked out into the
    percentage after it, ``MIN_CELLS`` at least; a row of targets under the
    labels ("(เป้าหมาย ร้อยละ 100)" over "20/20 (100)") is no body cell, nor is
    a gap with no figure yet ("N/A", "รอข้อมูล")."""
    gap = rule_re("table", "no_result_cell")
    cells = [r.cells[col].text for r in table.rows
             if col in r.cells and r.cells[col].text.strip() and not gap.match(r.cells[col].text)]
    cells = [t for t in cells if fraction_percent(t) is not None or stated_target(t) is None]
    return len(cells) >= MIN_CELLS and all(fraction_percent(t) is not None for t in cells)


def fraction_columns(table: Table) -> Table:
    """``table`` with each unread column of proved fractions read as a percent
    column; ``table`` itself when it has none or no columns read at all."""
    if not table.columns:
        return table
    read = {c.col for c in table.columns}
    added: list[Column] = []
    for col, labels in table.labels.items():
        label = " ".join(labels)
        if col in read or not label.strip() or not proved_column(table, col):
            continue
        named = rule_re("table", "fraction_count").match(labels[-1])
        own = named["num"].strip() if named else COUNT_UNIT_RE.sub("", labels[-1]).strip()
        added.append(Column(col, "percent", label, own=own))
    if not added:
        return table
    return replace(table, columns=tuple(sorted((*table.columns, *added), key=lambda c: c.col)))
