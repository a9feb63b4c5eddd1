"""Activities: what a committee did or plans to do, with dates, head count and money.

They are read from three places.  Plan tables give one activity per row, or
one per top-level numbered item of the activity cell (sub-items "1.1, 1.2"
only spell out their parent); the row's period, progress and budget cells
give its dates and money.  Outside tables, a listed line in a plan part of the
report (or one that opens with its date), or a line that starts like an
activity in a results part, is one, and so is what a clear "was done"
phrase inside a sentence names ("ได้จัดประชุม...", "มีการประชุม...");
photo captions add what the pictures show and pin dates, and a numbered
meeting named in passing ("การประชุมครั้งที่ 1/2567") was held, as is each of a
series told at once ("ประชุมรวม 4 ครั้ง คือ ครั้งที่ 1/2567 วันที่ ...").  In
running text every "was done" phrase opens an activity, and a date that opens
its clause ("ต่อมาเมื่อวันที่ ... ได้จัดอบรม...") is its own.  In an action plan,
acts told in its background parts and the meeting that approved it came
before the plan and are none of its activities.  A line that
opens with who acts and then the act ("พชต.อ.ไทรงาม จัดอบรม...", "ให้ พชอ.
ทุกแห่งจัดเวที...") is one when it says when, how many or how much.  Budget
tables with no activity column name their activities in rows across the
table, or in numbered rows, each over its cost lines.  Minutes of a meeting add the meeting, its
decisions to act (each task handed to another party its own) and the
meetings it schedules; an agenda item that is an activity takes what is
decided and asked for under it, and one that is only a topic stands only
when a decision to act lies under it.  An activity's money
is its own line's, else that of the cost lines right under it, else of cost
lines elsewhere that name it alone or pay for the thing it gets.  A table of
recommendations with a deadline column gives one planned activity per dated
row; a project ("โครงการ...") with activities under it holds them and is
none, one with nothing under it is the planned activity.  A numbered item
with labelled lines under it ("ระยะเวลา : ...", "กลุ่มเป้าหมาย : ...",
"งบประมาณ : ...") is an activity dated, counted and paid by them; a numbered
sub-heading naming a "กิจกรรม…" is one, dated, counted and paid by the
paragraphs under it; numbered tasks in one plan cell take the row's counts,
periods and cost lines in order.  Rules:
``extractors/activities.toml``.

The package splits that work by what each module reads (``tables``, ``columns``, ``groups``, ``proposals``, ``lines``,
``prose``, ``lists``, ``fields``, ``form_tables``, ``captions``, ``minutes``, ``agenda``, ``meetings``, ``twins``, ``headed``,
``parallel``), what a draft
is given (``titles``, ``dates``, ``draft``, ``costs``, ``cost_groups``) and how drafts become
records (``merge``, ``projects``, ``broken_ranges`` for a range a PDF broke over two
lines, ``wrapped_lines`` and ``log_entries`` for a borderless date log a PDF wrapped or
ran together, ``meeting_tallies`` for a row counting the listed meetings, ``list_leads`` for a heading or
"... ดังนี้" over listed activities, ``referenced_counts`` for head counts told under a table by
row number, ``labelled`` for "กิจกรรมที่ N ชื่อ" lines over their accounts or sub-activities,
``status_rows`` for check-box status rows reporting on plan rows, ``assemble``); this module re-exports the
names other code and the tests use.
"""

from pcc_ingest.extract.activities.act_words import actor_lead, start_re
from pcc_ingest.extract.activities.assemble import extract_activities
from pcc_ingest.extract.activities.costs import cost_owner, cost_purpose, names_one
from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import head_count
from pcc_ingest.extract.activities.lines import is_standing_duty
from pcc_ingest.extract.activities.meetings import meeting_owner
from pcc_ingest.extract.activities.merge import same_activity
from pcc_ingest.extract.activities.minutes import (
    asks_act,
    dated_by_papers,
    decision_tasks,
    only_designates,
    scheduling,
)
from pcc_ingest.extract.activities.openers import (
    after_count,
    more_in_sentence,
    next_inner,
)
from pcc_ingest.extract.activities.stretches import (
    is_routine,
    lead_clause,
    reports_state,
)
from pcc_ingest.extract.activities.tables import bulleted_items
from pcc_ingest.extract.activities.titles import (
    is_labelled_name,
    next_activity_re,
    title_span,
)

__all__ = [
    "actor_lead",
    "after_count",
    "asks_act",
    "bulleted_items",
    "cost_owner",
    "cost_purpose",
    "dated_by_papers",
    "dates_in",
    "decision_tasks",
    "extract_activities",
    "head_count",
    "is_labelled_name",
    "is_routine",
    "is_standing_duty",
    "lead_clause",
    "meeting_owner",
    "more_in_sentence",
    "names_one",
    "next_activity_re",
    "next_inner",
    "only_designates",
    "reports_state",
    "same_activity",
    "scheduling",
    "start_re",
    "title_span",
]
