"""A budget table's dated row paying an activity told earlier: a progress
report lists what was done ("7 พ.ย. 2566 | อบรมเชิงปฏิบัติการ อสม. การจัดการ
แหล่งเพาะพันธุ์ยุงลาย...") and its spending table names the same act in its own
short words over the same months ("อบรม อสม. การจัดการแหล่งเพาะพันธุ์ยุงลาย 120 คน |
พ.ย. 66 | 18,000"), adding words of its own ("9 ตำบล", "(แถบตรวจน้ำตาล...)") the
list does not hold, so no name holds the other."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import TitleKey
from pcc_ingest.extract.activities.ordinals import shared_run
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import fold
from pcc_ingest.thai.dates import PartialDate


def same_period_row(d: Draft, earlier: list[Draft]) -> int | None:
    """The index of the one earlier draft told outside ``d``'s table, over the
    same months as ``d`` (``same_months``), neither a numbered meeting, whose name shares a run of at least
    ``[period_rows] shared_chars`` letters with ``d``'s, the head counts not
    differing; None when none, or several."""
    if d.date_from is None or d.date_to is None or TitleKey.of(d.title).number:
        return None  # a numbered meeting is matched by its number (``merge``)
    short = fold(comparable(d.title)).lower()
    least = activity_rules()["period_rows"]["shared_chars"]
    found = [i for i, o in enumerate(earlier)
             if o.block.table != d.block.table and same_months(o, d) and not TitleKey.of(o.title).number
             and (d.participants is None or o.participants in (None, d.participants))
             and shared_run(short, fold(comparable(o.title)).lower()) >= least]
    return found[0] if len(found) == 1 else None


def same_months(o: Draft, d: Draft) -> bool:
    """Both drafts begin in the same month and end in the same month ("7 พ.ย.
    2566" and "พ.ย. 66"; "พ.ย. 66 – มี.ค. 67" twice)."""
    def month(p: PartialDate | None) -> tuple[int, int | None] | None:
        return (p.year, p.month) if p is not None and p.month else None
    return (month(o.date_from) is not None and month(o.date_from) == month(d.date_from)
            and month(o.date_to) == month(d.date_to))

