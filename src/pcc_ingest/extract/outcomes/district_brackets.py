"""A figure in running text followed by a district in brackets ("ได้ร้อยละ
92.40 (อ.เมืองสุพรรณบุรี), 95.15 (อ.อู่ทอง) ..."; a province's inspection
report giving one measure's result in each district): the bracket says
where the figure was measured, so the record is that district's and the
district is no part of its indicator.  A bracket of ตำบล stays in the name
(a district's own report breaking a result down by ตำบล).
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.bracket_districts import bracket_district
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.model import Document

# A bracket naming a district right after the figure ("92.40 (อ.อู่ทอง)").
DISTRICT_BRACKET_RE = re.compile(r"\s*%?\s*\(\s*(?:อ\.|อำเภอ)\s*[ก-๙]+\s*\)")


def bracketed_districts(doc: Document, prose: list[OutcomeRecord], province: str | None) -> list[OutcomeRecord]:
    """``prose`` with each figure a district's bracket follows given to that
    district of ``province``, its name without the district."""
    out = []
    for o in prose:
        found = None
        if o.evidence.table is None and province is not None:
            text = doc.blocks[o.evidence.block].text
            if DISTRICT_BRACKET_RE.match(text, o.evidence.end):
                found = bracket_district(o.indicator, province)
        out.append(o.model_copy(update={"district": found[0], "indicator": found[1]}) if found else o)
    return out
