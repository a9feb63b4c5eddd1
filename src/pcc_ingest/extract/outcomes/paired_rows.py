"""A results table with two rows per place, a row of targets ("ยะหา |
เป้าหมาย | 142 | 95 | …") over a row of results ("^ | ผลงาน | 128 | 90.14 |
…"): each row is read as results of its own, so the target row gives the
targets as results.  The pair is one figure per column: the result row's
figure with the target row's figure in the same column as its target, the
target row's records dropped.  A result row whose place cell the page break
lost names the row's kind word where the place stood ("… ตำบลผลงาน"): it
takes the target row's indicator; under a total's target row with no
percentage of its own ("รวมอำเภอ | เป้าหมาย | 11,846 |"), it is the total's
result, named by the measure alone.  A target cell written as a bound ("ไม่เกิน
10.00", a maximum such as the HI) gives no record of its own but is the
result's target all the same.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pcc_ingest.extract.outcomes.cell_fractions import fraction_percent
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import cell_figure
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Column, Row, Table, cell_number, fold
from pcc_ingest.extract.table_rows import is_total_row


def _says(row: Row, key: str) -> str | None:
    """The text of ``row``'s one label cell matching rule ``key``, or ``None``."""
    hits = [b.text for b in row.cells.values()
            if b.text and cell_number(b.text) is None and rule_re("paired_rows", key).match(fold(b.text))]
    return hits[0] if len(hits) == 1 else None


def row_pairs(table: Table) -> dict[int, tuple[int, str]]:
    """Each result row's index mapped to its target row's index and the
    result row's kind word ("ผลงาน"), for rows paired as target then result."""
    out: dict[int, tuple[int, str]] = {}
    for first, second in pairwise(table.rows):
        word = _says(second, "result_row")
        if word and _says(first, "target_row") and not _says(first, "result_row"):
            out[second.index] = (first.index, word)
    return out


def paired_measures(table: Table) -> Table:
    """``table`` with each unlabelled measure column of a target-over-result
    table read as a percent column, when its paired cells write percentages
    ("ร้อยละ 90" over "632/684 (92.40)") though its header names only the
    measure ("ผู้สูงอายุได้รับการคัดกรอง ADL"); ``table`` itself otherwise."""
    pairs = row_pairs(table) if table.column("subdistrict") or table.column("district") else {}
    if not pairs or table.columns_of("percent"):
        return table
    rows = {r.index: r for r in table.rows}
    taken = {c.col for c in table.columns}
    added = []
    for col, labels in sorted(table.labels.items()):
        label = " ".join(labels).strip()
        if col in taken or not label or cell_number(label) is not None:
            continue
        cells = [(rows[t].cells.get(col), rows[r].cells.get(col)) for r, (t, _) in pairs.items()]
        if cells and all(t is not None and r is not None and _percent_pair(t.text, r.text) for t, r in cells):
            added.append(Column(col, "percent", label, own=labels[-1]))
    if not added:
        return table
    return replace(table, columns=tuple(sorted((*table.columns, *added), key=lambda c: c.col)))


def _percent_pair(target: str, result: str) -> bool:
    """A target cell written as a percentage over a result cell proved one by its count."""
    return bool(rule_re("paired_rows", "percent_cell").search(target)) and fraction_percent(result) is not None


def _lost_place(indicator: str, word: str) -> bool:
    """The indicator closes on the row's kind word where its place stood ("… ตำบลผลงาน")."""
    parts = indicator.split()
    return len(parts) > 1 and parts[-1].endswith(word.strip())


def pair_target_rows(tables: list[Table], tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``tabled`` with each result row's records given the target its target
    row states in the same column, and the target row's records dropped."""
    pairs = {(t.grid.table, r): p for t in tables for r, p in row_pairs(t).items()}
    if not pairs:
        return tabled
    by_cell = {(o.evidence.table, o.evidence.row, o.evidence.col): o for o in tabled}
    bounds = {(t.grid.table, r.index, c): f.value for t in tables for r in t.rows for c, b in r.cells.items()
              if (f := cell_figure(b.text)) is not None and f.bound}
    totals = {(t.grid.table, r.index) for t in tables for r in t.rows if is_total_row(r)}
    used: set[int] = set()
    out: list[OutcomeRecord] = []
    for o in tabled:
        e = o.evidence
        pair = pairs.get((e.table, e.row))
        target = by_cell.get((e.table, pair[0], e.col)) if pair else None
        if pair is not None and target is None and o.target_pct is None and (e.table, pair[0], e.col) in bounds:
            out.append(o.model_copy(update={"target_pct": bounds[e.table, pair[0], e.col]}))
            continue  # a bound in the target row ("ไม่เกิน 10.00") gives no record of its own
        if pair is not None and target is None and (e.table, pair[0]) in totals and _lost_place(o.indicator, pair[1]):
            out.append(o.model_copy(update={"indicator": o.indicator.rsplit(maxsplit=1)[0]}))
            continue  # the total's result row, its merged label lost: the measure of the whole
        if pair is None or target is None or target.value_pct is None or o.target_pct is not None:
            out.append(o)
            continue
        used.add(id(target))
        name = target.indicator if pair[1].strip() in o.indicator else o.indicator
        out.append(o.model_copy(update={"target_pct": target.value_pct, "indicator": name}))
    return [o for o in out if id(o) not in used]
