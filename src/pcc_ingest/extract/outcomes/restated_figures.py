"""A table's figure told again in a later paragraph that names no district
of its own (new in set 52).

A report's good-practice paragraph opens with a model's name, not the
district's ("“…โมเดล” อำเภอ…ใช้กลไก พชอ. … ส่งผลให้การคัดกรอง ADL ได้ 96.28%
และการดูแลตาม Care Plan ได้ 96.97%"), so its figures are read with no
district; an earlier table already gave both, to hundredths, for one
district and the same subject.  One figure (RECORDS.md: once per distinct
figure and subject), kept in the table with its district.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.merging import is_precise, same_figure, same_subject
from pcc_ingest.extract.records import OutcomeRecord


def _restates(r: OutcomeRecord, records: list[OutcomeRecord]) -> bool:
    """``r`` is a running-text result with no district or target, given to
    hundredths, that a table before it gives for the same year and subject."""
    if r.evidence.table is not None or r.district is not None or r.value_pct is None or r.target_pct is not None:
        return False
    if not is_precise(r.value_pct):
        return False
    return any(
        o.evidence.table is not None and o.evidence.block < r.evidence.block and o.year_be == r.year_be
        and same_figure(o.value_pct, r.value_pct) and same_subject(o.indicator, r.indicator)
        for o in records
    )


def drop_restated_figures(records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` without the paragraph figures an earlier table gives already."""
    return [r for r in records if not _restates(r, records)]
