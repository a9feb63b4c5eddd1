"""A row naming several meetings or cohorts at once ("กิจกรรมที่ 5 ประชุมคณะกรรมการ
พชอ. 2 ครั้ง", "อบรมแกนนำชุมชน... 2 รุ่น", a budget table paying for them) beside the
numbered meetings or cohorts the report lists one by one: those, counted, not another
activity."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.merge import MEETING_NUMBER_RE, is_meeting
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.tables import fold


def without_meeting_tallies(drafts: list[Draft]) -> list[Draft]:
    """Drafts less a meeting named with a count of sessions (``[meetings] tally``)
    when at least that many numbered meetings ("ครั้งที่ 1/2566") are drafted, and
    less an activity named with a count of cohorts (``cohort_tally``) when that
    many drafts name its cohorts; a tally that gives a period must hold theirs."""
    numbered = {m.group(1): d for d in drafts if is_meeting(d) and (m := MEETING_NUMBER_RE.search(fold(d.title)))}
    return [d for d in drafts if not _tallies(d, list(numbered.values())) and not _cohorts(d, drafts)]


def _within(d: Draft, members: list[Draft]) -> list[Draft]:
    """The members an undated tally counts, or those within its period."""
    if d.date_from is None or d.date_to is None:
        return members if d.date_from is None and d.date_to is None else []
    return [o for o in members if o.date_from is not None and o.date_to is not None
            and d.date_from.first_day() <= o.date_from.first_day() and o.date_to.last_day() <= d.date_to.last_day()]


def _tallies(d: Draft, numbered: list[Draft]) -> bool:
    """``d`` counts meetings the report lists one by one."""
    if not is_meeting(d):
        return False
    m = rule_re("meetings", "tally").search(d.title)
    return m is not None and 2 <= int(m["count"]) <= len(_within(d, numbered))


def _cohorts(d: Draft, drafts: list[Draft]) -> bool:
    """``d`` counts cohorts the report lists one by one: other drafts whose names
    hold the name ``d`` gives before its count."""
    m = rule_re("meetings", "cohort_tally").search(d.title)
    stem = fold(d.title[: m.start()]) if m else ""
    if not stem:
        return False
    members = [o for o in drafts if o is not d and o.title != d.title and stem in fold(o.title)]
    return 2 <= int(m["count"]) <= len(_within(d, members))
