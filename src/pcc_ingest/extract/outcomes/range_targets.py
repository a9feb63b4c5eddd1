"""A target cell holding a range ("85–90", "ร้อยละ 80–90"; a province's results
by quarter, new in set 40): the gold reads a range's lower end as the target,
the least the row must reach, so its results are not left without one.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import PERCENT_MAX
from pcc_ingest.model import Block


def range_low(text: str) -> tuple[float, int] | None:
    """The lower end of the percentage range ``text`` holds alone, with its
    offset in ``text``, or ``None`` (a reversed range or one past 100 is none)."""
    lead = len(text) - len(text.lstrip())
    m = rule_re("table", "target_range").fullmatch(text.strip())
    if m is None:
        return None
    low, high = float(m["low"]), float(m["high"])
    return (low, lead + m.start("low")) if low < high <= PERCENT_MAX else None


def range_target(cell: Block | None) -> float | None:
    """The lower end of the percentage range a target cell holds alone, or ``None``."""
    found = range_low(cell.text) if cell is not None else None
    return found[0] if found is not None else None
