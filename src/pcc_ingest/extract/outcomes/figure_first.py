"""What a table cell opening with its figure measures: the words after "ของ".

A plan or progress table of activities gives each activity its own target in
a "ตัวชี้วัด / ค่าเป้าหมาย" column, written figure first: "ร้อยละ 80 ของ
กรรมการเข้าร่วมประชุม", "ร้อยละ 60 ของผู้ผ่านค่ายได้รับการติดตามครบ".  The
words after the figure name what it measures (the activity beside it, a
meeting or a camp, is how it is reached), so they are the indicator, not the
row's activity name.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, rule_re
from pcc_ingest.extract.outcomes.figures import Figure
from pcc_ingest.model import Block


def subject_after(block: Block, text: str, fig: Figure) -> str:
    """The words after "ของ" that follow the figure a table cell opens with
    ("ร้อยละ 80 ของกรรมการเข้าร่วมประชุม" -> "กรรมการเข้าร่วมประชุม"); "" for
    a paragraph, a cell with words before its figure, or none after it."""
    if block.kind != "table_cell" or text[:fig.start].strip(" ≥>=:"):
        return ""
    found = rule_re("figure_first", "of_subject").match(text, fig.end)
    words = found["words"].strip() if found else ""
    return words if len(words) >= MIN_INDICATOR_CHARS else ""
