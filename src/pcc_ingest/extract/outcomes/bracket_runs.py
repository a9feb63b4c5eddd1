"""What a run of figures with their places in brackets says besides the
places' figures (new in set 49, a minutes' results paragraph: "ผลการตรวจพบ
ไข่พยาธิ (เป้าหมาย ไม่เกินร้อยละ 5) ได้ร้อยละ 4.21 (ต.ก), 6.80 (ต.ข) และ
2.98 (ต.ค) ภาพรวมอำเภอร้อยละ 4.57 ลดลงจากปี 2566 ที่พบร้อยละ 7.24").

A bracket stating a target between the measure and the run is no clause
break: the measure is named by the words before it, and its target is every
place's.  A figure for the whole ("ภาพรวมอำเภอ") right after the run, and the
earlier year's figure it is compared with, are the measure's results for the
whole, named "<measure> <whole>": the run's year's with the run's target, the
earlier year's (a baseline) with none.  Rules: ``[figure] run_target``,
``whole_tail``.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.records import OutcomeRecord


def target_aside(head: str) -> tuple[str, float | None]:
    """``head`` (the words before a run) without the last bracket stating a
    target, and that target; ``head`` as it stands and ``None`` when it has none."""
    m = rule_re("figure", "run_target").search(head)
    target = stated_target(m.group()) if m else None
    if m is None or target is None:
        return head, None
    return f"{head[: m.start()].rstrip()} {head[m.end():].lstrip()}", float(target["t"])


def whole_span(text: str, run_end: int) -> tuple[int, int, str] | None:
    """(start, end, whole's words) of the whole's figures right after a run
    ending at ``run_end``; ``None`` when none follows."""
    m = rule_re("figure", "whole_tail").match(text[run_end:])
    if m is None:
        return None
    return run_end, run_end + m.end(), " ".join(m["whole"].split())


def name_wholes(found: list[OutcomeRecord], block: int, span: tuple[int, int, str], measure: str,
                target: float | None, year: int | None) -> list[OutcomeRecord]:
    """``found`` with the reader's figures of block ``block`` inside ``span``
    named "<measure> <whole>": of the run's ``year`` with its ``target``, of an
    earlier year with none."""
    lo, hi, whole = span
    return [o.model_copy(update={"indicator": f"{measure} {whole}",
                                 "target_pct": target if o.year_be == year else None})
            if o.evidence.block == block and o.evidence.table is None and lo <= o.evidence.start < hi else o
            for o in found]
