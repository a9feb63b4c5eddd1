"""Unit cost and quantity a row writes as bare figures multiplied.

A plan may show a line's working with no unit words ("ค่าอาหาร (50x22x14)",
a working column "(80x60x1)"): nothing in the brackets says which figure is
the price.  The row's own counts tell them apart (a participants cell "120"
or "22 คน"): the figures the row states as counts are counts, and the price
is the largest figure left.  A row that states none of them is left
unread, since clerks' order of factors varies; but one clerk keeps one
order through a document, so a prose line's product nothing else tells
apart takes the place of the price its other products show.  Bulleted lines under a
sentence that states their sum ("ผู้เข้าอบรม 45 คน ใช้งบประมาณ 16,800 บาท
ดังนี้ - ค่าอาหาร (45x120x2) = 10,800 บาท") take their counts from it,
and any other prose line from its own words, else from the price its
paragraph states elsewhere ("60 คน × 110 บาท" beside "(45x110)"); a table
row stating none, from the other lines of its group, else from the
table's header rows; one stating no counts at all takes as its price the
one factor the table states as a price elsewhere ("× 70 บาท" beside "(120x70x2)"),
even one it also states as a count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import quantity_re, rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.extract.table_model import Row, Table
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import find_dates
from pcc_ingest.thai.numbers import parse_number

# A figure of a bare product ("50" of "(50x22x14)").
FACTOR_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def bare_products(text: str) -> list[list[float]]:
    """The factors of each product of bare figures in ``text``."""
    out = []
    for m in rule_re("quantity.bare_product").finditer(text):
        factors = [parse_number(f) for f in FACTOR_RE.findall(m.group())]
        if factors and None not in factors:
            out.append([f for f in factors if f is not None])
    return out


def merged_cells(table: Table, row: Row) -> dict[int, Block]:
    """The row's cells, and for a column it has no cell in, the cell of
    the nearest row above that has one: a merged cell (a participants
    cell spanning an activity's cost lines) is a block of its first row only."""
    cells = dict(row.cells)
    above = [r for r in table.rows if r.index < row.index]
    for earlier in reversed(above):
        for col, cell in earlier.cells.items():
            cells.setdefault(col, cell)
    return cells


def merged_source(table: Table, row: Row) -> Block | None:
    """The source cell merged down over a row that has none of its own
    (no block at all in that column, not an empty one), though a subtotal
    row ("รวมกิจกรรมที่ 1") stands between: Word's merged cell runs on, while
    the table reader carries nothing across such a row."""
    col = table.column("source")
    if col is None or col.col in row.cells:
        return None
    return merged_cells(table, row).get(col.col)


def row_source(table: Table, row: Row) -> str | None:
    """The funder a row's source cell names, its own or one merged down over it."""
    cell = table.cell(row, "source") or merged_source(table, row)
    return clean_source(cell.text) if cell is not None else None


def broken_source(table: Table, row: Row, before: Block | None) -> Block | None:
    """The source cell merged down over a page break: a row of a table that
    goes on from the page before, with no source block of its own and none
    above it on its page, takes ``before`` (the source of the previous
    page's last row); a PDF draws no piece of a merged cell on the new page."""
    col = table.column("source")
    if col is None or not table.continues or col.col in row.cells:
        return None
    return None if any(col.col in r.cells for r in table.rows if r.index < row.index) else before


def row_counts(cells: dict[int, Block]) -> set[float]:
    """Figures a row states as counts: a cell of one bare figure (a
    participants column), or a figure with a unit word ("22 คน"), also
    beside a bare product in its cell ("ด่านชุมชน 18 จุด (18x7x300)"),
    though not inside it."""
    counts: set[float] = set()
    for cell in cells.values():
        whole = rule_re("quantity.bare_count_cell").fullmatch(cell.text)
        if whole:
            value = parse_number(whole["n"])
            counts |= {value} if value is not None else set()
            continue
        counts |= own_counts(cell.text)
    return counts


def span_days(text: str) -> set[float]:
    """Days a row's day range spans ("11–17 เมษายน 2566": 7), a count
    as "x 7 วัน" would be: a campaign's period cell beside its working
    "(20x100x7)" says which factor counts the days, when neither the
    counts nor the prices the table states tell the factors apart."""
    spans = (d for d in find_dates(text) if d.start.day is not None and d.end.day is not None)
    return {float((d.end.last_day() - d.start.first_day()).days + 1) for d in spans if d.end != d.start}


def own_counts(text: str) -> set[float]:
    """Figures a prose line states as counts outside its bare products
    ("ผู้เข้าอบรม 240 คน ค่าอาหาร (240x100) = 24,000 บาท"): the sentence
    says which factor is the head count, as a row's participants cell does."""
    return text_counts(rule_re("quantity.bare_product").sub(" ", text))


def text_counts(text: str) -> set[float]:
    """Figures ``text`` states with a unit word ("ผู้เข้าอบรม 45 คน")."""
    values = (parse_number(m["n"]) for m in quantity_re().finditer(text) if m["n"])
    return {v for v in values if v is not None}


def with_bare(item: BudgetItemRecord, text: str, counts: set[float], priced: bool = False,
              prices: Callable[[], set[float]] = set) -> BudgetItemRecord:
    """``item`` with the unit cost and quantity of a bare product in
    ``text`` that multiplies to its amount, ``counts`` telling its counts
    apart (or, ``priced``, its price: ``split_priced``), when it has none
    of its own; ``prices`` (read only when needed) tell the price among
    factors the counts leave."""
    if item.unit_cost_baht is not None:
        return item
    for factors in bare_products(text):
        if len(factors) < 2 or abs(math.prod(factors) - item.amount_baht) >= 0.5:
            continue
        found = split_priced(factors, counts) if priced else split_bare(factors, counts, prices)
        if found is not None:
            return item.model_copy(update={"unit_cost_baht": found[0], "quantity": found[1]})
    return item


def with_own_bare(item: BudgetItemRecord, text: str, counts: set[float], prices: set[float]) -> BudgetItemRecord:
    """``item`` read by ``with_bare`` in its own line first, then in the
    paragraph ``text`` it came from: two lines of one cell may make the same
    amount ("ค่าอาหารกลางวัน (50 x60) = 3,000 บาท - ค่าอาหารว่าง (25 x60 x2)
    = 3,000 บาท"), and each has its own working."""
    for own in (item.evidence.text, text):
        item = with_bare(with_bare(item, own, counts), own, prices, priced=True)
    return item


def _worked(item: BudgetItemRecord) -> list[list[float]]:
    """The bare products of an item's own line that multiply to its amount,
    each with two different end factors."""
    return [f for f in bare_products(item.evidence.text)
            if len(f) >= 2 and f[0] != f[-1] and abs(math.prod(f) - item.amount_baht) < 0.5]


def price_place(items: list[BudgetItemRecord]) -> int | None:
    """Where a document's clerk writes the price in a bare product, 0 first
    or -1 last, as its lines whose price was told apart show ("(25x60x4)"
    read as 25 baht by its counts); ``None`` when they disagree or none do.
    One clerk writes every working of a document in one order."""
    seen = {place for item in items if item.unit_cost_baht is not None for f in _worked(item)
            for place in (0, -1) if f[place] == item.unit_cost_baht and item.quantity == math.prod(f) / f[place]}
    return seen.pop() if len(seen) == 1 else None


def in_order(item: BudgetItemRecord, place: int | None) -> BudgetItemRecord:
    """``item`` with the unit cost and quantity of the two-figure bare
    product in its own line, its price where the document writes prices
    (``price_place``), when nothing else told them apart ("(35x400)" in a
    document whose "(25x60x4)" is 25 baht: 35 baht x 400).  Of three
    figures the price may stand between the counts ("(132x25x2)"), so
    those are left to the document's counts."""
    if item.unit_cost_baht is not None or place is None:
        return item
    for factors in _worked(item):
        if len(factors) != 2:
            continue
        unit = factors[place]
        return item.model_copy(update={"unit_cost_baht": unit, "quantity": math.prod(factors) / unit})
    return item


def split_bare(factors: list[float], counts: set[float],
               prices: Callable[[], set[float]] = set) -> tuple[float, float] | None:
    """(unit cost, quantity) of a bare product: the largest factor the row
    does not state as a count is the price, the others multiplied the
    quantity; None when the row states none or all of them.  A stated count
    is one factor, though the price is the same figure ("(50x50x2)" beside
    "50" people: 50 baht x 100).  Of several factors left, the one the
    table states as a price elsewhere is the price ("(6x50x25)" under "6
    ตำบล", the table's other line "ละ 25 บาท": 25 baht x 300)."""
    rest = list(factors)
    for count in counts & set(factors):
        rest.remove(count)
    if len(rest) == len(factors) or not rest:
        return None
    known = set(rest) & prices() if len(set(rest)) > 1 else set()
    unit = known.pop() if len(known) == 1 else max(rest)
    others = list(factors)
    others.remove(unit)
    return unit, math.prod(others)


def bare_arithmetic(table: Table, row: Row, item: BudgetItemRecord) -> BudgetItemRecord:
    """``item`` with the unit cost and quantity of a bare product in its row
    that multiplies to its amount, when it has none of its own; its own
    line's product first ("ค่าวัสดุ (90x50) ค่าอาหารว่าง (90x25x2)": both
    make 4,500); the days of the row's period (``span_days``) come last."""
    if item.unit_cost_baht is not None:
        return item
    texts = [item.evidence.text, *(cell.text for _, cell in sorted(row.cells.items()))]
    # Each tier's figures, read only when the tiers before it told nothing,
    # and whether they name the price (``split_priced``) or the counts.
    tiers: list[tuple[Callable[[], set[float]], bool]] = [
        (lambda: row_counts(merged_cells(table, row)), False),
        (lambda: group_counts(table, row), False),
        (lambda: header_counts(table), False),
        (lambda: table_prices(table), True),
        # then a price the table also states as a count ("50 เล่ม")
        (lambda: table_prices(table, strict=False), True),
        # last, the days of the row's own period
        (lambda: set().union(*(span_days(cell.text) for cell in row.cells.values())), False),
    ]
    for figures, priced in tiers:
        if item.unit_cost_baht is not None:
            break
        found = figures()
        for text in texts:
            item = with_bare(item, text, found, priced=priced, prices=lambda: table_prices(table))
    return item


def table_prices(table: Table, strict: bool = True) -> set[float]:
    """Prices a table's cells state in baht and (``strict``) never as a
    count; not strict, a figure a cell states as a price and not also as a
    count ("ชุดละ 50 บาท", though "50 เล่ม" is another line's count; not
    "60 คน × 60 บาท") still tells "(20x50x7)" its price when it is the
    product's only such factor."""
    return set(_cell_prices(tuple(b.text for b in table.grid.cells.values()), strict))


@lru_cache(maxsize=64)
def _cell_prices(texts: tuple[str, ...], strict: bool) -> frozenset[float]:
    """``table_prices`` by the table's cell texts: each row of a table reaching
    the price tiers would otherwise scan every cell again (Table is unhashable)."""
    if strict:
        return frozenset(stated_prices(list(texts)))
    return frozenset().union(*(stated_prices([t]) for t in texts))


def stated_prices(texts: list[str]) -> set[float]:
    """Prices ``texts`` state in baht (``quantity.stated_price``) and never
    as a count ("60 คน × 60 บาท" says 60 is either): a paragraph's other
    line ("60 คน × 110 บาท") names the price of its bare product
    ("(45x110)") as a table's other cells do."""
    values = (parse_number(m["n"]) for t in texts for m in rule_re("quantity.stated_price").finditer(t))
    return {v for v in values if v is not None} - set().union(*(own_counts(t) for t in texts))


def split_priced(factors: list[float], prices: set[float]) -> tuple[float, float] | None:
    """(unit cost, quantity) of a bare product with exactly one factor the
    table states as a price elsewhere, None otherwise."""
    known = set(factors) & prices
    if len(known) != 1:
        return None
    unit = known.pop()
    others = list(factors)
    others.remove(unit)
    return unit, math.prod(others)


def group_counts(table: Table, row: Row) -> set[float]:
    """Figures the other lines of a row's group state as counts, for a row
    that states none: lines under one numbering cell merged down over them
    ("2 | อบรม… | ค่าอาหารกลางวัน 60 คน × 80 บาท × 2 วัน" over "(60x25x4)")
    are one activity's, for the same people."""
    seq = table.column("seq")
    if seq is None or seq.col in row.cells:
        return set()
    group = merged_cells(table, row).get(seq.col)
    siblings = [r for r in table.rows if r is not row and group is not None
                and (r.cells.get(seq.col) or merged_cells(table, r).get(seq.col)) is group]
    return set().union(*(own_counts(c.text) for r in siblings for col, c in r.cells.items() if col not in r.carried))


def header_counts(table: Table) -> set[float]:
    """Figures a table's header rows state as counts, for rows that state
    none: a PDF reads a project's key-value rows ("กลุ่มเป้าหมาย | ... รวม
    120 คน") as the header over the cost lines laid out beside them."""
    cells = (b for (r, _), b in table.grid.cells.items() if r in table.header_rows)
    return set().union(*(own_counts(b.text) for b in cells))
