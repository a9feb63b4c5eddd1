"""A numbered caption that names a measure of its own, other than the KPI
the report states at its head: "ตารางที่ 3 กลุ่มเปราะบางได้รับการเยี่ยมบ้าน
โดยทีม พชต./อสม. รายไตรมาส" over "เป้าหมาย (คน) | ไตรมาส 1 | ไตรมาส 2 | รวม
(คน) | ร้อยละ" in an inspection report whose KPI is "ร้อยละของอำเภอผ่านเกณฑ์
…".  The table's bare "ร้อยละ" column measures what its caption says, so the
KPI neither names its figures nor lends them its target.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.measure_labels import measure_label
from pcc_ingest.extract.outcomes.merging import same_subject
from pcc_ingest.extract.outcomes.table_measures import Measure, says_percent
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.tables import Table


def caption_measure(table: Table, measure: Measure, kpi: str) -> str:
    """The subject of ``table``'s numbered caption when the caption names a
    measure sharing no subject with the KPI stated before it (``kpi``) and
    the measure's own header names none; "" otherwise (no KPI, a caption
    naming results or a percentage, which other readers take, or the KPI's
    own subject)."""
    if measure.value is None or not kpi or measure_label(table, measure):
        return ""
    numbered = [b for b in table.title if rule_re("table", "caption_number").search(b.text)]
    if not numbered:
        return ""
    caption = title_subject(numbered[-1].text)[:120]
    if not caption or says_percent(caption) or rule_re("table", "result_heading").match(caption):
        return ""
    return "" if same_subject(kpi, caption) else caption
