"""A target a table's caption sets for one of its column groups by name: a
progress report's ตำบล table captioned "ผลงานไตรมาส 4 รายตำบล (เป้าหมาย:
หมู่บ้าน HI ไม่เกิน 10 ร้อยละ 80 และผู้ป่วยเบาหวานควบคุมได้ดี ร้อยละ 40)" over
"หมู่บ้าน HI ไม่เกิน 10 | ผู้ป่วยเบาหวานควบคุมได้ดี".  Each group's rows take the
figure written right after its name, not the caption's first figure (the
"10" inside a name); the caption is the table's own title, so every row
takes it (gold/README.md: a breakdown takes a target from its own title).
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import drop_percent_unit, rule_re
from pcc_ingest.extract.outcomes.table_measures import Measure
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block


def named_target(caption: str, name: str) -> float | None:
    """The target ``caption`` sets right after ``name``, once a target word
    has opened the list before it; ``None`` when it sets none there."""
    core = drop_percent_unit(name)
    opener = rule_re("table", "caption_target_opener").search(caption)
    if not core or opener is None:
        return None
    at = caption.find(core, opener.end())
    if at < 0:
        return None
    m = rule_re("table", "caption_named_target").match(caption, at + len(core))
    return float(m["a"] or m["b"]) if m else None


def caption_bound(table: Table, measure: Measure, notes: tuple[Block, ...] = ()) -> float | None:
    """The target the table's title, or else a note under it, sets for the
    measure's column group by the group's name (any header label over its
    value column): "* เป้าหมาย หลังคาเรือนปลอดลูกน้ำยุงลาย ร้อยละ 90
    ผู้สูงอายุได้รับการคัดกรอง ADL ร้อยละ 80" under a ตำบล table with a
    "ผ่าน/ไม่ผ่าน" column after each measure gives each its own."""
    if measure.value is None:
        return None
    titles = [b.text for b in notes[::-1]] + [b.text for b in table.title if b.kind != "table_cell"]
    for label in table.labels.get(measure.value.col, ()):
        for title in reversed(titles):
            target = named_target(title, label)
            if target is not None:
                return target
    return None
