"""Money written in two columns, baht and satang ("จำนวนเงิน" over "บาท | สต.").

Government spending forms split an amount into a baht column and a satang
column.  Read column by column, the satang cell is a second amount ("75")
and the baht cell loses its fraction (6,253 for 6,253.75), so a table with
a satang column is read with each satang cell joined to the baht cell left
of it and the satang column dropped, before any budget reader sees it.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.footnotes import unmarked
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.tables import Row, Table
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import parse_number


def _satang_columns(table: Table) -> dict[int, int]:
    """Each satang column mapped to the baht column right before it: a column
    whose lowest label says satang, left of which stands an amount column."""
    amounts = {c.col for c in table.columns if c.role in ("budget_amount", "budget_total")}
    out: dict[int, int] = {}
    for col, labels in table.labels.items():
        if labels and rule_re("line.satang_label").match(labels[-1].strip()) and col - 1 in amounts:
            out[col] = col - 1
    return out


def _joined(baht: Block, satang: Block | None) -> Block:
    """The baht cell with the satang cell's digits as its fraction; a bare
    "00" or an empty satang cell leaves it as written; a footnote symbol
    closing the baht cell ("13,587***") stays after the joined figure."""
    m = rule_re("line.satang_cell").match(satang.text) if satang is not None else None
    digits = parse_number(m[1]) if m else None
    if not digits or parse_number(unmarked(baht.text)) is None:
        return baht
    text = baht.text.rstrip()
    end = text.rstrip("*").rstrip()
    return baht.model_copy(update={"text": f"{end}.{int(digits):02d}{text[len(end):]}"})


def join_satang(table: Table) -> Table:
    """``table`` with every satang column folded into its baht column."""
    pairs = _satang_columns(table)
    if not pairs:
        return table
    rows = []
    for row in table.rows:
        cells = {c: b for c, b in row.cells.items() if c not in pairs}
        for satang, baht in pairs.items():
            if baht in cells:
                cells[baht] = _joined(cells[baht], row.cells.get(satang))
        rows.append(Row(index=row.index, cells=cells, carried=row.carried - set(pairs)))
    columns = tuple(c for c in table.columns if c.col not in pairs)
    return replace(table, columns=columns, rows=tuple(rows))
