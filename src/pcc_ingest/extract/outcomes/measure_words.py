"""Words that name a results table's measure: whether a count column's
label only repeats a longer label, whether a column under a percentage's
label counts, whether a row's indicator measures the
change its cell states, and the header words of a spending rate.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.tables import Column, Table, fold


def repeats_words(short: str, full: str) -> bool:
    """Whether a count column's label only repeats words of a longer label
    naming the same measure ("คัดกรอง (คน)" under "เด็ก 0-5 ปี ได้รับการ
    คัดกรองพัฒนาการ", "ได้รับการดูแล (ราย)" under a title "ผู้สูงอายุ...ได้รับ
    การดูแลตามแผน..."): the longer label then names the measure in full, the
    count label a piece of it.  A spanning label that names a role (an issue
    "ประเด็นที่ 1 การคัดแยกขยะ") is a group, not a measure's name."""
    whole = fold(full)
    return all(fold(word) in whole for word in short.split())


def names_change(indicator: str, change: str) -> bool:
    """Whether a row's indicator measures the change its result cell states
    ("จำนวนจุดความร้อนสะสม ลดลงจากปีที่ผ่านมา" with "ลดลงร้อยละ 31.55"): the
    change in per cent is then the result itself, not a shift beside it."""
    return bool(indicator) and fold(change) in fold(indicator)


def spending_label(table: Table, col: Column | None) -> str:
    """What a percent column right after money columns measures: the share
    the money spent is of the money planned ("งบประมาณตามแผน (บาท) | ... |
    เบิกจ่ายแล้ว (บาท) | ร้อยละ" -> "ร้อยละ เบิกจ่ายแล้ว งบประมาณตามแผน"), the
    spending rate gold/README.md counts as a result; "" when no money
    column stands right before it.  Only the header's words: the percent
    column's label, then the money columns' without their unit."""
    if col is None:
        return ""
    money = [c for c in table.columns if c.role == "budget_amount" and c.col < col.col]
    if not money or money[-1].col != col.col - 1:
        return ""
    words = [col.own, *(rule_re("table", "money_unit").sub("", c.own).strip() for c in reversed(money))]
    return " ".join(w for w in words if w)


def counts_under_percent(table: Table, col: Column) -> bool:
    """A percent column whose lowest header cell names a count in its unit
    ("ผ่าน (ตำบล)" under "ร้อยละของ พชต. ที่ผ่านเกณฑ์คุณภาพ", beside "ร้อยละ")."""
    labels = table.labels.get(col.col, ())
    return (len(labels) > 1 and rule_re("table", "unit_aside").search(labels[-1]) is not None
            and not rule_re("table", "percent_label").search(labels[-1]))
