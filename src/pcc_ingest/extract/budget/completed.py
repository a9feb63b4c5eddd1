"""A funder named by its bare abbreviation, completed by the lines that name it in full.

A sentence may name its funder by the body's abbreviation alone ("งบ สสจ.
ส่วนที่เหลือ 80,000 บาท …") where the heading or the lines above name it in
full ("กิจกรรม…ที่ใช้งบ สสจ.X"): the clerk shortened the name once it was
known, so the line is paid by the same body as written in full.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.records import BudgetItemRecord

# A source that is nothing but a body's abbreviation, its place left out
# ("สสจ.", "สสอ", "อบต."): it names no one body by itself.
BARE_ABBREVIATION_RE = re.compile(r"^[ก-ฮ]{2,5}\.$")
# The place a full name writes right after the abbreviation's dot ("สสจ.X"):
# not a count or a second body ("อปท. 12 แห่ง", "อปท./กองทุน…"), which
# complete no name.
PLACE_AFTER_RE = re.compile(r"[ก-ฮ]")


def completed_sources(items: list[BudgetItemRecord]) -> list[BudgetItemRecord]:
    """``items`` with each bare abbreviated source replaced by the one fuller
    source of the other lines that starts with it; left as it is when none
    or several do."""
    named = {i.source for i in items if i.source}
    out = []
    for item in items:
        bare = item.source.strip() if item.source else ""
        full: set[str] = set()
        if BARE_ABBREVIATION_RE.match(bare):
            full = {n for n in named if n.startswith(bare) and PLACE_AFTER_RE.match(n, len(bare))}
        out.append(item.model_copy(update={"source": full.pop()}) if len(full) == 1 else item)
    return out
