"""Place columns that are districts: a province's years-by-districts table
("ปีงบประมาณ | เมืองสมุทรสาคร | กระทุ่มแบน | บ้านแพ้ว" under "ตารางที่ 1
ร้อยละของ… จำแนกรายอำเภอ") reads each column as the title's measure for one
place (``year_rows``).  In a document about several districts a column
naming one of the province's districts reports that district's figures: the
district is the record's, not part of what is measured (RECORDS.md: the
district code when the figure belongs to one district)."""

from __future__ import annotations

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Table


def column_district(table: Table, col: Column | None, province: str | None) -> tuple[str, str] | None:
    """(district code, the column's place words) when ``col`` is a place
    column of a years-by-places table (its labels the measure over the place)
    naming a district of ``province``; ``None`` for a ตำบล, the whole
    ("ภาพรวมอำเภอ"), a measure's own column, or no province known."""
    if col is None or province is None or col.role != "percent" or table.column("row_year") is None:
        return None
    labels = table.labels.get(col.col, ())
    place = col.own.strip()
    if len(labels) < 2 or labels[-1] != col.own or not place or rule_re("district_columns", "subdistrict").match(place):
        return None
    found = resolve_district(place, province)
    return (found[0], place) if found else None
