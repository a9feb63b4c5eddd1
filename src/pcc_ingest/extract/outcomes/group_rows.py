"""District group rows of a results table: a row with one label across the
table naming a district ("อำเภอโคกสูง") heads the indicator rows under it,
as a province's summary lays out its districts' results in one table."""

from __future__ import annotations

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.tables import Row, Table, is_section_row


def group_district(table: Table, row: Row, province: str | None) -> str | None:
    """The district of the last group row above ``row`` that names one; a
    group row naming no district (an issue's heading) keeps the district
    above it, as issues nest under districts."""
    current: str | None = None
    for other in table.rows:
        if other is row:
            return current
        if is_section_row(other, table):
            found = district_at_start(other.texts()[0], province)
            current = found[0] if found else current
    return None
