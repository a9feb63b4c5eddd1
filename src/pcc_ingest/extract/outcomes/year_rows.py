"""A results table with years as rows and places as columns under a two-row
header ("ปีงบประมาณ" | "ร้อยละ…Care Plan" spanning "แม่ใจ | ศรีถ้อย | …" |
"ภาพรวมอำเภอ"): the row of place names, read as the table's first body row
because only the year column's cell is merged over it, is the header's lower
row.  Each place column then measures the spanning label for that place, and
a column beside the group ("ภาพรวมอำเภอ") measures it for the whole."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
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
    unit = _caption_unit(table)
    labels = dict(table.labels)
    columns = [year]
    for c in sorted(placed | {k: "" for k in labels if k not in placed and k != year.col}):
        place = placed.get(c, labels.get(c, ("",))[-1])
        if c in placed and unit and not place.startswith(unit):
            place = f"{unit}{place}"
        labels[c] = (measure, place)
        columns.append(Column(c, "percent", f"{measure} {place}", own=place))
    return replace(table, header_rows=(*table.header_rows, names.index), columns=tuple(columns),
                   rows=table.rows[1:], labels=labels)


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
