"""Read the quality-of-life issues each district committee chose.

Reports list them in several ways: an inline list after the word ประเด็น
("อำเภอX ขับเคลื่อนประเด็น ๑) … ๒) …"), a counted list ("2 ประเด็น คือ A และB"),
a tallied summary ("ได้แก่ A (18 อำเภอ) B (11 อำเภอ) รองลงมาคือ C"), a section
(an issue heading, then district headings and numbered items), a sentence
per district in prose ("อำเภอX ขับเคลื่อนประเด็นA และB โดยเน้น…"), a short line
naming one issue ("ผลการดำเนินงานประเด็น…"), a paragraph headed by an issue's
label and running on into its results ("ประเด็นที่ 2 การป้องกัน… ในไตรมาสที่ 2
เกิด…"), a table (a district column and an issue column whose cells hold one or
several issues, or an issue × district matrix of ticks), a plan table's group rows ("ประเด็นที่ 1 …" above its
activities), or a form's row labelled as the issues ("ประเด็นการพัฒนาคุณภาพ
ชีวิต | 1. … 2. …"), a line under a district's heading that opens with the
issue label ("ประเด็นที่ขับเคลื่อน ได้แก่ A B และC"), or the province's common
issue named in passing ("… มีAเป็นประเด็นร่วมของจังหวัด").  Only lists introduced as issues are read, so objectives,
strategies, measures and problems, which are numbered the same way, are left
alone.

The package splits that work by what each module reads (``sections`` for
paragraphs in order, ``inline``, ``counted`` and ``prose`` for lists inside a
block, ``tables`` for issue tables and tick matrices (``matrix`` for those with an issue per column, ``merged`` for a cell merged
over several districts' rows, ``nested`` for a table nested in a district's row), ``rows`` for single table
rows, ``added`` for an issue a decision adds to those kept, ``referenced`` for the one
numbered issue a project cites), what they share (``rules``, ``items``, ``lists``) and how items become
records (``assemble``); this module re-exports the names other code and the
tests use.
"""

from __future__ import annotations

from pcc_ingest.extract.issues.assemble import (
    bare_name,
    extract_issues,
    restates,
)
from pcc_ingest.extract.issues.counted import (
    counted_district,
    counted_items,
    tallied_items,
)
from pcc_ingest.extract.issues.inline import addition_end
from pcc_ingest.extract.issues.items import (
    Item,
    before_glued_heading,
    before_results,
    clause_end,
    run_in_name_end,
)
from pcc_ingest.extract.issues.lists import (
    bullet_items,
    marker_depth,
    marker_style,
    numbered_items,
)
from pcc_ingest.extract.issues.matrix import is_tick, issue_column_items
from pcc_ingest.extract.issues.openings import adopts, opens_issues
from pcc_ingest.extract.issues.prose import (
    common_issue_spans,
    joined_items,
    labelled_prose,
    looks_like_issue,
    prose_lists,
    spaced_items,
)
from pcc_ingest.extract.issues.sections import heading_context, results_by_issue, section_of
from pcc_ingest.extract.issues.tables import tick_columns

__all__ = [
    "Item",
    "addition_end",
    "adopts",
    "bare_name",
    "before_glued_heading",
    "before_results",
    "bullet_items",
    "clause_end",
    "common_issue_spans",
    "counted_district",
    "counted_items",
    "extract_issues",
    "heading_context",
    "is_tick",
    "issue_column_items",
    "joined_items",
    "labelled_prose",
    "looks_like_issue",
    "marker_depth",
    "marker_style",
    "numbered_items",
    "opens_issues",
    "prose_lists",
    "restates",
    "results_by_issue",
    "run_in_name_end",
    "section_of",
    "spaced_items",
    "tallied_items",
    "tick_columns",
]
