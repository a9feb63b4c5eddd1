"""A results table with years as rows and places as columns under a two-row
header ("ปีงบประมาณ" | "ร้อยละ…Care Plan" spanning "แม่ใจ | ศรีถ้อย | …" |
"ภาพรวมอำเภอ"): the row of place names, read as the table's first body row
because only the year column's cell is merged over it, is the header's lower
row.  Each place column then measures the spanning label for that place, and
a column beside the group ("ภาพรวมอำเภอ") measures it for the whole.  A
one-row header of the year label and bare place names ("ปีงบประมาณ | ท่าทองใหม่
| … | ภาพรวมอำเภอ"), where the header reader finds no role beyond the
year's, is read the same way, its measure named by the table's title.  A
measure that is a rate per so many people ("อัตราการเสียชีวิต… ต่อประชากร
แสนคน") gives no percent columns."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.table_labels import label_role, label_year
from pcc_ingest.extract.table_model import Column, Table
from pcc_ingest.thai.numbers import parse_number


def place_header(table: Table) -> Table:
    """``table`` with its row of place names under a spanning measure read as
    the header's lower row; ``table`` itself for any other layout."""
    year = table.column("row_year")
    if year is None or len(table.rows) < 2 or len(table.header_rows) != 1:
        return table
    names = table.rows[0]
    placed = {c: b.text.strip() for c, b in names.cells.items() if c != year.col and b.text.strip()}
    spans = {table.labels.get(c, ("",))[-1] for c in placed} - {""}
    if year.col in placed or len(placed) < 2 or not _named_places(placed) or len(spans) != 1:
        return table
    measure = spans.pop()
    if _rate(measure):
        return table
    unit = _caption_unit(table)
    labels = dict(table.labels)
    columns = [year]
    for c in sorted(placed | {k: "" for k in labels if k not in placed and k != year.col}):
        place = placed.get(c, labels.get(c, ("",))[-1])
        if c in placed and unit and not _unit_written(place, unit):
            place = f"{unit}{place}"
        labels[c] = (measure, place)
        columns.append(Column(c, "percent", f"{measure} {place}", own=place))
    return replace(table, header_rows=(*table.header_rows, names.index), columns=tuple(columns),
                   rows=table.rows[1:], labels=labels)


def title_places(table: Table) -> Table:
    """``table`` read through its one header row of a year label over year
    rows beside bare place names, each place a percent column of the title's
    measure; ``table`` itself for any other layout, or when the line above
    holds figures of its own rather than a caption naming the measure
    ("ค่าเป้าหมายปีงบประมาณ 2568 กำหนดไว้…", a paragraph citing road numbers).
    A column for the whole ("อำเภอ", or the district named in full as the
    last column), which the header reader takes for a district column, is
    one more place.  A count in brackets after a place
    ("บางสน (10)") is left out of its name."""
    grid = table.grid
    whole = rule_re("year_rows", "whole_column")
    named = [c for c in table.columns if c.role == "district"]
    last = named[0].label if len(named) == 1 and named[0].col == max(table.labels, default=-1) else None

    def is_whole(label: str) -> bool:
        # the district named in full closing the header ("… | ตำบลข | อำเภอตัวอย่าง") is the whole too
        return bool(whole.search(label)) or label == last

    if (any(c.role != "row_year" and not is_whole(c.label) for c in table.columns)
            or len(table.rows) < 2 or not table.title):
        return table
    count = rule_re("year_rows", "place_count")
    top = {b.col: count.sub("", b.text).strip() for b in grid.row_cells(grid.rows[0]) if b.text.strip()}
    placed = {c: t for c, t in top.items() if c}
    body = tuple(r for r in table.rows if r.index != grid.rows[0])  # the header row is body when unread
    if (label_role(top.get(0, "")) != "row_year" or len(placed) < 2 or not _named_places(placed)
            or any(label_role(t) and not is_whole(t) for t in placed.values())
            or any(row_label_year(r.cells[0].text) is None for r in body if 0 in r.cells)):
        return table
    measure = _title_measure(table.title[-1].text)
    if not measure or _rate(measure):
        return table
    unit = _caption_unit(table) or _whole_unit(placed)
    columns = [Column(0, "row_year", top[0], own=top[0])]
    labels = {0: (top[0],)}
    for c, name in sorted(placed.items()):
        place = name if not unit or _unit_written(name, unit) or _whole_unit({c: name}) else f"{unit}{name}"
        labels[c] = (measure, place)
        columns.append(Column(c, "percent", f"{measure} {place}", own=place))
    return replace(table, header_rows=(grid.rows[0],), columns=tuple(columns), rows=body, labels=labels)


def row_label_year(text: str) -> int | None:
    """The year a row's year cell names, a bracket of the months it covers
    after it ("2567 (ต.ค. 66 – มี.ค. 67)": the year so far) read past."""
    return label_year(rule_re("year_rows", "month_bracket").sub("", text))


def _title_measure(text: str) -> str:
    """The measure a years-by-places table reads its places by: the title
    itself, or the closing clause of a paragraph introducing the table
    ("… ผลการสำรวจการสวมหมวกนิรภัย… เป้าหมายปี 2566 ไม่น้อยกว่าร้อยละ 60
    มีดังนี้"), or the measure's own name the title closes on in brackets
    ("ผลการคัดแยกขยะ… (ร้อยละของครัวเรือนที่คัดแยกขยะ)"); "" when none
    names one free of figures (a bound inside the name, "HI < 10", is no
    figure)."""
    named = rule_re("year_rows", "bracket_measure").search(text)
    if named:
        return named["measure"].strip()
    measure = rule_re("year_rows", "title_tail").sub("", rule_re("year_rows", "title_number").sub("", text)).strip()
    if measure and not any(ch.isdigit() for ch in rule_re("year_rows", "measure_bound").sub("", measure)):
        return measure
    found = rule_re("year_rows", "closing_caption").search(text)
    return found["measure"].strip() if found else ""


def _rate(measure: str) -> bool:
    """A measure per so many people ("อัตราการเสียชีวิต… ต่อประชากรแสนคน"): its
    places' figures are rates, no percentages."""
    return bool(rule_re("table", "rate_indicator").search(measure))


def _whole_unit(placed: dict[int, str]) -> str:
    """The unit the places are parts of, said by a column for the whole
    ("ภาพรวมอำเภอ": the others are ตำบล), else ""."""
    whole = rule_re("year_rows", "whole_column")
    return outcome_rules()["year_rows"]["parts_unit"] if any(whole.search(t) for t in placed.values()) else ""


def _unit_written(place: str, unit: str) -> bool:
    """The place already carries its unit, in full or abbreviated ("ต.นาคา")."""
    return place.startswith(unit) or bool(rule_re("year_rows", "unit_written").match(place))


def _named_places(placed: dict[int, str]) -> bool:
    """Every cell of the row is a name, none a figure: a header row, no data."""
    return all(parse_number(t) is None and any(ch.isalpha() for ch in t) for t in placed.values())


def _caption_unit(table: Table) -> str:
    """The unit the table's title reads its places by ("จำแนกรายตำบล" -> "ตำบล")."""
    for block in reversed(table.title):
        found = rule_re("year_rows", "caption_unit").search(block.text)
        if found:
            return found["unit"]
    return ""
