"""The measure a note under a table names with its target.

A clerk often puts a one-measure table's target in a footnote that also says
what the percentage is of ("* เป้าหมาย ร้อยละ 80 ของกลุ่มเปราะบางที่ขึ้นทะเบียน
ได้รับการดูแลช่วยเหลืออย่างน้อย 1 ครั้ง"), while the header says only "คิดเป็น %"
and the heading names the work ("การดูแลกลุ่มเปราะบาง"): the note's words after
the target are the measure, and they name the table's results.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.model import Block

# "ของ <measure>" right after a note's target figure: what the percentage is of.
NOTED_MEASURE_RE = re.compile(r"\s*ของ\s*(?P<measure>[^\s(].*?)[\s.:;,]*$")

# Fewer characters than this name no measure (a bare "ของอำเภอ").
MIN_CHARS = 12
# A pass mark, not a measure: a share of the full score or budget ("ร้อยละ 80
# ของคะแนนเต็ม และไม่มีองค์ประกอบใดต่ำกว่าระดับ 3", a UCCARE table's criterion),
# or a second condition joined to it; or the whole group the share is of and
# nothing more ("ไม่น้อยกว่าร้อยละ 60 ของผู้สูงอายุทั้งหมด", an inspection
# report's pass mark under a screening table by quarter): a denominator.
NO_MEASURE_RE = re.compile(r"^(?:คะแนน|งบ|ค่า\s*ใช้\s*จ่าย)|\sและ|^\S+ทั้ง\s*หมด$")


def noted_measure(note: Block) -> str:
    """The measure a note's target is stated of, "" when it names none."""
    m = stated_target(note.text)
    named = NOTED_MEASURE_RE.match(note.text, m.end()) if m else None
    measure = named["measure"] if named else ""
    return measure if len(measure) >= MIN_CHARS and not NO_MEASURE_RE.search(measure) else ""
