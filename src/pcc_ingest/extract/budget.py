"""Budget lines (what money is for, how much, from whom) and the grand total.

Budget tables are read through their header (detail, amount and source
columns); a detail cell of several bulleted lines pairs, in order, with an
amount cell of several figures.  Outside such tables every figure marked as
baht is a line, unless words around it make it a total, an allocation
received or a balance left.  A line that shows its arithmetic ("คนละ 50 บาท x
100 คน") gives unit cost and quantity as written, even when they do not
multiply back to the line's amount (an auditor checks that).

Money is often written twice: an activity's amount, then its cost lines
(in the same sentence after "ได้แก่", in bullets below, or in a paragraph
that names the activity's number, "กิจกรรมที่ 2 ..."), and a total split
again by source or by issue.  The cost lines are kept and the amount they
add up to is dropped as a subtotal; the lines take its source.  A source
line may name the activities it funds ("แหล่งงบประมาณ: กิจกรรมที่ 1 และ 4
...").  Rules: ``extractors/budget.toml``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.records import BudgetItemRecord, BudgetTotal, DocumentFacts
from pcc_ingest.extract.tables import (
    CELL_BULLET_RE,
    Row,
    Table,
    cell_lines,
    cell_number,
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

# A list number opening a cell ("1. ประชุม...", "2) อบรม..."), not a decimal
# ("1.5 ล้าน") or a date ("1/2567"): the row's activity number.
LIST_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\s*[.)](?!\d)")

# One figure of an amounts cell.  Thousands groups are taken greedily so that
# two amounts a PDF cell glued together ("5,0005,000") come apart.
CELL_FIGURE_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?")


@cache
def _rules() -> dict:
    return load_rules("budget")


def _with_funds(pattern: str) -> str:
    """``pattern`` with ``{funds}`` standing for the paying bodies of
    ``source.funds``: one list for every rule that names them."""
    return pattern.replace("{funds}", "|".join(_rules()["source"]["funds"]))


@cache
def _re(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile(_with_funds(_rules()[section][key]))


@cache
def _any_re(path: str) -> re.Pattern[str]:
    section, key = path.split(".")
    return re.compile("|".join(f"(?:{p})" for p in _rules()[section][key]))


@cache
def _quantity_re() -> re.Pattern[str]:
    units = "|".join(_rules()["quantity"]["units"])
    times = _rules()["quantity"]["times"]
    factor = _rules()["quantity"]["counted_before_times"]
    return re.compile(
        rf"(?P<n>{NUMBER.pattern})\s*(?:{units}|{factor})|{times}\s*(?P<bare>{NUMBER.pattern})(?!\s*(?:บาท|บ\.))"
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


def quantity(text: str, skip: Iterable[tuple[int, int]] = (), anchor: tuple[int, int] | None = None) -> float | None:
    """The product of the counted things in ``text`` ("2 มื้อ ... x 100 คน" -> 200).

    With ``anchor`` (the unit cost's span), only the counts chained to it by
    arithmetic count: "ทั้ง 7 ตำบล ... 8 แห่ง ๆ ละ 3,000 บาท" is 8, and a
    size "1.2 x 2.4 เมตร 16 ป้าย x 450 บาท" is no count.  With none chained,
    the count of what the cost is per ("100 คน ค่าอาหาร คนละ 50 บาท"), else
    every count.
    """
    spans = list(skip)
    found = [m for m in _quantity_re().finditer(text)
             if not any(s < m.end() and m.start() < e for s, e in spans)]
    if anchor is not None:
        found = chained(text, found, anchor) or per_unit_count(text, found, anchor) or found
    factors = [v for m in found if (v := parse_number(m["n"] or m["bare"]))]
    return math.prod(factors) if factors else None


def per_unit_count(text: str, found: list[re.Match[str]], anchor: tuple[int, int]) -> list[re.Match[str]]:
    """The last count before ``anchor`` of the thing its cost is per: "มี 8 อำเภอ
    ... อำเภอละ 15,000 บาท" -> "8 อำเภอ"; none when the cost is per nothing named."""
    per = _per_unit_re().search(text[: anchor[0]])
    if per is None:
        return []
    same = [m for m in found if m.end() <= per.start() and m.group().rstrip().endswith(per["unit"])]
    return same[-1:]


@cache
def _per_unit_re() -> re.Pattern[str]:
    """A unit word then "ละ" right before a unit cost ("คนละ", "อำเภอละ", "มื้อ ๆ ละ")."""
    return re.compile(rf"(?P<unit>{'|'.join(_rules()['quantity']['units'])})\s*ๆ?\s*ละ\s*$")


@cache
def _glue_re() -> re.Pattern[str]:
    rules = _rules()["quantity"]
    return re.compile(rules["glue"].replace("{units}", "|".join(rules["units"])))


def chained(text: str, found: list[re.Match[str]], anchor: tuple[int, int]) -> list[re.Match[str]]:
    """The matches joined to ``anchor`` and to each other by nothing but
    arithmetic glue ("x", "ๆ ละ", "จำนวน", a unit word), outwards both ways."""
    glue = _glue_re()
    before = [m for m in found if m.end() <= anchor[0]]
    after = [m for m in found if m.start() >= anchor[1]]
    kept, edge = [], anchor[0]
    for m in reversed(before):
        if not glue.fullmatch(text[m.end():edge]):
            break
        kept.append(m)
        edge = m.start()
    edge = anchor[1]
    for m in after:
        if not glue.fullmatch(text[edge:m.start()]):
            break
        kept.append(m)
        edge = m.end()
    return kept


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
    qty = quantity(text, [(m.start, m.end) for m in money], (unit.start, unit.end))
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


def allocation_source(before: str) -> str | None:
    """The funder of money received, named in the words before its amount
    ("ได้รับจัดสรรจาก สสจ.กระบี่ (งบดำเนินงาน พชอ.) จำนวน"), if any."""
    found = list(_re("source.allocated").finditer(before))
    if not found:
        return None
    funder = _re("source.inline_end").split(found[-1]["funder"], maxsplit=1)[0].strip(" ,:")
    return funder or None


def is_generic(description: str) -> bool:
    """A description that only says "the money used" (in a period, from a
    fund), naming no purpose."""
    return bool(_re("line.generic").fullmatch(description.strip()))


def _min_chars() -> int:
    return _rules()["line"]["min_description_chars"]


@cache
def _inline_re() -> re.Pattern[str]:
    """Any lead of ``source.inline_leads`` right after an amount, then the funder."""
    leads = "|".join(f"(?:{_with_funds(p)})" for p in _rules()["source"]["inline_leads"])
    return re.compile(rf"^\s*\(?\s*(?:{leads})\s*(?P<funder>[^,;()\d]{{3,}})")


def inline_source(after: str) -> str | None:
    """The funder named right after an amount ("... บาท จากกองทุน...",
    "... บาท สนับสนุนโดยศูนย์...", "... บาท ใช้เงินบำรุงโรงพยาบาล..."), if
    any; words that only say "money" name no funder.  A bracket holding
    nothing but names is the whole source ("(ศูนย์... และ อปท.)": two payers)."""
    m = _inline_re().match(after)
    if m is None:
        return None
    closed = after.lstrip().startswith("(") and after[m.end("funder"):].lstrip().startswith(")")
    funder = m["funder"].strip() if closed else _funder_words(m["funder"])
    return funder if funder and not is_generic(funder) else None


def _funder_words(text: str) -> str:
    """A funder's name at the start of ``text``: up to words that go on with
    the sentence (``source.inline_end``) or the next cost line ("... อำเภอ
    เขาชัยสน ค่าป้ายเตือน ...")."""
    name = _re("source.inline_end").split(text, maxsplit=1)[0]
    cost = _re("line.expense_start").search(name)
    return (name[: cost.start()] if cost else name).strip()


def stated_source(text: str) -> tuple[str, int, int] | None:
    """The money a text says it comes from ("ขอใช้งบประมาณจากกองทุน... จำนวน",
    "งบสนับสนุนจากอำเภอสำหรับ..."), and the span of that phrase.

    The kind of money stays in the name ("งบสนับสนุนจากอำเภอ"); a plain
    "งบประมาณจาก" or "เงินจาก" says no more than the funder's name.
    """
    found = list(_re("source.stated").finditer(text))
    if not found:
        return giver_source(text)
    m = found[-1]
    kept = _re("source.inline_end").split(m["funder"], maxsplit=1)[0]
    funder = kept.strip(" ,:")
    if not funder:
        return None
    name = funder if _re("source.plain_money").fullmatch(m["money"]) else f"{m['money'].strip()}จาก{funder}"
    return name, m.start(), m.start("funder") + len(kept.rstrip())


@cache
def _giver_res() -> tuple[re.Pattern[str], ...]:
    clause = "|".join(_rules()["source"]["giver_clause"])
    return tuple(re.compile(_with_funds(p).replace("{clause}", clause)) for p in _rules()["source"]["giver"])


def giver_source(text: str) -> tuple[str, int, int] | None:
    """The funder a text names as the money's owner or giver ("ใช้งบประมาณของ
    สำนักงาน...", "สำนักงาน...จัดสรรงบประมาณ"), and the span of its name: no
    "จาก" needed, who owns or allocates the money pays for it."""
    found = [m for pattern in _giver_res() for m in pattern.finditer(text)]
    if not found:
        return None
    m = max(found, key=lambda f: f.start("funder"))
    start = m.start("funder")
    kept = _re("source.inline_end").split(text[start:m.end("funder")], maxsplit=1)[0].rstrip(" ,:")
    return (kept, start, start + len(kept)) if kept else None


def funder_named(text: str) -> tuple[str, int, int] | None:
    """A funding body named with "จาก" and no money word in the words
    before an amount ("ค่าใช้จ่ายในการอบรม Caregiver จากกองทุนฟื้นฟู...
    เป็นเงิน"), and the span of that phrase."""
    found = list(_re("source.from_funder").finditer(text))
    if not found:
        return None
    m = found[-1]
    funder = _funder_words(m["funder"]).strip(" ,:")
    return (funder, m.start(), m.start("funder") + len(funder)) if funder else None


def bracketed_source(text: str) -> tuple[str, int, int] | None:
    """The last funder named in brackets in the words before an amount
    ("อบรม อสม. (กองทุน LTC อบต.พลอยแหวน)"), and the span of its bracket."""
    found = list(_re("source.bracketed").finditer(text))
    if not found:
        return None
    m = found[-1]
    funder = m["funder"].strip(" ,:")
    return (funder, m.start(), m.end()) if funder and not is_generic(funder) else None


def abbreviated_source(text: str) -> str | None:
    """The funder noted in short after "งปม." ("งปม.กองทุนฯอบต.หนองทอง"), if any."""
    m = _re("source.abbreviated").search(text)
    return m["funder"] if m else None


@dataclass(frozen=True)
class ActivityRef:
    """A reference to numbered activities in a text ("กิจกรรมที่ 2, 3 และ 9")."""

    numbers: tuple[int, ...]
    start: int
    end: int


@cache
def _activity_ref_re() -> re.Pattern[str]:
    rules = _rules()["activity_ref"]
    return re.compile(rf"{rules['label']}(?P<nums>{rules['numbers']})")


def activity_refs(text: str) -> list[ActivityRef]:
    """The activity references of ``text``, ranges spelled out ("ลำดับที่ 2-4"
    -> 2, 3, 4).  A last figure that counts something ("กิจกรรมที่ 2 60 คน") is
    no activity number."""
    out = []
    for m in _activity_ref_re().finditer(text):
        tokens = list(re.finditer(r"\d+", m["nums"]))
        end = m.end()
        if tokens and _unit_word_re().match(text, end):
            tokens.pop()
            end = m.start("nums") + tokens[-1].end() if tokens else end
        numbers: list[int] = []
        for prev, tok in zip([None, *tokens], tokens):
            n = int(tok.group())
            gap = m["nums"][prev.end():tok.start()] if prev else ""
            if prev and _re("activity_ref.range").fullmatch(gap) and numbers and 0 < n - numbers[-1] < 20:
                numbers += range(numbers[-1] + 1, n + 1)
            else:
                numbers.append(n)
        if numbers:
            out.append(ActivityRef(tuple(numbers), m.start(), end))
    return out


@cache
def _unit_word_re() -> re.Pattern[str]:
    """A whole unit word right after a figure ("60 คน", not "2 วันที่ ..."):
    the figure counts things."""
    return re.compile(rf"\s*(?:{'|'.join(_rules()['quantity']['units'])})(?![ก-ฮ])")


def activity_sources(text: str) -> dict[int, str]:
    """The source of each activity a source line names ("กิจกรรมที่ 1 และ 4
    งบดำเนินงาน สสอ. กิจกรรมที่ 2 3 และ 5 กองทุน...", "สสจ.นราธิวาส
    (กิจกรรมที่ 2, 3, 4 และ 9) รวม 32,900 บาท"): a funder after its
    references when the line opens with one, else before them (past the
    amount the funder before gives)."""
    refs = activity_refs(text)
    if not refs:
        return {}
    leading = not text[: refs[0].start].strip(" :：-–(")
    out: dict[int, str] = {}
    for i, ref in enumerate(refs):
        if leading:
            words = text[ref.end: refs[i + 1].start if i + 1 < len(refs) else len(text)]
        else:
            words = _re("source.amount_head").sub("", text[refs[i - 1].end if i else 0: ref.start])
        name = clean_source(words.strip(" ,:：;()-–"))
        name = name and name.removeprefix("และ").removesuffix("และ").strip(" ,()") or None
        for n in ref.numbers if name else ():
            out.setdefault(n, name)
    return out


def funder_only(text: str) -> str:
    """A source's name without the bookkeeping written after it: the fiscal
    year, plan or programme charged and "ทุกรายการถัวเฉลี่ยจ่ายได้" say how
    the money is accounted for, not who gives it."""
    return _re("source.line_end").split(text, maxsplit=1)[0].strip() or text


def clean_source(text: str) -> str | None:
    """The source a cell or line names, as written, else ``None`` for "-" and the like.

    Only a lead-in that names no kind of money ("ได้รับงบประมาณจาก", "โดย")
    is dropped: "งบดำเนินการ จาก สสจ.ร้อยเอ็ด" says which money it is.  A
    category or channel in brackets after the name ("(งบสนับสนุน พชอ.)")
    is dropped too, by the labelling convention.
    """
    text = _re("source.amount_tail").sub("", text).strip()
    if not text or _any_re("source.empty").search(text):
        return None
    text = funder_only(text)
    funder = _re("source.funder_prefix").sub("", text).strip() or text
    return _re("source.channel_bracket").sub("", funder) or funder


# --- budget tables ----------------------------------------------------------------


def is_budget_table(table: Table) -> bool:
    """A table with a column of amounts or of budget details; a "ปีงบประมาณ"
    column holds fiscal years, not money."""
    money = [c for c in table.columns if c.role in ("budget_amount", "budget_detail")]
    return any(not _re("line.year_column").match(c.own or c.label) for c in money)


def _figures(block: Block | None) -> list[tuple[float, int, int]]:
    """The figures of an amounts cell ("5,000 5,000"); none if it holds other words.

    PDF text may break a figure at its comma ("5 ,000"); such a cell is read
    with those spaces closed, and its figures cite the whole cell.  The
    arithmetic an amount shows in brackets ("8,400 (21 คน x 4 ครั้ง x 100
    บาท)") is no figure of its own and no other words.
    """
    if block is None:
        return []
    shown = _re("quantity.bracketed").sub(lambda m: " " * len(m.group()), block.text)
    if not AMOUNTS_CELL_RE.fullmatch(shown):
        return []
    text = SPACED_COMMA_RE.sub(",", shown)
    out = []
    for m in CELL_FIGURE_RE.finditer(text):
        value = parse_number(m.group())
        if value is not None:
            span = m.span() if len(text) == len(block.text) else (0, len(block.text))
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


def counted_cell(text: str) -> float | None:
    """The count a quantity cell gives with its unit ("30 คน", "128 มื้อ",
    "2 ป้าย", "1 ชุด"): the figure, which a bare-number reading misses."""
    m = _re("quantity.counted_cell").fullmatch(text)
    return parse_number(m["n"]) if m else None


def _columns_arithmetic(table: Table, row: Row, item: BudgetItemRecord) -> BudgetItemRecord:
    """Unit cost and quantity from their own columns, as written; a count
    with its unit word counts when unit cost times it gives the amount."""
    unit, qty = table.number(row, "unit_cost"), table.number(row, "quantity")
    if unit and not qty and (cell := table.cell(row, "quantity")) is not None:
        counted = counted_cell(cell.text)
        qty = counted if multiplies_to(unit, counted, item.amount_baht) else None
    if unit and qty:
        return item.model_copy(update={"unit_cost_baht": unit, "quantity": qty})
    return item


def _description_cell(table: Table, row: Row) -> Block | None:
    """The cell that says what a row's money is for: detail, activity, issue, ...

    Without any such column, the row's first cell of words (not a number).
    """
    roles = _rules()["line"]["description_roles"]
    if is_allocation_table(table):
        roles = ["district", *roles]
    for role in roles:
        block = table.cell(row, role)
        if block is not None and block.text:
            return block
    money = {c.col for c in table.columns if c.role in ("budget_amount", "unit_cost", "quantity", "seq")}
    return next((b for c, b in sorted(row.cells.items())
                 if c not in money and b.text and parse_number(b.text) is None), None)


def is_account_table(table: Table) -> bool:
    """A table that accounts for money by funder: a column of money received
    or left over ("ได้รับจัดสรร (บาท)", "คงเหลือ (บาท)", ``line.not_purpose``)
    and no column saying what money is for (``line.purpose_roles``).  Its
    rows are each funder's sums of lines listed elsewhere, not lines."""
    purposes = set(_rules()["line"]["purpose_roles"])
    if any(c.role in purposes for c in table.columns):
        return False
    return any(_any_re("line.not_purpose").search(c.own) for c in table.columns if c.own)


def is_allocation_table(table: Table) -> bool:
    """A table that allots money to districts: a district column, and an
    amount column whose label says the money is allotted
    (``line.allocation_label``)."""
    amount = table.column("budget_amount")
    return (table.column("district") is not None and amount is not None
            and bool(_re("line.allocation_label").search(amount.own)))


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
    if is_total_row(row) or is_section_row(row, table) or is_account_table(table):
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
        items = [_item(desc, v, *_row_arithmetic(named, amounts, v), source, named, 0, len(named.text))
                 for v, _, _ in figures]
    if len(items) == 1:
        items = [_beside_arithmetic(table, row, _columns_arithmetic(table, row, items[0]), (named, amounts))]
    return items


def _beside_arithmetic(table: Table, row: Row, item: BudgetItemRecord,
                       read: tuple[Block | None, ...]) -> BudgetItemRecord:
    """Unit cost and quantity from a cell of their own beside the line
    ("รายการ | การคำนวณ | จำนวนเงิน": "ค่าอาหาร | 80 คน x 60 บาท x 2 วัน |
    9,600"), whatever its header says, when they multiply to the amount: a
    clerk's working column has no fixed name."""
    if item.unit_cost_baht is not None:
        return item
    for _, cell in sorted(row.cells.items()):
        if any(cell is r for r in read) or not cell.text:
            continue
        unit, qty = shown_arithmetic(cell.text, item.amount_baht)
        if unit is not None:
            return item.model_copy(update={"unit_cost_baht": unit, "quantity": qty})
    return item


def _row_arithmetic(named: Block, amounts: Block | None, amount: float) -> tuple[float | None, float | None]:
    """(unit cost, quantity) a row shows for ``amount``: in its description,
    else beside the amount itself ("8,400 (21 คน x 4 ครั้ง x 100 บาท)")."""
    unit, qty = shown_arithmetic(named.text, amount)
    if unit is None and amounts is not None:
        unit, qty = shown_arithmetic(amounts.text, amount)
    return unit, qty


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
    read like a detail cell, line by line, its "รวม" being a subtotal.  A
    bulleted line needs no cost word ("- กระจกโค้งจราจร 10 ชุด x 3,500 บาท =
    35,000 บาท"): the clerk's dash marks it as a line."""
    if cell is None or _figures(cell):
        return None
    if _re("line.expense_start").search(cell.text) or CELL_BULLET_RE.search(cell.text):
        return cell
    return None


def line_amount(line: str) -> tuple[float, int] | None:
    """(amount, end) of one spelled-out cost line in an amounts cell: its first
    figure outside brackets that is no count ("50 คน"), unit cost ("70 บาท x"),
    ordinal ("รางวัลที่ 1") or subtotal ("รวม 9,000"); the column's unit is baht, so none is written."""
    inside = [m.span() for m in BRACKETED_RE.finditer(line)]
    for m in CELL_FIGURE_RE.finditer(line):
        after = BAHT_WORD_RE.sub("", line[m.end():], count=1)
        if (any(s <= m.start() < e for s, e in inside) or _quantity_re().match(line[m.start():])
                or _re("line.unit_before").search(line[:m.start()]) or _re("line.unit_after").match(after)
                or _re("line.ordinal_before").search(line[:m.start()])):
            continue
        if is_total_context(line[:m.start()]):
            return None
        value = parse_number(m.group())
        return (value, m.end()) if value else None
    return None


def spelled_lines(cell: Block, source: str | None) -> list[BudgetItemRecord]:
    """The cost lines of an amounts cell that writes them out, one per cost
    word ("ค่าอาหารกลางวัน (50 คน x 1 มื้อ x 70 บาท) 3,500 ค่าป้ายไวนิล 1,200
    รวม 4,700") or one per bullet: each line's bare figure is its amount, the
    "รวม" a subtotal."""
    text = cell.text
    marks = {m.start() for m in _re("line.expense_start").finditer(text)}
    marks |= {m.start() for m in CELL_BULLET_RE.finditer(text)}
    starts = [*sorted(marks), len(text)]
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
    nor money received or left over, nor the subtotal of the lines after it.

    A funder named before the amount ("ขอใช้งบประมาณจากกองทุน... จำนวน
    15,000 บาท") is the line's source, and words after "สำหรับ" its purpose;
    a funder named after it ("... 4,500 บาท จากงบ...") also funds the
    lines just before it that name none; money received from a funder
    ("ได้รับจัดสรรจาก... จำนวน 38,500 บาท") funds the lines after it that
    name none.  A description too short to say
    anything (the line was just "งบประมาณ 5,000 บาท") takes ``fallback``,
    the name of the activity it belongs to.
    """
    text = block.text
    out: list[BudgetItemRecord] = []
    trailing: list[bool] = []
    clause = 0
    since = 0  # the first line after the last total
    allocated: str | None = None
    for group in line_groups(money_in(text)):
        first, last = group[0], group[-1]
        before = text[clause:first.start]
        if is_not_a_line(before):
            allocated = allocation_source(before) or allocated
        line = text[clause:last.end]
        amount, unit, qty = line_arithmetic(line, None if last.per_unit else last.value)
        if is_total_context(before):
            out[since:] = fund_summed(out[since:], last.value, inline_source(text[last.end:]))
            since = len(out)
        if (is_total_context(before) or is_not_a_line(before)
                or (_followed_by_words(text, last.end) and not multiplies_to(unit, qty, amount))):
            clause = last.end
            continue
        source, desc = _source_and_purpose(before, after_amount=clause > 0)
        desc = stated_use(before, text[last.end:]) or desc
        if len(desc) < _min_chars():
            desc = fallback
        if desc and amount:
            after = None if source else inline_source(text[last.end:])
            out.append(_item(desc, amount, unit, qty, source or after or allocated, block, clause + _lead(line), last.end))
            trailing.append(after is not None)
        clause = last.end
    kept = drop_subtotals(text, out)
    return share_trailing_sources(text, kept, [t for t, k in zip(trailing, kept) if k is not None])


def stated_use(before: str, after: str) -> str | None:
    """The purpose said right after an amount ("10,000 บาท ใช้ในการประชุม
    พชอ. ..."), when the words before name no cost of their own: the clerk
    names the use after the money, the words before are context."""
    if _re("line.expense_start").search(before):
        return None
    m = _re("line.used_for").match(after)
    desc = describe(m["purpose"]) if m else ""
    return desc if len(desc) >= _min_chars() else None


def fund_summed(items: list[BudgetItemRecord], total: float, funder: str | None) -> list[BudgetItemRecord]:
    """``items`` with the funder named right after their total ("... ค่าตอบแทน
    วิทยากร ... = 3,000 บาท รวม 11,400 บาท (สสจ.X)") given to those naming
    none, when they add up to that total: the funder pays for the whole sum."""
    if funder is None or not items or abs(sum(i.amount_baht for i in items) - total) >= 0.5:
        return items
    return [i if i.source else i.model_copy(update={"source": funder}) for i in items]


def multiplies_to(unit: float | None, qty: float | None, amount: float | None) -> bool:
    """A unit cost times its count gives the amount: the amount is that line's
    own sum ("อำเภอละ 20,000 บาท จำนวน 12 อำเภอ รวมเป็นเงิน 240,000 บาท
    (สองแสนสี่หมื่นบาทถ้วน)"), a line even when repeated in words."""
    return bool(unit and qty and amount) and abs(unit * qty - amount) < 0.5


def line_arithmetic(line: str, amount: float | None) -> tuple[float | None, float | None, float | None]:
    """``arithmetic`` of a cost line, read from its cost word on when words
    naming something else stand before it ("เยี่ยม... พชอ. 9 อำเภอ -
    ค่าอาหารว่าง 9 ครั้ง x 30 คน x 30 บาท": the 9 districts multiply
    nothing); the whole line when the arithmetic is not all after it."""
    cut = expense_start(line)
    if cut:
        own = arithmetic(line[cut:], amount)
        if own[1] is not None and own[2] is not None:
            return own
    return arithmetic(line, amount)


def _summing_run(items: list[BudgetItemRecord], target: float) -> int:
    """How many of ``items``, from the first, add up to ``target`` (0 if none do)."""
    total = 0.0
    for n, item in enumerate(items, start=1):
        total += item.amount_baht
        if abs(total - target) < 0.5:
            return n
        if total > target:
            break
    return 0


def drop_subtotals(text: str, items: list[BudgetItemRecord]) -> list[BudgetItemRecord | None]:
    """``items`` with each subtotal replaced by ``None``: an amount whose
    breakdown opens right after it ("ใช้งบประมาณ 9,750 บาท ได้แก่ ...",
    "17,280 บาท ประกอบด้วย ...") and which the lines after it add up to.
    Those lines take its source when they name none."""
    out: list[BudgetItemRecord | None] = list(items)
    for i, item in enumerate(items):
        if out[i] is None or not _re("line.breakdown_lead").match(text[item.evidence.end:]):
            continue
        n = _summing_run(items[i + 1:], item.amount_baht)
        if not n:
            continue
        out[i] = None
        for j in range(i + 1, i + 1 + n):
            part = out[j]
            if part is not None and part.source is None:
                out[j] = part.model_copy(update={"source": item.source})
    return out


def share_trailing_sources(text: str, items: list[BudgetItemRecord | None],
                           trailing: list[bool]) -> list[BudgetItemRecord]:
    """The lines of ``items`` (``None`` dropped), each line without a source
    taking the funder named after the next line ("ค่าทราย ... 18,000 บาท และ
    ค่าน้ำยา ... 12,500 บาท จากกองทุน..." funds both), back to a line with a
    source of its own, an amount that is no line, or another activity's label.

    ``trailing`` flags, per kept line, a source named after its amount."""
    kept = [i for i in items if i is not None]
    out = list(kept)
    for j in range(len(kept) - 1, 0, -1):
        if not trailing[j]:
            continue
        for i in range(j - 1, -1, -1):
            between = text[out[i].evidence.end:out[i + 1].evidence.start]
            if out[i].source is not None or find_amounts(between) or activity_refs(between):
                break
            out[i] = out[i].model_copy(update={"source": out[j].source})
    return out


def _source_and_purpose(before: str, after_amount: bool = False) -> tuple[str | None, str]:
    """(source, description) of the words before an amount.

    The funder's phrase is left out of the description, and "สำหรับ ..."
    after it is the purpose; with no other words the whole clause describes
    the line ("ใช้งบประมาณจากกองทุน... รวม 86,400 บาท").  Right after
    another amount (``after_amount``), a funder's phrase opening the words
    funds that amount ("... 12,500 บาท จากกองทุน... ส่วนค่าอาหาร ..."), not
    this one.
    """
    stated = stated_source(before) or funder_named(before) or bracketed_source(before)
    if stated is not None and after_amount and not before[: stated[1]].strip(" ,;:-"):
        stated = None
    if stated is None:
        return None, describe(before)
    source, start, end = stated
    purpose = _re("line.purpose").search(before, end)
    words = before[purpose.end():] if purpose else before[:start] + " " + before[end:]
    desc = describe(words)
    return source, desc if len(desc) >= _min_chars() else describe(before)


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" ,;:-"))


def _words_end(text: str, end: int) -> int | None:
    """Where the amount ending at ``end`` is repeated in words right after it
    ("(หนึ่งหมื่นบาทถ้วน)") ends, if it is."""
    words = find_thai_money_words(text[end:end + 80])
    if not words or text[end:end + words[0][1]].strip(" ()"):
        return None
    return end + words[0][2]


def _followed_by_words(text: str, end: int) -> bool:
    """An amount repeated in words right after it ("(หนึ่งหมื่นบาทถ้วน)") is a total."""
    return _words_end(text, end) is not None


def _after_words(text: str, end: int) -> int:
    """Where the clause after an amount starts: past its repetition in words, if any,
    so that "58,400 บาท (ห้าหมื่น...บาทถ้วน) ใช้จ่ายจริง 57,150 บาท" reads "ใช้จ่ายจริง" first."""
    after = _words_end(text, end)
    if after is None:
        return end
    return after + len(text[after:]) - len(text[after:].lstrip(" )"))


@dataclass(frozen=True)
class SourceLine:
    """A block naming where money comes from: for the budget lines near it
    (``name``), or for the numbered activities it names (``by_activity``)."""

    block: Block
    name: str | None
    by_activity: Mapping[int, str]


def source_lines(doc: Document) -> list[SourceLine]:
    """Blocks that name a funding source: a "แหล่งงบประมาณ: ..." line (which
    may name a source per activity), or a sentence saying where the money came
    from ("ได้รับการสนับสนุนงบประมาณจากกองทุน... จำนวน 25,000 บาท ใช้จ่ายจริง
    ดังนี้")."""
    out = []
    for block in doc.body():
        if block.kind == "table_cell":
            line = labelled_source_cell(doc, block)
            if line is not None:
                out.append(line)
            continue
        if is_advice(block.text):
            continue
        m = _re("source.line").search(block.text)
        if m:
            by_activity = activity_sources(block.text[m.end():])
            name = None if by_activity else clean_source(block.text[m.end():])
        else:
            stated = stated_source(block.text)
            name = stated[0] if stated else abbreviated_source(block.text) or total_funder(block.text)
            by_activity = {}
        if name or by_activity:
            out.append(SourceLine(block, name, by_activity))
    return out


def total_funder(text: str) -> str | None:
    """The funder named after a group's total ("รวมเป็นเงิน 18,750 บาท
    (...บาทถ้วน) ขอรับการสนับสนุนจาก อบต.X"): the lines that total sums are
    paid by it, as a "แหล่งงบประมาณ" line under them would say."""
    money = money_in(text)
    if not money or not is_total_context(text[: money[0].start]):
        return None
    return inline_source(text[_after_words(text, money[-1].end):])


def is_source_label(text: str) -> bool:
    """A cell that is nothing but a source label ("แหล่งงบประมาณ", "ที่มาของ
    งบประมาณ :"): the key of a project header's key-value row."""
    return bool(_re("source.line").fullmatch(text.strip()))


def labelled_source_cell(doc: Document, block: Block) -> SourceLine | None:
    """The source a project header table gives in the cell after a source
    label (row "แหล่งงบประมาณ | สสจ.X (งบ...) จำนวน 75,000 บาท"): the same
    statement as a "แหล่งงบประมาณ: ..." line, laid out as a table row."""
    if not is_source_label(block.text):
        return None
    value = next((b for b in doc.blocks[block.order + 1: block.order + 2]
                  if b.kind == "table_cell" and b.table == block.table and b.row == block.row), None)
    if value is None:
        return None
    by_activity = activity_sources(value.text)
    name = None if by_activity else clean_source(value.text)
    return SourceLine(value, name, by_activity) if name or by_activity else None


def is_advice(text: str) -> bool:
    """A recommendation ("ควรให้ อบต. สนับสนุนงบประมาณจากกองทุน...") names
    money someone should give in future, not the money that paid for the
    lines."""
    return bool(_any_re("source.advice").search(text))


def _gap(first: int, last: int, order: int) -> int:
    """Blocks between ``order`` and the span ``first``..``last``."""
    return first - order if order < first else order - last if order > last else 0


def _nearest_source(first: int, last: int, sources: list[SourceLine]) -> str | None:
    """The source line nearest to the blocks ``first``..``last``, within
    reach; of two as near, the one below (a source line under its group).
    Out of reach of any, the document's one named source if it names only
    one (a project's "แหล่งงบประมาณ" in its heading funds all its lines)."""
    reach = _rules()["source"]["reach"]
    near = [(_gap(first, last, s.block.order), s.block.order < first, s.name)
            for s in sources if s.name]
    near = [n for n in near if n[0] <= reach]
    if near:
        return min(near)[2]
    named = {s.name for s in sources if s.name}
    return named.pop() if len(named) == 1 else None


def _activity_source(activity: int, first: int, last: int, sources: list[SourceLine]) -> str | None:
    """The source a source line gives to activity number ``activity``; the
    nearest such line when several do."""
    named = [(_gap(first, last, s.block.order), s.by_activity[activity])
             for s in sources if activity in s.by_activity]
    return min(named)[1] if named else None


@dataclass(frozen=True)
class _Line:
    """A budget line with what places it: the number of the activity it
    belongs to, the blocks its nearest source line is measured from, and the
    table row it comes from (``None`` in running text)."""

    item: BudgetItemRecord
    activity: int | None
    span: tuple[int, int]
    row: tuple[int, int] | None = None


def _previous_name(doc: Document, block: Block) -> str:
    """The short line before a bare amount: the activity it funds."""
    for prev in reversed(doc.blocks[: block.order]):
        if prev.kind in ("header", "footer") or not prev.text:
            continue
        return describe(prev.text) if prev.kind != "table_cell" else ""
    return ""


def _single(ref: ActivityRef | None) -> int | None:
    """The one activity a reference names, else ``None`` ("กิจกรรมที่ 1, 6 และ 8")."""
    return ref.numbers[0] if ref is not None and len(ref.numbers) == 1 else None


def opening_ref(text: str) -> int | None:
    """The activity a text is headed by ("กิจกรรมที่ 3 อบรมแกนนำ...",
    "- กิจกรรมที่ 3 ..."): one number, before any other words."""
    refs = activity_refs(text)
    if refs and not strip_list_marker(text[: refs[0].start]).strip(" -–•·*"):
        return _single(refs[0])
    return None


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
        if (prev.kind == "table_cell" or _re("source.line").search(prev.text)
                or not (BULLET_LINE_RE.match(prev.text) or find_amounts(prev.text))):
            return None
    return None


def item_activity(doc: Document, block: Block, item: BudgetItemRecord) -> int | None:
    """The activity a line of running text belongs to: the last activity
    label before it in its block ("กิจกรรมที่ 5 ค่าอาหาร... 8,400 บาท"),
    else the heading of its group."""
    refs = activity_refs(block.text[: item.evidence.end])
    return _single(refs[-1]) if refs else _group_activity(doc, block)


def prose_lines(doc: Document, skip: set[int]) -> list[_Line]:
    """Budget lines outside budget tables.

    An amount followed by bulleted lines that add up to it is their
    subtotal (an activity's "งบประมาณ 18,000 บาท" over its cost lines), and
    its source is theirs when they name none.
    """
    found: list[tuple[Block, list[BudgetItemRecord]]] = []
    body = list(doc.body())
    for k, block in enumerate(body):
        if block.order in skip or not find_amounts(block.text):
            continue
        if _re("source.line").search(block.text) and block.kind != "table_cell":
            continue
        if k and states_allocation(body[k - 1], block):
            continue
        items = text_items(block, _previous_name(doc, block))
        if items and items[-1].source is None and k + 1 < len(body) and not block.text[items[-1].evidence.end:].strip():
            if funder := wrapped_source(body[k + 1].text):
                items[-1] = items[-1].model_copy(update={"source": funder})
        found.append((block, items))
    out = []
    inherited: dict[int, str | None] = {}
    for i, (block, items) in enumerate(found):
        if len(items) == 1 and (n := _bullets_summing(doc, items[0], found[i + 1:])):
            inherited |= {b.order: items[0].source for b, _ in found[i + 1: i + 1 + n]}
            continue
        heir = inherited.get(block.order)
        out += [_Line(item if item.source or not heir else item.model_copy(update={"source": heir}),
                      item_activity(doc, block, item), (block.order, block.order)) for item in items]
    return out


def states_allocation(prev: Block, block: Block) -> bool:
    """``block`` goes on with the source statement ``prev`` opens, so its
    amount is the funder's allocation, no line: the value cell after a
    "แหล่งงบประมาณ" label cell, or a source line's "จำนวน 75,000 บาท"
    wrapped onto the next line."""
    if block.kind == "table_cell":
        return prev.kind == "table_cell" and prev.table == block.table and prev.row == block.row \
            and is_source_label(prev.text)
    return prev.kind != "table_cell" and bool(_re("source.line").search(prev.text)) \
        and not find_amounts(prev.text) and bool(_re("source.amount_tail").match(block.text))


def wrapped_source(text: str) -> str | None:
    """The funder of a block that is nothing but a bracket naming one
    ("(กองทุนดูแลระยะยาว LTC)"): a PDF line wrapped off the end of the cost
    line above it, whose amount it funds."""
    stripped = text.strip()
    if not (stripped.startswith("(") and stripped.endswith(")")) or find_amounts(stripped):
        return None
    return inline_source(stripped)


def _bullets_summing(doc: Document, item: BudgetItemRecord, below: list[tuple[Block, list[BudgetItemRecord]]]) -> int:
    """How many bulleted lines right under ``item``'s block add up to its
    amount (0 if they do not): they itemise it, and take its source."""
    total, last, n = 0.0, item.evidence.block, 0
    for block, items in below:
        between = doc.blocks[last + 1: block.order]
        if any(b.kind not in ("header", "footer") for b in between) or not BULLET_LINE_RE.match(block.text):
            break
        total += sum(i.amount_baht for i in items)
        last, n = block.order, n + 1
    return n if total > 0 and abs(total - item.amount_baht) < 0.5 else 0


def row_activity(table: Table, row: Row) -> int | None:
    """A table row's activity number: its sequence cell ("ที่", "ลำดับ"),
    else the list number or activity label opening its description
    ("1. ประชุม...", "กิจกรรมที่ 1 ...")."""
    seq = table.cell(row, "seq")
    number = cell_number(seq.text.strip(" .)")) if seq is not None else None
    if number is not None and number.is_integer():
        return int(number)
    named = _description_cell(table, row)
    if named is None:
        return None
    listed = LIST_NUMBER_RE.match(named.text)
    return int(listed.group(1)) if listed else opening_ref(named.text)


def table_lines(tables: list[Table]) -> list[_Line]:
    """The lines of budget tables, each placed by the run of tables it belongs
    to (a table broken over pages is one run)."""
    runs: list[tuple[int, int]] = []
    run_of: list[int] = []
    for table in tables:
        orders = [b.order for b in table.grid.cells.values()]
        if table.continues and runs:
            runs[-1] = (runs[-1][0], max(runs[-1][1], *orders))
        else:
            runs.append((min(orders), max(orders)))
        run_of.append(len(runs) - 1)
    return [_Line(item, row_activity(table, row), runs[run], (t, row.index))
            for t, (table, run) in enumerate(zip(tables, run_of))
            for row in table.rows for item in row_items(table, row)]


def itemised_rows(lines: list[_Line]) -> list[_Line]:
    """A table row whose activity's cost lines the text itemises ("กิจกรรมที่ 2
    ค่าอาหารกลางวัน ... เป็นเงิน 7,200 บาท และ ...") and which add up to the
    row's amount: the row's amount is their subtotal, and each line takes
    the row's source when it names none."""
    lines = list(lines)
    rows: dict[tuple[int, int], list[int]] = {}
    text: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is not None:
            rows.setdefault(line.row, []).append(i)
        elif line.activity is not None:
            text.setdefault(line.activity, []).append(i)
    drop: set[int] = set()
    for number, parts in text.items():
        matching = {key for key, idx in rows.items() if lines[idx[0]].activity == number}
        if len(matching) != 1:
            continue
        row = rows[matching.pop()]
        if abs(sum(lines[i].item.amount_baht for i in row) - sum(lines[i].item.amount_baht for i in parts)) >= 0.5:
            continue
        drop |= set(row)
        source = next((lines[i].item.source for i in row if lines[i].item.source), None)
        for i in parts:
            if lines[i].item.source is None:
                lines[i] = replace(lines[i], item=lines[i].item.model_copy(update={"source": source}))
    return [line for i, line in enumerate(lines) if i not in drop]


def splits_into(amounts: list[float], parts: list[float]) -> bool:
    """``parts``, in order and all used, split into runs adding up to each of ``amounts``."""
    i = 0
    for amount in amounts:
        total = 0.0
        while i < len(parts) and total < amount - 0.5:
            total += parts[i]
            i += 1
        if abs(total - amount) >= 0.5:
            return False
    return i == len(parts)


def recap_tables(lines: list[_Line]) -> list[_Line]:
    """A budget table whose rows, in order, add up run by run to all the cost
    lines of the running text (a closing "สรุปงบประมาณ" by project, an activity
    table beside its itemised costs) only recaps them: its rows are subtotals,
    and the itemised lines are kept."""
    text = [line.item.amount_baht for line in lines if line.row is None]
    drop: set[int] = set()
    for t in sorted({line.row[0] for line in lines if line.row is not None}):
        rows: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            if line.row is not None and line.row[0] == t:
                rows.setdefault(line.row[1], []).append(i)
        amounts = [sum(lines[i].item.amount_baht for i in idx) for _, idx in sorted(rows.items())]
        if len(rows) >= 2 and (splits_into(amounts, text) or sums_up(lines, t, amounts)):
            drop |= {i for idx in rows.values() for i in idx}
    return [line for i, line in enumerate(lines) if i not in drop]


def restated_tables(lines: list[_Line]) -> list[_Line]:
    """A line of running text worth exactly what the lines of one budget
    table (two or more, over all its pages) add up to restates that table's
    total ("ส่วนที่ 1 จัดสรรให้อำเภอ 6 อำเภอ เป็นเงิน 120,000 บาท" in a
    closing summary, a project's "งบประมาณ 58,000 บาท" over its table): the
    table itemises it, so it is no line of its own."""
    by_table: dict[tuple[int, int], list[float]] = {}
    for line in lines:
        if line.row is not None:
            by_table.setdefault(line.span, []).append(line.item.amount_baht)
    sums = [sum(amounts) for amounts in by_table.values() if len(amounts) >= 2]
    return [line for line in lines
            if line.row is not None or not any(abs(line.item.amount_baht - s) < 0.5 for s in sums)]


def sums_up(lines: list[_Line], table: int, amounts: list[float]) -> bool:
    """Table ``table``'s rows, in any order, add up to all the document's
    other lines, and those are more: it is a summary (by funding source, by
    issue, by quarter: "สรุปงบประมาณจำแนกตามแหล่งงบประมาณ") of money
    itemised elsewhere, its rows no lines of their own."""
    others = [line.item.amount_baht for line in lines if line.row is None or line.row[0] != table]
    return len(others) > len(amounts) and abs(sum(others) - sum(amounts)) < 0.5


def block_totals(text: str) -> list[tuple[float, int]]:
    """(amount, end) of the totals a text states ("ใช้งบประมาณทั้งสิ้น 52,900
    บาท", "รวมทั้งสิ้น 168,930 บาท (หนึ่งแสน...ถ้วน)"), the end past a
    repetition in words."""
    out = []
    clause = 0
    for group in line_groups(money_in(text)):
        first, last = group[0], group[-1]
        if is_total_context(text[clause:first.start]) or _followed_by_words(text, last.end):
            out.append((last.value, _after_words(text, last.end)))
        clause = last.end
    return out


def drop_recaps(doc: Document, lines: list[_Line]) -> list[_Line]:
    """Lines that recap a total already itemised elsewhere: amounts right
    after a total in its sentence that add up to it ("ทั้งสิ้น 52,900 บาท จาก
    สสจ. จำนวน 32,900 บาท และ ศอ.ปส.อ. จำนวน 20,000 บาท", "รวมทั้งสิ้น
    168,930 บาท จำแนกเป็น ... ประเด็นไข้เลือดออก 38,950 บาท ...") while the
    document's other lines add up to it too: they split the same money by
    source or by issue, and are no lines of their own."""
    remaining = sum(line.item.amount_baht for line in lines)
    in_block: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is None:
            in_block.setdefault(line.item.evidence.block, []).append(i)
    drop: set[int] = set()
    for order, idx in sorted(in_block.items()):
        idx.sort(key=lambda i: lines[i].item.evidence.start)
        for value, end in block_totals(doc.blocks[order].text):
            after = [i for i in idx if lines[i].item.evidence.end > end and i not in drop]
            n = _summing_run([lines[i].item for i in after], value)
            others = remaining - value  # every line but this recap
            if n >= 2 and abs(others - value) < 0.5:
                drop |= set(after[:n])
                remaining -= value
    return [line for i, line in enumerate(lines) if i not in drop]


def _sourced(lines: list[_Line], sources: list[SourceLine]) -> list[BudgetItemRecord]:
    """Each line with its source: its own, else the one a source line gives
    its activity, else the nearest source line's."""
    out = []
    for line in lines:
        item = line.item
        if item.source is None:
            by_activity = _activity_source(line.activity, *line.span, sources) if line.activity is not None else None
            item = item.model_copy(update={"source": by_activity or _nearest_source(*line.span, sources)})
        out.append(item)
    return out


# --- the grand total ------------------------------------------------------------------


@dataclass(frozen=True)
class _Total:
    amount: float
    grand: bool
    block: Block
    start: int
    end: int
    spent: bool = False


def _table_totals(table: Table) -> Iterator[_Total]:
    """Total rows: the figure of the row's amount-column cell (else its last
    amount cell), or the amount its label cell writes itself ("รวมงบประมาณทั้งสิ้น 94,750 บาท" across the row)."""
    for row in table.rows:
        if not is_total_row(row):
            continue
        label = row.texts()[0]
        cells = [b for c, b in sorted(row.cells.items()) if b.text and b.text != label]
        figures = [(b, f) for b in cells for f in _figures(b)]
        column = [(b, f) for b, f in figures if b is table.cell(row, "budget_amount")]
        figures = column or figures  # received / spent / remaining: the items' own column
        if figures:
            block, (value, s, e) = figures[-1]
            yield _Total(value, bool(_any_re("total.grand").search(label)), block, s, e,
                         bool(_re("total.spent").search(label)))
            continue
        block = row.cells[min(c for c, b in row.cells.items() if b.text == label)]
        for value, start, end in find_amounts(block.text)[:1]:
            yield _Total(value, bool(_any_re("total.grand").search(block.text[:start])), block, start, end)


def _text_totals(block: Block) -> Iterator[_Total]:
    """Totals a paragraph states; one that is its own clause's unit cost
    times count ("อำเภอละ 20,000 บาท จำนวน 12 อำเภอ รวมเป็นเงิน 240,000 บาท")
    is that line's sum, a grand total only when no other is stated."""
    clause = line = 0
    for money in money_in(block.text):
        value, start, end = money.value, money.start, money.end
        before = block.text[clause:start]
        grand = bool(_any_re("total.grand").search(before))
        if grand or _followed_by_words(block.text, end):
            _, unit, qty = line_arithmetic(block.text[line:end], value)
            yield _Total(value, not multiplies_to(unit, qty, value), block, start, end,
                         bool(_re("total.spent").search(before)))
        clause = _after_words(block.text, end)
        if not money.per_unit:
            line = clause
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


def recap_totals(others: Iterable[Table], lines_sum: float) -> list[_Total]:
    """Total rows of tables that hold no budget lines (a closing recap by
    year: "รวม 3 ปี | 15 | 501,500") whose figure is what all the budget
    lines add up to: the document's total, though its label says no more
    than "รวม".  The sum guards against totals of people or places."""
    return [replace(t, grand=True) for table in others for t in _table_totals(table)
            if lines_sum and abs(t.amount - lines_sum) < 0.5]


def find_total(doc: Document, tables: list[Table], skip: set[int], lines_sum: float = 0.0,
               others: Iterable[Table] = (), report: bool = False) -> BudgetTotal | None:
    """The document's grand total: a grand-total row or phrase; of several, the
    one the budget lines add up to (``lines_sum``), else the largest.  With
    no grand total stated, a recap table's total row the lines add up to.
    In a ``report``, a grand total stated as spent wins over money allocated
    (the lines may list what was planned)."""
    candidates = [t for table in tables for t in _table_totals(table)]
    for block in doc.body():
        if block.order not in skip:
            candidates += list(_text_totals(block))
    if not any(t.grand for t in candidates):
        candidates += recap_totals(others, lines_sum)
    grand = [t for t in candidates if t.grand] or candidates
    if not grand or group_totals_only(grand, lines_sum):
        return None
    if report and any(t.spent for t in grand):
        candidates = grand = [t for t in grand if t.spent]
    best = max(grand, key=lambda t: (t.amount, -t.block.order))
    summed = [t for t in candidates if lines_sum and abs(t.amount - lines_sum) < 0.5]
    if summed:  # money received and money spent both stated: the lines add up to the spending
        best = summed[0]
    return BudgetTotal(
        amount_baht=best.amount, in_words=_in_words(doc, best),
        evidence=evidence(best.block, best.start, best.end),
    )


def group_totals_only(totals: list[_Total], lines_sum: float) -> bool:
    """Two or more totals that together make up all the lines, none of them
    all the lines: each sums its own group (two proposals in minutes, each
    "รวมเป็นเงิน ..."), and the document states no grand total."""
    amounts = [t.amount for t in totals]
    return (len(amounts) >= 2 and lines_sum > 0 and abs(sum(amounts) - lines_sum) < 0.5
            and all(abs(a - lines_sum) >= 0.5 for a in amounts))


def lone_spending(items: list[BudgetItemRecord]) -> bool:
    """The document's only money is one amount said to be spent, for no
    named purpose ("งบประมาณที่ใช้ในไตรมาสนี้ 28,500 บาท"): its total."""
    return len(items) == 1 and is_generic(items[0].description)


def extract_budget(doc: Document, facts: DocumentFacts) -> tuple[list[BudgetItemRecord], BudgetTotal | None]:
    """Every budget line of the document in document order, and its grand total if stated."""
    found = read_tables(doc)
    tables = [t for t in found if is_budget_table(t)]
    used = {b.order for t in tables for b in t.grid.cells.values()}
    lines = drop_recaps(doc, itemised_rows(restated_tables(recap_tables(table_lines(tables) + prose_lines(doc, used)))))
    items = _sourced(lines, source_lines(doc))
    items.sort(key=lambda i: (i.evidence.block, i.evidence.start))
    others = [t for t in found if not is_budget_table(t)]
    report = facts is not None and facts.doc_type not in ("action_plan", "other")
    total = find_total(doc, tables, used, sum(i.amount_baht for i in items), others, report)
    if total is None and lone_spending(items):
        only = items[0]
        return [], BudgetTotal(amount_baht=only.amount_baht, evidence=only.evidence)
    return items, total
