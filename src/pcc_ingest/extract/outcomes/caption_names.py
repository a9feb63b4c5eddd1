"""A column group's short label named in full by the table's caption: a plan
captions its baseline table by ตำบล "ตารางที่ 1 ร้อยละครัวเรือนคัดแยกขยะ
ต้นทาง และร้อยละผู้ขับขี่รถจักรยานยนต์สวมหมวกนิรภัย" and heads its groups
"สวมหมวกนิรภัย (ร้อยละ)"; the caption's words say what each group measures.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import drop_percent_unit, rule_re


def caption_named(caption: str, label: str) -> str:
    """``label`` as ``caption`` words it, from the caption's last percent word
    before the label to the label's end; ``label`` when the caption does not
    name it so."""
    core = drop_percent_unit(label)
    at = caption.find(core) if core else -1
    if at <= 0:
        return label
    m = rule_re("table", "caption_measure").search(caption[:at])
    return caption[m.start():at] + core if m else label
