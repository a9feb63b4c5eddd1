"""Every budget line of a document, placed: its activity, its blocks and its table row.

Lines come from budget tables and from running text; each keeps what later
steps need to give it a source and to spot a restatement (the activity it
belongs to, the blocks its nearest source line is measured from, the table
row it comes from).  An amount whose bulleted lines below add up to it is
their subtotal, not a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pcc_ingest.extract.budget.bare import (
    broken_source,
    in_order,
    own_counts,
    price_place,
    stated_prices,
    text_counts,
    with_bare,
    with_own_bare,
)
from pcc_ingest.extract.budget.cut import with_rest, working_rest
from pcc_ingest.extract.budget.funders import clean_source, wrapped_source
from pcc_ingest.extract.budget.groups import closing_sources, footer_rows, group_sources, open_group
from pcc_ingest.extract.budget.headings import heading_activities
from pcc_ingest.extract.budget.lines import describe
from pcc_ingest.extract.budget.nested import held_items, held_subtotals, holder_row, parent_of
from pcc_ingest.extract.budget.paragraphs import text_items
from pcc_ingest.extract.budget.refs import activity_refs, opening_ref, outline_ref, single_activity
from pcc_ingest.extract.budget.rows import description_cell, row_items
from pcc_ingest.extract.budget.rules import rule_re
from pcc_ingest.extract.budget.sources import is_source_label
from pcc_ingest.extract.budget.subrows import drop_subtotal_rows, row_outline
from pcc_ingest.extract.budget.thousands import money_scale, scaled
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.tables import Row, Table, cell_number
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import find_amounts

# A paragraph that is a bulleted line ("- ค่าอาหารกลางวัน ... 9,600 บาท"): a
# cost line under the item above it.
BULLET_LINE_RE = re.compile(r"^\s*[-–•·▪●○*]")


# A list number opening a cell ("1. ประชุม...", "2) อบรม..."), not a decimal
# ("1.5 ล้าน") or a date ("1/2567"): the row's activity number.
LIST_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\s*[.)](?!\d)")


@dataclass(frozen=True)
class PlacedLine:
    """A budget line with what places it: the number of the activity it
    belongs to, the blocks its nearest source line is measured from, the
    table row it comes from (``None`` in running text), and the outline
    number of its row or of the sub-activity its text names ("3.2")."""

    item: BudgetItemRecord
    activity: int | None
    span: tuple[int, int]
    row: tuple[int, int] | None = None
    outline: tuple[int, ...] | None = None


def _previous_name(doc: Document, block: Block) -> str:
    """The short line before a bare amount: the activity it funds."""
    prev = doc.body_before(block.order, skip_blank=True)
    return describe(prev.text) if prev is not None and prev.kind != "table_cell" else ""


def _group_activity(doc: Document, block: Block) -> int | None:
    """The activity whose heading stands above ``block``, over nothing but
    bulleted or costed paragraphs ("กิจกรรมที่ 2 ประชุม..." then "- ค่าอาหาร
    ..."); a source line or a table closes a group."""
    for prev in reversed(doc.blocks[: block.order]):
        if prev.kind in ("header", "footer") or not prev.text:
            continue
        heading = opening_ref(prev.text) if prev.kind != "table_cell" else None
        if heading is not None:
            return heading
        if (prev.kind == "table_cell" or rule_re("source.line").search(prev.text)
                or not (BULLET_LINE_RE.match(prev.text) or find_amounts(prev.text))):
            return None
    return None


def item_activity(doc: Document, block: Block, item: BudgetItemRecord) -> int | None:
    """The activity a line of running text belongs to: the last activity
    label before it in its block ("กิจกรรมที่ 5 ค่าอาหาร... 8,400 บาท"),
    else the heading of its group."""
    refs = activity_refs(block.text[: item.evidence.end])
    return single_activity(refs[-1]) if refs else _group_activity(doc, block)


def prose_lines(doc: Document, skip: set[int]) -> list[PlacedLine]:
    """Budget lines outside budget tables.

    An amount followed by bulleted lines that add up to it is their
    subtotal (an activity's "งบประมาณ 18,000 บาท" over its cost lines), and
    its source is theirs when they name none, and the counts it states
    tell a bare product's counts from its price (``bare``).  A cost line
    with a source line glued on after its amount ("... เป็นเงิน 28,000
    บาทแหล่งงบประมาณ: อบจ.X", two lines a PDF joined) is read up to the
    label.
    """
    found: list[tuple[Block, list[BudgetItemRecord]]] = []
    body = list(doc.body())
    for k, whole in enumerate(body):
        block = _cost_part(whole)
        if block is None or block.order in skip or not find_amounts(block.text):
            continue
        if k and states_allocation(body[k - 1], block):
            continue
        items = text_items(block, _previous_name(doc, block))
        if (items and items[-1].source is None and k + 1 < len(body)
                and not block.text[items[-1].evidence.end:].strip()
                and (funder := wrapped_source(body[k + 1].text))):
            items[-1] = items[-1].model_copy(update={"source": funder})
        found.append((block, items))
    inherited: dict[int, str | None] = {}
    opener: dict[int, set[float]] = {}
    read: list[tuple[Block, list[BudgetItemRecord]]] = []
    lists = _list_texts(doc, [b for b, _ in found])
    for i, (block, items) in enumerate(found):
        if len(items) == 1 and (n := _bullets_summing(doc, items[0], found[i + 1:])):
            inherited |= {b.order: items[0].source for b, _ in found[i + 1: i + 1 + n]}
            opener |= {b.order: text_counts(block.text) for b, _ in found[i + 1: i + 1 + n]}
            continue
        counts = opener.get(block.order) or own_counts(block.text)
        prices = stated_prices(lists.get(block.order, [block.text]))
        read.append((block, [with_own_bare(item, block.text, counts, prices) for item in items]))
    order = price_place([item for _, items in read for item in items])
    stated_counts = cache(lambda: set().union(*(own_counts(b.text) for b in doc.blocks)))
    out = []
    for block, items in read:
        # then the place the document's other bare products give the price,
        # last the counts the whole document states ("132 คน" in its plan table beside "(132x25x2)")
        counted = [with_bare(in_order(item, order), item.evidence.text, stated_counts()) for item in items]
        heir = inherited.get(block.order)
        out += [PlacedLine(item if item.source or not heir else item.model_copy(update={"source": heir}),
                           item_activity(doc, block, item), (block.order, block.order),
                           outline=outline_ref(block.text[: item.evidence.end])) for item in counted]
    return out


def _cost_part(block: Block) -> Block | None:
    """``block`` as cost lines are read from it: none of a source line, but
    the part before the label when an amount stands there (a PDF glued the
    line above on)."""
    label = rule_re("source.line").search(block.text)
    if label is None or block.kind == "table_cell":
        return block
    if not find_amounts(block.text[: label.start()]):
        return None
    return block.model_copy(update={"text": block.text[: label.start()]})


def states_allocation(prev: Block, block: Block) -> bool:
    """``block`` goes on with the source statement ``prev`` opens, so its
    amount is the funder's allocation, no line: the value cell after a
    "แหล่งงบประมาณ" label cell, or a source line's "จำนวน 75,000 บาท"
    wrapped onto the next line."""
    if block.kind == "table_cell":
        return prev.kind == "table_cell" and prev.table == block.table and prev.row == block.row \
            and is_source_label(prev.text)
    return prev.kind != "table_cell" and bool(rule_re("source.line").search(prev.text)) \
        and not find_amounts(prev.text) and bool(rule_re("source.amount_tail").match(block.text))


def _list_texts(doc: Document, blocks: list[Block]) -> dict[int, list[str]]:
    """The texts of the bulleted list each block is a line of: cost lines
    opened by one bullet, nothing but page furniture between them.  A
    sibling line's price ("- ค่าอาหารว่าง 2 มื้อๆ ละ 25 บาท x 100 คน") names
    the price of a bare product ("- ค่าอาหารว่าง… (35x25x4)") as a
    paragraph's other line does."""
    out: dict[int, list[str]] = {}
    run: list[Block] = []
    for block in [*blocks, None]:
        mark = BULLET_LINE_RE.match(block.text) if block is not None else None
        if run and (mark is None or mark.group().strip() != BULLET_LINE_RE.match(run[-1].text).group().strip()
                    or any(b.kind not in ("header", "footer") for b in doc.blocks[run[-1].order + 1: block.order])):
            out |= {b.order: [x.text for x in run] for b in run}
            run = []
        if mark is not None:
            run.append(block)
    return out


def _bullets_summing(doc: Document, item: BudgetItemRecord, below: list[tuple[Block, list[BudgetItemRecord]]]) -> int:
    """How many bulleted lines right under ``item``'s block add up to its
    amount (0 if they do not): they itemise it, and take its source.  A line
    opened by the same bullet as those under it is their sibling in one
    list ("- ค่าตอบแทนวิทยากร ... 3,000 บาท" over "- ค่าเอกสาร ... 3,000
    บาท"), not their subtotal."""
    total, last, n = 0.0, item.evidence.block, 0
    own = BULLET_LINE_RE.match(doc.blocks[last].text)
    for block, items in below:
        between = doc.blocks[last + 1: block.order]
        bullet = BULLET_LINE_RE.match(block.text)
        if any(b.kind not in ("header", "footer") for b in between) or not bullet:
            break
        if own is not None and own.group().strip() == bullet.group().strip():
            return 0
        total += sum(i.amount_baht for i in items)
        last, n = block.order, n + 1
    return n if total > 0 and abs(total - item.amount_baht) < 0.5 else 0


def row_activity(table: Table, row: Row) -> int | None:
    """A table row's activity number: its sequence cell ("ที่", "ลำดับ"),
    else the list number or activity label opening its description
    ("1. ประชุม...", "กิจกรรมที่ 1 ..."), else that opening its activity cell
    (a plan whose cost lines fill a detail column beside "1. ประชุม…")."""
    seq = table.cell(row, "seq")
    number = cell_number(seq.text.strip(" .)")) if seq is not None else None
    if number is not None and number.is_integer():
        return int(number)
    for named in (description_cell(table, row), table.cell(row, "activity")):
        if named is not None and (number := listed_number(named.text)) is not None:
            return number
    return None


def listed_number(text: str) -> int | None:
    """The activity number a label opens with: its list number ("1. ประชุม…")
    or activity label ("กิจกรรมที่ 2 …")."""
    listed = LIST_NUMBER_RE.match(text)
    return int(listed.group(1)) if listed else opening_ref(text)


def table_lines(tables: list[Table]) -> list[PlacedLine]:
    """The lines of budget tables, each placed by the run of tables it belongs
    to (a table broken over pages is one run, a table nested in a cell is
    its parent's, read as its row gives them); a line under a source group
    row with no funder of its own takes that row's, one under a page break
    the source merged down over it (``broken_source``) and a working cut
    by it its rest (``cut``), and a project row its
    numbered activity rows add up to is their subtotal (``subrows``), as is a
    row's own line its nested table's lines add up to (``held_subtotals``)."""
    runs: list[tuple[int, int]] = []
    run_of: list[int] = []
    for table in tables:
        orders = [b.order for b in table.grid.cells.values()]
        holder = parent_of(table, tables)
        if holder is not None:
            run = run_of[holder]
            runs[run] = (min(runs[run][0], *orders), max(runs[run][1], *orders))
            run_of.append(run)
            continue
        if table.continues and runs:
            runs[-1] = (runs[-1][0], max(runs[-1][1], *orders))
        else:
            runs.append((min(orders), max(orders)))
        run_of.append(len(runs) - 1)
    by_run: dict[int, list[tuple[int, Table, Row, list[BudgetItemRecord]]]] = {}
    holders: dict[int, Row | None] = {}  # a nested table's holder row, by the table's id
    tail_source: dict[int, Block | None] = {}  # the source of each run's last row so far
    open_groups: dict[int, str | None] = {}  # the source group each run's last piece left open
    for t, (table, run) in enumerate(zip(tables, run_of)):
        inherited = open_groups.get(run) if table.continues else None
        grouped, footers, scale = group_sources(table, inherited), footer_rows(table), money_scale(table)
        open_groups[run] = open_group(table, inherited)
        holder = parent_of(table, tables)
        held = holder_row(table, tables[holder]) if holder is not None else None
        if holder is not None:
            holders[id(table)] = held
        for row in table.rows:
            heir = grouped.get(row.index)
            items = [item if item.source or not heir else item.model_copy(update={"source": heir})
                     for item in (scaled(scale, row, row_items(table, row)) if row.index not in footers else [])]
            if holder is not None:
                items = held_items(items, tables[holder], held)
            elif (paged := broken_source(table, row, tail_source.get(run))) is not None:
                funder = clean_source(paged.text)
                items = [i if i.source else i.model_copy(update={"source": funder}) for i in items]
            if (rest := working_rest(table, row)) is not None and by_run.get(run):
                t0, table0, row0, above = by_run[run][-1]
                by_run[run][-1] = (t0, table0, row0, with_rest(above, rest))
            by_run.setdefault(run, []).append((t, table, row, items))
        if holder is None and (col := table.column("source")) is not None and table.rows:
            tail_source[run] = table.rows[-1].cells.get(col.col)
    out = []
    for run, placed in by_run.items():
        closed = closing_sources([(table, row) for _, table, row, _ in placed])
        rows = [(t, table, row, [i if i.source or id(row) not in closed
                                 else i.model_copy(update={"source": closed[id(row)]}) for i in items])
                for t, table, row, items in placed]
        number = {id(row): t for t, _, row, _ in rows}
        triples = held_subtotals([(table, row, items) for _, table, row, items in rows], holders)
        kept = drop_subtotal_rows(triples)
        heading = heading_activities([(table, row) for _, table, row, _ in rows], {id(r) for _, r, i in kept if i})
        for table, row, items in kept:
            out += [PlacedLine(item, heading.get(id(row), row_activity(table, row)), runs[run],
                               (number[id(row)], row.index), row_outline(table, row))
                    for item in items]
    return out
