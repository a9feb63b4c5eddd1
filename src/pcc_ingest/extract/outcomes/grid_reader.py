"""A generic reader of a results grid: every percent cell of a table an outcome,
whatever its layout, and the fallback that adds them where the per-layout
rules read (almost) nothing of a table.

The per-layout rules read only tables whose header they understand; each new
layout was misread or not read at all until a rule was added for it.  This
reader knows no layout: a cell's axes are the labels over it and its row's
head.  A label naming a district (or a total row) is the place, one stating a
year the year (earlier than the table's: a baseline, no target), a cell
labelled as a target (same row, same column group first) the target, else a
target the cell's labels, the row's head or the table's title state; the rest
of the labels name the indicator (a ตำบล or a round kept in it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pcc_ingest.extract.districts import find_districts, resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import TOLERANCE, Context, drop_percent_unit, rule_re
from pcc_ingest.extract.outcomes.cost_tables import cost_cells
from pcc_ingest.extract.outcomes.grid_cells import GridCell, header_rows, is_target_label, is_total
from pcc_ingest.extract.outcomes.grid_shares import grid_cells
from pcc_ingest.extract.outcomes.running_text import section_years
from pcc_ingest.extract.outcomes.sections import advice_cells, table_districts
from pcc_ingest.extract.outcomes.table_targets import cell_target, stated_target, table_target
from pcc_ingest.extract.outcomes.table_years import table_year
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import baseline_year, label_role, label_year, part_year
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Document

# A table is read by the fallback when at least this many of its percent cells
# no record cites, and either no record cites any cell of it or they are more
# than half of its percent cells, targets counted (a layout the rules misread).
MIN_UNCOVERED = 2


def cell_year(labels: tuple[str, ...]) -> tuple[int | None, bool]:
    """The year a cell's labels state (the lowest first), and whether one names
    a baseline ("ข้อมูลพื้นฐาน", "Base line"): its figures are of an earlier year."""
    baseline = False
    for label in reversed(labels):
        baseline = baseline or label_role(label) == "baseline"
        year = label_year(label) or part_year(label) or baseline_year(label)
        if year is not None:
            return year, baseline
    return None, baseline


def _district(text: str, province: str | None) -> str | None:
    found = resolve_district(text, province)
    return found[0] if found else None


def _axis_words(texts: tuple[str, ...], province: str | None) -> list[str]:
    """The labels that name what is measured: years, places that are districts,
    totals, target labels and the bare percent unit left out."""
    out = []
    for text in texts:
        if (label_year(text) or rule_re("grid", "year_head").match(text) or _district(text, province)
                or is_total((text,)) or is_target_label(text) or rule_re("grid", "unit_only").match(text)):
            continue
        words = drop_percent_unit(cell_target(text)[1])
        if words and words not in out:
            out.append(words)
    return out


def indicator(table: Table, cell: GridCell, province: str | None) -> str:
    """The cell's measure: its row's head and its labels, else the table's
    caption (its number and breakdown words left out), then the row's place."""
    head = tuple(t for t in cell.lead if not any(t in p for p in cell.places))
    words = _axis_words(head, province) + _axis_words(cell.labels, province) + _axis_words((cell.words,), province)
    if not words and table.title:
        caption = rule_re("table", "caption_number").sub("", table.title[-1].text)
        words = [drop_percent_unit(rule_re("table", "title_tail").sub("", caption)).strip()]
    return " ".join([*words, *cell.places]).strip()


def place(cell: GridCell, single: str | None, province: str | None) -> str | None:
    """The district a cell is for: one its row's head or its labels name, else
    the one its group row names ("อำเภอตัวอย่าง ประเด็น ..."), else the
    document's (or section's) district; a total row is the section's."""
    for text in (*cell.lead, *cell.labels):
        if is_total((text,)):
            return single
        code = _district(text, province)
        if code:
            return code
    named = {code for code, *_ in find_districts(cell.section, province)}
    return named.pop() if len(named) == 1 else single


def stated(cell: GridCell, table: Table) -> float | None:
    """A target stated for the cell in words: its labels, its row's head, the table's header or title."""
    for text in (*reversed(cell.labels), *cell.lead):
        m = stated_target(text) or rule_re("table", "label_bound").search(text)
        own = float(m["t"]) if m else cell_target(text)[0]
        if own is not None:
            return own
    found = table_target(table, ())
    return found[0] if found else None


def row_target(cell: GridCell, targets: list[GridCell]) -> GridCell | None:
    """The target cell for a value: in its row, of its column group first (its
    labels but the lowest), else the row's only target column; in a row of
    targets, the cell of the same column."""
    row = [t for t in targets if t.block.row == cell.block.row]
    group = [t for t in row if t.labels[:-1] == cell.labels[:-1] and cell.labels[:-1]]
    if group:
        return group[0]
    if len({t.value for t in row}) == 1:
        return row[0]
    column = [t for t in targets if t.block.col == cell.block.col and t.lead  # a row headed as targets
              and all(is_target_label(x) or x in cell.lead for x in t.lead)]
    return column[0] if len(column) == 1 else None


def grid_outcomes(table: Table, ctx: Context, cells: list[GridCell] | None = None) -> list[OutcomeRecord]:
    """The outcomes of ``table``'s percent cells (of ``cells`` only, when given):
    each value with its target, year and district; a target cell no value takes,
    in a row whose result is not in yet ("N/A", "-"), a bare target of its year."""
    every = grid_cells(table)
    values = [c for c in every if not c.target]
    targets = [c for c in every if c.target]
    year0 = table_year(replace(table, header_rows=header_rows(table)), ctx.year_be)
    out, used = [], set()
    for cell in values if cells is None else [c for c in values if c in cells]:
        year, baseline = cell_year(cell.labels + cell.lead)
        year = year if year is not None else (year0 - 1 if baseline and year0 else year0)
        current = not baseline and (year0 is None or year is None or year >= year0)
        found = row_target(cell, targets) if current else None
        target = found.value if found else stated(cell, table) if current else None
        used |= {found.block.order} if found else set()
        out.append(_record(table, cell, ctx, cell.value, target, year))
    for cell in targets:
        if cell.block.order not in used and _awaits(table, cell):
            year = cell_year(cell.labels + cell.lead)[0] or year0
            out.append(_record(table, cell, ctx, None, cell.value, year))
    return out


def _awaits(table: Table, cell: GridCell) -> bool:
    """A target cell whose row says its result is not in yet ("N/A", "-", "รอข้อมูล"):
    a bare target; any other unused target is lent to results elsewhere, not read here."""
    return any(rule_re("table", "no_result_cell").match(b.text) for b in table.grid.row_cells(cell.block.row or 0)
               if b.text and (b.col or 0) > (cell.block.col or 0))


def _record(table: Table, cell: GridCell, ctx: Context, value: float | None, target: float | None,
            year: int | None) -> OutcomeRecord:
    return OutcomeRecord(
        indicator=indicator(table, cell, ctx.province), district=place(cell, ctx.single, ctx.province),
        value_pct=value, target_pct=target, year_be=year, evidence=evidence(cell.block, *(cell.span or (0, None))),
    )


def uncovered(table: Table, records: list[OutcomeRecord]) -> list[GridCell]:
    """The table's percent values (targets left out) that no record cites by
    its cell, counted over the whole table."""
    return _uncited(grid_cells(table), _cited_cells(records))


def _cited_cells(records: Sequence[OutcomeRecord]) -> set[tuple[int | None, int | None, int | None]]:
    return {(o.evidence.table, o.evidence.row, o.evidence.col) for o in records}


def _uncited(cells: list[GridCell], cited: set[tuple[int | None, int | None, int | None]]) -> list[GridCell]:
    return [c for c in cells if not c.target and (c.block.table, c.block.row, c.block.col) not in cited]


def title_district(table: Table, province: str | None) -> str | None:
    """The one district a table's title names ("ผลการดำเนินงาน อำเภอตัวอย่าง"): its figures are that district's."""
    found = {code for b in table.title for code, *_ in find_districts(b.text, province)}
    return found.pop() if len(found) == 1 else None


def table_contexts(doc: Document, tables: list[Table], ctx: Context) -> list[Context]:
    """Each table's context: the district of its section (or of its title) in a
    document of several, and the year the heading over it states."""
    headed = section_years(doc)
    out = []
    for table, section in zip(tables, table_districts(doc, tables, ctx.province)):
        code = section or title_district(table, ctx.province)
        own = replace(ctx, single=code) if code and ctx.single is None else ctx
        out.append(replace(own, year_be=headed.get(table.grid.first.order, own.year_be)))
    return out


def restated(record: OutcomeRecord, records: list[OutcomeRecord]) -> bool:
    """A figure the document's records already hold for the same district: a
    bare target some record carries (a target and its result are one record),
    or a value of the same year (the table restating the text or another table)."""
    def same(a: float | None, b: float | None) -> bool:
        return a is not None and b is not None and abs(a - b) <= TOLERANCE
    return any(o.district == record.district and (
        same(o.target_pct, record.target_pct) if record.value_pct is None
        else same(o.value_pct, record.value_pct) and o.year_be == record.year_be) for o in records)


def grid_fallback(doc: Document, tables: list[Table], records: list[OutcomeRecord],
                  ctx: Context, dropped: Sequence[OutcomeRecord] = ()) -> list[OutcomeRecord]:
    """``records`` and the grid reader's outcomes of the uncited percent cells of
    each table the pipeline left (mostly) unread: at least ``MIN_UNCOVERED`` of
    them, and no record citing the table or more than half of its percent cells
    (its targets counted) uncited (recommendation and cost tables, which hold no results, and
    tables nested in another's cell, whose outer row gives their context, left
    out); a figure the records already hold is not added again.  A table the
    rules read and whose records they ``dropped`` as restatements (an appendix
    or a ranking repeating the body) counts as read."""
    read = [*records, *dropped]
    cited, cited_cells = {o.evidence.table for o in read}, _cited_cells(read)
    skip = advice_cells(doc) | cost_cells(tables)
    out = list(records)
    contexts: list[Context] = []  # worked out once, and only when some table is read
    for i, table in enumerate(tables):
        nested = table.grid.first.parent_table is not None  # its row's district and target are the outer table's
        if nested or any(b.order in skip for b in table.grid.cells.values()):
            continue
        cells = grid_cells(table)
        left = _uncited(cells, cited_cells)
        mostly = table.grid.table not in cited or 2 * len(left) > len(cells)  # targets counted too
        if len(left) >= MIN_UNCOVERED and mostly:
            contexts = contexts or table_contexts(doc, tables, ctx)
            out += [o for o in grid_outcomes(table, contexts[i], left) if not restated(o, records)]
    return out
