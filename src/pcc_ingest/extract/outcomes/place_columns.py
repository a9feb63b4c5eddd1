"""A results table with indicators as rows and places as columns, the target
in the last column ("ตัวชี้วัด | วัดสิงห์ | มะขามเฒ่า | … | ภาพรวมอำเภอ |
ค่าเป้าหมาย") or none, a pass/fail column last (the targets in a note), the place names in the header itself or in a row under a
spanning label ("ผลงานรายตำบล"): each place column measures the row's
indicator for that place, named as "<indicator> ตำบล<place>", and a column
for the whole ("ภาพรวมอำเภอ") for the district."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.month_columns import month_label
from pcc_ingest.extract.table_labels import label_role, label_year, part_year
from pcc_ingest.extract.table_model import Column, Table
from pcc_ingest.thai.numbers import parse_number


def place_columns(table: Table) -> Table:
    """``table`` with its place columns read as percent columns of the row's
    indicator, one per place; ``table`` itself for any other layout."""
    target = table.column("target")
    first = next((c for c in table.columns if c.col == 0), None)
    if first is None or not rule_re("place_columns", "indicator_label").search(first.label):
        return table
    end = target.col if target is not None else _verdict_end(table)
    if end is None:
        return table
    inner = range(1, end)
    if len(inner) < 2:
        return table
    header = {c: table.labels.get(c, ("",))[-1].strip() for c in inner}
    rows, heads = table.rows, table.header_rows
    if not _places(header) and rows:
        under = {c: rows[0].cells[c].text.strip() if c in rows[0].cells else "" for c in inner}
        named = {c: (under[c] if under[c] and under[c] != header[c] else header[c]) for c in inner}
        if not _places(named) or (0 in rows[0].cells and rows[0].cells[0].text.strip() not in ("", first.label)):
            return table
        header, rows, heads = named, rows[1:], (*heads, rows[0].index)
    elif not _places(header):
        return table
    if target is None and any(_period(t) for t in header.values()):
        return table  # months, rounds or years across, no places: read by their own rules
    unit = _unit(table, header)
    columns = [Column(0, "indicator", first.label, own=first.label)]
    labels = {**table.labels, **{c: (name,) for c, name in header.items()}}
    for c, name in header.items():
        whole = rule_re("year_rows", "whole_column").search(name)
        place = name if whole or not unit or name.startswith(unit) else f"{unit}{name}"
        columns.append(Column(c, "percent", place, own=place))
    if target is not None:
        columns.append(replace(target, role="target_pct"))  # the places' figures are percentages: so is their target
    columns += [c for c in table.columns if c.col >= end and c.role == "summary"]
    return replace(table, header_rows=heads, columns=tuple(columns), rows=rows, labels=labels)


def _verdict_end(table: Table) -> int | None:
    """Where the place columns of a table with no target column end: at its
    pass/fail column ("… | ตำบลข | รวมอำเภอ | ผ่าน / ไม่ผ่าน", the pass marks
    set in a note under it) or with the table; None when a column between
    the indicator and that end has a role other than a percentage."""
    after = [c for c in table.columns if c.col > 0 and c.role != "percent"]
    if any(c.role != "summary" for c in after):
        return None
    end = min((c.col for c in after), default=max(table.labels, default=0) + 1)
    return end if end > 2 else None


def _period(name: str) -> bool:
    """A column label naming a month, a round or a year ("ต.ค.", "ไตรมาส 2",
    "ปี 2567"), not a place."""
    return month_label(name) or label_year(name) is not None or part_year(name) is not None


def _places(names: dict[int, str]) -> bool:
    """Every cell a name with no role of its own, none a figure, one of them
    at most the whole: a row of places, not of measures."""
    return all(t and parse_number(t) is None and any(ch.isalpha() for ch in t)
               and (not label_role(t) or rule_re("year_rows", "whole_column").search(t)) for t in names.values())


def _unit(table: Table, names: dict[int, str]) -> str:
    """The unit the places are: said by the title ("รายตำบล") or a column for the whole."""
    for block in reversed(table.title):
        found = rule_re("year_rows", "caption_unit").search(block.text)
        if found:
            return found["unit"]
    whole = rule_re("year_rows", "whole_column")
    return outcome_rules()["year_rows"]["parts_unit"] if any(whole.search(t) for t in names.values()) else ""


def place_of(table: Table, col: Column | None) -> str:
    """The place a percent column beside an indicator column stands for
    ("ตำบลคลองหาด", "ภาพรวมอำเภอ"), named after the row's indicator; "" for
    a column naming a measure ("ตำบลผ่านเกณฑ์ พชต. คุณภาพ")."""
    if col is None or col.role != "percent" or table.column("indicator") is None:
        return ""
    return col.own if rule_re("place_columns", "place_own").fullmatch(col.own.strip()) else ""
