"""Outcomes of results tables, read through their header: one per row and
measure, year columns as baselines, with the target the row, header, title, a
note under the table or the KPI stated before it sets.  A table of findings
in sentences is read as running text, row by row.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.breakdown import (
    breakdown_kpi,
    introduced_kpi,
    reports_current_result,
    rows_measured,
    set_for_each_unit,
)
from pcc_ingest.extract.outcomes.caption_measures import caption_measure
from pcc_ingest.extract.outcomes.caption_names import caption_named
from pcc_ingest.extract.outcomes.caption_targets import caption_bound
from pcc_ingest.extract.outcomes.change_columns import change_label
from pcc_ingest.extract.outcomes.column_labels import own_bound, own_label
from pcc_ingest.extract.outcomes.common import Context, rule_re
from pcc_ingest.extract.outcomes.counted_captions import counted_caption
from pcc_ingest.extract.outcomes.findings_tables import (
    findings_outcomes,
    is_findings_table,
)
from pcc_ingest.extract.outcomes.measure_labels import measure_label, numerator_label
from pcc_ingest.extract.outcomes.measure_words import repeats_words, spending_label
from pcc_ingest.extract.outcomes.merging import same_subject
from pcc_ingest.extract.outcomes.note_measures import noted_measure
from pcc_ingest.extract.outcomes.row_outcomes import row_outcomes
from pcc_ingest.extract.outcomes.spelled_measures import spelled_label
from pcc_ingest.extract.outcomes.stacked_columns import other_column_target
from pcc_ingest.extract.outcomes.table_context import TableContext
from pcc_ingest.extract.outcomes.table_measures import (
    Measure,
    says_percent,
    table_measures,
    value_columns,
)
from pcc_ingest.extract.outcomes.table_targets import (
    TableNotes,
    cell_target,
    group_bound,
    kpi_of,
    noted_rows,
    other_indicator_rows,
    stated_kpis,
    table_target,
)
from pcc_ingest.extract.outcomes.table_titles import (
    caption_subject,
    measured_clause,
    section_subject,
    title_subject,
    titled_measure,
)
from pcc_ingest.extract.outcomes.table_years import table_year, target_year
from pcc_ingest.extract.outcomes.target_rows import own_label_target
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_year
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Document


def is_results_table(table: Table) -> bool:
    """A table with a percent column (or a result column written as
    percentages), year columns beside result counts or indicators (an
    indicator's figures by year, a KPI table's baseline), targets by year for
    indicators or districts, year columns by ตำบล headed as percentages (a
    plan's baseline table: "ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan
    (ร้อยละ)" over "ปี 2565 | ปี 2566", or its numbered caption saying so:
    "ตารางที่ 1 ร้อยละของเกษตรกร..." over "ตำบล | ปี 2564 | ปี 2565"), or a district column beside
    findings that state percentages."""
    roles = table.roles
    shares = table.columns_of("percent") and not value_columns(table)
    return not shares and ("percent" in roles or "target_pct" in roles
            or bool(roles & {"year", "baseline"} and roles & {"result", "target", "district", "indicator"})
            or ("subdistrict" in roles and table.columns_of("year")
                and (any(says_percent(c.label) for c in table.columns_of("year")) or percent_caption(table)))
            or bool("target_year" in roles and roles & {"indicator", "district"})
            or bool(value_columns(table)) or is_findings_table(table))


def percent_caption(table: Table) -> bool:
    """The table's numbered caption ("ตารางที่ 1 ร้อยละของ...") or the heading
    right above it ("4.2 การจัดการขยะ: ร้อยละครัวเรือนคัดแยกขยะต้นทาง รายตำบล",
    a progress report's breakdown by ตำบล) says its figures are percentages."""
    last = table.title[-1:] if table.title and table.title[-1].kind == "heading" else []
    return any(says_percent(b.text) for b in last) or any(
        says_percent(b.text) and rule_re("table", "caption_number").search(b.text) for b in table.title)


def table_outcomes(
    doc: Document, table: Table, ctx: Context, earlier: list[OutcomeRecord], notes: TableNotes,
    since: int = -1, tabled: list[OutcomeRecord] | None = None,
) -> list[OutcomeRecord]:
    """Outcomes of one results table, measure by measure, with its own target
    (header, title or a note under it, for the rows the note names) or the
    KPI target of its subject stated before it (after block ``since``, the
    previous table's last, for a KPI stated with its result), or the target
    of the KPI, in prose or an earlier table (``tabled``), whose result its
    total row restates.

    In a document about one district, a target stated outside the table in
    a paragraph of findings (one stating the table's year's result) or a
    KPI is the district's: it goes to the table's total row, not to the
    rows of its ตำบล; a paragraph giving only earlier years' results
    introduces the table, and its target is every row's.
    """
    kpis = stated_kpis(table, earlier, since)
    if is_findings_table(table):
        return findings_outcomes(doc, table, ctx, kpis)
    year = table_year(table, ctx.year_be)
    stated = table_target(table, notes.blocks)
    if stated and year is not None and (target_year(stated[1].text) or year) > year:
        stated = None  # set for a later year ("ค่าเป้าหมายปี 2568" over 2566 | 2567): no figure of the table's
    rows = noted_rows(stated[1], notes) if stated and stated[1] in notes.blocks else None
    per_district = ctx.single is not None and table.column("indicator") is None
    measures = table_measures(table)
    several = len(measures) > 1
    findings_target = stated is not None and stated[1] in table.title and reports_current_result(stated[1].text, year)
    # a note under the table stating its target "of" a measure names the one measure
    noted = noted_measure(stated[1]) if stated and not several and rows is None and stated[1] in notes.blocks else ""
    out: list[OutcomeRecord] = []
    for measure in measures:
        # a group label's own target ("(ค่าเป้าหมาย ร้อยละ 90)") is no part of its name
        label = caption_named(numbered_caption(table), cell_target(measure_label(table, measure))[1] or own_label(measure)) if several else ""
        bound = group_bound(table, measure)
        bound = caption_bound(table, measure, notes.blocks) if bound is None else bound  # a caption naming each group's target
        # a first row of targets sets none for a table of an earlier year than the document's (its baselines)
        earlier_year = year is not None and ctx.fiscal_be is not None and year < ctx.fiscal_be
        bound = own_label_target(table, measure, first_row=not earlier_year) if bound is None else bound
        if bound is None and several:
            bound = own_bound(table, measure)  # one percent column per indicator, each with its target
        target, wide = (bound, False) if bound is not None else ((stated[0] if stated else None), findings_target)
        if bound is None and several and stated and other_column_target(table, measure, stated[1]):
            target = None  # another measure's own header states it (a minutes' results by ตำบล)
        kpi = kpi_of(kpis, label, several)
        counted = counted_caption(numbered_caption(table), measure)  # "จำนวนตำบลที่…" over a bare "ร้อยละ"
        other = (other_measure(table, measure, kpi.indicator if kpi else "") or counted
                 or caption_measure(table, measure, kpi.indicator if kpi else ""))
        kpi = None if other else kpi
        named = ""
        own_target = measure.column("target_pct") or (None if measure.counts_beside else measure.column("target"))
        if (target is None and measure.value is not None and own_target is None and kpi and not earlier_year
                and (several or not other_indicator_rows(table, kpi.indicator))):  # rows of other indicators: not theirs
            # the district's target, its total row's, unless said to hold for each unit or the text measures the rows by it
            # the district's KPI names the total row it restates; one of several measures whose
            # every row the KPI's target holds for keeps its own label's name
            wide = not (set_for_each_unit(doc, kpi) or rows_measured(doc, table))
            target, named = kpi.target_pct, "" if several and label and not wide else kpi.indicator
        broken_down = breakdown_kpi(doc, table, measure, [*earlier, *(tabled or [])]) if target is None and own_target is None else None
        if broken_down is not None:
            target = broken_down.target_pct
        # named in full, not matched to a KPI by: "ค่าดัชนีลูกน้ำยุงลาย (House Index) ก่อนดำเนินการ" for "ก่อนดำเนินการ (ธ.ค. 2566) HI"
        indicator = spelled_label(table, label) or noted or counted or (titled_or_counted(table, measure, introduced_kpi(table, stated)) or other
                              or years_label(table, measure)
                              or section_subject(table, kpis[-1].evidence.block if kpis else -1)
                              or (kpis[-1].indicator if kpis else "")
                              or caption_subject(table))
        own = group_year(table, measure)
        if own is not None and year is not None and own < year:  # an earlier year's group: baselines
            t = TableContext(table, measure, own, None, indicator)
        else:
            t = TableContext(table, measure, own or year, target, indicator, rows, wide and per_district, named)
        out += [o for row in table.rows for o in row_outcomes(t, row, ctx)]
    return out


def titled_or_counted(table: Table, measure: Measure, kpi: str = "") -> str:
    """What a one-measure table measures: its title's subject when that names
    a percentage ("ร้อยละของหญิงตั้งครรภ์ฝากครรภ์ครั้งแรก...") or holds every
    word of the count columns worked out into its percent column, else the
    KPI its introducing paragraph names (``kpi``); else those
    counts' labels ("กลุ่มเปราะบาง (คน) | ได้รับการดูแลตามแผน (คน) | ร้อยละ"
    under "ผลการดูแลกลุ่มเปราะบาง จำแนกรายตำบล"): a title naming the work or
    its results names no measure, its header's counts do.  A numbered
    caption naming no percentage still names the measure in full when it
    holds every word of the count ("ตารางที่ 1 ผลการคัดกรองเบาหวานใน
    ประชากรอายุ 35 ปีขึ้นไป รายตำบล" over "คัดกรอง (คน) | ร้อยละ")."""
    titled = measured_clause(title_subject(titled_measure(table))) or kpi
    counted = numerator_label(table, measure.value) or spending_label(table, measure.value) or change_label(measure.value)
    caption = numbered_caption(table)
    if not titled and counted and caption and repeats_words(counted, caption):
        return caption
    if titled and counted and not says_percent(titled) and not repeats_words(counted, titled):
        return counted
    return titled or counted


def years_label(table: Table, measure: Measure) -> str:
    """The percentage a label spanning a measure's year columns names, its
    own target left out ("ร้อยละผู้ป่วยติดเตียงได้รับการดูแลตาม Care Plan
    (เป้าหมาย ร้อยละ 90)" over "ปี 2564 | ปี 2565 | ปี 2566"); "" when no
    such label names one.  It names the measure better than a KPI before the table."""
    years = [c for c in measure.columns if c.role == "year"]
    if measure.value is not None or not years or len(table.group(years[0].col)) < 2:
        return ""
    spanning = " ".join(table.labels.get(years[0].col, ())[:-1])
    return cell_target(measure_label(table, measure))[1] if says_percent(spanning) else ""


def group_year(table: Table, measure: Measure) -> int | None:
    """The year the label spanning a measure's value column names when its
    own label names none ("ปี 2565" over "ครัวเรือนคัดแยก | ร้อยละ" beside
    "ปี 2566" over the same): that group's figures are that year's, and an
    earlier year's are baselines; ``None`` when no spanning label names one."""
    if measure.value is None or measure.value.year_be is not None:
        return None
    upper = table.labels.get(measure.value.col, ())[:-1]
    return label_year(upper[-1]) if upper else None


def numbered_caption(table: Table) -> str:
    """The subject of the table's numbered caption ("ตารางที่ 1 ..."), "" when it has none."""
    numbered = [b for b in table.title if rule_re("table", "caption_number").search(b.text)]
    return title_subject(numbered[-1].text)[:120] if numbered else ""


def other_measure(table: Table, measure: Measure, kpi: str) -> str:
    """What a percent column measures when its header names a measure other
    than the KPI stated before the table (``kpi``, "" for none): the label
    spanning its "จำนวน | ร้อยละ" group ("พชต. มีแผนและขับเคลื่อนประเด็น")
    or a spending rate ("เบิกจ่าย (บาท) | ร้อยละการเบิกจ่าย") that shares
    no subject with the KPI.  Such a column reports a figure of its own, and
    the KPI neither names it nor lends it a target; "" when the header only
    says the column holds results ("ผลการดำเนินงาน...") or names the KPI."""
    if measure.value is None:
        return ""
    own = spending_label(table, measure.value) or measure_label(table, measure)
    if not own or rule_re("table", "result_heading").match(own) or (kpi and same_subject(kpi, own)):
        return ""
    return cell_target(own)[1]  # a label's own target ("(เกณฑ์ ≥ ร้อยละ 80)") is no part of its name
