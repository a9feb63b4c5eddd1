"""Findings tables: districts beside findings written in sentences, read as
running text row by row, each figure the row's district's.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import (
    Context,
    rule_re,
)
from pcc_ingest.extract.outcomes.figures import (
    percentages,
)
from pcc_ingest.extract.outcomes.kpi_names import attach_kpi_targets
from pcc_ingest.extract.outcomes.relative_targets import name_relative_targets
from pcc_ingest.extract.outcomes.running_text import (
    prose_outcomes,
)
from pcc_ingest.extract.outcomes.table_measures import PERCENT_MAX, cell_figure, value_columns
from pcc_ingest.extract.outcomes.table_years import table_year
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.tables import (
    Row,
    Table,
    cell_number,
    is_total_row,
)
from pcc_ingest.model import Document


def is_findings_table(table: Table) -> bool:
    """A table of districts whose other cells report findings in sentences
    ("อำเภอ | ประเด็น | ผลการดำเนินงานที่สำคัญ" with "... ร้อยละ 80" in a
    cell): each row's figures belong to the row's district.  Beside year
    columns the indicator column's bracketed percentages are the rows'
    targets ("ครัวเรือนคัดแยกขยะต้นทาง (ไม่น้อยกว่าร้อยละ 80)" | 71.2 | 78.9),
    no findings: that is a table of figures by year, even where a figure has
    a note under it ("ร้อยละ 81.20 (42,318 จาก 52,118 ครัวเรือน)")."""
    district = table.column("district")
    if district is None or value_columns(table):
        return False
    named = table.column("indicator") if table.columns_of("year") else None
    skip = {district.col} | ({named.col} if named else set())
    return any(
        cell_number(b.text) is None and (named is None or cell_figure(b.text) is None)
        and any(True for _ in percentages(b.text))
        for r in table.rows if is_district_row(table, r)
        for c, b in r.cells.items() if c not in skip and c not in r.carried
    )


def is_district_row(table: Table, row: Row) -> bool:
    """A row its district cell names (itself or merged down over it), not a
    total or a summary ("รวม", "สรุป ผ่านเกณฑ์ 7 อำเภอ ...")."""
    name = table.text(row, "district")
    return bool(name) and not is_total_row(row) and rule_re("summary", "opens").match(name) is None


def findings_outcomes(doc: Document, table: Table, ctx: Context, kpis: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """The figures of a findings table, read as running text, each of its
    row's district: the district cell (merged down over the district's
    rows) names it even when the cell's own words do not.  A KPI stated
    before the table joins a finding of its subject, as in running text."""
    name_col = table.column("district")
    by_district: dict[str | None, set[int]] = {}
    side_by_side = column_districts(table, ctx.province)
    for col, code in side_by_side.items():
        by_district.setdefault(code, set()).update(
            r.cells[col].order for r in table.rows if col in r.cells and col not in r.carried)
    for row in [] if side_by_side else table.rows:
        found = row_district(table, row, table.text(row, "district"), ctx.province)
        cells = {b.order for c, b in row.cells.items() if c not in row.carried and (name_col is None or c != name_col.col)}
        by_district.setdefault(found[0] if found else None, set()).update(cells)
    out: list[OutcomeRecord] = []
    everything = set(range(len(doc.blocks)))
    for code, cells in by_district.items():
        own = replace(ctx, single=code) if code else ctx
        out += prose_outcomes(doc, own, everything - cells)
    ordered = sorted(out, key=lambda o: (o.evidence.block, o.evidence.start))
    found = [o for o in attach_kpi_targets([*kpis, *ordered]) if o.evidence.table == table.grid.table]
    return name_relative_targets(table, found) + unit_column_outcomes(table, ctx)


def column_districts(table: Table, province: str | None) -> dict[int, str]:
    """The district each column of a side-by-side findings table reports
    ("ประเด็น | อำเภอนากลาง | อำเภอศรีบุญเรือง": an inspection comparing
    districts heads one column with each), by column; empty unless two or
    more district columns each name a district in their header (then the
    rows are topics, and a column's figures are its district's)."""
    found = {c.col: resolve_district(c.own, province) for c in table.columns_of("district")}
    named = {col: hit[0] for col, hit in found.items() if hit is not None}
    return named if len(named) >= 2 and len(named) == len(found) else {}


def unit_column_outcomes(table: Table, ctx: Context) -> list[OutcomeRecord]:
    """The bare figures of a findings table's columns labelled in percent
    units ("ความก้าวหน้าตามแผน (ร้อยละ)", "ผลงาน (%)") beside its sentences:
    each district row's figure is an outcome of what the label names, for
    the table's year."""
    unit = rule_re("table", "percent_unit")
    district = table.column("district")
    year = table_year(table, ctx.year_be)
    out: list[OutcomeRecord] = []
    for col in table.columns:
        if (district is not None and col.col == district.col) or not unit.search(col.own):
            continue
        indicator = unit.sub("", col.own).strip()
        for row in table.rows:
            block = row.cells.get(col.col)
            figure = cell_figure(block.text) if block is not None and col.col not in row.carried else None
            found = row_district(table, row, table.text(row, "district"), ctx.province) if figure else None
            if figure is None or figure.bound or figure.change or figure.value > PERCENT_MAX or found is None:
                continue
            out.append(OutcomeRecord(
                indicator=indicator, district=found[0], value_pct=figure.value, target_pct=None,
                year_be=year, evidence=evidence(block),
            ))
    return out


def row_district(table: Table, row: Row, name: str, province: str | None) -> tuple[str, str] | None:
    """The district a row is for: its name in the document's province, or, in
    a district column, a district of another province (a row copied from
    another report still reports that district's figures)."""
    name = rule_re("table", "place_count").sub("", name)  # "เมืองนครปฐม (25 ตำบล)"
    if not name:
        return None
    found = resolve_district(name, province)
    if found is None and province is not None and table.cell(row, "district") is not None:
        found = resolve_district(name, None)
    return found
