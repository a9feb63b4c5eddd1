"""Results tables whose header names only the unit column ("ตำบล | คัดกรอง
เบาหวาน | คัดแยกขยะต้นทาง | จำนวน อสม. (คน)") and states each measure's
target in a row of its own under it ("(เป้าหมาย ≥ ร้อยละ 90)"): a progress
report's results by ตำบล, one measure per column.  The header reader finds no
roles there (the measures' names are no role words, the target row holds
figures), so the table reaches the outcomes with no columns; it is read here.
A column with no target under it (a count: "จำนวน อสม. (คน)") holds no
percentages, and a total row restating figures another table already gave
adds none.  A table of the same layout with no targets row whose every
figure is a count over its whole with the percentage it comes to ("12/14
(85.71)" under a title "ผลงาน/เป้าหมาย (ร้อยละ)": a numerator over a
denominator, no target) is read the same way, each figure with no target.
So is one whose measure headers each state their target in brackets
("หมู่บ้านค่า HI < 10 (เป้าหมาย ร้อยละ 90)"): a header stating two measures
with a target each ("ผู้ขับขี่ (เป้าหมาย 80%) ผู้ซ้อนท้าย (เป้าหมาย 60%)")
heads cells stacking their two figures in that order.  A province's
report of the same layout by district ("อำเภอ | ผู้สูงอายุได้รับการคัดกรอง
ADL (เป้าหมาย ≥ 90%) | ...", cells "13,864/14,702 (94.30)") gives each row's
figures to the district it names, its total row to none, and its
province-level column under a measure ("ระดับจังหวัด") to none as well
(``province_levels``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.common import TOLERANCE, Context, rule_re
from pcc_ingest.extract.outcomes.district_percent_columns import percent_columns
from pcc_ingest.extract.outcomes.province_levels import province_level_outcomes
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.outcomes.table_targets import cell_target
from pcc_ingest.extract.outcomes.table_years import table_year
from pcc_ingest.extract.outcomes.target_rows import labelled_targets
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Row, Table
from pcc_ingest.extract.table_rows import is_total_row

# The unit a row of such a table is (its first header cell's role): a
# district's ตำบล, or a province's districts (each row its own district).
UNIT_ROLES = ("subdistrict", "district")


def header_targets(table: Table) -> dict[int, float] | None:
    """The column targets of a table whose second row is only targets
    ("(เป้าหมาย ≥ ร้อยละ 90)" under each measure, or "ค่าเป้าหมาย | ≥ 80 |
    ≥ 70" labelled in its first cell), else ``None``."""
    grid = table.grid
    if table.columns or len(grid.rows) < 3:
        return None
    labelled = labelled_targets({b.col: b for b in grid.row_cells(grid.rows[1])})
    if labelled:
        return labelled
    cells = [b for b in grid.row_cells(grid.rows[1]) if b.text]
    bounds = {b.col: cell_target(b.text) for b in cells if b.col}
    if not cells or len(bounds) != len(cells) or any(t is None or rest for t, rest in bounds.values()):
        return None
    return {c: t for c, (t, _) in bounds.items() if t is not None}


def fraction_columns(table: Table) -> dict[int, float | None] | None:
    """The measure columns, each with no target, of a headerless table whose
    every body figure is a proved count over its whole ("12/14 (85.71)"),
    else ``None``."""
    grid = table.grid
    if table.columns or len(grid.rows) < 3:
        return None
    body = [b for r in grid.rows[1:] for b in grid.row_cells(r) if b.col and b.text]
    if not body or any(fraction_percent(b.text) is None for b in body):
        return None
    return {b.col: None for b in grid.row_cells(grid.rows[0]) if b.col and b.text}


def bracket_measures(table: Table) -> dict[int, list[tuple[str, float]]] | None:
    """Each measure column's measures, named and with their targets, of a
    headerless table whose every measure header states its target(s) in
    brackets, else ``None``."""
    grid = table.grid
    if table.columns or len(grid.rows) < 2:
        return None
    found: dict[int, list[tuple[str, float]]] = {}
    for b in (b for b in grid.row_cells(grid.rows[0]) if b.col and b.text):
        start, parts = 0, []
        for m in rule_re("target_header", "bracket_target").finditer(b.text):
            target, rest = cell_target(m.group())
            if target is None or rest:
                return None
            parts.append((b.text[start:m.start()].strip(), target))
            start = m.end()
        if not parts:
            return None
        found[b.col] = parts
    return found or None


def _measures(table: Table) -> dict[int, list[tuple[str, float | None]]] | None:
    """Each measure column's measures with their targets, of a headerless
    table this module reads, else ``None``."""
    targets = header_targets(table)
    top = {b.col: b.text for b in table.grid.row_cells(table.grid.rows[0]) if b.text}
    plain = targets or (None if bracket_measures(table) else fraction_columns(table) or percent_columns(table))  # a header's own targets first
    return {c: [(top.get(c, ""), t)] for c, t in plain.items()} if plain else bracket_measures(table)


def reads_by_unit(table: Table) -> bool:
    """Whether ``table`` is a headerless table of measures by unit read here:
    its header cells, read as text too, state no KPI a later table takes
    (a bracketed "(≥ 80%)" over district results is that column's target)."""
    top = table.grid.row_cells(table.grid.rows[0]) if table.grid.rows else []
    unit = label_role(next((b.text for b in top if b.col == 0), ""))
    return not table.columns and unit in UNIT_ROLES and bool(_measures(table))


def target_header_outcomes(
    tables: list[Table], ctx: Context, tabled: list[OutcomeRecord], headed: Mapping[int, int] | None = None,
) -> list[OutcomeRecord]:
    """Outcomes of every headerless table whose unit column and targets row
    say it reports measures by unit, in a single district's document; each
    table's figures are of the year its title states, else of the year of
    the heading it stands under (``headed``: a minutes' agenda item
    "3.1 ผลการดำเนินงาน ... ปีงบประมาณ 2567"), else of the document's."""
    out: list[OutcomeRecord] = []
    for table in tables:
        own = replace(ctx, year_be=table_year(table, (headed or {}).get(table.grid.first.order, ctx.year_be)))
        first = 2 if header_targets(table) else 1  # the body starts under the targets row, if any
        top = {b.col: b.text for b in table.grid.row_cells(table.grid.rows[0]) if b.text}
        measures = _measures(table)
        unit = label_role(top.get(0, ""))
        if not measures or unit not in UNIT_ROLES or (own.single is None and unit != "district"):
            continue
        for row in table.rows[first:]:
            out += _row_outcomes(row, top.get(0, ""), measures, own, [*tabled, *out])
        out += province_level_outcomes(table, measures, own)  # the province's own figure beside its districts'
    return out


def _row_outcomes(
    row: Row, unit_word: str, measures: dict[int, list[tuple[str, float | None]]], ctx: Context,
    known: list[OutcomeRecord],
) -> list[OutcomeRecord]:
    """One outcome per measure of a body row, named by the measure and the
    row's unit ("คัดกรองเบาหวาน ตำบลเกาะหวาย"); a cell under two measures
    gives its stacked figures to them in order."""
    name = row.cells.get(0)
    if name is None or not name.text:
        return []
    total = is_total_row(row)
    out: list[OutcomeRecord] = []
    for col, parts in measures.items():
        cell = row.cells.get(col)
        if cell is None:
            continue
        texts = [cell.text] if len(parts) == 1 else cell.text.split()
        if len(texts) > len(parts):
            continue  # not one figure per measure
        for (measure, target), text in zip(parts, texts):
            figure = cell_figure(text)
            if figure is None or not measure:
                continue
            if total and any(_same_figure(o, figure.value, target) for o in known):
                continue  # the total restates a figure already read
            unit = name.text if total else f"{unit_word}{name.text}"
            out.append(OutcomeRecord(
                indicator=f"{measure} {unit}", district=_row_district(name.text, total, ctx), value_pct=figure.value,
                target_pct=target, year_be=ctx.year_be, evidence=evidence(cell),
            ))
    return out


def _same_figure(o: OutcomeRecord, value: float, target: float | None) -> bool:
    """``o`` gives ``value`` again, with ``target`` when the table states one."""
    return (o.value_pct is not None and abs(o.value_pct - value) <= TOLERANCE
            and (target is None or (o.target_pct is not None and abs(o.target_pct - target) <= TOLERANCE)))


def _row_district(name: str, total: bool, ctx: Context) -> str | None:
    """The district a row reports: the document's own, else the district the
    row names (none for a total row or a name that is no district)."""
    if ctx.single is not None or total:
        return ctx.single
    found = resolve_district(name, ctx.province)
    return found[0] if found else None
