"""Dropping table rows that break down or recap lines of another table.

A report may also list the same money a table itemises again by project
or fund type, one paragraph each ("๑) โครงการ... จำนวน ๒๔,๕๐๐ บาท" ...):
those paragraphs add up to what the table's lines add up to.  A plan may
state one line as a rate times a count ("งบสนับสนุนอำเภอละ
10,000 บาท x 7 อำเภอ") and list the same money again place by place in a
table of its own (one row of 10,000 per district); or close with a table
by activity whose rows restate, row for row, what each activity's cost
lines add up to, though it may miss a row or read another column.  The
line and the cost lines are kept; the rows that repeat them are dropped.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine

# A recap table must match at least this many rows, so that a few common
# round amounts (5,000, 10,000) cannot make a table look like a recap.
MIN_RECAP_ROWS = 3


def _table_runs(lines: list[PlacedLine]) -> dict[tuple[int, int], tuple[list[tuple[tuple[int, int], float]], int]]:
    """Each table run's rows, in order, with what each row's lines add up
    to, and the run's number of lines; grouped in one pass, since a long
    document has hundreds of runs to compare."""
    sums: dict[tuple[int, int], dict[tuple[int, int], float]] = {}
    counts: dict[tuple[int, int], int] = {}
    for line in lines:
        if line.row is not None:
            rows = sums.setdefault(line.span, {})
            rows[line.row] = rows.get(line.row, 0.0) + line.item.amount_baht
            counts[line.span] = counts.get(line.span, 0) + 1
    return {span: (sorted(rows.items()), counts[span]) for span, rows in sums.items()}


def in_order_within(amounts: list[float], others: list[float]) -> bool:
    """``amounts`` appear, in order, among ``others`` (each used once)."""
    j = 0
    for amount in amounts:
        while j < len(others) and abs(others[j] - amount) >= 0.5:
            j += 1
        if j == len(others):
            return False
        j += 1
    return True


def unit_rows(lines: list[PlacedLine]) -> list[PlacedLine]:
    """Rows of a table run, each worth the same amount, as many as a line
    elsewhere counts at that rate (unit cost 10,000, quantity 7): the
    table lists that line's units, so its rows are no lines of their own."""
    drop: set[tuple[int, int]] = set()
    for span, (rows, _) in _table_runs(lines).items():
        amounts = {round(a, 2) for _, a in rows}
        if len(rows) < 2 or len(amounts) != 1:
            continue
        rate = amounts.pop()
        if any(line.span != span and line.item.unit_cost_baht is not None and line.item.quantity == len(rows)
               and abs(line.item.unit_cost_baht - rate) < 0.5 for line in lines):
            drop |= {key for key, _ in rows}
    return [line for line in lines if line.row not in drop]


def activity_recaps(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A table run whose rows (at least ``MIN_RECAP_ROWS``) each equal, in
    order, what one row of another run with more lines adds up to: a recap
    by activity of that table, its rows no lines of their own."""
    runs = _table_runs(lines)
    drop: set[tuple[int, int]] = set()
    for span, (rows, count) in runs.items():
        if len(rows) < MIN_RECAP_ROWS:
            continue
        for other, (sums, other_count) in runs.items():
            if other != span and other_count > count and in_order_within([a for _, a in rows], [a for _, a in sums]):
                drop |= {key for key, _ in rows}
                break
    return [line for line in lines if line.row not in drop]


def _prose_runs(lines: list[PlacedLine]) -> list[list[int]]:
    """Indexes of lines of running text on consecutive blocks, run by run."""
    runs: list[list[int]] = []
    last = None
    for i in sorted((i for i, line in enumerate(lines) if line.row is None),
                    key=lambda i: (lines[i].item.evidence.block, lines[i].item.evidence.start)):
        block = lines[i].item.evidence.block
        if last is None or block - last > 1:
            runs.append([])
        runs[-1].append(i)
        last = block
    return runs


def regrouped_runs(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A run of two or more lines of running text, on consecutive blocks,
    that adds up to what one budget table's lines add up to, the table
    having more lines: the same money regrouped (by project, by fund type),
    so the run's lines are no lines of their own."""
    tables: dict[tuple[int, int], list[float]] = {}
    for line in lines:
        if line.row is not None:
            tables.setdefault(line.span, []).append(line.item.amount_baht)
    drop: set[int] = set()
    for run in _prose_runs(lines):
        total = sum(lines[i].item.amount_baht for i in run)
        if len(run) >= 2 and any(len(a) > len(run) and abs(sum(a) - total) < 0.5 for a in tables.values()):
            drop |= set(run)
    return [line for i, line in enumerate(lines) if i not in drop]
