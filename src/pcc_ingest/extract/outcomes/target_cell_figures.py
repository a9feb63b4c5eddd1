"""Figures in a cell of a target column ("ตัวชี้วัด / ค่าเป้าหมาย" over
"ด่านชุมชนครอบคลุม ร้อยละ 100 ของตำบล"; new in set 50, a plan's activity
table): the column's label says its cells set targets, so a word before the
figure that elsewhere tells a result ("ครอบคลุม", "สำเร็จ") is part of the
measure's name there.  Only words that state a result or a comparison
outright ("ผลงาน", "ทำได้", "คิดเป็น", "เพิ่มขึ้นจาก") keep a figure a result,
and so does an earlier year's figure beside the target ("ร้อยละ 75 (ปี 2566
ร้อยละ 68.40)"): the baseline.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import is_earlier
from pcc_ingest.extract.outcomes.figures import Figure


def column_targets(text: str, figures: list[tuple[Figure, int]], year: int | None) -> list[tuple[Figure, int]]:
    """``figures`` (each with where its clause begins) of a target column's
    cell, each a target unless its clause states a result outright or it is
    of a year before ``year`` (the document's)."""
    stated = rule_re("target_column", "result_stated")
    return [(f if f.target or stated.search(text, clause, f.start) or is_earlier(text, f.start, year)
             else replace(f, target=True), clause) for f, clause in figures]
