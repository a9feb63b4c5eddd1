"""Check figures read by OCR for values the report cannot mean (a misread digit)."""

from __future__ import annotations

import math

from pcc_ingest.checks.dates import document_window
from pcc_ingest.checks.findings import config, figure, make_finding, same_money
from pcc_ingest.extract.records import Extraction, Finding

BUDDHIST_ERA_OFFSET = 543


def _ocr_years(ex: Extraction) -> tuple[int, int] | None:
    """The B.E. years an OCR-read figure may be for: the document's years, with room for baselines."""
    window = document_window(ex)
    if window is None:
        return None
    rule = config()["rule"]["ocr_figure_implausible"]
    return (window[0].year + BUDDHIST_ERA_OFFSET - rule["years_before"],
            window[1].year + BUDDHIST_ERA_OFFSET + rule["years_after"])


def ocr_figure_implausible(ex: Extraction) -> list[Finding]:
    """A figure read by OCR that the report cannot mean: an outcome's year far from the
    document's years, a percentage outside 0–100, budget lines that no longer add up to
    the total.

    Fires only for OCR evidence, where a misread digit (๒๕๖๗ read as 2520, x as %) is the
    likely cause: the finding asks for a look at the page image, so the value is not taken
    as clean.
    """
    out: list[Finding] = []
    years = _ocr_years(ex)
    for seq, o in enumerate(ex.outcomes):
        if not o.evidence.from_ocr:
            continue
        if years is not None and o.year_be is not None and not years[0] <= o.year_be <= years[1]:
            out.append(make_finding("ocr_figure_implausible", o.evidence, table="outcomes", seq=seq,
                                    expected=f"{years[0]}–{years[1]}", found=str(o.year_be), what="year_be"))
        for field in ("value_pct", "target_pct"):
            value = getattr(o, field)
            if value is not None and not 0 <= value <= 100:
                out.append(make_finding("ocr_figure_implausible", o.evidence, table="outcomes", seq=seq,
                                        expected="0–100", found=figure(value), what=field))
    total = ex.budget_total
    if total is not None and ex.budget_items and (
        total.evidence.from_ocr or any(item.evidence.from_ocr for item in ex.budget_items)
    ):
        lines = math.fsum(item.amount_baht for item in ex.budget_items)
        if not same_money(lines, total.amount_baht):
            out.append(make_finding("ocr_figure_implausible", total.evidence, expected=figure(lines),
                                    found=figure(total.amount_baht), what="budget_total_baht"))
    return out
