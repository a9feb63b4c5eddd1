"""Every activity of a document: the drafts of each reader put together,
given their money, merged, and made records."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.agenda import assessed_by_other, coming_committee_check
from pcc_ingest.extract.activities.broken_ranges import rejoined_ranges
from pcc_ingest.extract.activities.calendars import without_calendar_repeats
from pcc_ingest.extract.activities.centred_dates import with_centred_ranges
from pcc_ingest.extract.activities.columns import dated_log
from pcc_ingest.extract.activities.contents import contents_blocks
from pcc_ingest.extract.activities.costs import with_cost_lines, with_named_costs
from pcc_ingest.extract.activities.details import with_item_accounts
from pcc_ingest.extract.activities.directives import advice_to_executives, directive_activities
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.fields import form_items
from pcc_ingest.extract.activities.form_tables import form_table_activities, is_form_table
from pcc_ingest.extract.activities.group_heads import without_group_heads
from pcc_ingest.extract.activities.groups import (
    across_pages,
    group_activities,
    plan_roles,
)
from pcc_ingest.extract.activities.headed import under_activity_headings
from pcc_ingest.extract.activities.issue_meeting import with_issue_meeting
from pcc_ingest.extract.activities.labelled import under_labels
from pcc_ingest.extract.activities.levels import level_grids
from pcc_ingest.extract.activities.list_fields import with_list_fields
from pcc_ingest.extract.activities.list_leads import without_list_leads
from pcc_ingest.extract.activities.lists import listed_activities
from pcc_ingest.extract.activities.meeting_tallies import without_meeting_tallies
from pcc_ingest.extract.activities.meetings import (
    announces,
    held_that_day,
    listed_meeting,
    meeting_mentions,
    meeting_series,
)
from pcc_ingest.extract.activities.merge import merge, without_series_days
from pcc_ingest.extract.activities.minutes import minutes_decisions, scheduling, under_agenda_items
from pcc_ingest.extract.activities.minutes_meeting import attendee_lines, meeting_of_minutes
from pcc_ingest.extract.activities.nested_costs import with_nested_costs
from pcc_ingest.extract.activities.not_activities import only_activities
from pcc_ingest.extract.activities.plan_items import not_done_unless_planned
from pcc_ingest.extract.activities.postponed import postponements, settles_postponement, with_postponements
from pcc_ingest.extract.activities.projects import without_project_heads
from pcc_ingest.extract.activities.proposals import (
    approved_items,
    chooses_issues,
    issue_items,
    proposing_items,
)
from pcc_ingest.extract.activities.prose import prose_activities
from pcc_ingest.extract.activities.quarter_dates import with_quarter_months
from pcc_ingest.extract.activities.recommendations import recommendation_activities
from pcc_ingest.extract.activities.referenced_counts import with_referenced_counts
from pcc_ingest.extract.activities.referenced_dates import with_referenced_dates
from pcc_ingest.extract.activities.reports import without_reported
from pcc_ingest.extract.activities.restated import without_restatements
from pcc_ingest.extract.activities.result_cells import result_cell_activities
from pcc_ingest.extract.activities.retold import without_retold
from pcc_ingest.extract.activities.row_dates import with_calendar_months, with_row_dates
from pcc_ingest.extract.activities.row_fields import with_row_fields
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.runs import with_runs
from pcc_ingest.extract.activities.status_rows import with_status_rows
from pcc_ingest.extract.activities.structure import title_zone
from pcc_ingest.extract.activities.subitems import heading_names, restates_heading
from pcc_ingest.extract.activities.tables import join_split_rows, table_activities
from pcc_ingest.extract.activities.title_trim import with_trimmed_titles
from pcc_ingest.extract.activities.two_rows import folded_cells, paired_plan
from pcc_ingest.extract.activities.unclaimed import unclaimed_activities
from pcc_ingest.extract.activities.wrapped_lines import with_wrapped_lines
from pcc_ingest.extract.activities.year_calendars import without_year_calendar_repeats
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import ActivityRecord, DocumentFacts
from pcc_ingest.extract.tables import read_tables
from pcc_ingest.model import Document


def _record(d: Draft) -> ActivityRecord:
    return ActivityRecord(
        title=d.title,
        start=d.date_from.iso() if d.date_from else None,
        end=d.date_to.iso() if d.date_to else None,
        participants=d.participants, budget_baht=d.budget,
        evidence=evidence(d.block, d.start, d.end),
    )


def reported_to_meeting(d: Draft) -> bool:
    """An act told after a member's report opens ("... สาธารณสุขอำเภอ... รายงานว่า
    ได้ประชุมคณะกรรมการแล้ว 2 ครั้ง ..."): in minutes, what was reported as done
    is not the meeting's act (``[minutes] reported``)."""
    return bool(rule_re("minutes", "reported").search(d.block.text, 0, d.start))


def names_scheduled(d: Draft) -> bool:
    """A line that schedules the next meeting ("ประธานกำหนดประชุมครั้งต่อไป
    ครั้งที่ 2/2567 ในวันพุธที่ 17 เมษายน 2567") is read by the minutes' reader,
    the meeting named from "ประชุม" on; a reading of the whole line with who
    set it ("ประธานกำหนด...") is the same meeting, not another."""
    at = scheduling(d.block.text)
    return at is not None and d.start < at < d.end


def extract_activities(doc: Document, facts: DocumentFacts) -> list[ActivityRecord]:
    """Every activity of the document, in document order, duplicates merged."""
    fy = facts.fiscal_year_be
    plan = facts.doc_type in activity_rules()["plans"]["doc_types"]
    every = read_tables(doc)
    forms = [t for t in every if is_form_table(t)]
    paired = [(t, paired_plan(t, fy)) for t in every]  # two rows per activity read as one
    tables = [p or t for t, p in paired if t not in forms]
    drafts = join_split_rows([d for t in tables if "activity" in t.roles or dated_log(t) for d in with_runs(t, table_activities(t, fy))])
    drafts = with_quarter_months(tables, drafts, fy)  # money per quarter, the quarters' months labelled
    drafts = without_calendar_repeats(tables, drafts, fy)
    drafts = with_nested_costs(every, drafts)
    drafts += [d for t in forms for d in form_table_activities(t, fy)]
    headings = heading_names([t for t in tables if "activity" in t.roles])
    drafts += [d for t in across_pages(tables) if "activity" not in t.roles and t.roles & plan_roles()
               for d in group_activities(t, fy) if not restates_heading(d.title, headings)]
    drafts += [d for t in tables if "activity" not in t.roles for d in recommendation_activities(t, fy)]
    drafts += [d for t in across_pages(tables) for d in result_cell_activities(t, fy)]
    read = {b.order for t in every if t.columns or t in forms for b in t.grid.cells.values()}
    formed = list(form_items(doc, read, fy))
    drafts += [d for d, _ in formed]
    read |= {d.block.order for d, _ in formed} | {o for _, lines in formed for o in lines}
    directed = directive_activities(doc, fy)
    drafts += directed
    read |= {d.block.order for d in directed} | advice_to_executives(doc)
    meeting = meeting_of_minutes(doc, fy)
    drafts += not_done_unless_planned(doc, listed_activities(doc, read, fy), meeting)
    told = not_done_unless_planned(doc, prose_activities(doc, read | title_zone(doc), fy, plan=plan), meeting)
    told = with_row_dates(doc, told, fy)  # a headerless table's date column
    drafts += told if meeting is None else [
        d for d in told if not reported_to_meeting(d) and not assessed_by_other(d.block.text, d.start)
        and not names_scheduled(d)]
    drafts = rejoined_ranges(doc, drafts, fy)  # a range a PDF broke over two lines
    drafts = with_centred_ranges(doc, drafts, fy)  # a range set on two lines beside its activity
    series = list(meeting_series(doc))
    drafts = [d for d in drafts if not any(announces(s, d) for s in series)] + [d for s in series for d in s.drafts]
    put_off = postponements(doc, fy) if meeting is not None else []
    if meeting is not None:
        drafts = without_reported(doc, drafts)
        issues = issue_items(doc)
        drafted = {d.block.order for d in drafts}
        drafts = [d for d in drafts if d.block.order not in issues]
        drafts += [d for d in approved_items(doc, fy) if d.block.order not in drafted]
        drafts += [d for d in proposing_items(doc, fy) if d.block.order not in drafted]
        decisions = [d for d in minutes_decisions(doc, fy)
                     if not chooses_issues(d.block.text) and not settles_postponement(d, put_off)]
        drafts, decided = under_agenda_items(doc, drafts, decisions, fy)
        drafts += [meeting, *decided]
    else:
        drafts += carried_decisions(doc, drafts, fy, facts.period_end)
    # lines naming those present, a table of UCCARE levels and the contents are no acts, whoever read them
    attendees = attendee_lines(doc) | level_grids(every) | contents_blocks(doc)
    seen = {d.block.order for d in drafts} | attendees  # what a reader took, kept or not
    drafts = with_wrapped_lines(doc, [d for d in drafts if d.block.order not in attendees], fy)  # a PDF's wrapped log
    drafts = with_cost_lines(doc, drafts)
    drafts = with_item_accounts(doc, drafts, fy)
    drafts = without_calendar_repeats(tables, drafts, fy, in_lines=True)  # a calendar restating listed lines
    drafts += [m for m in meeting_mentions(doc, fy, plan=plan)
               if not held_that_day(m, drafts) and not listed_meeting(m, drafts)]
    drafts = under_activity_headings(doc, drafts, fy)
    drafts = under_labels(doc, drafts, fy)  # "กิจกรรมที่ 2 ชื่อ" over its account, or over its sub-activities
    drafts = with_status_rows(every, drafts)  # "1. ... | ☑ ดำเนินการแล้ว" reporting on the plan's row 1
    drafts = without_year_calendar_repeats(tables, drafts, fy)
    drafts = [d for d in drafts if not coming_committee_check(d, facts.period_end)]
    folded = {o for t, p in paired for o in folded_cells(t, p)}  # steps under a two-row plan's activity
    seen |= folded | {d.block.order for d in drafts} | {b.order for t in forms for b in t.grid.cells.values()}
    drafts = [d for d in drafts if d.block.order not in folded]
    drafts = without_project_heads(doc, sorted(drafts, key=lambda d: (d.block.order, d.start)))
    drafts = without_group_heads(doc, drafts)
    drafts = without_list_leads(doc, drafts)  # a heading or "... ดังนี้" over the listed activities
    drafts = with_referenced_dates(doc, every, with_referenced_counts(doc, every, drafts))  # "สำหรับโครงการที่ 2 ... รวม 120 คน" under the table
    drafts = without_meeting_tallies(drafts)  # "ประชุม พชอ. 2 ครั้ง" beside the meetings listed
    paid = {d.block.order for d in drafts if d.budget is not None}  # a group merged into its plan row paid it
    merged = with_calendar_months(every, without_retold(without_series_days(merge(drafts))), fy)
    merged = with_postponements(merged, put_off)  # none outside minutes
    merged = without_restatements(merged)  # one activity named again in other words elsewhere
    if meeting is None:  # a table no rule read; in minutes, what was reported is no act of theirs
        merged += unclaimed_activities(tables, seen | {d.block.order for d in merged}, merged, fy)
    merged = with_row_fields(every, merged, fy)  # fields still empty, from the activity's own table row
    merged = with_list_fields(doc, merged, fy)  # fields still empty, from the activity's own list item
    merged = with_trimmed_titles(merged)  # what a cell or line folds into a title beyond the name
    if meeting is None:  # the meeting that chose the issues, told in a sentence; minutes' resolutions are none
        merged = with_issue_meeting(doc, merged, fy)
    merged = only_activities(merged)  # a heading, lead-in, result, label or signature read as one
    return [_record(d) for d in unpaid_meeting(with_named_costs(doc, merged, paid), meeting)]


def carried_decisions(doc: Document, drafts: list[Draft], fy: int | None, period_end: str | None) -> list[Draft]:
    """The decisions of a meeting's record a report carries that its own
    account does not already tell (keeping or adding issues is the choice of
    issues, not a task): a task added to a report taken note of
    ("วาระที่ 3 ... มติที่ประชุม รับทราบ และให้ตำบลกะลาเสเร่งติดตาม...",
    ``[minutes] noted_task``) or one set after the report's period ("เห็นชอบให้
    จัดอบรมแกนนำ CBTx ... ในเดือนพฤศจิกายน 2567" in a report to September
    2567).  Other resolutions approve what the report tells as its own items,
    and meetings they schedule are read as meetings.  A PDF may run the
    resolution on after its agenda line."""
    drafted = {d.block.order for d in drafts}
    return [d for d in minutes_decisions(doc, fy)
            if (decided := rule_re("minutes", "decision").search(d.block.text)) and d.block.order not in drafted
            and not chooses_issues(d.block.text) and not rule_re("minutes", "issue_choice").match(d.title)
            and scheduling(d.block.text) is None
            and (rule_re("minutes", "noted_task").match(d.block.text, decided.start())
                 or (period_end is not None and d.date_from is not None and d.date_from.iso() > period_end))]


def unpaid_meeting(drafts: list[Draft], meeting: Draft | None) -> list[Draft]:
    """The meeting a set of minutes records costs nothing in them: money the
    minutes tell ("เบิกจ่ายแล้วในกิจกรรมประชุมคณะกรรมการ 2 ครั้ง ... 4,400 บาท")
    was spent on other meetings or is asked for what they discuss."""
    if meeting is None:
        return drafts
    return [replace(d, budget=None) if (d.block.order, d.start) == (meeting.block.order, meeting.start) else d
            for d in drafts]
