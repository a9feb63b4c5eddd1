"""Running text that reads a table's figures out in words.

A paragraph opening "จากตาราง ..." (from the table, ...) restates the
figures of the table above it; RECORDS.md counts one outcome per distinct
figure and subject, so such a figure is the table's record, not a second one.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import TOLERANCE, rule_re
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def reads_table(text: str) -> bool:
    """A paragraph that opens by pointing at a table ("จากตาราง ก่อนการอบรม
    ...", "ดังตารางที่ 2", "จากข้อมูลในตาราง")."""
    return bool(rule_re("summary", "reads_table").match(text))


def table_readout(doc: Document, r: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """A result in a paragraph that reads out a table, equal to a figure a
    table before it gives for the same district: the table's figure said
    again (the sentence's own subject and year words are a paraphrase), even
    when a bar the sentence names before it ("ผ่านเกณฑ์ร้อยละ 90 ... ยกเว้น
    ตำบล... (ร้อยละ 82.61)") lent it a target."""
    if r.evidence.table is not None or r.value_pct is None:
        return False
    if not reads_table(doc.blocks[r.evidence.block].text):
        return False
    return any(
        o.evidence.table is not None and o.evidence.block < r.evidence.block and o.district == r.district
        and o.value_pct is not None and abs(o.value_pct - r.value_pct) <= TOLERANCE
        for o in tabled
    )
