"""A results table's running-total column ("ผลงานสะสม 6 เดือน") beside its
rounds ("ไตรมาส 1 | ไตรมาส 2"): the latest round's figure, when the running
total restates it, is one figure (RECORDS.md: once per figure and subject),
kept as the running total's record, whether the running total is named
by the measure alone or by its own label ("... สะสม 9 เดือน").  So is a round's cumulative figure that
did not move since the round before it in the same row ("100" under
"ไตรมาส 3" and "ไตรมาส 4"): the figure is recorded once, at its first round,
unless a round of the row, or of another place's row of the same measure,
falls below the one before it ("100 | 100 | 85.71"; "90.91 | 81.82" in
another ตำบล's row): such rounds are each their own figure, not cumulative.
"""

from __future__ import annotations

from itertools import pairwise

from pcc_ingest.extract.outcomes.common import TOLERANCE, rule_re
from pcc_ingest.extract.records import OutcomeRecord


def drop_restated_rounds(tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``tabled`` without a round's record that a later cell of the same
    table row restates (same district, year, figure and target) under the
    measure's name with no round of its own: the running total.  Two
    rounds sharing a figure ("ไตรมาส 1" and "ไตรมาส 4" both 100) stay two."""
    kept = [o for o in tabled if not any(_restates(later, o) for later in tabled)]
    return [o for o in kept if not _unmoved(o, kept)]


def _unmoved(o: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """``o`` is a round whose figure and target the round in the column right
    before it, in its table row, already gave (a cumulative figure that did
    not move); rounds apart sharing a figure stay two."""
    e = o.evidence
    rounds = rule_re("pairing", "round_named")
    if e.table is None or e.col is None or o.value_pct is None or not rounds.search(o.indicator):
        return False
    before = [p for p in tabled if p.evidence.table == e.table and p.evidence.row == e.row
              and p.evidence.col == e.col - 1 and rounds.search(p.indicator)
              and rounds.sub("", p.indicator) == rounds.sub("", o.indicator)]
    return any(p.district == o.district and p.year_be == o.year_be and _same(p.value_pct, o.value_pct)
               and _same(p.target_pct, o.target_pct) for p in before) and not _falls(o, tabled)


def _falls(o: OutcomeRecord, tabled: list[OutcomeRecord]) -> bool:
    """A round's figure in a row of ``o``'s table is below the round's before
    it ("100 | 100 | 85.71 | 100"), in ``o``'s row or another place's row of
    the same measure: the table's rounds are each their own, not cumulative."""
    e, rounds = o.evidence, rule_re("pairing", "round_named")
    by_row: dict[int | None, list[tuple[int, float]]] = {}
    for p in tabled:
        q = p.evidence
        if (q.table == e.table and q.col is not None and p.value_pct is not None and rounds.search(p.indicator)
                and p.district == o.district and (q.row == e.row or _same_measure(p.indicator, o.indicator))):
            by_row.setdefault(q.row, []).append((q.col, p.value_pct))
    return any(b[1] < a[1] - TOLERANCE for row in by_row.values() for a, b in pairwise(sorted(row)))


def _same_measure(a: str, b: str) -> bool:
    """Two rounds' names are one measure's for two places: the same words
    but the place's, last before the round ("ร้อยละ... ตำบลหนึ่ง ไตรมาส 2",
    "ร้อยละ... ตำบลสอง ไตรมาส 3"); a KPI table's rows are measures of their own."""
    rounds = rule_re("pairing", "round_named")
    x, y = rounds.sub("", a).split(), rounds.sub("", b).split()
    return len(x) > 1 and len(x) == len(y) and x[:-1] == y[:-1]


def _restates(later: OutcomeRecord, o: OutcomeRecord) -> bool:
    a, b = later.evidence, o.evidence
    return (a.table is not None and a.table == b.table and a.row == b.row and a.col is not None
            and b.col is not None and a.col > b.col and later.district == o.district
            and later.year_be == o.year_be and _same(later.value_pct, o.value_pct)
            and _same(later.target_pct, o.target_pct) and o.value_pct is not None
            and ((len(later.indicator) < len(o.indicator) and o.indicator.startswith(later.indicator))
                 or _running_of(later.indicator, o.indicator)))


def _running_of(later: str, o: str) -> bool:
    """``later`` names a running total ("... สะสม 9 เดือน") of the measure
    ``o`` names a round of ("... ไตรมาส 3")."""
    stem, _, total = later.rpartition(" ")
    while stem and not rule_re("table", "running_total").match(total):
        stem, _, word = stem.rpartition(" ")
        total = f"{word} {total}"
    m = rule_re("pairing", "round_named").search(o)
    return bool(stem) and m is not None and " ".join((o[:m.start()] + o[m.end():]).split()) == stem


def _same(x: float | None, y: float | None) -> bool:
    return (x is None and y is None) or (x is not None and y is not None and abs(x - y) <= TOLERANCE)
