"""Figures of running text (or of a cell not read by header) that a results
table already gives: one record per figure and subject (RECORDS.md), kept in
the table.  Split out of ``merging`` (which joins records stated twice)
because these drop the text's record rather than join it.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.cell_fractions import PLACES_RE
from pcc_ingest.extract.outcomes.figure_years import year_after, year_before
from pcc_ingest.extract.outcomes.merging import alike, is_precise, same_figure, same_subject, written_to_hundredths
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def undated_restatement(doc: Document, r: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """A result in running text (or a cell of a table not read by header)
    whose words state no year for it, and that a results table gives for the
    same district and subject in some year ("สภาพปัญหา ... ครัวเรือนที่คัดแยก
    ขยะอินทรีย์มีเพียงร้อยละ 48.30" and the KPI table's "ปี 2566" cell 48.30):
    the situation a problem statement cites is the table's baseline, one
    figure (RECORDS.md: once per distinct figure and subject), kept in the
    table with its year."""
    if r.value_pct is None or r.target_pct is not None:
        return False
    text = doc.blocks[r.evidence.block].text
    if year_before(text, r.evidence.start) is not None or year_after(text, r.evidence.end) is not None:
        return False
    return any(
        o.evidence.table is not None and o.evidence.table != r.evidence.table and o.district == r.district
        and o.year_be != r.year_be and same_figure(o.value_pct, r.value_pct) and alike(o.indicator, r.indicator)
        for o in tabled
    )


def restated_cell(r: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """A result in a cell of a table not read by header, given to hundredths,
    that a results table gives for the same district, year and subject (a
    plan's issue table citing "ครัวเรือนคัดแยกขยะปี 2566 ร้อยละ 62.41" and the
    ตำบล table's total row 62.41 under "ปี 2566"), stating no target or the
    row's own ("67.50% ต่ำกว่าเป้าหมายร้อยละ 70"), its district maybe left
    unread (a findings cell opening "วังน้อยมี..." without "อำเภอ"): one
    figure, kept in the results table (``restated`` does so for running text)."""
    places = PLACES_RE.search(r.evidence.text)
    if r.evidence.table is None or r.value_pct is None or not (is_precise(r.value_pct) or (
            places is not None and len(places[2] or "") >= 2)):
        return False
    return any(
        o.evidence.table is not None and o.evidence.table != r.evidence.table and r.district in (None, o.district)
        and o.year_be == r.year_be and same_figure(o.value_pct, r.value_pct) and same_subject(o.indicator, r.indicator)
        and (r.target_pct is None or same_figure(o.target_pct, r.target_pct))
        for o in tabled
    )


def result_read_as_target(r: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """A target in running text given to hundredths that a results table of
    the same district and year gives as a result ("ยังต่ำกว่าเป้าหมาย (ร้อยละ
    47.86)" after the table's 47.86): the text restates the result it finds
    short of the target; set bars are round figures, so such a figure is the
    table's result, once (RECORDS.md: once per distinct figure and subject).
    A figure written to hundredths however round its value ("ต่ำกว่าเป้าหมาย
    (ร้อยละ 88.60)", a ตำบล's result in a cell of places' figures) is one too."""
    if r.value_pct is not None or r.target_pct is None or not (is_precise(r.target_pct) or written_to_hundredths(r)):
        return False
    return any(
        o.evidence.table is not None and o.district == r.district and o.year_be == r.year_be
        and same_figure(o.value_pct, r.target_pct)
        for o in tabled
    )
