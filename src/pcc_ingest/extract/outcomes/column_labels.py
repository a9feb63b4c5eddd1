"""A results table with one percent column per indicator and no label
spanning them (ตำบล rows under "ร้อยละครัวเรือนคัดแยกขยะ | ร้อยละหมู่บ้าน HI <
10", or "DM ควบคุมได้ ร้อยละ (เป้า ≥ 40)"): each column's own label names its
indicator, and states its target in brackets, in the label itself or in a
second header row the reader took for the first body row ("(เป้าหมาย ≥ 80)"
under each label), or as a bare bar in brackets ("(≥ 80)").  One target in the header is not every column's.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.outcomes.table_targets import cell_target
from pcc_ingest.extract.table_model import Table

BARE_PERCENT = re.compile(r"ร้อย\s*ละ|%|คิดเป็น")  # a unit alone names no indicator


def own_label(measure: Measure) -> str:
    """The indicator a value column's own label names, its unit in brackets
    and its bracketed target left out; "" for a bare "ร้อยละ"."""
    if measure.value is None:
        return ""
    words = cell_target(rule_re("table", "percent_unit").sub("", measure.value.own))[1]
    words = rule_re("table", "label_bracket_bound").sub("", words)
    return words if any(ch.isalpha() for ch in BARE_PERCENT.sub("", words)) else ""


def own_bound(table: Table, measure: Measure) -> float | None:
    """The target a value column states for itself: in brackets in its own
    label, or as the whole of its cell in the first body row (a target row
    under the header: "(เป้าหมาย ≥ 80)"); ``None`` when it states none."""
    col = measure.value
    if col is None:
        return None
    target, _ = cell_target(col.own)
    bare = rule_re("table", "label_bracket_bound").search(col.own)  # "(≥ 80)"
    target = float(bare["t"]) if target is None and bare else target
    if target is not None or not table.rows:
        return target
    cell = table.rows[0].cells.get(col.col)
    if cell is None:
        return None
    target, rest = cell_target(cell.text)
    return target if not rest else None
