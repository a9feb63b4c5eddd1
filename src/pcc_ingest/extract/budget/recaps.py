"""Dropping lines that restate money itemised elsewhere.

Money is often written twice across a document: a table that recaps the cost
lines of the text, a total split again by source or by issue, a row whose
activity's cost lines the text itemises.  The itemised lines are kept and
the amounts they add up to are dropped, so the lines sum to what was spent.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.lines import (
    after_words,
    followed_by_words,
    is_total_context,
    line_groups,
    money_in,
)
from pcc_ingest.extract.budget.paragraphs import summing_run
from pcc_ingest.extract.budget.recap_sources import lend_sources, splits_into
from pcc_ingest.model import Document


def _names_row(line: PlacedLine, key: tuple[int, ...]) -> bool:
    """Table row line ``line`` is the activity or sub-activity ``key`` names."""
    return key == (line.activity,) or (len(key) > 1 and line.outline == key)


def itemised_rows(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A table row whose activity's cost lines the text itemises ("กิจกรรมที่ 2
    ค่าอาหารกลางวัน ... เป็นเงิน 7,200 บาท และ ...", a note under the table
    "หมายเหตุ กิจกรรม 3.2 ค่าอาหาร... = 4,500 บาท และ...") and which add up to
    the row's amount: the row's amount is their subtotal, and each line takes
    the row's source when it names none."""
    lines = list(lines)
    rows: dict[tuple[int, int], list[int]] = {}
    text: dict[tuple[int, ...], list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is not None:
            rows.setdefault(line.row, []).append(i)
        elif line.outline is not None or line.activity is not None:
            text.setdefault(line.outline or (line.activity,), []).append(i)
    drop: set[int] = set()
    for number, parts in text.items():
        matching = {key for key, idx in rows.items() if _names_row(lines[idx[0]], number)}
        if len(matching) != 1:
            continue
        drop |= itemise_row(lines, rows[matching.pop()], parts)
    return [line for i, line in enumerate(lines) if i not in drop]


def itemise_row(lines: list[PlacedLine], row: list[int], parts: list[int]) -> set[int]:
    """When the lines ``parts`` add up to the table row ``row``'s amount, the
    row is their subtotal: its indexes are returned to drop, and each part
    naming no source takes the row's (``lines`` is updated in place)."""
    if abs(sum(lines[i].item.amount_baht for i in row) - sum(lines[i].item.amount_baht for i in parts)) >= 0.5:
        return set()
    source = next((lines[i].item.source for i in row if lines[i].item.source), None)
    for i in parts:
        if lines[i].item.source is None:
            lines[i] = replace(lines[i], item=lines[i].item.model_copy(update={"source": source}))
    return set(row)


# A table piece with fewer rows of lines than this may be part of a recap
# cut by a page break; a longer one is judged alone.
PIECE_ROWS = 3


def recap_tables(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A budget table whose rows, in order, add up run by run to all the cost
    lines of the running text (a closing "สรุปงบประมาณ" by project, an activity
    table beside its itemised costs) only recaps them: its rows are subtotals,
    and the itemised lines are kept.  A table a PDF page break cut in two is
    also tried whole (its run), since neither piece alone adds up; a run
    cut after longer pieces is tried whole only as a summary of all the
    other lines still kept, when they are one table's (a plan's cost table
    and its restatements by district and by activity are not one).  The
    cost lines another table's rows recap take those rows' funders
    (``recap_sources``)."""
    lines = list(lines)
    text = [line.item.amount_baht for line in lines if line.row is None]
    runs, at = _table_runs(lines), table_runs(lines)
    drop: set[int] = set()
    for rows in _row_groups(lines):
        amounts = [sum(lines[i].item.amount_baht for i in idx) for _, idx in sorted(rows.items())]
        if len(rows) < 2:
            continue
        span = recaps_table(amounts, lines[rows[min(rows)][0]].span, runs)
        if span is not None:
            lend_sources(lines, rows, at[span])
        if span is not None or splits_into(amounts, text) or sums_up(lines, {t for t, _ in rows}, amounts):
            drop |= {i for idx in rows.values() for i in idx}
    for rows in _broken_runs(lines):
        run = {i for idx in rows.values() for i in idx}
        others = [line for i, line in enumerate(lines) if i not in run | drop]
        if (not run & drop and len(others) > len(rows) and len({line.span for line in others}) == 1
                and abs(sum(x.item.amount_baht for x in others) - sum(lines[i].item.amount_baht for i in run)) < 0.5):
            lend_sources(lines, rows, [i for i in range(len(lines)) if i not in run | drop])
            drop |= run
    return [line for i, line in enumerate(lines) if i not in drop]


def _broken_runs(lines: list[PlacedLine]) -> list[dict[tuple[int, int], list[int]]]:
    """The indexes of each run that holds more than one table (a summary by
    source or by issue a PDF page break cut after any number of rows), by
    row: only adding up to all the other lines makes such a run a summary."""
    runs: dict[tuple[int, int], dict[tuple[int, int], list[int]]] = {}
    for i, line in enumerate(lines):
        if line.row is not None:
            runs.setdefault(line.span, {}).setdefault(line.row, []).append(i)
    return [rows for rows in runs.values() if len({t for t, _ in rows}) > 1]


def _row_groups(lines: list[PlacedLine]) -> list[dict[tuple[int, int], list[int]]]:
    """The indexes of each table's lines by row, then of each run that holds
    more than one table (a table broken over pages), all of them short
    pieces (fewer than ``PIECE_ROWS`` rows of lines), by row: a longer
    piece is a table of its own rows, read alone."""
    tables: dict[int, dict[tuple[int, int], list[int]]] = {}
    for i, line in enumerate(lines):
        if line.row is not None:
            tables.setdefault(line.row[0], {}).setdefault(line.row, []).append(i)
    whole = [rows for rows in _broken_runs(lines) if all(len(tables[t]) < PIECE_ROWS for t, _ in rows)]
    return [tables[t] for t in sorted(tables)] + whole


def _table_runs(lines: list[PlacedLine]) -> dict[tuple[int, int], list[float]]:
    """The amounts of each run of budget tables (a table broken over pages
    is one run), in document order."""
    return {span: [lines[i].item.amount_baht for i in idx] for span, idx in table_runs(lines).items()}


def table_runs(lines: list[PlacedLine]) -> dict[tuple[int, int], list[int]]:
    """The indexes of each run's lines, by the run's span, in document order."""
    runs: dict[tuple[int, int], list[int]] = {}
    for i in sorted((i for i, x in enumerate(lines) if x.row is not None), key=lambda i: lines[i].row):
        runs.setdefault(lines[i].span, []).append(i)
    return runs


def recaps_table(amounts: list[float], own: tuple[int, int],
                 runs: dict[tuple[int, int], list[float]]) -> tuple[int, int] | None:
    """The span of another budget table run, with more lines, that a table's
    rows add up to in order run by run, all its lines used (an activity
    table "1 | ประชุม... | 2,450 / 2 | อบรม... | 18,560" over a cost table
    "กิจกรรมที่ 2 - ค่าอาหารกลางวัน ... 6,160 - ค่าตอบแทนวิทยากร ... 3,600
    ..."): the rows are that table's subtotals, not lines of their own."""
    return next((span for span, parts in runs.items()
                 if span != own and len(parts) > len(amounts) and splits_into(amounts, parts)), None)


def restated_tables(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A line of running text worth exactly what the lines of one budget
    table (two or more, over all its pages) add up to restates that table's
    total ("ส่วนที่ 1 จัดสรรให้อำเภอ 6 อำเภอ เป็นเงิน 120,000 บาท" in a
    closing summary, a project's "งบประมาณ 58,000 บาท" over its table): the
    table itemises it, so it is no line of its own, and its funder ("งบประมาณ
    41,710 บาท จากสำนักงานสาธารณสุขจังหวัด...") pays for the table's lines
    that name none.  Another paragraph's two or more lines are restated the
    same way by a paragraph whose every line restates such a sum ("งบสนับสนุน
    อำเภอ 525,000 บาท และงบจัดกิจกรรมระดับจังหวัด 36,000 บาท จากงบดำเนินงาน
    สสจ.X", the table's total and an activity list's 20,000 + 16,000); a line
    showing its own unit × quantity is a cost line even when its amount
    happens to equal such a sum."""
    by_group: dict[tuple, list[float]] = {}
    for line in lines:
        by_group.setdefault(_group(line), []).append(line.item.amount_baht)
    sums = {key: sum(amounts) for key, amounts in by_group.items() if len(amounts) >= 2}
    restated = [[key for key, total in sums.items()
                 if abs(line.item.amount_baht - total) < 0.5 and key != _group(line)] for line in lines]
    whole = {line.item.evidence.block for line, keys in zip(lines, restated) if line.row is None and not keys}
    out, funders = [], {}
    for line, found in zip(lines, restated):
        keys = [k for k in found if k[0] == "table"] if line.item.evidence.block in whole else found
        if line.row is not None or not keys or line.item.unit_cost_baht is not None:
            out.append(line)  # a line showing its own working is itemised, no recap
        elif len(keys) == 1 and line.item.source:
            funders.setdefault(keys[0], line.item.source)
    return [replace(line, item=line.item.model_copy(update={"source": funders[_group(line)]}))
            if line.item.source is None and _group(line) in funders else line
            for line in out]


def _group(line: PlacedLine) -> tuple:
    """The lines a line is itemised with: its table's (by span), or its paragraph's."""
    return ("table", line.span) if line.row is not None else ("text", line.item.evidence.block)


def sums_up(lines: list[PlacedLine], tables: set[int], amounts: list[float]) -> bool:
    """The rows of ``tables`` (one table, or the pieces of one broken over
    pages), in any order, add up to all the document's other lines, and
    those are more: it is a summary (by funding source, by
    issue, by quarter: "สรุปงบประมาณจำแนกตามแหล่งงบประมาณ") of money
    itemised elsewhere, its rows no lines of their own."""
    others = [line.item.amount_baht for line in lines if line.row is None or line.row[0] not in tables]
    return len(others) > len(amounts) and abs(sum(others) - sum(amounts)) < 0.5


def block_totals(text: str) -> list[tuple[float, int]]:
    """(amount, end) of the totals a text states ("ใช้งบประมาณทั้งสิ้น 52,900
    บาท", "รวมทั้งสิ้น 168,930 บาท (หนึ่งแสน...ถ้วน)"), the end past a
    repetition in words."""
    return [(value, end) for value, _, end in total_spans(text)]


def total_spans(text: str) -> list[tuple[float, int, int]]:
    """(amount, start, end) of the totals a text states: ``block_totals``
    with where each total's figure starts."""
    out = []
    clause = 0
    for group in line_groups(money_in(text)):
        first, last = group[0], group[-1]
        if is_total_context(text[clause:first.start]) or followed_by_words(text, last.end):
            out.append((last.value, first.start, after_words(text, last.end)))
        clause = last.end
    return out


def drop_recaps(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """Lines that recap a total already itemised elsewhere: amounts right
    after a total in its sentence that add up to it ("ทั้งสิ้น 52,900 บาท จาก
    สสจ. จำนวน 32,900 บาท และ ศอ.ปส.อ. จำนวน 20,000 บาท", "รวมทั้งสิ้น
    168,930 บาท จำแนกเป็น ... ประเด็นไข้เลือดออก 38,950 บาท ..."), or right
    before it ("ประเด็นที่ 1 จำนวน 61,100 บาท ประเด็นที่ 2 ... รวมใช้งบประมาณ
    ทั้งสิ้น 138,100 บาท"), while the document's other lines, more of them,
    add up to it too: they split the same money by source or by issue, and
    are no lines of their own."""
    remaining = sum(line.item.amount_baht for line in lines)
    in_block: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is None:
            in_block.setdefault(line.item.evidence.block, []).append(i)
    drop: set[int] = set()
    for order, idx in sorted(in_block.items()):
        idx.sort(key=lambda i: lines[i].item.evidence.start)
        for value, start, end in total_spans(doc.blocks[order].text):
            after = [i for i in idx if lines[i].item.evidence.end > end and i not in drop]
            before = [i for i in reversed(idx) if lines[i].item.evidence.end <= start and i not in drop]
            n = summing_run([lines[i].item for i in after], value)
            m = summing_run([lines[i].item for i in before], value)
            # money before its total recaps only lines more detailed than it
            fewer = len(lines) - len(drop) - m > m
            recap = after[:n] if n >= 2 else before[:m] if m >= 2 and fewer else []
            others = remaining - value  # every line but this recap
            if recap and abs(others - value) < 0.5:
                drop |= set(recap)
                remaining -= value
    return [line for i, line in enumerate(lines) if i not in drop]


def restated_subtotals(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """A run of two or more lines of running text, on consecutive lines,
    each worth a total the document stated earlier ("รวมงบประมาณประเด็นที่
    1 เป็นเงิน 18,000 บาท" under each issue's cost lines, then a closing
    "สรุปงบประมาณ" listing "ประเด็นที่ 1 ... 18,000 บาท", "ประเด็นที่ 2 ...")
    lists those subtotals again: its lines are no lines of their own."""
    stated: list[tuple[int, float]] = [
        (block.order, value) for block in doc.body() if block.kind != "table_cell"
        for value, _ in block_totals(block.text)
    ]
    one_per_block: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is None:
            one_per_block.setdefault(line.item.evidence.block, []).append(i)
    restating = sorted(
        order for order, idx in one_per_block.items()
        if len(idx) == 1 and any(o < order and abs(v - lines[idx[0]].item.amount_baht) < 0.5 for o, v in stated)
    )
    drop: set[int] = set()
    run: list[int] = []
    for order in [*restating, -2]:
        if run and order != run[-1] + 1:
            if len(run) >= 2:
                drop |= {one_per_block[o][0] for o in run}
            run = []
        run.append(order)
    return [line for i, line in enumerate(lines) if i not in drop]


def retold_paragraph(lines: list[PlacedLine]) -> list[PlacedLine]:
    """A paragraph of running text whose two or more lines add up to all the
    lines told before it, which are more and in other blocks ("ในรอบ 6
    เดือนได้เบิกจ่ายแล้ว ได้แก่ ค่าอาหารว่างการประชุม 2 ครั้ง 3,300 บาท ค่า
    อบรม… 23,400 บาท …" after a progress report's activity list that itemises
    each cost): it tells the same money again, grouped by activity, and its
    lines are no lines of their own."""
    per_block: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is None:
            per_block.setdefault(line.item.evidence.block, []).append(i)
    for block, idx in sorted(per_block.items()):
        before = [line.item.amount_baht for line in lines if line.item.evidence.block < block]
        told = sum(lines[i].item.amount_baht for i in idx)
        if 2 <= len(idx) < len(before) and abs(told - sum(before)) < 0.5:
            return [line for i, line in enumerate(lines) if i not in idx]
    return lines
