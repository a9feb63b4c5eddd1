"""Budget lines (what money is for, how much, from whom) and the grand total.

Budget tables are read through their header (detail, amount and source
columns); a detail cell of several bulleted lines pairs, in order, with an
amount cell of several figures.  Outside such tables every figure marked as
baht is a line, unless words around it make it a total, an allocation
received or a balance left.  A line that shows its arithmetic ("คนละ 50 บาท x
100 คน") gives unit cost and quantity as written, even when they do not
multiply back to the line's amount (an auditor checks that).  Rules:
``extractors/budget.toml``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord, BudgetTotal, DocumentFacts
from pcc_ingest.extract.tables import (
    Row,
    Table,
    cell_lines,
    is_section_row,
    is_total_row,
    read_tables,
)
from pcc_ingest.model import Block, Document
from pcc_ingest.rules import load_rules
from pcc_ingest.thai.numbers import (
    NUMBER,
    find_amounts,
    find_thai_money_words,
    parse_number,
)
from pcc_ingest.thai.text import strip_list_marker

# A name in quotes inside a description ("ชื่อกิจกรรมหลัก “จัดประชุม ...”"): the
# activity's own name, which describes its money better than the form label.
QUOTED_NAME_RE = re.compile(r"[“\"«]([^”\"»]{3,})[”\"»]")


# An amounts cell: figures with their commas, "บาท", dashes and brackets only
# (a cell reading "12 เดือน" is not money).
AMOUNTS_CELL_RE = re.compile(r"[\d,.\s()\-–=/]*(?:(?:บาท|บ\.)[\d,.\s()\-–=/]*)*")


# A comma with white space around it inside a figure ("5 ,000").
SPACED_COMMA_RE = re.compile(r"(?<=\d)\s*,\s*(?=\d)")

# A paragraph that is a bulleted line ("- ค่าอาหารกลางวัน ... 9,600 บาท"): a
# cost line under the item above it.
BULLET_LINE_RE = re.compile(r"^\s*[-–•·▪●○*]")

# A bracketed aside of a spelled-out cost line ("(50 คน x 70 บาท)"): its
# figures are arithmetic, not the line's amount.
BRACKETED_RE = re.compile(r"\([^()]*\)")

# A baht word right after a figure, dropped to see what follows it
# ("70 บาท x 50 คน": the figure is a unit cost).
BAHT_WORD_RE = re.compile(r"^\s*(?:บาท|บ\.)")

# One figure of an amounts cell.  Thousands groups are taken greedily so that
# two amounts a PDF cell glued together ("5,0005,000") come apart.
CELL_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?")


@cache
def _rules() -> dict:
    return load_rules("budget")


@cache
def _re(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile(_rules()[section][key])


@cache
def _any_re(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile("|".join(f"(?:{p})" for p in _rules()[section][key]))


@cache
def _quantity_re() -> re.Pattern[str]:
    units = "|".join(_rules()["quantity"]["units"])
    times = _rules()["quantity"]["times"]
    return re.compile(
        rf"(?P<n>{NUMBER.pattern})\s*(?:{units})|{times}\s*(?P<bare>{NUMBER.pattern})(?!\s*(?:บาท|บ\.))"
    )


@dataclass(frozen=True)
class Money:
    """One amount in a text: value, span, and whether it is a per-unit cost."""

    value: float
    start: int
    end: int
    per_unit: bool


# --- reading one line -------------------------------------------------------------


def money_in(text: str) -> list[Money]:
    """Amounts in baht in ``text``, each flagged per-unit when it is a unit cost."""
    out = []
    for value, start, end in find_amounts(text):
        per_unit = bool(_re("line.unit_before").search(text[:start])) or bool(
            _re("line.unit_after").match(text[end:])
        )
        out.append(Money(value, start, end, per_unit))
    return out


def quantity(text: str, skip: Iterable[tuple[int, int]] = ()) -> float | None:
    """The product of the counted things in ``text`` ("2 มื้อ ... x 100 คน" -> 200)."""
    spans = list(skip)
    factors = []
    for m in _quantity_re().finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        value = parse_number(m["n"] or m["bare"])
        if value:
            factors.append(value)
    return math.prod(factors) if factors else None


def arithmetic(text: str, amount: float | None) -> tuple[float | None, float | None, float | None]:
    """(amount, unit cost, quantity) of a line that shows its arithmetic.

    Unit cost and quantity are kept as written, whether or not they multiply
    to the stated amount (a slip there is for an auditor to see); a line
    with a unit cost and a quantity but no total gets their product.
    """
    bracket = _re("quantity.bracketed").search(text)
    if bracket and any(m.per_unit for m in money_in(bracket.group(1))):
        text = bracket.group(1)
    money = money_in(text)
    units = [m for m in money if m.per_unit]
    if not units:
        return (amount, *bare_unit_cost(text, money))
    unit = units[0]
    qty = quantity(text, [(m.start, m.end) for m in money])
    if qty is None:
        return amount, None, None
    return (unit.value * qty if amount is None else amount), unit.value, qty


def bare_unit_cost(text: str, money: list[Money]) -> tuple[float | None, float | None]:
    """(unit cost, quantity) of "16 ถัง x 1,150 = 18,400 บ.": a count times a
    figure with no baht of its own, equal to the line's amount."""
    for m in money:
        found = _re("quantity.count_times").search(text[: m.start])
        if found and _quantity_re().match(f"{found['q']} {found['unit']}"):
            return parse_number(found["u"]), parse_number(found["q"])
    return None, None


def describe(text: str) -> str:
    """A line's purpose: a quoted name if any, else its words before the arithmetic."""
    text = text[expense_start(text):]
    quoted = QUOTED_NAME_RE.search(text)
    if quoted:
        return quoted.group(1).strip()
    body = strip_list_marker(text.strip())
    cut = _re("line.arithmetic_start").search(body)
    if cut and cut.start() >= _rules()["line"]["min_description_chars"]:
        body = body[: cut.start()]
    return _re("line.trailing_filler").sub("", body).strip(" -:")


def expense_start(text: str) -> int:
    """Where a cost line's own words begin in ``text``: at its cost word
    ("ค่าอาหาร...") when words naming something else (the activity the cost is
    for) stand before it, else 0."""
    m = _re("line.expense_start").search(text)
    return m.start() if m and m.start() > 0 and text[: m.start()].strip(" -•") else 0


def is_total_context(before: str) -> bool:
    """The words just before an amount make it a total or subtotal.

    A bare "รวม" after the line's own words is that line's sum, not a
    subtotal ("ค่าอาหาร 2 มื้อ 60 คน รวม 3,000 บาท"); after nothing but
    the previous amount it sums the lines before it.
    """
    m = _any_re("total.any").search(before)
    if m is None:
        return False
    own = describe(before[: m.start()])
    return not (_re("total.own_sum").fullmatch(before[m.start():]) and len(own) >= _min_chars())


def is_not_a_line(before: str) -> bool:
    """Money received or left over ("ได้รับการสนับสนุน... 25,000 บาท", "คงเหลือ
    200 บาท") is no line for a purpose."""
    return bool(_any_re("line.not_purpose").search(before))


def is_generic(description: str) -> bool:
    """A description that only says "the money used" (in a period, from a
    fund), naming no purpose."""
    return bool(_re("line.generic").fullmatch(description.strip()))


def _min_chars() -> int:
    return _rules()["line"]["min_description_chars"]


def inline_source(after: str) -> str | None:
    """The funder named right after an amount ("... บาท จากกองทุน..."), if any."""
    m = _re("source.inline").match(after)
    if m is None:
        return None
    return _re("source.inline_end").split(m["funder"], maxsplit=1)[0].strip() or None


def stated_source(text: str) -> tuple[str, int, int] | None:
    """The money a text says it comes from ("ขอใช้งบประมาณจากกองทุน... จำนวน",
    "งบสนับสนุนจากอำเภอสำหรับ..."), and the span of that phrase.

    The kind of money stays in the name ("งบสนับสนุนจากอำเภอ"); a plain
    "งบประมาณจาก" or "เงินจาก" says no more than the funder's name.
    """
    found = list(_re("source.stated").finditer(text))
    if not found:
        return None
    m = found[-1]
    kept = _re("source.inline_end").split(m["funder"], maxsplit=1)[0]
    funder = kept.strip(" ,:")
    if not funder:
        return None
    name = funder if _re("source.plain_money").fullmatch(m["money"]) else f"{m['money'].strip()}จาก{funder}"
    return name, m.start(), m.start("funder") + len(kept.rstrip())


def abbreviated_source(text: str) -> str | None:
    """The funder noted in short after "งปม." ("งปม.กองทุนฯอบต.หนองทอง"), if any."""
    m = _re("source.abbreviated").search(text)
    return m["funder"] if m else None


def clean_source(text: str) -> str | None:
    """The source a cell or line names, as written, else ``None`` for "-" and the like.

    Only a lead-in that names no kind of money ("ได้รับงบประมาณจาก", "โดย")
    is dropped: "งบดำเนินการ จาก สสจ.ร้อยเอ็ด" says which money it is.
    """
    text = text.strip()
    if not text or _any_re("source.empty").search(text):
        return None
    funder = _re("source.funder_prefix").sub("", text).strip()
    return funder or text


# --- budget tables ----------------------------------------------------------------


def is_budget_table(table: Table) -> bool:
    """A table with a column of amounts or of budget details."""
    return bool(table.roles & {"budget_amount", "budget_detail"})


def _figures(block: Block | None) -> list[tuple[float, int, int]]:
    """The figures of an amounts cell ("5,000 5,000"); none if it holds other words.

    PDF text may break a figure at its comma ("5 ,000"); such a cell is read
    with those spaces closed, and its figures cite the whole cell.
    """
    if block is None or not AMOUNTS_CELL_RE.fullmatch(block.text):
        return []
    text = SPACED_COMMA_RE.sub(",", block.text)
    out = []
    for m in CELL_FIGURE_RE.finditer(text):
        value = parse_number(m.group())
        if value is not None:
            span = m.span() if text == block.text else (0, len(block.text))
            out.append((value, *span))
    return out


def _item(desc: str, amount: float, unit: float | None, qty: float | None, source: str | None,
          block: Block, start: int, end: int) -> BudgetItemRecord:
    return BudgetItemRecord(
        description=desc, amount_baht=amount, unit_cost_baht=unit, quantity=qty,
        source=source, evidence=evidence(block, start, end),
    )


def _line_items(block: Block, spans: list[tuple[int, int]], figures: list[tuple[float, int, int]],
                source: str | None) -> list[BudgetItemRecord]:
    """Pair a detail cell's lines with the amount cell's figures, in order.

    A detail cell that writes each line's own amount ("... = 27,000 บาท
    ค่าป้าย ... = 5,850 บาท") under one amount that is their sum gives those
    lines.
    """
    own_lines = text_items(block)
    if len(own_lines) > 1 and abs(sum(i.amount_baht for i in own_lines) - sum(f[0] for f in figures)) < 0.5:
        return [i.model_copy(update={"source": i.source or source}) for i in own_lines]
    lines = [(block.text[s:e], s, e) for s, e in spans]
    if len(figures) == 1 and len(lines) > 1:
        own = [arithmetic(text, None)[0] for text, _, _ in lines]
        if None not in own and abs(sum(own) - figures[0][0]) < 0.5:
            figures = [(a, 0, 0) for a in own]
        else:
            lines = [(block.text, 0, len(block.text))]
    out = []
    for (text, s, e), (value, _, _) in zip(lines, figures):
        amount, unit, qty = arithmetic(text, value)
        out.append(_item(describe(text), amount, unit, qty, source, block, s, e))
    return out


def _columns_arithmetic(table: Table, row: Row, item: BudgetItemRecord) -> BudgetItemRecord:
    """Unit cost and quantity from their own columns, as written."""
    unit, qty = table.number(row, "unit_cost"), table.number(row, "quantity")
    if unit and qty:
        return item.model_copy(update={"unit_cost_baht": unit, "quantity": qty})
    return item


def _description_cell(table: Table, row: Row) -> Block | None:
    """The cell that says what a row's money is for: detail, activity, issue, ...

    Without any such column, the row's first cell of words (not a number).
    """
    for role in _rules()["line"]["description_roles"]:
        block = table.cell(row, role)
        if block is not None and block.text:
            return block
    money = {c.col for c in table.columns if c.role in ("budget_amount", "unit_cost", "quantity", "seq")}
    return next((b for c, b in sorted(row.cells.items())
                 if c not in money and b.text and parse_number(b.text) is None), None)


def place_description(table: Table, row: Row, name: str) -> str:
    """What a row of a per-place allocation table pays for: the kind of money
    its amount column names and the place ("งบสนับสนุน (บาท)" over a row
    "ปลาปาก" under "อำเภอ" -> "งบสนับสนุนอำเภอปลาปาก")."""
    amount, place = table.column("budget_amount"), table.column("district")
    kind = _re("line.unit_label").sub("", amount.own).strip() if amount else ""
    label = place.own.strip() if place else ""
    named = name if not label or name.startswith(label) else f"{label}{name}"
    return f"{kind}{named}" if kind and not _any_re("line.plain_amount_label").fullmatch(kind) else named


def row_items(table: Table, row: Row) -> list[BudgetItemRecord]:
    """The budget lines of one table row (none for group, total and empty rows).

    Lines come from the detail cell paired with the amounts cell, or from
    the detail cell's own amounts, or from the amounts cell described by the
    row's activity; a row with unit cost and quantity columns but no amount
    is worth their product.
    """
    if is_total_row(row) or is_section_row(row, table):
        return []
    source_cell = table.cell(row, "source")
    source = clean_source(source_cell.text) if source_cell else None
    named = _description_cell(table, row)
    amounts = table.cell(row, "budget_amount")
    figures = _figures(amounts)
    unit, qty = table.number(row, "unit_cost"), table.number(row, "quantity")
    if not figures and unit and qty:
        figures = [(unit * qty, 0, 0)]
    if named is None or not named.text:
        return []
    if not figures:
        spelled = spelled_out(amounts)
        if spelled is not None:
            return spelled_lines(spelled, source)
        own = text_items(named) if named is table.cell(row, "budget_detail") else []
        return [i.model_copy(update={"source": i.source or source}) for i in own]
    if named is table.cell(row, "budget_detail"):
        items = _line_items(named, cell_lines(named.text), figures, source)
    elif own := cost_lines(named, figures):
        items = [i.model_copy(update={"source": i.source or source}) for i in own]
    else:
        desc = describe(named.text)
        if named is table.cell(row, "district"):
            desc = place_description(table, row, desc)
        items = [_item(desc, v, *shown_arithmetic(named.text, v), source, named, 0, len(named.text)) for v, _, _ in figures]
    return [_columns_arithmetic(table, row, i) if len(items) == 1 else i for i in items]


def shown_arithmetic(text: str, amount: float) -> tuple[float | None, float | None]:
    """(unit cost, quantity) a description shows for an amount in another cell
    ("... (30 คน x 3 วัน x 400 บาท)" beside 36,000), only when they multiply to
    it: an activity's words hold other figures that are no arithmetic."""
    _, unit, qty = arithmetic(text, amount)
    if unit and qty and abs(unit * qty - amount) < 0.5:
        return unit, qty
    return None, None


def spelled_out(cell: Block | None) -> Block | None:
    """An amounts cell that writes its cost lines in words ("ค่าอาหารกลางวัน
    (50 คน x 1 มื้อ x 70 บาท) 3,500 ... รวม 9,000"), else None: such a cell is
    read like a detail cell, line by line, its "รวม" being a subtotal."""
    if cell is None or _figures(cell) or not _re("line.expense_start").search(cell.text):
        return None
    return cell


def line_amount(line: str) -> tuple[float, int] | None:
    """(amount, end) of one spelled-out cost line in an amounts cell: its first
    figure outside brackets that is no count ("50 คน"), unit cost ("70 บาท x")
    or subtotal ("รวม 9,000"); the column's unit is baht, so none is written."""
    inside = [m.span() for m in BRACKETED_RE.finditer(line)]
    for m in CELL_FIGURE_RE.finditer(line):
        after = BAHT_WORD_RE.sub("", line[m.end():], count=1)
        if (any(s <= m.start() < e for s, e in inside) or _quantity_re().match(line[m.start():])
                or _re("line.unit_before").search(line[:m.start()]) or _re("line.unit_after").match(after)):
            continue
        if is_total_context(line[:m.start()]):
            return None
        value = parse_number(m.group())
        return (value, m.end()) if value else None
    return None


def spelled_lines(cell: Block, source: str | None) -> list[BudgetItemRecord]:
    """The cost lines of an amounts cell that writes them out, one per cost
    word ("ค่าอาหารกลางวัน (50 คน x 1 มื้อ x 70 บาท) 3,500 ค่าป้ายไวนิล 1,200
    รวม 4,700"): each line's bare figure is its amount, the "รวม" a subtotal."""
    text = cell.text
    starts = [m.start() for m in _re("line.expense_start").finditer(text)] + [len(text)]
    out = []
    for start, stop in pairwise(starts):
        line = text[start:stop]
        found = line_amount(line)
        if found is None:
            continue
        value, end = found
        amount, unit, qty = arithmetic(line[:end], value)
        if amount:
            out.append(_item(describe(line[:end]), amount, unit, qty, source, cell, start, start + end))
    return out


def cost_lines(cell: Block, figures: list[tuple[float, int, int]]) -> list[BudgetItemRecord]:
    """The cost lines an activity cell spells out after the activity's name
    ("อบรมแกนนำ... ค่าอาหารกลางวัน 60 บาท × 45 คน = 2,700 บาท ค่าตอบแทน...")
    when they add up to the row's amount: the row's money is those lines."""
    if not _re("line.expense_start").search(cell.text):
        return []
    own = text_items(cell)
    if own and abs(sum(i.amount_baht for i in own) - sum(f[0] for f in figures)) < 0.5:
        return own
    return []


# --- lines in running text -----------------------------------------------------------


def line_groups(money: list[Money]) -> list[list[Money]]:
    """Amounts grouped into lines: a unit cost goes with the total after it.

    A unit cost followed by another unit cost (or by nothing) is a line of
    its own, worth its unit cost times its quantity.
    """
    groups: list[list[Money]] = []
    current: list[Money] = []
    for m in money:
        if m.per_unit and current:
            groups.append(current)
            current = []
        current.append(m)
        if not m.per_unit:
            groups.append(current)
            current = []
    return groups + ([current] if current else [])


def text_items(block: Block, fallback: str = "") -> list[BudgetItemRecord]:
    """Budget lines in a paragraph or cell: every amount that is not a total,
    nor money received or left over.

    A funder named before the amount ("ขอใช้งบประมาณจากกองทุน... จำนวน
    15,000 บาท") is the line's source, and words after "สำหรับ" its purpose.
    A description too short to say anything (the line was just "งบประมาณ
    5,000 บาท") takes ``fallback``, the name of the activity it belongs to.
    """
    text = block.text
    out: list[BudgetItemRecord] = []
    clause = 0
    for group in line_groups(money_in(text)):
        first, last = group[0], group[-1]
        before = text[clause:first.start]
        if is_total_context(before) or is_not_a_line(before) or _followed_by_words(text, last.end):
            clause = last.end
            continue
        line = text[clause:last.end]
        amount, unit, qty = arithmetic(line, None if last.per_unit else last.value)
        source, desc = _source_and_purpose(before)
        if len(desc) < _min_chars():
            desc = fallback
        if desc and amount:
            source = source or inline_source(text[last.end:])
            out.append(_item(desc, amount, unit, qty, source, block, clause + _lead(line), last.end))
        clause = last.end
    return out


def _source_and_purpose(before: str) -> tuple[str | None, str]:
    """(source, description) of the words before an amount.

    The funder's phrase is left out of the description, and "สำหรับ ..."
    after it is the purpose; with no other words the whole clause describes
    the line ("ใช้งบประมาณจากกองทุน... รวม 86,400 บาท").
    """
    stated = stated_source(before)
    if stated is None:
        return None, describe(before)
    source, start, end = stated
    purpose = _re("line.purpose").search(before, end)
    words = before[purpose.end():] if purpose else before[:start] + " " + before[end:]
    desc = describe(words)
    return source, desc if len(desc) >= _min_chars() else describe(before)


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" ,;:-"))


def _followed_by_words(text: str, end: int) -> bool:
    """An amount repeated in words right after it ("(หนึ่งหมื่นบาทถ้วน)") is a total."""
    words = find_thai_money_words(text[end:end + 80])
    return bool(words) and not text[end:end + words[0][1]].strip(" ()")


def _after_words(text: str, end: int) -> int:
    """Where the clause after an amount starts: past its repetition in words, if any,
    so that "58,400 บาท (ห้าหมื่น...บาทถ้วน) ใช้จ่ายจริง 57,150 บาท" reads "ใช้จ่ายจริง" first."""
    words = find_thai_money_words(text[end:end + 80])
    if not words or text[end:end + words[0][1]].strip(" ()"):
        return end
    after = end + words[0][2]
    return after + len(text[after:]) - len(text[after:].lstrip(" )"))


def source_lines(doc: Document) -> list[tuple[Block, str]]:
    """Blocks that name a funding source, with the source: a "แหล่งงบประมาณ:
    ..." line, or a sentence saying where the money came from ("ได้รับการ
    สนับสนุนงบประมาณจากกองทุน... จำนวน 25,000 บาท ใช้จ่ายจริง ดังนี้")."""
    out = []
    for block in doc.body():
        if block.kind == "table_cell":
            continue
        m = _re("source.line").search(block.text)
        stated = stated_source(block.text)
        funder = clean_source(block.text[m.end():]) if m else (stated[0] if stated else abbreviated_source(block.text))
        if funder:
            out.append((block, funder))
    return out


def _nearest_source(first: int, last: int, sources: list[tuple[Block, str]]) -> str | None:
    """The source line nearest to the blocks ``first``..``last``, within reach."""
    reach = _rules()["source"]["reach"]
    near = []
    for s, name in sources:
        gap = first - s.order if s.order < first else s.order - last if s.order > last else 0
        if gap <= reach:
            near.append((gap, name))
    return min(near)[1] if near else None


def _previous_name(doc: Document, block: Block) -> str:
    """The short line before a bare amount: the activity it funds."""
    for prev in reversed(doc.blocks[: block.order]):
        if prev.kind in ("header", "footer") or not prev.text:
            continue
        return describe(prev.text) if prev.kind != "table_cell" else ""
    return ""


def prose_items(doc: Document, skip: set[int], sources: list[tuple[Block, str]]) -> list[BudgetItemRecord]:
    """Budget lines outside budget tables, with the nearest stated source.

    An amount followed by bulleted lines that add up to it is their
    subtotal (an activity's "งบประมาณ 18,000 บาท" over its cost lines).
    """
    lines: list[tuple[Block, list[BudgetItemRecord]]] = []
    for block in doc.body():
        if block.order in skip or not find_amounts(block.text):
            continue
        if _re("source.line").search(block.text) and block.kind != "table_cell":
            continue
        own = text_items(block, _previous_name(doc, block))
        src = _nearest_source(block.order, block.order, sources)
        lines.append((block, [i.model_copy(update={"source": i.source or src}) for i in own]))
    out = []
    for i, (block, items) in enumerate(lines):
        if not (len(items) == 1 and _sums_bullets_below(doc, items[0], lines[i + 1:])):
            out += items
    return out


def _sums_bullets_below(doc: Document, item: BudgetItemRecord, below: list[tuple[Block, list[BudgetItemRecord]]]) -> bool:
    """The bulleted lines right under ``item``'s block add up to its amount."""
    total, last = 0.0, item.evidence.block
    for block, items in below:
        between = doc.blocks[last + 1: block.order]
        if any(b.kind not in ("header", "footer") for b in between) or not BULLET_LINE_RE.match(block.text):
            break
        total += sum(i.amount_baht for i in items)
        last = block.order
    return total > 0 and abs(total - item.amount_baht) < 0.5


# --- the grand total ------------------------------------------------------------------


@dataclass(frozen=True)
class _Total:
    amount: float
    grand: bool
    block: Block
    start: int
    end: int


def _table_totals(table: Table) -> Iterator[_Total]:
    """Total rows: the figure of the row's last amount cell, or the amount its
    label cell writes itself ("รวมงบประมาณทั้งสิ้น 94,750 บาท" across the row)."""
    for row in table.rows:
        if not is_total_row(row):
            continue
        label = row.texts()[0]
        cells = [b for c, b in sorted(row.cells.items()) if b.text and b.text != label]
        figures = [(b, f) for b in cells for f in _figures(b)]
        if figures:
            block, (value, s, e) = figures[-1]
            yield _Total(value, bool(_any_re("total.grand").search(label)), block, s, e)
            continue
        block = row.cells[min(c for c, b in row.cells.items() if b.text == label)]
        for value, start, end in find_amounts(block.text)[:1]:
            yield _Total(value, bool(_any_re("total.grand").search(block.text[:start])), block, start, end)


def _text_totals(block: Block) -> Iterator[_Total]:
    clause = 0
    for value, start, end in find_amounts(block.text):
        before = block.text[clause:start]
        grand = bool(_any_re("total.grand").search(before))
        if grand or _followed_by_words(block.text, end):
            yield _Total(value, True, block, start, end)
        clause = _after_words(block.text, end)
    for m in NUMBER.finditer(block.text):
        counted = _counted_re().match(block.text, m.end())  # "รวมทั้งสิ้น 51 คน" counts people
        if _any_re("total.grand").search(block.text[: m.start()]) and not find_amounts(block.text) and not counted:
            value = parse_number(m.group())
            if value:
                yield _Total(value, True, block, m.start(), m.end())


@cache
def _counted_re() -> re.Pattern[str]:
    """A unit word right after a figure: the figure counts things, it is no money."""
    return re.compile(rf"\s*(?:{'|'.join(_rules()['quantity']['units'])})")


def _in_words(doc: Document, total: _Total) -> float | None:
    """The total repeated in words in its own block, row, or the next block."""
    near = [total.block, *doc.blocks[total.block.order + 1: total.block.order + 4]]
    for block in near:
        found = find_thai_money_words(block.text if block is not total.block else block.text[total.end:])
        if found:
            return found[0][0]
    return None


def find_total(doc: Document, tables: list[Table], skip: set[int], lines_sum: float = 0.0) -> BudgetTotal | None:
    """The document's grand total: a grand-total row or phrase; of several, the
    one the budget lines add up to (``lines_sum``), else the largest."""
    candidates = [t for table in tables for t in _table_totals(table)]
    for block in doc.body():
        if block.order not in skip:
            candidates += list(_text_totals(block))
    grand = [t for t in candidates if t.grand] or candidates
    if not grand:
        return None
    best = max(grand, key=lambda t: (t.amount, -t.block.order))
    summed = [t for t in candidates if lines_sum and abs(t.amount - lines_sum) < 0.5]
    if summed:  # money received and money spent both stated: the lines add up to the spending
        best = summed[0]
    return BudgetTotal(
        amount_baht=best.amount, in_words=_in_words(doc, best),
        evidence=evidence(best.block, best.start, best.end),
    )


def _table_sources(tables: list[Table], items_of: list[list[BudgetItemRecord]],
                   sources: list[tuple[Block, str]]) -> list[BudgetItemRecord]:
    """Give each table's lines without a source the source line nearest to the
    run of tables it belongs to (a table broken over pages is one run)."""
    runs: list[tuple[int, int, list[BudgetItemRecord]]] = []
    for table, items in zip(tables, items_of):
        orders = [b.order for b in table.grid.cells.values()]
        if table.continues and runs:
            first, _, kept = runs[-1]
            runs[-1] = (first, max(orders), kept + items)
        else:
            runs.append((min(orders), max(orders), list(items)))
    out = []
    for first, last, items in runs:
        src = _nearest_source(first, last, sources)
        out += [i.model_copy(update={"source": i.source or src}) for i in items]
    return out


def lone_spending(items: list[BudgetItemRecord]) -> bool:
    """The document's only money is one amount said to be spent, for no
    named purpose ("งบประมาณที่ใช้ในไตรมาสนี้ 28,500 บาท"): its total."""
    return len(items) == 1 and is_generic(items[0].description)


def extract_budget(doc: Document, facts: DocumentFacts) -> tuple[list[BudgetItemRecord], BudgetTotal | None]:
    """Every budget line of the document in document order, and its grand total if stated."""
    tables = [t for t in read_tables(doc) if is_budget_table(t)]
    sources = source_lines(doc)
    items = _table_sources(tables, [[i for row in t.rows for i in row_items(t, row)] for t in tables], sources)
    used = {b.order for t in tables for b in t.grid.cells.values()}
    items += prose_items(doc, used, sources)
    items.sort(key=lambda i: (i.evidence.block, i.evidence.start))
    total = find_total(doc, tables, used, sum(i.amount_baht for i in items))
    if total is None and lone_spending(items):
        only = items[0]
        return [], BudgetTotal(amount_baht=only.amount_baht, evidence=only.evidence)
    return items, total
