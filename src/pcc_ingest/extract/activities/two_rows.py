"""Plan tables giving each activity two rows: its name across the row, then a
row of its period, head count and money ("1 | ประชุมคณะกรรมการ พชอ. ..." over
"| ต.ค. 66 – ก.ย. 67 | 30 | 8,000 | 9,000"), the name and the period in one
column whose header names the period ("ระยะเวลาดำเนินการ", "กิจกรรม /
ระยะเวลา").  Such a table has no activity column; read as one row per
activity, it is an ordinary plan table for ``table_activities``."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.table_model import Column, Row, Table


def _own(row: Row, skip: set[int]) -> set[int]:
    """The columns of ``row`` holding text of their own (not carried from above,
    not the sequence or issue columns that may stand beside a name)."""
    return {c for c, b in row.cells.items() if b.text.strip() and c not in row.carried and c not in skip}


def _pairs(table: Table, col: int, fy: int | None) -> list[tuple[Row, Row]]:
    """(name row, figures row) pairs: a row whose only cell of its own in ``col``
    is a name (no date), followed by a row whose ``col`` cell is a period."""
    skip = {c.col for c in table.columns if c.role in activity_rules()["two_rows"]["side_roles"]}
    out = []
    for name, figures in zip(table.rows, table.rows[1:]):
        head, when = name.cells.get(col), figures.cells.get(col)
        if head is None or when is None or _own(name, skip) != {col} or col in figures.carried:
            continue
        if dates_in(head.text, fy) is None and dates_in(when.text, fy) is not None and col in _own(figures, skip):
            out.append((name, figures))
    return out


def paired_plan(table: Table, fy: int | None) -> Table | None:
    """The table read one row per activity when it gives each activity two rows
    (at least ``[two_rows] min_pairs`` of them), the name row's cell as the
    activity and the figures row's period cell as a period column of its own;
    rows between pairs (sub-activities "1.1 …" the plan folds into the
    activity above) are left out.  None for any other table."""
    if table.column("activity") is not None:
        return None
    cols = [c for c in table.columns if c.role == "period"]
    for column in cols:
        pairs = _pairs(table, column.col, fy)
        if len(pairs) < activity_rules()["two_rows"]["min_pairs"]:
            continue
        extra = table.grid.n_cols + 1
        rows = tuple(Row(name.index, {**figures.cells, column.col: name.cells[column.col],
                                      extra: figures.cells[column.col]}, figures.carried - {column.col})
                     for name, figures in pairs)
        columns = (replace(column, role="activity"), Column(extra, "period", column.label, None, column.own),
                   *[c for c in table.columns if c.col != column.col])
        return replace(table, columns=columns, rows=rows)
    return None


def folded_cells(table: Table, paired: Table | None) -> set[int]:
    """The cells of the rows ``paired_plan`` (``paired``, its reading of ``table``) leaves
    out between one activity's pair of rows and the next ("1.1 ประชุมครั้งที่ 1/2567 วันที่
    22 พ.ย. 66 | 30 | 3,000" under "ประชุมคณะกรรมการ พชอ. (รายไตรมาส)"): steps spelling out
    the activity above, which no other reader may take for activities of their own."""
    if paired is None:
        return set()
    names = {r.index for r in paired.rows}
    paired_rows = names | {b.index for a, b in zip(table.rows, table.rows[1:]) if a.index in names}
    return {b.order for r in table.rows if r.index > min(names) and r.index not in paired_rows
            for c, b in r.cells.items() if c not in r.carried}

