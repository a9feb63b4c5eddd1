"""A table captioned as a count, with a bare percent column (new in set 50).

A ranking or breakdown table may be captioned by what it counts ("ตารางที่ 3
จำนวนตำบลที่มี พชต. และแผนการดำเนินงาน เรียงลำดับรายอำเภอ") over the count
columns and a column headed only "ร้อยละ": each percentage is the share of
what the caption counts, "ร้อยละตำบลที่มี พชต. และแผนการดำเนินงาน", a measure of
its own.  The KPI stated before the table neither names it nor lends it a
target (RECORDS: a breakdown takes a target only from its own title, header
or introducing sentence).
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.table_model import fold

# A caption opening with "จำนวน": group `what` is what it counts, without the
# order or breakdown it is listed in ("เรียงลำดับรายอำเภอ", "จำแนกรายตำบล").
COUNT_CAPTION_RE = re.compile(
    r"^\s*จำนวน\s*(?P<what>\S.*?)\s*(?:(?:เรียง\s*ลำดับ|จำแนก|แยก)\s*(?:ตาม)?\s*)?"
    r"(?:ราย\s*(?:อำเภอ|ตำบล|หมู่บ้าน|ชุมชน|พื้นที่))?\s*$")

# A percent column's label that names nothing but the unit ("ร้อยละ", "(%)", "คิดเป็นร้อยละ").
BARE_PERCENT_RE = re.compile(r"^\(?(?:คิดเป็น)?(?:ร้อยละ|%)\)?$")


def counted_caption(caption: str, measure: Measure) -> str:
    """The share a bare percent column gives of what the table's numbered
    caption counts ("ร้อยละตำบลที่มี พชต. …"); "" when the caption counts
    nothing or the column names a measure of its own."""
    m = COUNT_CAPTION_RE.match(caption)
    if m is None or measure.value is None or not BARE_PERCENT_RE.match(fold(measure.value.own or measure.value.label)):
        return ""
    return "ร้อยละ" + m["what"]
