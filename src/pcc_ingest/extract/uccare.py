"""UCCARE self-assessment scores: district, issue, component and level.

A table gives them in one of three shapes: a column per component (U, C, C,
A, R, E or their names) with a row per district or issue; a row per
component with a column per district or issue; or all six written in one
score cell ("U=3 C=4 ..."). Components are named by ``extractors/uccare.toml``
keys (unity, customer, community, appreciation, resource, essential).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, UccareScore
from pcc_ingest.extract.tables import (
    Row,
    Table,
    cell_number,
    fold,
    is_section_row,
    is_total_row,
    read_tables,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules

# A component row or inline list needs at least this many of the six
# components before it is read as UCCARE scores.
MIN_COMPONENTS = 3


@dataclass(frozen=True)
class Where:
    """What a score belongs to, besides its component."""

    district: str | None
    issue: str | None


@cache
def _rules() -> dict:
    return load_rules("uccare")


@cache
def _names() -> tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]:
    return tuple(
        (c["key"], c["letter"], tuple(re.compile(p, re.IGNORECASE) for p in c["names"]))
        for c in _rules()["component"]
    )


def component_of(label: str, c_seen: int = 0) -> str | None:
    """The component a label names; a bare "C" is customer first, then community."""
    folded = fold(label)
    if folded.upper() == "C":
        return "customer" if c_seen == 0 else "community"
    for key, _, patterns in _names():
        if any(p.search(folded) for p in patterns):
            return key
    return None


def valid_score(value: float | None) -> bool:
    limits = _rules()["score"]
    return value is not None and limits["min"] <= value <= limits["max"]


def _score(component: str, value: float | None, where: Where, block: Block) -> UccareScore | None:
    if not valid_score(value):
        return None
    return UccareScore(district=where.district, issue=where.issue, component=component,
                       score=value, evidence=evidence(block))


def _component_columns(table: Table) -> dict[int, str]:
    """Component of each UCCARE column, bare C's told apart by their order."""
    out: dict[int, str] = {}
    c_seen = 0
    for col in table.columns_of("uccare"):
        key = component_of(col.own or col.label, c_seen)
        if key is not None:
            out[col.col] = key
            c_seen += fold(col.own).upper() == "C"
    return out


def _where(table: Table, row: Row, province: str | None, single: str | None) -> Where:
    name = table.text(row, "district") or (row.cells[min(row.cells)].text if row.cells else "")
    found = resolve_district(name, province) if name else None
    issue = table.text(row, "issue") or None
    return Where(found[0] if found else single, issue)


def column_scores(table: Table, province: str | None, single: str | None) -> Iterator[UccareScore]:
    """Scores of a table with one column per component."""
    columns = _component_columns(table)
    for row in table.rows:
        if is_total_row(row) or is_section_row(row, table):
            continue
        where = _where(table, row, province, single)
        for col, key in columns.items():
            block = row.cells.get(col)
            if block is not None:
                score = _score(key, cell_number(block.text), where, block)
                if score:
                    yield score


def inline_scores(block: Block, where: Where) -> list[UccareScore]:
    """Scores written together in one cell ("U=3 C=4 C=3 A=2 R=3 E=3")."""
    found = list(re.finditer(_rules()["score"]["inline"], block.text))
    if len(found) < MIN_COMPONENTS:
        return []
    out = []
    c_seen = 0
    for m in found:
        key = component_of(m["letter"], c_seen)
        c_seen += m["letter"] == "C"
        value = float(m["score"])
        if key and valid_score(value):
            out.append(UccareScore(district=where.district, issue=where.issue, component=key,
                                   score=value, evidence=evidence(block, m.start(), m.end())))
    return out


def cell_scores(table: Table, province: str | None, single: str | None) -> Iterator[UccareScore]:
    """Scores of a table whose score column holds all components in one cell."""
    for row in table.rows:
        block = table.cell(row, "score")
        if block is not None and not is_total_row(row):
            yield from inline_scores(block, _where(table, row, province, single))


def row_scores(table: Table, province: str | None, single: str | None) -> Iterator[UccareScore]:
    """Scores of a table with one row per component and a column per district or issue.

    Such a table names too few roles for a header, so its first row is read
    as the labels of its columns.
    """
    grid = table.grid
    if len(grid.rows) < 2:
        return
    labels = {b.col: b.text for b in grid.row_cells(grid.rows[0])}
    named = []
    c_seen = 0
    for r in grid.rows[1:]:
        cells = grid.row_cells(r)
        key = component_of(cells[0].text, c_seen) if cells else None
        if key:
            named.append((cells, key))
            c_seen += key == "customer"
    if len(named) < MIN_COMPONENTS:
        return
    for cells, key in named:
        for block in cells[1:]:
            label = labels.get(block.col, "")
            found = resolve_district(label, province)
            where = Where(found[0], None) if found else Where(single, label or None)
            score = _score(key, cell_number(block.text), where, block)
            if score:
                yield score


def _parent_row(tables: list[Table], nested: Table) -> tuple[Table, Row] | None:
    """The row of the table whose cell holds ``nested`` (its blocks follow that cell)."""
    parent_index = nested.grid.first.parent_table
    parent = next((t for t in tables if t.grid.table == parent_index), None)
    if parent is None:
        return None
    first = nested.grid.first.order
    holder = max((b for b in parent.grid.cells.values() if b.order < first), key=lambda b: b.order, default=None)
    row = next((r for r in parent.rows if holder is not None and r.index == holder.row), None)
    return (parent, row) if row is not None else None


def label_row_scores(table: Table, where: Where) -> Iterator[UccareScore]:
    """Scores under a row of component labels ("U C C A R E" over "4 3 4 3 3 4"),
    the layout of a small table nested in a score cell."""
    grid = table.grid
    for i, r in enumerate(grid.rows[:-1]):
        keys: dict[int, str] = {}
        c_seen = 0
        for block in grid.row_cells(r):
            key = component_of(block.text, c_seen) if block.text else None
            if key:
                keys[block.col] = key
                c_seen += key == "customer"
        if len(keys) < MIN_COMPONENTS:
            continue
        for block in grid.row_cells(grid.rows[i + 1]):
            if block.col in keys:
                score = _score(keys[block.col], cell_number(block.text), where, block)
                if score:
                    yield score
        return


def extract_uccare(doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]) -> list[UccareScore]:
    """Every UCCARE score the document's tables give.

    A small table of scores nested in a cell belongs to the district and
    issue of that cell's row.
    """
    single = districts[0].code if len(districts) == 1 else None
    province = facts.province_code
    tables = read_tables(doc)
    out: list[UccareScore] = []
    for table in tables:
        if "uccare" in table.roles:
            out += column_scores(table, province, single)
        elif "score" in table.roles:
            out += cell_scores(table, province, single)
        elif table.grid.first.parent_table is not None:
            held = _parent_row(tables, table)
            where = _where(*held, province, single) if held else Where(single, None)
            out += label_row_scores(table, where)
        else:
            out += row_scores(table, province, single)
    return out
