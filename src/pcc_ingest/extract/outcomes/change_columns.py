"""A change column after the counts it was worked out from (new in set 50:
"จุดความร้อนสะสม (จุด)" over "ปี 2567 | ปี 2568", then "ลดลง (%) ¶ เป้าหมาย
≥ 20%" spanning the header, a project report's results by ตำบล).  The
change's label names only the change; what changed is the count the year
columns before it hold, under their spanning label.  So the change column
is named "<that label without its unit> <change>" with its own target in
brackets, and the year columns, counts and no percentages, are no
baselines of any measure.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.table_model import Column, Table


def change_columns(table: Table) -> Table:
    """``table`` with each percent column naming only a change, right after
    year columns of one count, renamed by that count and those year columns
    left out (unchanged when it has none)."""
    columns, labels = list(table.columns), dict(table.labels)
    for col in [c for c in table.columns if c.role == "percent"]:
        counts = _counts_before(table, col.col)
        if not counts or not rule_re("change_columns", "change_only").match(col.own):
            continue
        measure = rule_re("change_columns", "count_unit").sub("", table.labels[counts[0].col][0]).strip()
        change = rule_re("table", "percent_unit").sub("", col.own).strip()
        target = rule_re("stacked_columns", "label_target").search(col.label)
        own = f"{measure} {change}" + (f" ({target.group().strip()})" if target else "")  # see ``change_label``
        columns = [replace(c, label=own, own=own) if c is col else c for c in columns if c not in counts]
        labels[col.col] = (own,)
    return table if labels == table.labels else replace(table, columns=tuple(columns), labels=labels)


def change_label(col: Column | None) -> str:
    """The name ``change_columns`` gave a change column ("จุดความร้อนสะสม
    ลดลง"), its bracketed target left out: what a table measuring it alone
    measures, though its title names only results; "" for any other column."""
    if col is None or col.role != "percent":
        return ""
    words = rule_re("change_columns", "target_bracket").sub("", col.own).strip()
    return words if rule_re("change_columns", "named_change").search(words) else ""


def _counts_before(table: Table, col: int) -> tuple[Column, ...]:
    """The year columns right before ``col`` under one spanning label that
    gives a count's unit ("จุดความร้อนสะสม (จุด)"); () when there are none."""
    run: list[Column] = []
    for c in range(col - 1, -1, -1):
        found = next((x for x in table.columns if x.col == c), None)
        labels = table.labels.get(c, ())
        if found is None or found.role != "year" or len(labels) < 2 or (run and labels[0] != table.labels[run[0].col][0]):
            break
        run.insert(0, found)
    if len(run) < 2 or not rule_re("change_columns", "count_unit").search(table.labels[run[0].col][0]):
        return ()
    return tuple(run)
