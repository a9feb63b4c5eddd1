"""A row naming several meetings at once ("กิจกรรมที่ 5 ประชุมคณะกรรมการ พชอ. 2 ครั้ง",
a budget table paying for them) beside the numbered meetings the report lists:
those meetings, counted, not another activity."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import MEETING_NUMBER_RE, is_meeting
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.tables import fold


def without_meeting_tallies(drafts: list[Draft]) -> list[Draft]:
    """Drafts less an undated meeting named with a count of sessions (``[meetings]
    tally``) when at least that many numbered meetings ("ครั้งที่ 1/2566") are drafted."""
    numbered = {m.group(1) for d in drafts if is_meeting(d) and (m := MEETING_NUMBER_RE.search(fold(d.title)))}
    return [d for d in drafts if not _tallies(d, len(numbered))]


def _tallies(d: Draft, numbered: int) -> bool:
    """``d`` counts meetings the report lists one by one."""
    if not is_meeting(d) or d.date_from is not None or d.date_to is not None:
        return False
    m = rule_re("meetings", "tally").search(d.title)
    return m is not None and 2 <= int(m["count"]) <= numbered
