"""A results table laid out with its indicators as columns and a header row of
targets under them ("ตำบล | ครัวเรือนลงนามงดเผา (ร้อยละ) | ..." over
"^ | เป้าหมาย ≥ 80 | ..."): the header reader names each column by its
lowest label, a target, but its body cells are each row's results, so the
column is read as a percent column whose own label states its target.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.table_measures import Measure, cell_figure, says_percent
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.table_model import Column, Table

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


def own_label_target(table: Table, measure: Measure) -> float | None:
    """The target a percent column's lowest label states under the label naming
    its indicator ("เป้าหมาย 100" under "ผู้สูงอายุ... (ร้อยละ)"), or ``None``."""
    col = measure.value
    if col is None or col.role != "percent" or not table.labels.get(col.col, ())[:-1]:
        return None
    return headed_target(table, col)
