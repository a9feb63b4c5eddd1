"""Tasks of one decision told one after another, each with its own dates."""

from __future__ import annotations

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.thai.dates import find_dates


def split_dated(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each stretch of ``spans`` cut where "และ" opens a further act and both
    sides carry a date of their own ("ให้ดำเนินการค้นหา... ระหว่างวันที่ 1 – 31
    กรกฎาคม 2568 และจัดค่าย CBTx รุ่นที่ 4 ระหว่างวันที่ 18 – 22 สิงหาคม 2568"):
    two tasks, each with its dates and head count, as a listed item with two
    dated tasks gives two (``[minutes] next_dated_task``).  An undated act
    joined by "และ" stays part of the task before it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        begin = start
        for m in rule_re("minutes", "next_dated_task").finditer(text, start, end):
            rest = text[m.end():end]
            if start_re().match(rest) and find_dates(text[begin:m.start()]) and find_dates(rest):
                out.append((begin, m.start()))
                begin = m.end()
        out.append((begin, end))
    return out
