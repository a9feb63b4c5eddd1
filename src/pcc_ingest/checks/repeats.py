"""Check that a figure stated more than once is stated with one value.

Outcomes and counts are grouped by subject; only statements that can be the
same figure (not two in one block, not two table rows broken down by
something the record does not keep) are compared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pcc_ingest.checks.findings import figure, make_finding, same_count, subject_key
from pcc_ingest.extract.records import Evidence, Extraction, Finding


@dataclass(frozen=True)
class _Statement:
    """One stated value of a subject, for comparing repeats."""

    table: str
    seq: int
    value: float
    evidence: Evidence
    subject: str


def comparable(a: Evidence, b: Evidence, *, row_keyed: bool) -> bool:
    """Whether two statements of one subject can be the same figure.

    Not when they share a block: two numbers in one cell or sentence are
    usually a part and its whole.  Table rows are broken down by something a
    record may not keep: an outcome keeps the district a row is for, so one
    outcome row may be compared with prose (never two rows); a count keeps no
    row key (a ตำบล, a month), so only counts stated in prose are compared.
    """
    if a.block == b.block:
        return False
    in_tables = (a.table is not None) + (b.table is not None)
    return in_tables == 0 or (row_keyed and in_tables == 1)


def _statements(ex: Extraction) -> list[tuple[bool, list[_Statement]]]:
    """Statements grouped by subject, each group with whether its records keep the row's district."""
    groups: dict[tuple[object, ...], list[_Statement]] = defaultdict(list)
    for seq, o in enumerate(ex.outcomes):
        if o.value_pct is not None:
            key = ("outcomes", subject_key(o.indicator), o.district, o.year_be)
            groups[key].append(_Statement("outcomes", seq, o.value_pct, o.evidence, o.indicator))
    for seq, c in enumerate(ex.counts):
        key = ("counts", subject_key(c.what), c.unit, c.district)
        groups[key].append(_Statement("counts", seq, c.value, c.evidence, f"{c.what} ({c.unit})"))
    return [(key[0] == "outcomes", members) for key, members in groups.items()]


def one_value_per_figure(ex: Extraction) -> list[Finding]:
    """One subject is stated with one value: an indicator's result for a district and
    year, or a count of the same thing in the same unit for the same district.

    A statement that differs from an earlier comparable one is a finding.
    """
    out: list[Finding] = []
    for row_keyed, members in _statements(ex):
        for i, later in enumerate(members):
            earlier = next((e for e in members[:i]
                            if comparable(e.evidence, later.evidence, row_keyed=row_keyed)
                            and not same_count(e.value, later.value)), None)
            if earlier is not None:
                out.append(make_finding("one_value_per_figure", later.evidence, table=later.table, seq=later.seq,
                                        expected=figure(earlier.value), found=figure(later.value),
                                        subject=later.subject))
    return out
