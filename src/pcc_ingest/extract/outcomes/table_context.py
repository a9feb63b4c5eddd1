"""What the rows of one measure of a results table share: the table's year,
target and indicator, and which rows the target is for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.tables import Row, Table, is_total_row


@dataclass(frozen=True)
class TableContext:
    """What one measure's rows in a results table share."""

    table: Table
    measure: Measure
    year: int | None
    target: float | None
    indicator: str
    target_rows: tuple[Row, ...] | None = None  # the rows ``target`` is for; None: every row
    district_wide: bool = False  # ``target`` is the district's own: its total row's, not its ตำบล's
    kpi: str = ""  # the KPI whose target ``target`` is: it names the rows that take the target
    # by column: its rows' bare figures are percentages under rate totals (``row_outcomes``), worked out once
    percent_columns: dict[int, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def target_of(self, row: Row) -> float | None:
        """The table's target for ``row``."""
        if self.district_wide and not is_total_row(row):
            return None
        applies = self.target_rows is None or any(row is r for r in self.target_rows)
        return self.target if applies else None
