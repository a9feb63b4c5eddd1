"""A district written in brackets after a row's indicator ("ร้อยละผู้ผ่านการ
บำบัดกลับไปเสพซ้ำ (พระพุทธบาท)" under "ตัวชี้วัด (อำเภอ)"; a province's
results by quarter, one indicator per row, each for the district driving
it): the bracket says where the row's figures were measured, it is no part
of what is measured.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import resolve_district
from pcc_ingest.extract.outcomes.common import rule_re


def bracket_district(indicator: str, province: str | None) -> tuple[str, str] | None:
    """(district code, indicator without the bracket) when ``indicator`` ends
    with a bracket holding only a district of the document's province; ``None``
    otherwise (a bracketed unit, count or programme name, or no province known)."""
    m = rule_re("table", "bracket_tail").search(indicator)
    if m is None or province is None:
        return None
    found = resolve_district(m["name"], province)
    head = indicator[: m.start()].rstrip()
    return (found[0], head) if found and head else None
