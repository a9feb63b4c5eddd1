"""A bare target in running text that is no other result's target.

``merge`` drops a target stated alone when a result of the same district and
year carries the same figure as its target.  A later paragraph may set a
bar of its own for another subject that happens to equal it (a minutes'
resolution "มอบ สสอ. ติดตามการคัดกรองผู้สูงอายุให้ได้ไม่น้อยกว่าร้อยละ 60
ภายในไตรมาส 2" after "ครัวเรือนคัดแยกขยะร้อยละ 46.8 (เป้าหมายร้อยละ 60)"):
both in running text, the target in a later paragraph than the result,
sharing no word, the two stay two records (RECORDS.md: once per distinct
figure and subject).  A target stated first and a result reported against it
later is the plan's bar and its outcome, however the two are worded.  Two names that
share a word ("สวมหมวกนิรภัย", "ที่มีคุณภาพ") are one subject told twice, and
the bare target is the result's own.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from pcc_ingest.extract.records import OutcomeRecord

# The longest run of letters two names may share and still name two subjects:
# three letters are a syllable ("คัด" of คัดแยก / คัดกรอง), four or more a word.
MAX_SHARED_RUN = 3


def _letters(name: str) -> str:
    """The name without spaces and without the "ร้อยละ" every indicator may open with."""
    return "".join(name.replace("ร้อยละ", "").split())


def share_no_word(a: str, b: str) -> bool:
    """Whether two indicator names share no run of letters longer than a syllable."""
    x, y = _letters(a), _letters(b)
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size <= MAX_SHARED_RUN


def set_apart(result: OutcomeRecord, target: OutcomeRecord) -> bool:
    """``target`` (a bare target) is set in a paragraph after ``result``'s
    for a subject sharing no word with it, both in running text; or it is a
    row of an earlier table of indicators and targets naming a subject that
    shares no word with a later table's result (another issue of the
    district whose result is not in yet, "N/A", with the same bar)."""
    a, b = result.evidence, target.evidence
    if a.table is not None and b.table is not None:
        return b.table < a.table and share_no_word(result.indicator, target.indicator)
    return a.table is None and b.table is None and a.block < b.block \
        and share_no_word(result.indicator, target.indicator)
