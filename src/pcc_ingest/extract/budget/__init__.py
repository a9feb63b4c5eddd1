"""Budget lines (what money is for, how much, from whom) and the grand total.

Budget tables are read through their header (detail, amount and source
columns); a detail cell of several bulleted lines pairs, in order, with an
amount cell of several figures.  Outside such tables every figure marked as
baht is a line, unless words around it make it a total, an allocation
received or a balance left.  A line that shows its arithmetic ("คนละ 50 บาท x
100 คน") gives unit cost and quantity as written, even when they do not
multiply back to the line's amount (an auditor checks that).

Money is often written twice: an activity's amount, then its cost lines
(in the same sentence after "ได้แก่", in bullets below, or in a paragraph
that names the activity's number, "กิจกรรมที่ 2 ..."), and a total split
again by source or by issue.  The cost lines are kept and the amount they
add up to is dropped as a subtotal; the lines take its source.  A source
line may name the activities it funds ("แหล่งงบประมาณ: กิจกรรมที่ 1 และ 4
...").  Rules: ``extractors/budget.toml``.

The package splits that work by what each module reads: one cost line
(``lines``), the counts that multiply its unit cost (``counts``), the
funders named in its words (``funders``), activity numbers
(``refs``), a paragraph (``paragraphs``), an amounts cell (``cells``), a table
row (``rows``), a table's columns read by their cells (``columns``), its
source group rows (``groups``), its group heading rows and reference
columns (``headings``), which amount column gives its lines
(``amount_column``), tables nested in its budget cells (``nested``), a
working cut by a PDF page break (``cut``)
and a document's source lines (``sources``); then how lines become
the document's budget (``collect``, ``recaps`` with
``recap_sources`` for the funders a recap's rows lend its cost lines,
``breakdowns``, ``retold`` for money a sentence and a later summary both
tell, ``itemised`` for activities' amounts a later spending paragraph
itemises, ``detailed`` for activity rows later cost bullets detail,
``retotalled`` for activities' amounts a later cost table adds up to,
``unitemised`` for funders' summary rows no lines itemise, ``funder_refs``
for source rows naming activities, ``completed`` for a bare abbreviated
funder, ``repeats`` for a total repeated as a line, ``spent_tables`` for
spending tables beside planned ones, ``heading_sums`` for an activity
heading's sum of the lines after it, ``headed_costs`` for cost bullets under a
paragraph naming their activity, ``retold_rows`` for a row's money told
again by name, ``split_sources`` for funders a split row gives, ``activity_runs`` for cost
lines listed in an activity table's order, ``told_rows`` for table rows an
earlier cell already itemised, ``told_activities`` for an activity's money
its results tell again when a cost table itemises it, ``split_brackets`` for
brackets sharing out money that is no line, ``restated`` (run last) for
lines other kept lines already give as sums or a repeated table, ``totals``,
``assemble``).  ``rules`` loads the patterns.  This module re-exports the
names other code and the tests use.
"""

from pcc_ingest.extract.budget.assemble import extract_budget
from pcc_ingest.extract.budget.cells import (
    counted_cell,
    counted_product,
    line_amount,
    spelled_lines,
    spelled_out,
    worked_amount,
)
from pcc_ingest.extract.budget.collect import LIST_NUMBER_RE
from pcc_ingest.extract.budget.funders import (
    abbreviated_source,
    allocation_source,
    bracketed_source,
    clean_source,
    funder_named,
    giver_source,
    inline_source,
    is_advice,
    stated_source,
    wrapped_source,
)
from pcc_ingest.extract.budget.lines import (
    QUOTED_NAME_RE,
    arithmetic,
    describe,
    is_generic,
    is_not_a_line,
    is_total_context,
    line_arithmetic,
    money_in,
    multiplies_to,
    shown_arithmetic,
)
from pcc_ingest.extract.budget.paragraphs import stated_use, text_items
from pcc_ingest.extract.budget.recaps import block_totals, splits_into
from pcc_ingest.extract.budget.refs import activity_refs, activity_sources, opening_ref
from pcc_ingest.extract.budget.rows import row_items
from pcc_ingest.extract.budget.sources import is_source_label, total_funder

__all__ = [
    "LIST_NUMBER_RE",
    "QUOTED_NAME_RE",
    "abbreviated_source",
    "activity_refs",
    "activity_sources",
    "allocation_source",
    "arithmetic",
    "block_totals",
    "bracketed_source",
    "clean_source",
    "counted_cell",
    "counted_product",
    "describe",
    "extract_budget",
    "funder_named",
    "giver_source",
    "inline_source",
    "is_advice",
    "is_generic",
    "is_not_a_line",
    "is_source_label",
    "is_total_context",
    "line_amount",
    "line_arithmetic",
    "money_in",
    "multiplies_to",
    "opening_ref",
    "row_items",
    "shown_arithmetic",
    "spelled_lines",
    "spelled_out",
    "splits_into",
    "stated_source",
    "stated_use",
    "text_items",
    "total_funder",
    "worked_amount",
    "wrapped_source",
]
