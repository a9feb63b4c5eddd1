"""Which column of a plan table names its activities, when more than one
column's label reads like an activity's ("โครงการ | กิจกรรมหลัก...")."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.table_model import Table


def activity_column(table: Table) -> int | None:
    """The column a plan table names its activities in: the first of its
    activity columns, unless that one names projects and a later one names
    activities ("โครงการ | กิจกรรมหลัก..."): the projects only group them."""
    cols = table.columns_of("activity")
    if len(cols) > 1 and rule_re("words", "project").match(cols[0].own or cols[0].label):
        named = next((c for c in cols[1:] if rule_re("cells", "activity_label").match(c.own or c.label)), None)
        if named is not None:
            return named.col
    return cols[0].col if cols else None
