"""Budget extraction from start to end: lines from tables and running text,
restatements dropped, sources given, and the grand total.

Restatements are dropped before source lines are consulted: a line first
takes the source of the subtotal or table row it itemises, and only a line
still without one takes a source line's.
"""

from __future__ import annotations

from collections import Counter

from pcc_ingest.extract.budget.activity_runs import placed_by_activity
from pcc_ingest.extract.budget.breakdowns import (
    activity_recaps,
    regrouped_runs,
    unit_rows,
)
from pcc_ingest.extract.budget.collect import PlacedLine, prose_lines, table_lines
from pcc_ingest.extract.budget.completed import completed_sources
from pcc_ingest.extract.budget.detailed import detailed_rows
from pcc_ingest.extract.budget.footnotes import footnoted
from pcc_ingest.extract.budget.funder_activities import activity_funder_lines
from pcc_ingest.extract.budget.funder_check import checked_sources
from pcc_ingest.extract.budget.funder_refs import referenced_funder_lines
from pcc_ingest.extract.budget.group_sums import named_groups, restated_groups
from pcc_ingest.extract.budget.headed import headed_tables
from pcc_ingest.extract.budget.headed_costs import headed_costs
from pcc_ingest.extract.budget.heading_sums import heading_subtotals
from pcc_ingest.extract.budget.itemised import itemised_in_tables, itemised_later
from pcc_ingest.extract.budget.nested import nested_budget_tables, spilled_budget_tables, whole_tables
from pcc_ingest.extract.budget.outlined import outlined_subtotals
from pcc_ingest.extract.budget.recaps import (
    drop_recaps,
    itemised_rows,
    recap_tables,
    restated_subtotals,
    restated_tables,
    retold_paragraph,
)
from pcc_ingest.extract.budget.received import received_splits
from pcc_ingest.extract.budget.repeats import repeated_totals
from pcc_ingest.extract.budget.restated import drop_restated
from pcc_ingest.extract.budget.retold import merge_retold, retold_costs
from pcc_ingest.extract.budget.retold_rows import retold_rows
from pcc_ingest.extract.budget.retotalled import retotalled
from pcc_ingest.extract.budget.satang import join_satang
from pcc_ingest.extract.budget.sources import (
    SourceLine,
    activity_source,
    named_funder,
    nearest_source,
    row_funders,
    source_lines,
)
from pcc_ingest.extract.budget.spent_tables import planned_tables, stated_balances
from pcc_ingest.extract.budget.split_sources import split_sources
from pcc_ingest.extract.budget.subtotals import activity_subtotals
from pcc_ingest.extract.budget.summaries import funder_column_lines, source_summary_lines
from pcc_ingest.extract.budget.table_kinds import is_budget_table
from pcc_ingest.extract.budget.thousands import funder_grid, quarter_total, unit_caption
from pcc_ingest.extract.budget.told_activities import told_activities
from pcc_ingest.extract.budget.told_rows import told_rows
from pcc_ingest.extract.budget.totals import find_total, lone_spending, sentence_total_only
from pcc_ingest.extract.budget.unitemised import unitemised_funders
from pcc_ingest.extract.budget.year_money import money_years
from pcc_ingest.extract.records import BudgetItemRecord, BudgetTotal, DocumentFacts
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Document


def _sourced(lines: list[PlacedLine], every: list[SourceLine], by_row: dict[int, str]) -> list[BudgetItemRecord]:
    """Each line with its source: the funder it is described by, else its
    own, else its table row's source cell's (``by_row``: a line read from a
    cell of a table not read as a budget table), else the one a source line
    gives its activity, else the nearest source line's (of those no line
    claimed; a funder only a claimed line names is no document-wide source:
    "… ใช้งบ สสจ.X 3,500 บาท" in a list of planned items pays for that
    item alone; an activity a source table splits between funders takes
    none).  A paragraph that names the funders of its lines clause by clause ("… 1,120 บาท และการเยี่ยม… ใช้ค่า
    น้ำมัน 3,000 บาท จากเงินบำรุง…") states none for a line it gives none."""
    sources = unclaimed(every, lines)
    named = {s.name for s in every if s.name}
    named = named if named & {s.name for s in sources} else set()
    funded = {line.item.evidence.block for line in lines if line.row is None and line.item.source}
    out = []
    for line in lines:
        item = line.item
        if funder := named_funder(item.description):
            item = item.model_copy(update={"source": funder})
        if item.source is None and line.row is None and (funder := by_row.get(item.evidence.block)):
            item = item.model_copy(update={"source": funder})
        if item.source is None and not (line.row is None and item.evidence.block in funded):
            by_activity = activity_source(line.activity, *line.span, sources) if line.activity is not None else None
            funder = nearest_source(*line.span, sources, named) if by_activity is None else by_activity
            item = item.model_copy(update={"source": funder or None})
        out.append(item)
    return out


def unclaimed(sources: list[SourceLine], lines: list[PlacedLine]) -> list[SourceLine]:
    """Source lines whose funder no line of their own block already took: a
    sentence that names the funder of its own amount ("ได้จัดค่ายแล้ว 3 รุ่น
    … ใช้งบประมาณจากกองทุน… รวม 96,000 บาท") tells who paid for that
    money, not for the lines of other paragraphs near it.  A sentence of
    several lines ("ใช้งบประมาณจาก สสจ.X ดังนี้ ค่าอาหาร… ค่าป้าย…") names the
    funder of them all."""
    per_block = Counter(line.item.evidence.block for line in lines if line.row is None)
    claimed = {(line.item.evidence.block, line.item.source) for line in lines
               if line.row is None and per_block[line.item.evidence.block] == 1}
    return [s for s in sources if (s.block.order, s.name) not in claimed]


def extract_budget(doc: Document, facts: DocumentFacts) -> tuple[list[BudgetItemRecord], BudgetTotal | None]:
    """Every budget line of the document in document order, and its grand total if stated.

    A document whose only statement of money is a summary by funding source
    (funders in rows or in columns) takes that summary's figures as its lines."""
    found = read_tables(doc)
    nested = nested_budget_tables(doc, found)
    spilled = spilled_budget_tables(doc, found)
    fy = facts.fiscal_year_be if facts is not None else None
    found = [unit_caption(doc, quarter_total(funder_grid(money_years(join_satang(nested.get(k, spilled.get(k, t))))), fy))
             for k, t in enumerate(found)]
    tables = [t for t in found if is_budget_table(t)]
    used = {b.order for t in tables for b in t.grid.cells.values()}
    lines = activity_subtotals(itemised_later(headed_tables(doc, table_lines(planned_tables(tables, stated_balances(doc))) + prose_lines(doc, used))))
    lines = retotalled(detailed_rows(told_rows(doc, headed_costs(doc, lines))))
    lines = drop_recaps(doc, itemised_in_tables(itemised_rows(told_activities(restated_tables(named_groups(doc, restated_groups(recap_tables(lines))))))))
    lines = retold_paragraph(outlined_subtotals(doc, lines))
    lines = regrouped_runs(activity_recaps(unit_rows(restated_subtotals(doc, lines))))
    lines = repeated_totals(doc, merge_retold(doc, lines, facts.province_code if facts is not None else None))
    lines = retold_rows(doc, heading_subtotals(doc, received_splits(doc, retold_costs(lines))))
    if not lines:
        lines = source_summary_lines(tables) or funder_column_lines(found)
    lines = placed_by_activity(lines, found)
    every = source_lines(doc) + activity_funder_lines(found) + referenced_funder_lines(found)
    items = completed_sources(footnoted(doc, _sourced(lines, every, row_funders(found))))
    items = unitemised_funders(items, tables)
    items.sort(key=lambda i: (i.evidence.block, i.evidence.start))
    items = drop_restated(checked_sources(split_sources(items, tables)))
    others = [t for t in found if not is_budget_table(t)]
    report = facts is not None and facts.doc_type not in ("action_plan", "other")
    total = find_total(doc, whole_tables(found, nested, spilled), used, sum(i.amount_baht for i in items), others, report)
    if total is not None and sentence_total_only(total, items):
        total = None
    if total is None and lone_spending(items):
        only = items[0]
        return [], BudgetTotal(amount_baht=only.amount_baht, evidence=only.evidence)
    return items, total
