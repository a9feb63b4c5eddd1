"""The results of several places listed in one cell, one per line (new in set
45: "ต.นาดี 85.20 ¶ ต.สำพันตา 90.10" under "ผลงานรายตำบล" beside the row's
indicator and target).  The text folds a cell's lines into one, so such a
cell is known by holding nothing but "<place> <figure>" pairs, two or more,
and perhaps a note in brackets closing it (set 49: "(Care plan 140 จาก 143
ราย)", the count behind another indicator stacked in the row).

Beside an indicator column, its row is read as one row per place, the
indicator named "<indicator> <place>" with the row's target, and as the row
without that cell (its other figures: baselines, the whole district's); a
column for the whole ("ภาพรวมอำเภอ") that no header role names is read as a
percent column of the district.  A row that ``stacked_rows`` split into one
row per stacked indicator gives its places to the first.  In a table with no
indicator column (places grouped by verdict: "ผ่านเกณฑ์ | ต.แม่กลอง 64.20 ¶
…"), the cell's pairs are read as rows of a ตำบล table, place by place, the
column's label naming the measure ("ตำบล (ร้อยละของครัวเรือนที่คัดแยกขยะ)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Row, Table
from pcc_ingest.extract.tables import cell_number
from pcc_ingest.model import Block

VALUE_ROLES = ("percent", "year", "baseline")


def place_figures(text: str, least: int = 2) -> list[re.Match[str]]:
    """The "<place> <figure>" pairs a cell holds when it holds nothing else
    (but a note in brackets) and at least ``least`` (two, unless its column
    is known to list places); [] for any other cell."""
    found = list(rule_re("place_cells", "place_figure").finditer(text))
    rest = rule_re("place_cells", "cell_note").sub("", rule_re("place_cells", "place_figure").sub("", text))
    return found if len(found) >= least and not rest.strip(" ,;") else []


def _part(block: Block, span: tuple[int, int]) -> Block:
    """``block`` with every character outside ``span`` blanked, same length."""
    text = "".join(ch if span[0] <= i < span[1] else " " for i, ch in enumerate(block.text))
    return block.model_copy(update={"text": text})


def _place(m: re.Match[str]) -> str:
    return " ".join(m["place"].split())


def _split(row: Row, name_col: int, keep: set[int], listed: set[int], first: bool) -> list[Row]:
    """``row`` without its place cells, then (for the first row of its index)
    one row per place of each: the row's indicator named with the place, its
    other cells but the value columns, and that place's figure.  In a column
    listing places (``listed``) a cell naming one place is such a list too
    ("อ.ท่าหลวง 83.40" under "อ.พัฒนานิคม 72.45 ¶ อ.หนองม่วง 68.30")."""
    lists = {c: found for c, b in row.cells.items()
             if c in keep and (found := place_figures(b.text, 1 if c in listed else 2))}
    if not lists or name_col not in row.cells:
        return [row]
    out = [replace(row, cells={c: b for c, b in row.cells.items() if c not in lists})]
    if not first:
        return out
    name = row.cells[name_col]
    shared = {c: b for c, b in row.cells.items() if c not in keep}
    for c, found in lists.items():
        for m in found:
            named = name.model_copy(update={"text": f"{name.text} {_place(m)}"})
            out.append(replace(row, cells={**shared, name_col: named, c: _part(row.cells[c], m.span("figure"))}))
    return out


def _one_place_each(table: Table, col: int) -> bool:
    """Every filled cell of column ``col``, two or more, names one place and
    its figure ("อ.ท่าหลวง 83.40"; the rows of a places' list column that
    a page break left without a cell naming two)."""
    cells = [b.text for r in table.rows if (b := r.cells.get(col)) is not None and b.text.strip()]
    return len(cells) > 1 and all(place_figures(t, 1) for t in cells)


def _whole_columns(table: Table, lists: set[int]) -> tuple[Column, ...]:
    """The table's columns with each unnamed column for the whole ("ภาพรวมอำเภอ")
    or of places' lists (``lists``; "ผลการดำเนินงานรายตำบล") as a percent
    column, and so each results column of places' lists ("ผลรายตำบล")."""
    listed = {c.col for c in table.columns if c.role == "result" and c.col in lists}
    named = {c.col for c in table.columns} - listed
    whole = rule_re("year_rows", "whole_column")
    extra = [Column(c, "percent", labels[-1], own=labels[-1]) for c, labels in table.labels.items()
             if c not in named and labels and (c in lists or whole.search(labels[-1].strip()))]
    kept = [c for c in table.columns if c.col not in listed]
    return tuple(sorted((*kept, *extra), key=lambda c: c.col))


def _indicator_rows(table: Table, name_col: int) -> Table:
    """A table with an indicator column, each place cell (in a value column
    or one no header role names) read as rows of its own."""
    other = {c.col for c in table.columns if c.role not in (*VALUE_ROLES, "result")}
    lists = {c for r in table.rows for c, b in r.cells.items() if c not in other and place_figures(b.text)}
    lists |= {c for c in {c for r in table.rows for c in r.cells} - other if _one_place_each(table, c)}
    if not lists:
        return table
    table = replace(table, columns=_whole_columns(table, lists))
    keep = {c.col for c in table.columns if c.role in VALUE_ROLES}
    rows, seen = [], set()
    for row in table.rows:
        rows += _split(row, name_col, keep, lists, row.index not in seen)
        seen.add(row.index)
    return replace(table, rows=tuple(rows))


def _place_rows(table: Table) -> Table:
    """A table with no indicator column whose one column lists places'
    figures, or the whole's figure, in every row: read as "ตำบล | <measure>", one row per place, the other rows
    (the whole district's) as they stand."""
    cols = {c for r in table.rows for c, b in r.cells.items() if place_figures(b.text)}
    if len(cols) != 1 or min(c for r in table.rows for c in r.cells) in cols:
        return table
    col, name_col = cols.pop(), min(c for r in table.rows for c in r.cells)
    if not all(place_figures(r.cells[col].text) or cell_number(r.cells[col].text) is not None
               for r in table.rows if col in r.cells):
        return table  # the column holds more than places' figures and the whole's: another layout
    label = " ".join(table.labels.get(col, ("",))[-1].split())
    found = rule_re("place_cells", "bracket_measure").search(label)
    unit, measure = (label[: found.start()].strip(), found["measure"]) if found else (label, label)
    columns = (Column(name_col, "subdistrict", unit, own=unit), Column(col, "percent", measure, own=measure))
    labels = {**table.labels, name_col: (unit,), col: (measure,)}
    rows = []
    for row in table.rows:
        found = place_figures(row.cells[col].text) if col in row.cells else []
        if not found:
            rows.append(replace(row, cells={c: b for c, b in row.cells.items() if c in (name_col, col)}))
            continue
        block = row.cells.get(name_col, row.cells[col])
        rows += [replace(row, cells={name_col: block.model_copy(update={"text": _place(m)}),
                                     col: _part(row.cells[col], m.span("figure"))}) for m in found]
    return replace(table, columns=columns, labels=labels, rows=tuple(rows))


def place_cells(table: Table) -> Table:
    """``table`` with each cell listing places' figures read as one row per place."""
    name = table.column("indicator")
    return _indicator_rows(table, name.col) if name is not None else _place_rows(table)
