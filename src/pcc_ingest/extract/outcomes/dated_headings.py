"""A numbered heading naming its year at its end, however long.

Minutes' agenda items and report sections often run past a heading's usual
length because they close on the year they report ("๓.๑
ผลการดำเนินงานตามประเด็นพัฒนาคุณภาพชีวิต ปีงบประมาณ พ.ศ. ๒๕๖๗"): a numbered
block ending on its fiscal year, up to an agenda heading's length, is still
a heading, and that year is its section's, for the tables and paragraphs
under it that state none (`running_text.section_years`).  A numbered item
stating a figure or a second year before it ("1. เพื่อลด... ไม่น้อยกว่า 20%
เมื่อเทียบกับปี 2567", "5.1 สรุปผล ... ปี 2567 และข้อเสนอแนะ ... ปี 2568")
is no such heading: its year is not its section's alone.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.model import Block


def dated_depth(block: Block) -> int | None:
    """How deep a numbered block ending on its year sits in the outline ("3.1
    ... ปีงบประมาณ พ.ศ. 2567" is 2); ``None`` for any other block."""
    if block.kind == "table_cell" or len(block.text) > outcome_rules()["section"]["agenda_heading_chars"]:
        return None
    m = rule_re("section", "outline_number").match(block.text)
    end = rule_re("section", "dated_end").search(block.text) if m else None
    if m is None or end is None or any(ch.isdigit() for ch in block.text[m.end():end.start()]):
        return None  # an item stating a figure or another year ("... 20% เมื่อเทียบกับปี 2567") heads nothing
    return len(m["n"].split("."))
