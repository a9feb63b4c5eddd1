"""Numbered activities that only group sub-activities: a line "กิจกรรมที่ 1 <name>
งบประมาณรวม 49,800 บาท" over lines "1.1 ...", "1.2 ...", each with its own date, head
count and money, names the group of those activities and is none itself; so is a
plan row that sums sub-activities told elsewhere by pointing at their numbers
("1. คัดกรอง... (1.1–1.3)").  A heading that gives its own date or head count (a
plan row "2. เฝ้าระวัง... | ต.ค. 67 – มี.ค. 68" over "2.1", "2.2") is kept."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Document
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.text import thai_digits_to_arabic


def without_group_heads(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the headings of numbered sub-activities that other drafts
    read (``[group_heads] head``) and the rows that point at them (``covers``)."""
    body = doc.body()
    at = {b.order: i for i, b in enumerate(body)}
    drafted = {d.block.order for d in drafts}

    def subs_drafted(n: str, after: int) -> bool:
        """A drafted line right after ``after`` opens with sub-number "n.1"."""
        nxt = body[after + 1] if after + 1 < len(body) else None
        return nxt is not None and nxt.order in drafted and thai_digits_to_arabic(nxt.text).lstrip().startswith(f"{n}.1")

    def any_sub(n: str) -> bool:
        return any(thai_digits_to_arabic(d.block.text).lstrip().startswith(f"{n}.1") for d in drafts
                   if d.block.kind != "table_cell")

    def is_head(d: Draft) -> bool:
        text = thai_digits_to_arabic(d.block.text)
        if d.block.kind == "table_cell":
            m = rule_re("group_heads", "covers").search(text)
            return m is not None and any_sub(m["n"])
        m = rule_re("group_heads", "head").match(text)
        return (m is not None and not find_dates(d.block.text) and head_count(d.block.text) is None
                and d.block.order in at and subs_drafted(m["n"], at[d.block.order]))

    return [d for d in drafts if not is_head(d)]
