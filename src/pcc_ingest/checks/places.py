"""Check that every district a record names lies in the document's province."""

from __future__ import annotations

from typing import Any

from pcc_ingest.checks.findings import make_finding
from pcc_ingest.extract.records import Extraction, Finding


def district_in_province(ex: Extraction) -> list[Finding]:
    """Every district code a record carries lies in the document's province."""
    province = ex.document.province_code
    if province is None:
        return []
    tables: dict[str, list[Any]] = {
        "districts": ex.districts, "issues": ex.issues, "outcomes": ex.outcomes,
        "counts": ex.counts, "uccare_scores": ex.uccare_scores,
    }
    out: list[Finding] = []
    for table, records in tables.items():
        for seq, rec in enumerate(records):
            code = rec.code if table == "districts" else rec.district
            if code is not None and not code.startswith(province):
                out.append(make_finding("district_in_province", rec.evidence, table=table, seq=seq,
                                        expected=f"{province}xx", found=code, code=code, province=province))
    return out
