"""A results table laid out with its indicators as columns and a header row of
targets under them ("ตำบล | ครัวเรือนลงนามงดเผา (ร้อยละ) | ..." over
"^ | เป้าหมาย ≥ 80 | ..."): the header reader names each column by its
lowest label, a target, but its body cells are each row's results, so the
column is read as a percent column whose own label states its target.  The
same row of targets written as the first body row ("ค่าเป้าหมาย | ≥ 80 |
≥ 80 | ≥ 90" under "ตำบล | ร้อยละ… | …"; a minutes' results by ตำบล) states
each percent column's target the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import Measure, cell_figure, says_percent
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.table_model import Column, Table, fold
from pcc_ingest.model import Block

# The own label of such a column once read as a percent column: its unit
# only, so the label above it names the indicator (its target row is no part of it).
PERCENT = "ร้อยละ"


def headed_target(table: Table, col: Column) -> float | None:
    """The target a column's lowest label states ("เป้าหมาย ≥ 80"), or ``None``."""
    m = stated_target((table.labels.get(col.col) or ("",))[-1])
    return float(m["t"]) if m else None


def is_target_row_column(table: Table, col: Column) -> bool:
    """``col`` is a target column under a label naming a percentage, its own
    label states one target figure, and every body cell holds one bare
    figure (no bound, no target word): each row's result under that target."""
    upper = table.labels.get(col.col, ())[:-1]
    if col.role != "target" or not upper or not says_percent(" ".join(upper)) or headed_target(table, col) is None:
        return False
    cells = [r.cells[col.col].text for r in table.rows if col.col in r.cells and r.cells[col.col].text]
    figures = [cell_figure(text) for text in cells]
    return bool(cells) and all(f is not None and not f.bound and not f.change for f in figures)


def target_rows(table: Table) -> Table:
    """``table`` with each target column of a header row of targets under
    percentage labels made a percent column (unchanged when it has none)."""
    columns = tuple(replace(c, role="percent", own=PERCENT) if is_target_row_column(table, c) else c
                    for c in table.columns)
    return table if columns == table.columns else replace(table, columns=columns)


def labelled_targets(cells: Mapping[int, Block]) -> dict[int, float] | None:
    """Each column's target in a row whose first cell labels it as targets
    ("ค่าเป้าหมาย | ≥ 80 | ≥ 70 | ≥ 60", the `paired_rows.target_row` rule;
    not a place's row of targets paired with its results), every other cell
    with a figure stating one; else ``None``."""
    if not cells:
        return None
    word = cells[min(cells)].text
    if not word or not rule_re("paired_rows", "target_row").match(fold(word)):
        return None
    out: dict[int, float] = {}
    for col, b in cells.items():
        if col == min(cells) or not any(ch.isdigit() for ch in b.text):
            continue
        m = stated_target(f"{word} {b.text}")
        if m is None:
            return None
        out[col] = float(m["t"])
    return out or None


def first_row_target(table: Table, col: Column) -> float | None:
    """The target the first body row states under ``col`` when that row is a
    row of targets (``labelled_targets``), or ``None``."""
    found = labelled_targets(table.rows[0].cells) if table.rows else None
    return found.get(col.col) if found else None


def own_label_target(table: Table, measure: Measure, first_row: bool = True) -> float | None:
    """The target a percent column's lowest label states under the label naming
    its indicator ("เป้าหมาย 100" under "ผู้สูงอายุ... (ร้อยละ)"), or else (when
    ``first_row``) the first body row of targets under it, or ``None``."""
    col = measure.value
    if col is None or col.role != "percent":
        return None
    got = headed_target(table, col) if table.labels.get(col.col, ())[:-1] else None
    return first_row_target(table, col) if got is None and first_row else got
