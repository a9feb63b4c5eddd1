"""Activities' amounts told one paragraph each, then itemised in one spending paragraph.

A project report tells each activity in a paragraph of its own ending with
its money ("กิจกรรมแรก ... ใช้งบประมาณ 16,000 บาท", "กิจกรรมที่สอง ... 19,750
บาท"), and later lists the spending cost line by cost line ("รายละเอียดการใช้
จ่ายมีดังนี้ การอบรม... เป็นค่าอาหารกลางวัน ... 6,300 บาท ค่าอาหารว่าง ...").
When the cost lines, in order, split into runs adding up to the activities'
amounts in turn, those amounts are their subtotals (labelling convention:
the itemised lines are the lines).  A budget table after such paragraphs
may itemise them instead, its rows in order adding up to them in turn
("๑. ประชุม... | ค่าอาหารว่าง... | 2,250" / "^ | ค่าอาหารกลางวัน... | 3,150"
under paragraphs "... ใช้งบประมาณ 5,400 บาท", ...): the same subtotals.

A plan's activity table may likewise be itemised by a later cost table whose
activity rows ("กิจกรรมที่ 2 ค่าย… | 60,000") head the cost lines under them:
the plan row's amount is their subtotal too.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recap_sources import lend_sources
from pcc_ingest.extract.budget.recaps import splits_into, table_runs
from pcc_ingest.extract.budget.retold import is_cost_line


def _by_block(lines: list[PlacedLine]) -> list[list[int]]:
    """Indexes of the lines of running text, block by block in document order."""
    blocks: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is None:
            blocks.setdefault(line.item.evidence.block, []).append(i)
    return [sorted(idx, key=lambda i: lines[i].item.evidence.start) for _, idx in sorted(blocks.items())]


def subtotal_run(lines: list[PlacedLine], singles: list[int], costs: list[int]) -> list[int]:
    """The longest run of ``singles`` (lines alone in their paragraphs, in
    order) ending at the last of them, at least two, whose amounts ``costs``
    split into in turn, all used; none if no such run."""
    parts = [lines[i].item.amount_baht for i in costs]
    for start in range(len(singles) - 1):
        run = singles[start:]
        if len(parts) > len(run) and splits_into([lines[i].item.amount_baht for i in run], parts):
            return run
    return []


def itemised_later(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the activity amounts a later paragraph of cost
    lines itemises (``subtotal_run``): the paragraphs with one amount each
    right before it, back to a paragraph holding several.  Each cost line
    naming no funder takes the funder of the amount its run adds up to
    ("… งบประมาณ 37,267.50 บาท (สสจ.X)" over a later line-items table):
    the activity's sentence says who paid for its lines."""
    lines = list(lines)
    drop: set[int] = set()
    singles: list[int] = []
    runs = table_runs(lines)
    for idx in [*_by_block(lines), []]:
        if len(idx) == 1:
            singles.append(idx[0])
            continue
        run, costs = [], idx
        if idx and all(is_cost_line(lines[i].item.description) for i in idx):
            run = subtotal_run(lines, singles, idx)
        elif singles:
            run, costs = _table_run_after(lines, singles, runs)
        if run:
            lend_sources(lines, {(k, 0): [i] for k, i in enumerate(run)}, costs)
        drop |= set(run)
        singles = []
    return [line for i, line in enumerate(lines) if i not in drop]


def _table_run_after(lines: list[PlacedLine], singles: list[int],
                     runs: dict[tuple[int, int], list[int]]) -> tuple[list[int], list[int]]:
    """The run of ``singles`` a budget table laid out after the last of
    them itemises (``subtotal_run`` over that table's lines in order), and
    that table's lines."""
    last = lines[singles[-1]].item.evidence.block
    for span, idx in runs.items():
        if span[0] > last and (run := subtotal_run(lines, singles, idx)):
            return run, idx
    return [], []


def _key(line: PlacedLine) -> int | tuple[int, ...] | None:
    """What places a table line under an activity: its activity number, else
    its row's outline number of two levels or more ("๑.๑ อบรม…", a plan
    numbering its activities under its issues)."""
    if line.activity is not None:
        return line.activity
    return line.outline if line.outline is not None and len(line.outline) > 1 else None


def itemised_in_tables(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the one-row activity amounts (a plan table's row N)
    that two or more lines of another table run, placed under activity N,
    add up to.  The cost lines keep their own source: the cost table names
    none, and the plan row's funder is not written over them.  A plan row
    splitting its money between funders ("๑.๑ อบรม… | 18,000 | - | 12,000 |
    30,000") is itemised funder by funder: the one funder's figure those
    lines add up to is their subtotal, the other funders' figures stay lines.

    A table so shown to restate another's activities (a funders' table by
    activity under the itemised cost table, "กิจกรรม | สสจ.X | กองทุน… | อปท. |
    รวม") restates them also where an activity has one cost line of the same
    amount; that line then takes the row's funder when it names none."""
    rows: dict[tuple[tuple[int, int], int | tuple[int, ...]], set[tuple[int, int]]] = {}
    groups: dict[tuple[tuple[int, int], int | tuple[int, ...]], list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is not None and (key := _key(line)) is not None:
            rows.setdefault((line.span, key), set()).add(line.row)
            groups.setdefault((line.span, key), []).append(i)
    drop: set[int] = set()
    restating: set[tuple[int, int]] = set()
    for (span, number), idx in groups.items():
        if len(rows[(span, number)]) != 1:
            continue
        sums = [sum(lines[j].item.amount_baht for j in parts) for (other, n), parts in groups.items()
                if n == number and other != span and len(parts) >= 2]
        amount = sum(lines[i].item.amount_baht for i in idx)
        if any(abs(total - amount) < 0.5 for total in sums):
            drop |= set(idx)
            restating.add(span)
        elif len({lines[i].item.source or '' for i in idx} - {''}) == len(idx) >= 2:  # one funder a line
            drop |= {i for i in idx if any(abs(total - lines[i].item.amount_baht) < 0.5 for total in sums)}
    for (span, number), idx in groups.items():
        if span not in restating or len(rows[(span, number)]) != 1 or drop & set(idx):
            continue
        amount = sum(lines[i].item.amount_baht for i in idx)
        lone = [parts[0] for (other, n), parts in groups.items()
                if n == number and other not in restating and len(parts) == 1
                and abs(lines[parts[0]].item.amount_baht - amount) < 0.5]
        if len(lone) == 1:
            drop |= set(idx)
            lend_sources(lines, {(0, 0): idx}, lone)
    return [line for i, line in enumerate(lines) if i not in drop]
