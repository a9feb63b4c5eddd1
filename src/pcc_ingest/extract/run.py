"""Run every extractor over a document, in dependency order."""

from __future__ import annotations

from pcc_ingest.extract.activities import extract_activities
from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.counts import extract_counts
from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import extract_issues
from pcc_ingest.extract.outcomes import extract_outcomes
from pcc_ingest.extract.records import Extraction
from pcc_ingest.extract.uccare import extract_uccare
from pcc_ingest.model import Document


def extract(doc: Document) -> Extraction:
    """Facts first (province and year give context), then districts, then the rest."""
    facts = extract_facts(doc)
    districts = extract_districts(doc, facts)
    items, total = extract_budget(doc, facts)
    return Extraction(
        document=facts,
        districts=districts,
        issues=extract_issues(doc, facts, districts),
        activities=extract_activities(doc, facts),
        budget_items=items,
        budget_total=total,
        outcomes=extract_outcomes(doc, facts, districts),
        counts=extract_counts(doc, facts, districts),
        uccare_scores=extract_uccare(doc, facts, districts),
    )
