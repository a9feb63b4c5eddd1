"""The subject of a results-table row: whether it is the total, the district
it is about, and the indicator it measures, from its own cells or the
table's.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.bracket_districts import bracket_district
from pcc_ingest.extract.outcomes.clause_words import count_re, drop_counts
from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, Context, rule_re
from pcc_ingest.extract.outcomes.district_columns import column_district
from pcc_ingest.extract.outcomes.district_rows import names_whole_district
from pcc_ingest.extract.outcomes.findings_tables import row_district
from pcc_ingest.extract.outcomes.group_rows import group_district
from pcc_ingest.extract.outcomes.place_columns import place_of
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.outcomes.table_targets import cell_target
from pcc_ingest.extract.outcomes.year_rows import row_label_year
from pcc_ingest.extract.tables import Row, Table, cell_number, is_total_row
from pcc_ingest.model import Block
from pcc_ingest.thai.text import strip_list_marker


def counted_subject(text: str) -> str:
    """What a row's count cell counts, when it names it ("ครัวเรือนมีถังขยะเปียก
    18,400 ครัวเรือน" -> "ครัวเรือนมีถังขยะเปียก"); "" for a bare count ("312",
    "15 หมู่บ้าน") or a cell with no count."""
    if not count_re().search(text):
        return ""
    words = drop_counts(rule_re("table", "count_aside").sub("", text))
    if words.count("(") > words.count(")"):
        words += ")"  # drop_counts trims the bracket a name ends with ("(Care Plan)")
    letters = [ch for ch in words if ch.isalpha()]
    return words if len(letters) >= MIN_INDICATOR_CHARS and not rule_re("table", "percent_label").search(words) else ""


def stated_count_subject(t: TableContext, row: Row) -> str:
    """What a row's count cell says it counts: its target (denominator) cell,
    or else its result cell ("ผลงาน" holding "ครัวเรือนคัดแยกขยะต้นทาง 4,212
    ครัวเรือน จากเป้าหมาย 5,200 ครัวเรือน" beside a "ร้อยละ" column): in a
    table whose rows are named by the agency reporting, the result is stated
    as a sentence that names what its percentage measures."""
    for role in ("target", "result"):
        cell = t.measure.cell(row, role)
        found = counted_subject(cell.text) if cell is not None else ""
        if found:
            return found
    return ""


def _row_name(table: Table, row: Row) -> Block | None:
    """The cell naming a row's place: its district or ตำบล cell, else its
    first cell that is no row number."""
    named = table.cell(row, "district") or table.cell(row, "subdistrict")
    if named is not None:
        return named
    seq = {c.col for c in table.columns_of("seq")}
    cols = [c for c in sorted(row.cells) if c not in seq or cell_number(row.cells[c].text.rstrip(".)")) is None]
    return row.cells[cols[0]] if cols else None


def row_year(table: Table, row: Row) -> int | None:
    """The Buddhist-Era year a row's year cell names ("2562" under
    "ปีงบประมาณ"): the row reports that year's figures."""
    block = table.cell(row, "row_year")
    return row_label_year(block.text) if block is not None else None


def numbered_place(table: Table, name: str) -> str:
    """A place cell holding only a number names the place with its column's
    label ("หมู่ที่" over "1", "2", ... reads "หมู่ที่ 1"): a village number
    alone says nothing of where.  A bare name under a unit word ("ตำบล" over
    "โซ่", "หนองพันทา"; a progress report's ตำบล table) is named with the
    unit before it, as Thai writes a place ("ตำบลโซ่")."""
    col = table.column("subdistrict")
    if col is None:
        return name
    if name.strip().isdigit():
        return f"{col.own} {name.strip()}"
    unit = rule_re("table", "place_unit").fullmatch(col.own.strip())
    if unit is None or not name.strip() or rule_re("table", "place_named").match(name):
        return name
    return f"{unit['unit']}{name.strip()}"


def drop_count_bracket(words: str) -> str:
    """An indicator cell's words without the bracketed counts its figure was
    worked out from ("ร้อยละของผู้เดินทาง... ครบ 14 วัน (1,214/1,231 ราย)",
    "(28 จาก 62 ราย)"): how many passed is the result's arithmetic, not what
    is measured (RECORDS.md: an indicator without a bracketed result)."""
    return " ".join(rule_re("table", "count_bracket").sub(" ", words).split())


def drop_issue_label(words: str) -> str:
    """An indicator cell's words without the issue's name heading them
    ("วัณโรค: อัตราความสำเร็จการรักษา..."): the issue groups the indicator,
    it is not what is measured."""
    return rule_re("table", "issue_label").sub("", words, count=1)


def merged_over(table: Table, row: Row) -> Row:
    """The row whose indicator and target ``row`` reports: itself, or for a
    total row whose total label stands in the indicator column ("ภาพรวมอำเภอ"
    spanning "ตัวชี้วัด | ค่าเป้าหมาย | ลำดับ | ตำบล"), the row above when its
    indicator cell was merged down over the ตำบล rows: the total is of that
    indicator, against its target."""
    col = table.column("indicator")
    if col is None or not is_total_row(row) or col.col in row.carried:
        return row
    at = [r.index for r in table.rows].index(row.index)
    above = table.rows[at - 1] if at else None
    cell = row.cells.get(col.col)
    if above is None or col.col not in above.carried or cell is None or not is_total_row(Row(row.index, {col.col: cell})):
        return row
    return above


def row_subject(t: TableContext, row: Row, ctx: Context) -> tuple[bool, str | None, str] | None:
    """(is total, district, indicator) of a row, or ``None`` for a row with no subject."""
    table = t.table
    name_cell = _row_name(table, row)
    name = numbered_place(table, name_cell.text) if name_cell else ""
    _, own = cell_target(strip_list_marker(table.text(merged_over(table, row), "indicator")))
    own = drop_issue_label(drop_count_bracket(own))
    own = f"{own} {place_of(table, t.measure.value)}".strip() if own else own  # "<indicator> ตำบล<place>"
    counted = "" if own else stated_count_subject(t, row)
    indicator = own or counted or (t.kpi if t.kpi and t.target_of(row) is not None else t.indicator)
    if is_total_row(row) or names_whole_district(table, row):  # "รวม", or the district's own row
        return True, ctx.single, indicator
    placed = column_district(table, t.measure.value, ctx.province) if ctx.single is None else None
    if placed and row_year(table, row) is not None:  # a years-by-districts table: the column's district
        return False, placed[0], indicator.removesuffix(placed[1]).strip()
    if row_year(table, row) is not None:
        return False, ctx.single, indicator
    found = None if names_subdistrict(table, row) else row_district(table, row, name, ctx.province)
    if found:
        return False, found[0], indicator
    bracketed = bracket_district(indicator, ctx.province) if own else None
    if bracketed:  # "ร้อยละ... (พระพุทธบาท)": the row's district in brackets after its indicator
        return False, bracketed[0], bracketed[1]
    grouped = group_district(table, row, ctx.province)
    if grouped and table.column("indicator"):
        return False, grouped, indicator
    if table.column("indicator") or ctx.single:
        # a ตำบล's row under an indicator merged down over the ตำบล ("ร้อยละ… | ตัวอย่าง",
        # "^ | กระโพ") is the indicator in that ตำบล, as a table of ตำบล rows names it
        by_place = table.column("indicator") and names_subdistrict(table, row) and not counted
        subject = indicator if (table.column("indicator") and not by_place) or counted else f"{indicator} {name}".strip()
        return False, ctx.single, subject
    return None


def names_subdistrict(table: Table, row: Row) -> bool:
    """A row named in a ตำบล column and in no district column is a ตำบล's:
    a ตำบล sharing its name with a district elsewhere in the province
    ("โพธิ์ไทร") is not that district."""
    return table.cell(row, "district") is None and table.cell(row, "subdistrict") is not None
