"""A KPI template table (new in set 51): "ตัวชี้วัด | สูตรการคำนวณ | A (ผลงาน) |
B (เป้าหมาย) | ผลลัพธ์ | ค่าเป้าหมาย".  The formula column ("(A/B) × 100")
says the result column holds percentages even when its label ("ผลลัพธ์")
and its cells ("81.51") carry no percent mark, and that the A and B columns
are the counts the ratio is worked out from: the header reader takes them
for the result and the target ("ผลงาน", "เป้าหมาย"), so the row's figure
and target would be read from counts.  Here the operand columns are left
out and the result column is read as the table's percent column.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Table


def _formula_col(table: Table) -> int | None:
    """The column every body cell of which that holds text states a formula
    (one row will do: a page break may leave one row of the table above it),
    ``None`` when none does."""
    formula = rule_re("formula_columns", "formula")
    found: dict[int, bool] = {}
    for row in table.rows:
        for col, block in row.cells.items():
            if block.text.strip():
                found[col] = found.get(col, True) and bool(formula.search(block.text))
    return next((col for col, every in sorted(found.items()) if every), None)


def formula_columns(table: Table) -> Table:
    """``table`` with, when it is a KPI template, its operand columns left out
    and its unread result column ("ผลลัพธ์") read as the percent column;
    ``table`` itself otherwise (a template whose result column is read
    already keeps it: "ผลลัพธ์ (ร้อยละ)")."""
    formula = _formula_col(table)
    if formula is None or not table.columns:
        return table
    operand, outcome = rule_re("formula_columns", "operand"), rule_re("formula_columns", "outcome")
    after = [c for c in table.columns if c.col > formula]
    operands = {c.col for c in after if operand.match(table.labels.get(c.col, ("",))[-1])}
    if not operands:
        return table
    kept = [c for c in table.columns if c.col not in operands]
    if not any(c.role == "percent" for c in kept):
        last = max(operands)
        found = next((col for col, labels in sorted(table.labels.items())
                      if col > last and labels and outcome.match(labels[-1])
                      and col not in {c.col for c in kept}), None)
        if found is None:
            return table
        # "(%)": the formula says its bare figures are percentages, whatever the row's words
        label = " ".join((*table.labels[found], "(%)"))
        kept.append(Column(found, "percent", label, own=table.labels[found][-1]))
    return replace(table, columns=tuple(sorted(kept, key=lambda c: c.col)))
