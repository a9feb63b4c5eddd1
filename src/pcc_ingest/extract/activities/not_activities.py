"""A last check of every activity, whichever reader made it: is it one at all?

Readers take a line as an activity by its shape (a numbered item, a row of a plan table, a
dated sentence), and on documents they were not written for they also take lines that only
look like one: a heading or lead-in over the real items ("... ตามกำหนดการดังนี้", "การประชุม
และกิจกรรมสำคัญ ... ในรอบ 6 เดือน"), a result achieved ("ประชุมครบ 4 ครั้งตามแผน", "ทั้ง 6 ตำบล
ผู้ป่วยติดเตียงได้รับการเยี่ยม"), a form's label, a column header or a signature.  The gold
conventions (``gold/README.md``, Activities) count items that name work to be done or done;
these name none, so they are dropped here, once, after every reader and every merge.  The
check reads the final title only; it never drops a title that merely mentions a figure, a place
or a group, and never renames anything.  Rules: ``[not_activities]`` in ``activities.toml``.
"""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_re

# the rules, in the order they are tried (each a named pattern of ``[not_activities]``)
RULES = ("introducer_end", "period_heading", "done_as_planned", "coverage_opening", "found",
         "result_end", "target_bracket", "label", "unit_header", "total_line", "signature",
         "report_part", "result_opening", "month_opening")


def why_not_activity(title: str) -> str | None:
    """The name of the first rule that shows ``title`` names no activity, else None."""
    text = title.strip()
    for key in RULES:
        if key == "result_end" and rule_re("not_activities", "act_opening").search(text):
            continue  # a result clause left on a title that names the work
        if key in activity_rules()["not_activities"] and rule_re("not_activities", key).search(text):
            return key
    return None


def only_activities(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less those whose title is a heading, a lead-in, a result, a label, a
    column header or a signature rather than the name of an activity."""
    return [d for d in drafts if why_not_activity(d.title) is None]
