"""Run every extractor over a document, in dependency order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pcc_ingest.extract.activities import extract_activities
from pcc_ingest.extract.budget import extract_budget
from pcc_ingest.extract.counts import extract_counts
from pcc_ingest.extract.districts import extract_districts
from pcc_ingest.extract.document_facts import extract_facts
from pcc_ingest.extract.issues import extract_issues
from pcc_ingest.extract.outcomes import extract_outcomes
from pcc_ingest.extract.records import DocumentFacts, Extraction
from pcc_ingest.extract.uccare import extract_uccare
from pcc_ingest.model import Document

T = TypeVar("T")


def extract(doc: Document) -> Extraction:
    """Facts first (province and year give context), then districts, then the rest.

    Each extractor runs on its own: one that raises on a layout it was not
    written for leaves its list empty and is named in ``failed_extractors``,
    so the document, its text and every other record are still kept.
    """
    failed: list[str] = []

    def guarded(name: str, run: Callable[[], T], empty: T) -> T:
        try:
            return run()
        except Exception as e:  # noqa: BLE001 - an extractor's bug must not lose the document
            failed.append(f"{name}: {type(e).__name__}: {e}")
            return empty

    facts = guarded("document", lambda: extract_facts(doc), DocumentFacts())
    districts = guarded("districts", lambda: extract_districts(doc, facts), [])
    items, total = guarded("budget", lambda: extract_budget(doc, facts), ([], None))
    return Extraction(
        document=facts,
        districts=districts,
        issues=guarded("issues", lambda: extract_issues(doc, facts, districts), []),
        activities=guarded("activities", lambda: extract_activities(doc, facts), []),
        budget_items=items,
        budget_total=total,
        outcomes=guarded("outcomes", lambda: extract_outcomes(doc, facts, districts), []),
        counts=guarded("counts", lambda: extract_counts(doc, facts, districts), []),
        uccare_scores=guarded("uccare", lambda: extract_uccare(doc, facts, districts), []),
        failed_extractors=failed,
    )
