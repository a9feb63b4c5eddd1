"""KPI table rows whose target and result are changes, or whose target is a round's.

A count indicator's target is set as a change against an earlier period
("ลดลงร้อยละ 10 จากไตรมาสเดียวกันของปี 2567") and its result cell gives the
counts, then the change reached ("4 ราย (ปี 2567 : 5 ราย) ลดลงร้อยละ
20.00"): the row measures the change, result and target one record, named
by the indicator and the change ("จำนวนผู้เสียชีวิต… ลดลงจากไตรมาสเดียวกัน
ของปี 2567").  A cumulative indicator's target cell may give the bar of the
round the result column reports before the year's in brackets ("ไตรมาสที่ 1
ไม่น้อยกว่าร้อยละ 30 (ทั้งปี ไม่น้อยกว่าร้อยละ 90)" beside "ผลงานไตรมาสที่ 1"):
the round's bar is the result's target.
"""

from __future__ import annotations

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Row, Table, fold
from pcc_ingest.thai.text import strip_list_marker


def _cells(table: Table, row: Row) -> tuple[str, str, str] | None:
    """(indicator, target, result) cell texts of a row of a table with one of each column."""
    if not all(len(table.columns_of(r)) == 1 for r in ("indicator", "target", "result")):
        return None
    return table.text(row, "indicator"), table.text(row, "target"), table.text(row, "result")


def change_rows(table: Table, done: set[tuple[int, int]], district: str | None, year: int | None) -> list[OutcomeRecord]:
    """A record for each row of ``table`` (none in ``done``: (table, row) read
    already) whose target and result cells are changes the same way."""
    out = []
    for row in table.rows:
        cells = _cells(table, row)
        result = table.cell(row, "result")
        if cells is None or result is None or (table.grid.table, result.row) in done:
            continue
        name, target_text, result_text = cells
        target = rule_re("relative_rows", "target_change").match(target_text)
        reached = rule_re("relative_rows", "result_change").search(result_text)
        if target is None or reached is None or fold(target["change"]) != fold(reached["change"]):
            continue
        change = fold(target["change"]) + " ".join(target["since"].split())
        out.append(OutcomeRecord(
            indicator=f"{strip_list_marker(name)} {change}", district=district,
            value_pct=float(reached["n"]), target_pct=float(target["n"]), year_be=year,
            evidence=evidence(result, reached.start(), reached.end()),
        ))
    return out


def round_targets(table: Table, tabled: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``tabled`` with each result of ``table`` that states no target given the
    bar its row's target cell sets for the round the result column names."""
    result = table.column("result")
    if result is None:
        return tabled
    by_row = {row.index: row for row in table.rows}
    out = []
    for r in tabled:
        row = by_row.get(r.evidence.row) if r.evidence.table == table.grid.table else None
        cells = _cells(table, row) if row is not None and r.target_pct is None and r.evidence.col == result.col else None
        m = rule_re("relative_rows", "round_target").match(cells[1]) if cells else None
        if m is not None and fold(m["round"]) in fold(result.label):
            named = f"{r.indicator} {' '.join(m['round'].split())}"
            out.append(r.model_copy(update={"target_pct": float(m["n"]), "indicator": named}))
        else:
            out.append(r)
    return out
