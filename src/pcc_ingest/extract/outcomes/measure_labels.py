"""What each measure of a results table is named in its header: a percent
column's own words, the count columns worked out into it, or the label
spanning its group (a year spanning it names none)."""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import MIN_INDICATOR_CHARS, drop_percent_unit, rule_re
from pcc_ingest.extract.outcomes.fraction_columns import proved_column
from pcc_ingest.extract.outcomes.measure_words import repeats_words
from pcc_ingest.extract.outcomes.table_measures import Measure, says_percent
from pcc_ingest.extract.tables import Column, Table, label_role


def measure_label(table: Table, measure: Measure) -> str:
    """What one of several measures of a table measures, from its header: its
    count columns' labels, or else the label spanning its group (for a group
    of year columns, that label without its unit and the year labels under
    it: "ผู้มีภาวะพึ่งพิงได้รับการดูแลตาม Care Plan (ร้อยละ)" -> "ผู้มีภาวะ
    พึ่งพิงได้รับการดูแลตาม Care Plan")."""
    if measure.value is None:
        years = [c for c in measure.columns if c.role == "year"]
        upper = table.labels.get(years[0].col, ())[:-1] if years else ()
        # a year's label under the indicator's ("ปี 2568" over "(รอบ 2)") names no measure
        return drop_percent_unit(" ".join(p for i, p in enumerate(upper) if i == 0 or label_role(p) != "year"))
    upper = table.labels.get(measure.value.col, ())[:-1]
    named = value_name(measure.value)
    if upper and named:
        # a label naming indicators over several named ones ("ตัวชี้วัดกระบวนการ
        # (เป้าหมาย ≥ 80%)" over "ตำบลขับเคลื่อน... | ...") is a header word
        kinds = rule_re("table", "indicators_label")
        header_word = kinds.match(upper[0]) and len(table.group(measure.value.col)) > 1
        return named if header_word else " ".join([*upper, named])
    counts = numerator_label(table, measure.value)
    # a year over its "จำนวน | ร้อยละ" pair ("ปีงบประมาณ 2567 (9 เดือน)") names no measure
    spanning = " ".join(p for p in upper if not rule_re("table", "year_over_percent").match(p))
    own = measure.value.own  # a name run on under a label over it alone ("ร้อยละการสวม" under "หมวกนิรภัย")
    if upper and not counts and table.group(measure.value.col) == (measure.value.col,) and not value_name(measure.value) \
            and says_percent(own) and not rule_re("table", "bare_percent").match(own):
        return f"{own} {spanning}"
    if spanning and counts and label_role(spanning) is None and repeats_words(counts, spanning):
        return spanning
    # a percent column named by its own label alone ("จุดเสี่ยงได้รับการแก้ไข จุด (ร้อยละ)" over
    # "18/24 (75.00)", beside rates per 100,000): that name, as under a label over it
    return counts or spanning or (value_name(measure.value) if proved_column(table, measure.value.col) else "")


def value_name(col: Column) -> str:
    """What a percent column's own label names besides its unit ("HI (ร้อยละ)"
    -> "HI", "อัตราการสวมหมวก (%)" -> "อัตราการสวมหมวก"); "" for a bare "ร้อยละ"."""
    words = drop_percent_unit(col.own)
    return "" if says_percent(words) or not any(ch.isalpha() for ch in words) else words


def numerator_label(table: Table, col: Column | None) -> str:
    """What a percent column measures when its header says so in the count
    columns right before it: the counts worked out into the percentage
    ("ผู้สูงอายุติดเตียง (คน)" | "ได้รับการดูแลตาม Care plan (คน)" | "ร้อยละ"),
    without their units; "" when the column before it is labelled by a role
    word ("ผลงาน", "จำนวน") or there is none.  The counts run left up to a
    labelled role, a bare count of a whole ("จำนวน พชต.", "หมู่บ้านทั้งหมด"),
    a fraction's numerator ("หมู่บ้าน HI<10 / ทั้งหมด"), a verdict column
    ("ผ่าน/ไม่ผ่าน", the measure before's), or the edge of the
    percent column's group (or of its label over it alone), and never into
    another measure's figures or a rate ("อัตราป่วย ... (ต่อแสนประชากร)").
    A named column whose cells hold their own counts ("11/12 (91.67)") borrows none."""
    if col is None or (value_name(col) and proved_column(table, col.col)):
        return ""  # a named column whose cells hold their own counts ("11/12 (91.67)")
    group = table.group(col.col)
    figures = {c.col for c in table.columns if c.role == "percent"}
    upper = table.labels.get(col.col, ())[:-1]
    words: list[str] = []
    for c in range(col.col - 1, group[0] - 1 if len(group) > 1 else -1, -1):
        label = table.labels.get(c, ("",))[-1]
        if not label or c in figures or label_role(label) is not None or (upper and table.labels.get(c, ())[:-1] != upper):
            break
        if fraction := rule_re("table", "fraction_count").match(label):
            words.insert(0, fraction["num"].strip())
            break
        if rule_re("table", "whole_count").search(label) or rule_re("table", "rate_indicator").search(label) \
                or rule_re("table", "verdict_label").match(label):
            break
        words.insert(0, rule_re("table", "unit_aside").sub("", label).strip())
    found = " ".join(words)
    return found if sum(ch.isalpha() for ch in found) >= MIN_INDICATOR_CHARS else ""
