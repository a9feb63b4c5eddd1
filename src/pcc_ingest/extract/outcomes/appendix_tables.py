"""Tables of an appendix (ภาคผนวก) repeating the body's figures.

A report may close with an appendix that gives a results table of the body
again, as counts with their percentages ("1,846/2,135 (86.46)") or ranked
("ลำดับ | อำเภอ | ร้อยละ"): the figures are the body's, told once
(RECORDS.md: one record per figure and subject).  A figure of an appendix
table that a record outside the appendix gives (same district, year and
percentage) is dropped; one the body does not give stays, the appendix's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.merging import same_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document


def appendix_start(doc: Document) -> int | None:
    """The order of the block opening the appendix ("ภาคผนวก", "ภาคผนวก ก ..."), if any."""
    return next((b.order for b in doc.body() if b.kind != "table_cell"
                 and rule_re("appendix", "heading").match(b.text)), None)


def drop_appendix_restatements(
    doc: Document, records: list[OutcomeRecord], more: Sequence[OutcomeRecord] = (),
) -> list[OutcomeRecord]:
    """``records`` without the appendix tables' figures that the body gives,
    in ``records`` or in the body's ``more`` records still to join them."""
    start = appendix_start(doc)
    if start is None:
        return records
    body = [r for r in [*records, *more] if r.evidence.block < start]

    def restated(r: OutcomeRecord) -> bool:
        return r.evidence.table is not None and r.evidence.block > start and r.value_pct is not None and any(
            (o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.value_pct, r.value_pct)
            for o in body)
    return [r for r in records if not restated(r)]
