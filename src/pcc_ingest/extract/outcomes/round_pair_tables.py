"""Tables of places by rounds under years: a three-level header, a year
label over round labels over target | result pairs ("ปีงบประมาณ 2564 |
ปีงบประมาณ 2565" > "ไตรมาส 4 | ไตรมาส 1 | ไตรมาส 2" > "เป้าหมาย | ผลงาน"),
a district in each row, and bare figures that the caption says are
percentages ("ตารางที่ 4 ร้อยละของกลุ่มเปราะบาง... รายไตรมาส").

No column says its figures are percentages, so the results reader passes
such a table over; here each result cell is one outcome of its row's
district (the total row's: the province's), named by the caption's subject
and its round, in the year above its round.  The target beside it is the
round's bar in the table's latest year; a round of an earlier year is a
baseline, whose target is none (RECORDS.md).

They join the merged records last: a round's figure that another record
already gives (the latest round restating a results table's column, the
total row a KPI table's result) is that record's, and a round's bar takes
no district's bare KPI target of another subject that happens to equal it.
"""

from __future__ import annotations

from pcc_ingest.extract.districts.matching import resolve_district
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import Context, rule_re
from pcc_ingest.extract.outcomes.merging import same_figure
from pcc_ingest.extract.outcomes.results_tables import is_results_table, percent_caption
from pcc_ingest.extract.outcomes.table_titles import title_subject
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_year
from pcc_ingest.extract.table_model import Column, Row, Table, cell_number
from pcc_ingest.extract.tables import is_total_row


def _pairs(table: Table) -> list[tuple[Column, Column, int, str]]:
    """Each (target, result, year, round) of the header: a result column
    whose left neighbour is the target under the same round and year."""
    by_col = {c.col: c for c in table.columns}
    out = []
    for result in table.columns_of("result"):
        labels = table.labels.get(result.col, ())
        target = by_col.get(result.col - 1)
        if len(labels) < 3 or target is None or target.role != "target":
            continue
        if table.labels.get(target.col, ())[:-1] != labels[:-1]:
            continue
        year = label_year(labels[0]) or _year_in(labels[0])
        if year is not None and rule_re("round_pairs", "round").match(labels[-2]):
            out.append((target, result, year, " ".join(labels[-2].split())))
    return out


def _year_in(label: str) -> int | None:
    """The year a spanning label states after its words ("ปีงบประมาณ พ.ศ. 2565")."""
    m = rule_re("round_pairs", "year").search(label)
    return int(m["year"]) if m else None


def _subject(table: Table) -> str | None:
    """What the caption says the table's percentages measure."""
    for block in reversed(table.title):
        if rule_re("table", "caption_number").search(block.text):
            return title_subject(block.text) or None
    return None


def _district(table: Table, row: Row, province: str | None) -> tuple[bool, str | None]:
    """(read the row?, its district): a district's row, or the total row (the province's)."""
    place = table.cell(row, "district")
    if place is None:
        return False, None
    if is_total_row(row):
        return True, None
    found = resolve_district(place.text, province)
    return (True, found[0]) if found else (False, None)


def round_pair_outcomes(table: Table, ctx: Context) -> list[OutcomeRecord]:
    """One outcome per district row and round of a table read as this module says."""
    if table.column("district") is None or table.column("indicator") is not None or is_results_table(table):
        return []
    pairs = _pairs(table)
    subject = _subject(table)
    if len(pairs) < 2 or subject is None or not percent_caption(table):
        return []
    latest = max(year for *_, year, _ in pairs)
    out = []
    for row in table.rows:
        keep, code = _district(table, row, ctx.province)
        if not keep:
            continue
        for target, result, year, round_label in pairs:
            cell = row.cells.get(result.col)
            value = cell_number(cell.text) if cell else None
            if cell is None or value is None or value > 100:
                continue
            bar = row.cells.get(target.col)
            goal = cell_number(bar.text) if bar and year == latest else None
            out.append(OutcomeRecord(
                indicator=f"{subject} {round_label}", district=code, value_pct=value,
                target_pct=goal, year_be=year, evidence=evidence(cell),
            ))
    return out


def add_round_pairs(merged: list[OutcomeRecord], rounds: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``merged`` with each round's outcome that no merged record gives already
    (same district, year, figure and target), in reading order."""
    def given(r: OutcomeRecord) -> bool:
        return any((o.district, o.year_be) == (r.district, r.year_be) and same_figure(o.value_pct, r.value_pct)
                   and same_figure(o.target_pct, r.target_pct) for o in merged)
    return sorted(merged + [r for r in rounds if not given(r)], key=lambda o: (o.evidence.block, o.evidence.start))
