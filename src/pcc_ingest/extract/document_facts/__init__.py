"""Read what a document is: its type, province, fiscal year and period.

The title zone (``districts.title_blocks``) is the most authoritative place:
a report names its type, province and year there, while its body also talks
about earlier years, other provinces and meeting dates.  Each fact keeps the
evidence of the words it was read from.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import title_blocks
from pcc_ingest.extract.document_facts.doc_type import read_doc_type
from pcc_ingest.extract.document_facts.fiscal_year import (
    is_plausible_year,
    read_fiscal_year,
)
from pcc_ingest.extract.document_facts.found import Found
from pcc_ingest.extract.document_facts.period import (
    as_of_period,
    is_fiscal_to_date,
    is_list_item,
    is_year_to_date,
    stated_period,
    year_span,
)
from pcc_ingest.extract.document_facts.province import read_province
from pcc_ingest.extract.records import DocumentFacts
from pcc_ingest.model import Document
from pcc_ingest.thai.dates import fiscal_year_bounds, fiscal_year_of

__all__ = [
    "as_of_period",
    "extract_facts",
    "is_fiscal_to_date",
    "is_list_item",
    "is_plausible_year",
    "is_year_to_date",
    "year_span",
]


def extract_facts(doc: Document) -> DocumentFacts:
    """Type, province, fiscal year and period of ``doc``, each with its evidence."""
    title = title_blocks(doc)
    facts = DocumentFacts(title=" ".join(b.text for b in title) or doc.title)
    if kind := read_doc_type(doc, title):
        facts.doc_type = kind.value
        facts.evidence["doc_type"] = kind.evidence()
    if province := read_province(doc, title):
        facts.province_code = province.value
        facts.evidence["province_code"] = province.evidence()
    year = read_fiscal_year(doc, title)
    period = stated_period(doc, title, year.value if year else None, facts.doc_type)
    if year is None and period is not None:
        year = Found(fiscal_year_of(period.value[1]), period.block, period.start, period.end)
    if year is not None:
        facts.fiscal_year_be = year.value
        facts.evidence["fiscal_year_be"] = year.evidence()
    if period is None and year is not None:
        period = Found(fiscal_year_bounds(year.value), year.block, year.start, year.end)
    if period is not None:
        facts.period_start, facts.period_end = (d.isoformat() for d in period.value)
        facts.evidence["period_start"] = facts.evidence["period_end"] = period.evidence()
    return facts
