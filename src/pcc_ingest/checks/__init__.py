"""Auditor cross-checks: rules a report's own figures must obey.

Each rule is a small named function that reads an ``Extraction`` (the month
rule also reads the document's blocks) and returns ``Finding``s: what the other
figures make the value ``expected`` to be, what the document ``found`` there,
and the evidence of the value.  A rule whose figures are missing says nothing:
a finding is something an auditor should look at, never a guess.  Tolerances
and messages are data (``extractors/checks.toml``).

``findings`` holds what every rule shares; ``money``, ``percentages``,
``dates``, ``places``, ``repeats`` and ``ocr_figures`` hold the rules by the
figures they read; ``run`` lists them and runs them on one document, and
``stored`` re-runs them on the documents in the store.
"""

from pcc_ingest.checks.dates import (
    date_within_fiscal_year,
    document_window,
    end_not_before_start,
    month_name_spelt_right,
    parse_iso,
    respell_months,
)
from pcc_ingest.checks.findings import figure
from pcc_ingest.checks.money import (
    budget_lines_sum_to_total,
    total_in_words_matches_figures,
    unit_cost_times_quantity,
)
from pcc_ingest.checks.ocr_figures import ocr_figure_implausible
from pcc_ingest.checks.percentages import (
    percentage_in_range,
    percentage_matches_counts,
    rounds_to,
    total_row_matches_rows,
    written_decimals,
)
from pcc_ingest.checks.places import district_in_province
from pcc_ingest.checks.repeats import comparable, one_value_per_figure
from pcc_ingest.checks.run import RECORD_RULES, run_checks
from pcc_ingest.checks.stored import CheckedDocument, check_stored

__all__ = [
    "RECORD_RULES",
    "CheckedDocument",
    "budget_lines_sum_to_total",
    "check_stored",
    "comparable",
    "date_within_fiscal_year",
    "district_in_province",
    "document_window",
    "end_not_before_start",
    "figure",
    "month_name_spelt_right",
    "ocr_figure_implausible",
    "one_value_per_figure",
    "parse_iso",
    "percentage_in_range",
    "percentage_matches_counts",
    "respell_months",
    "rounds_to",
    "run_checks",
    "total_in_words_matches_figures",
    "total_row_matches_rows",
    "unit_cost_times_quantity",
    "written_decimals",
]
