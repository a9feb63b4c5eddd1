"""A bracket splitting money that is no line into its shares.

"มีเงินเหลือจ่าย 2,046.50 บาท (กิจกรรมที่ 1 จำนวน 200.00 บาท กิจกรรมที่ 2 …)"
(a project report's money left over, by activity), "ได้รับ 90,000 บาท (สสจ.X
50,000 บาท …)": the bracket's amounts share out money that was received,
left over or returned, so they are no lines either.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.working import bracket_close


def split_bracket_end(text: str, end: int) -> int:
    """Past the bracket right after money that is no line, when it only
    splits that money by activity or funder ("มีเงินเหลือจ่าย 2,046.50 บาท
    (กิจกรรมที่ 1 จำนวน 200.00 บาท กิจกรรมที่ 2 …)", "ได้รับ 90,000 บาท (สสจ.
    50,000 บาท …)"): its amounts are shares of that money, no lines either.
    A bracket naming costs ("(ค่าอาหาร …)") is itemised spending, left to be read."""
    opened = rule_re("line.split_bracket").match(text, end)
    close = bracket_close(text, opened.end()) if opened else None
    if close is None or rule_re("line.expense_start").search(text, opened.end(), close):
        return end
    return close
