"""Which column of a plan table names its activities, when more than one
column's label reads like an activity's ("โครงการ | กิจกรรมหลัก..."), and
which cells count its people when no one column does."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.table_model import Row, Table


def activity_column(table: Table) -> int | None:
    """The column a plan table names its activities in: the first of its
    activity columns, unless that one names projects and a later one names
    activities ("โครงการ | กิจกรรมหลัก..."): the projects only group them."""
    cols = table.columns_of("activity")
    if not cols and dated_log(table):
        return table.columns_of("progress")[0].col
    if len(cols) > 1 and rule_re("words", "project").match(cols[0].own or cols[0].label):
        named = next((c for c in cols[1:] if rule_re("cells", "activity_label").match(c.own or c.label)), None)
        if named is not None:
            return named.col
    return cols[0].col if cols else None


def dated_log(table: Table) -> bool:
    """A table of two columns, a date and what was done ("วัน เดือน ปี | การดำเนินงาน",
    an inspection report's log at province level): each row is a dated act."""
    return table.roles == {"period", "progress"} and len(table.columns) == 2


def counted_people(table: Table, row: Row) -> str:
    """A row's head count told in two cells under one target-group label
    ("กลุ่มเป้าหมาย" over "จำนวน | หน่วย": "1,200 | คน"), read as one text
    ("1,200 คน") so a unit of people makes it a head count and "12 | แห่ง"
    none (``[participants] count_columns``); empty for any other table."""
    if table.columns_of("participants"):
        return ""
    label = rule_re("participants", "count_columns")
    counts = [c.col for c in table.columns_of("quantity") if label.match(c.label)]
    units = [c.col for c in table.columns_of("unit") if label.match(c.label)]
    if not counts or not units:
        return people_columns(table, row)
    cells = [row.cells.get(counts[0]), row.cells.get(units[0])]
    return " ".join(b.text.strip() for b in cells if b is not None)


def people_columns(table: Table, row: Row) -> str:
    """A row's head count told in a results table's columns counted in people
    ("เป้าหมาย (คน) | ผลงาน (คน) | ร้อยละ": "60 | 58 | 96.67"): those who took
    part, the achieved column's figure, else the target's when no column says
    how many came (``[participants] people_unit``), read as "58 คน"; empty when
    no column's label counts people."""
    unit = rule_re("participants", "people_unit")
    for role in ("result", "target"):
        for c in table.columns_of(role):
            cell = row.cells.get(c.col)
            if unit.search(c.label) and cell is not None and cell.text.strip():
                return f"{cell.text.strip()} คน"
    return target_people(row, table)


def target_people(row: Row, table: Table) -> str:
    """A plan row's target cell that counts people ("คณะกรรมการ 35 คน", "CG และ
    อสม. 50 คน" under a bare "เป้าหมาย"): whom the activity is for, its head count
    when no column counts those who take part; "ด่านชุมชน 5 ตำบล" and "พชต. 5 คณะ"
    count no one (``[participants] count``)."""
    count = rule_re("participants", "count")
    for c in table.columns_of("target"):
        cell = row.cells.get(c.col)
        if cell is not None and count.search(cell.text):
            return cell.text.strip()
    return ""
