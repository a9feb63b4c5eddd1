"""The list of auditor checks, in the order their findings are listed, and running them."""

from __future__ import annotations

from collections.abc import Callable

from pcc_ingest.checks.dates import (
    date_within_fiscal_year,
    end_not_before_start,
    month_name_spelt_right,
)
from pcc_ingest.checks.money import (
    budget_lines_sum_to_total,
    total_in_words_matches_figures,
    unit_cost_times_quantity,
)
from pcc_ingest.checks.ocr_figures import ocr_figure_implausible
from pcc_ingest.checks.percentages import (
    percentage_in_range,
    percentage_matches_counts,
    total_row_matches_rows,
)
from pcc_ingest.checks.places import district_in_province
from pcc_ingest.checks.repeats import one_value_per_figure
from pcc_ingest.extract.records import Extraction, Finding
from pcc_ingest.model import Document

RecordRule = Callable[[Extraction], list[Finding]]


# The rules that read records only, in the order their findings are listed.
RECORD_RULES: tuple[RecordRule, ...] = (
    budget_lines_sum_to_total, unit_cost_times_quantity, total_in_words_matches_figures,
    percentage_matches_counts, percentage_in_range, total_row_matches_rows,
    date_within_fiscal_year, end_not_before_start, district_in_province, one_value_per_figure,
    ocr_figure_implausible,
)


def run_checks(ex: Extraction, doc: Document | None = None) -> list[Finding]:
    """Every finding of every rule for one document (pure: nothing is stored).

    ``doc`` gives the text the month-spelling rule reads; without it that rule
    cannot apply and says nothing.
    """
    findings = [f for rule in RECORD_RULES for f in rule(ex)]
    if doc is not None:
        findings += month_name_spelt_right(ex, doc.blocks)
    return findings
