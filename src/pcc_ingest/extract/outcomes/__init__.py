"""Outcomes: every percentage a document states as a result or a target.

Results tables are read through their header: one outcome per row (district,
or indicator) from the percent column, with the ผลงาน/เป้าหมาย counts kept
as result and denominator; year columns before the table's own year are
baselines of those years, and the rounds under a year's results label
("ผลงานปี 2567" over "ไตรมาส 1 | ไตรมาส 2") are results of that year; a
district cell merged over a page break goes on into the next page's rows.
A target in the table's header or title (a year there is never one), or
else in a note under it, or else the KPI target the document states before
the table (unless a result of its own subject already carries it),
applies to the table's current-year figures, its total row included (a
note naming one row's subject, to that row); a table under a
district's section heading reports on that district; a district of
another province named in the district column keeps its row.  In running
text each "ร้อยละ N" / "N%", or a bare figure right after a target word
("(เป้า 70)"), is a target when target words stand before it (or it sits in
a plan, in the list under a heading of success indicators, or in the title
zone where a report states its KPI), else a result;
a target said of the result before it, a KPI's target and the later result
of its subject, or a KPI and the summary line giving its result make one
record, but figures of two years never do (a figure a change starts from,
its year written after it, is the earlier one).  A table under a heading
stating a year (a minutes' agenda item "ผลการดำเนินงาน ... ปีงบประมาณ 2566")
is of that year.  An indicator leaves out the
counts its figure was worked out from.  A paragraph's figures belong to the
district its section opens with, and to the year its heading states when
they state none; the earlier figure of a comparison ("ลดลงจากปี 2564/65
ซึ่งมีร้อยละ 27.30") is a result of the subject before it, in its own
year, but a figure right after a change ("ลดลงจากปี 2566 ร้อยละ 67.82") is
the change's size, of the figure's own year, and none when it is the gap in
percentage points between the result before it and that year's figure.  In a plan, a figure of an
earlier year is a baseline result; a result in running text that a results
table restates is the table's record, in the table's year when the text
names none, and a paragraph opening "จากตาราง" that gives a table's
figure again adds none.  A recommendation column's figures
are no outcomes.  A district's results by issue take the indicator and
target of the earlier table that names the same issue for it.  Last, a KPI's
bare target and the one result of its subject, district and year stated
without one are one record (``lone_targets``).  Rules: ``extractors/outcomes.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.outcomes.appendix_tables import drop_appendix_restatements
from pcc_ingest.extract.outcomes.before_after import before_after, untarget_before
from pcc_ingest.extract.outcomes.breakdown_targets import lend_breakdown_targets
from pcc_ingest.extract.outcomes.change_columns import change_columns
from pcc_ingest.extract.outcomes.clause_words import (
    drop_counts,
    indicator_words,
    names_no_subject,
    period_last,
    phrases,
    qualifier,
    trim_ends,
)
from pcc_ingest.extract.outcomes.common import Context, rule_re
from pcc_ingest.extract.outcomes.compared_levels import compared_levels
from pcc_ingest.extract.outcomes.compared_measures import lend_measure_targets
from pcc_ingest.extract.outcomes.compared_places import lend_compared_targets
from pcc_ingest.extract.outcomes.cost_tables import cost_cells
from pcc_ingest.extract.outcomes.district_brackets import bracketed_districts
from pcc_ingest.extract.outcomes.figure_pairs import (
    pair_figures,
)
from pcc_ingest.extract.outcomes.figure_years import (
    is_compared,
    mask_years,
    season_year,
    year_before,
)
from pcc_ingest.extract.outcomes.figures import (
    block_figures,
    cue_targets,
    fraction_results,
    is_slogan,
    is_target,
    percentages,
)
from pcc_ingest.extract.outcomes.formula_columns import formula_columns
from pcc_ingest.extract.outcomes.fraction_columns import fraction_columns
from pcc_ingest.extract.outcomes.grid_reader import grid_fallback
from pcc_ingest.extract.outcomes.indicator_columns import indicator_columns
from pcc_ingest.extract.outcomes.indicator_label_rows import indicator_label_rows
from pcc_ingest.extract.outcomes.issue_targets import lend_issue_targets
from pcc_ingest.extract.outcomes.kpi_columns import lend_kpi_columns
from pcc_ingest.extract.outcomes.kpi_names import attach_kpi_targets, is_kpi_of, name_by_kpi
from pcc_ingest.extract.outcomes.kpi_table_targets import lend_kpi_targets
from pcc_ingest.extract.outcomes.lone_targets import join_lone_targets
from pcc_ingest.extract.outcomes.measured_columns import lend_measured_columns
from pcc_ingest.extract.outcomes.merging import (
    alike,
    merge,
    same_subject,
)
from pcc_ingest.extract.outcomes.named_rows import named_rows
from pcc_ingest.extract.outcomes.note_row_targets import line_under, note_row_targets
from pcc_ingest.extract.outcomes.numbered_targets import lend_numbered_targets, note_lines, notes_numbered_rows
from pcc_ingest.extract.outcomes.outline import section_districts
from pcc_ingest.extract.outcomes.page_breaks import carry_districts, first_row, lend_titles
from pcc_ingest.extract.outcomes.paired_rows import pair_target_rows, paired_measures
from pcc_ingest.extract.outcomes.place_cells import place_cells
from pcc_ingest.extract.outcomes.place_columns import place_columns
from pcc_ingest.extract.outcomes.place_lists import place_lists
from pcc_ingest.extract.outcomes.place_rows import place_rows
from pcc_ingest.extract.outcomes.point_changes import drop_point_changes
from pcc_ingest.extract.outcomes.relative_rows import change_rows, round_targets
from pcc_ingest.extract.outcomes.respective_lists import lend_bracket_targets, respective_outcomes
from pcc_ingest.extract.outcomes.restated_figures import drop_restated_figures
from pcc_ingest.extract.outcomes.restated_places import drop_restated_places
from pcc_ingest.extract.outcomes.restated_prose import restated_cell, result_read_as_target, undated_restatement
from pcc_ingest.extract.outcomes.restated_rankings import keep_first_statements
from pcc_ingest.extract.outcomes.restated_totals import drop_restated_totals
from pcc_ingest.extract.outcomes.results_tables import (
    is_results_table,
    table_outcomes,
)
from pcc_ingest.extract.outcomes.round_columns import drop_restated_rounds
from pcc_ingest.extract.outcomes.round_pair_tables import add_round_pairs, round_pair_outcomes
from pcc_ingest.extract.outcomes.row_results import join_row_results
from pcc_ingest.extract.outcomes.row_subjects import (
    counted_subject,
)
from pcc_ingest.extract.outcomes.running_text import (
    clause_district,
    is_aside,
    prose_outcomes,
    section_years,
)
from pcc_ingest.extract.outcomes.sections import advice_cells, table_districts
from pcc_ingest.extract.outcomes.stacked_cells import restore, stacked_rows
from pcc_ingest.extract.outcomes.stacked_columns import stacked_columns, target_labelled
from pcc_ingest.extract.outcomes.summary_lines import join_summaries
from pcc_ingest.extract.outcomes.table_measures import cell_figure, written_percent
from pcc_ingest.extract.outcomes.table_readouts import table_readout
from pcc_ingest.extract.outcomes.table_targets import (
    cell_target,
    stated_target,
    table_notes,
    table_target,
)
from pcc_ingest.extract.outcomes.table_titles import measured_clause, reports_result, title_subject
from pcc_ingest.extract.outcomes.tabled_restatements import drop_tabled_restatements
from pcc_ingest.extract.outcomes.target_header_tables import reads_by_unit, target_header_outcomes
from pcc_ingest.extract.outcomes.target_remarks import lend_remark_targets
from pcc_ingest.extract.outcomes.target_rows import target_rows
from pcc_ingest.extract.outcomes.target_verdicts import join_verdicts
from pcc_ingest.extract.outcomes.unread_prose import unread_prose
from pcc_ingest.extract.outcomes.year_parts import year_parts
from pcc_ingest.extract.outcomes.year_rows import place_header, title_places
from pcc_ingest.extract.records import DistrictRecord, DocumentFacts, OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Block, Document

__all__ = [
    "alike",
    "block_figures",
    "cell_figure",
    "cell_target",
    "clause_district",
    "counted_subject",
    "cue_targets",
    "drop_counts",
    "extract_outcomes",
    "fraction_results",
    "indicator_words",
    "is_aside",
    "is_compared",
    "is_kpi_of",
    "is_slogan",
    "is_target",
    "mask_years",
    "measured_clause",
    "merge",
    "names_no_subject",
    "pair_figures",
    "percentages",
    "period_last",
    "phrases",
    "qualifier",
    "reports_result",
    "result_read_as_target",
    "same_subject",
    "season_year",
    "section_districts",
    "section_years",
    "single_district",
    "stated_target",
    "title_subject",
    "trim_ends",
    "written_percent",
    "year_before",
]


def continued_tables(tables: list[Table]) -> dict[int, int]:
    """Each table broken across pages, by index, mapped to the table its first
    part is: one read through the header before it, or one whose first row
    repeats the first row of the table before it (a header repeated on the next page)."""
    roots: dict[int, int] = {}
    for prev, t in pairwise(tables):
        if t.continues or first_row(t) == first_row(prev) != ():
            roots[t.grid.table] = roots.get(prev.grid.table, prev.grid.table)
    return roots


def _own_title(table: Table, before: tuple[Block, ...]) -> Table:
    """``table`` without the title lines that are notes under the table before
    it giving its target ("* เป้าหมาย ร้อยละ 80" between a KPI table and a
    caption): their target is that table's, not this one's."""
    own = tuple(b for b in table.title if b not in before or not _target_note(b.text))
    return table if len(own) == len(table.title) else replace(table, title=own)


def _target_note(text: str) -> bool:
    """A note that opens with its target ("* เป้าหมาย ร้อยละ 80 …"); a note
    telling a finding that ends on a target ("หมายเหตุ: … ต่ำกว่าเกณฑ์ (ร้อยละ
    95)") says more than the target and stays where it stands."""
    rest = rule_re("table", "note").sub("", text, count=1)
    m = stated_target(rest)
    return m is not None and not rest[: m.start()].strip(" :-")


def single_district(doc: Document, districts: list[DistrictRecord], province: str | None) -> str | None:
    """The district every figure belongs to: the document's only district,
    unless its sections open others ("2.2 อำเภอคลองใหญ่" in a province report
    whose district list caught only the first): then each section decides."""
    if len(districts) != 1:
        return None
    code = districts[0].code
    return code if set(section_districts(doc, province).values()) <= {code} else None


def extract_outcomes(doc: Document, facts: DocumentFacts, districts: list[DistrictRecord]) -> list[OutcomeRecord]:
    """Every percentage result or target of the document, once per figure and subject."""
    ctx = Context(
        year_be=facts.fiscal_year_be, province=facts.province_code,
        single=single_district(doc, districts, facts.province_code),
        plan=facts.doc_type == "action_plan", fiscal_be=facts.fiscal_year_be,
    )
    every = carry_districts([fraction_columns(place_cells(stacked_rows(target_rows(indicator_columns(indicator_label_rows(year_parts(place_columns(place_header(title_places(stacked_columns(paired_measures(change_columns(target_labelled(before_after(named_rows(formula_columns(compared_levels(t)))))))))))))))))) for t in lend_titles(read_tables(doc))])
    tables = [t for t in every if t.columns and is_results_table(t)]
    notes = [table_notes(doc, tables, i) for i in range(len(tables))]
    tables = [_own_title(t, notes[i - 1].blocks if i else ()) for i, t in enumerate(tables)]
    read = {b.order for t in tables for b in t.grid.cells.values()} | advice_cells(doc) | cost_cells(every)
    stated = [table_target(t, n.blocks) for t, n in zip(tables, notes)]
    read |= {s[1].order for s, n in zip(stated, notes) if s and s[1].kind != "table_cell" and (
        not reports_result(s[1].text) or (s[1] in n.blocks and _target_note(s[1].text)))}  # a note of targets only
    under = [note_lines(doc, n.blocks[0] if n.blocks else line_under(doc, t)) for t, n in zip(tables, notes)]
    read |= {b.order for t, u in zip(tables, under) if notes_numbered_rows(u, t) for b in u}  # targets by row number
    prose = join_summaries(doc, attach_kpi_targets(name_by_kpi(join_row_results(doc, drop_tabled_restatements(prose_outcomes(doc, ctx, read), tables)), doc)))  # a KPI's results first
    prose = respective_outcomes(doc, join_verdicts(doc, prose))  # places' figures "ตามลำดับ"
    prose = bracketed_districts(doc, prose, ctx.province)  # "92.40 (อ.อู่ทอง)": that district's
    prose = place_lists(doc, prose, ctx.year_be, ctx.single, ctx.province)  # an indicator's heading over a list of places
    prose = place_rows(doc, prose)  # sentences in a table of places: each row's place, a noted target
    ends = [-1] + [max(b.order for b in t.grid.cells.values()) for t in tables]
    tabled: list[OutcomeRecord] = []
    headed = section_years(doc)  # a table under a heading stating its year ("ผลการดำเนินงาน ... ปีงบประมาณ 2566")
    by_unit = {t.grid.table for t in every if reads_by_unit(t)}
    stated_before = [p for p in prose if p.evidence.table not in by_unit]  # their header cells state no KPI
    for t, n, u, since, code in zip(tables, notes, under, ends, table_districts(doc, tables, ctx.province)):
        own = replace(ctx, single=code) if code and ctx.single is None else ctx
        own = replace(own, year_be=headed.get(t.grid.first.order, own.year_be))
        got = round_targets(t, note_row_targets(table_outcomes(doc, t, own, stated_before, n, since, tabled), doc, t, n.blocks))
        got = lend_numbered_targets(got, t, u)  # "1.1 ≥ ร้อยละ 90, 1.2 …"
        got = untarget_before(t, got)  # "ก่อนอบรม": a baseline
        read_rows = {(o.evidence.table, o.evidence.row) for o in got}
        tabled += got + change_rows(t, read_rows, own.single, own.year_be)  # targets and results as changes
    tabled = restore(tabled, tables)  # a stacked cell's part read as a row of its own
    tabled = pair_target_rows(tables, tabled)  # a row of targets over a row of results
    tabled = lend_issue_targets(tables, tabled)  # results by issue, against an earlier table of targets
    tabled = drop_restated_rounds(drop_restated_totals(tables, tabled, continued_tables(every)))
    tabled = lend_compared_targets(doc, tables, tabled, ctx.year_be)  # places the text measures against the KPI
    headed_out = target_header_outcomes([t for t in every if not t.columns], ctx, tabled, headed)  # targets in a row of their own
    tabled += headed_out  # such a table's header cells, read as text too, state its measures' targets, no records
    prose = [p for p in prose if p.evidence.table is None or p.evidence.table not in {o.evidence.table for o in headed_out}]
    prose = [p for p in prose if not undated_restatement(doc, p, tabled) and not result_read_as_target(p, tabled)
             and not table_readout(doc, p, tabled) and not restated_cell(p, tabled)]
    prose, tabled = lend_remark_targets(drop_point_changes(doc, prose, tabled), tabled)
    prose, tabled = lend_kpi_targets(doc, prose, tabled)  # an earlier table of KPIs and targets
    prose = lend_bracket_targets(doc, prose, tabled)  # places' figures in brackets, measured against a KPI
    tabled, prose = lend_measured_columns(doc, every, tabled, prose, ctx.year_be)  # places measured against a bar written under them
    ordered = drop_restated_places(doc, sorted(prose + tabled, key=lambda o: (o.evidence.block, o.evidence.start)))
    ordered = lend_measure_targets(doc, every, ordered, ctx.year_be)  # measures the text holds against their KPI
    ordered = lend_kpi_columns(every, ordered)  # districts' results by measure column, against their KPI table
    ordered = drop_restated_figures(ordered)  # a table's figure again in a paragraph naming no district
    stated = ordered
    ordered = keep_first_statements(ordered, continued_tables(every))  # places ranked again, with a target
    merged = merge(ordered, continued_tables(every))
    rounds = [o for t in every for o in round_pair_outcomes(t, ctx)]  # places by quarter under years, captioned as percentages
    told = add_round_pairs(drop_appendix_restatements(doc, merged, rounds), rounds)  # an appendix repeating the body's figures
    found = join_lone_targets(doc, grid_fallback(doc, every, told, ctx, [*stated, *merged]))  # a KPI's bare target and its one untargeted result
    found = lend_breakdown_targets(doc, every, found, ctx.fiscal_be)  # a breakdown's rows, against the target its own table states
    return unread_prose(doc, ctx, found)  # bare figures a list carries the percent unit on to, no rule read
