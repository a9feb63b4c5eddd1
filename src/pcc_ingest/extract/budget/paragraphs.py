"""Budget lines of one paragraph or cell of running text.

Money is often written twice in a sentence: an activity's amount, then its
cost lines after "ได้แก่" or "ประกอบด้วย".  The cost lines are kept and the
amount they add up to is dropped as a subtotal; the lines take its source,
and a funder named after a line also funds the lines just before it.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import (
    allocation_source,
    bracketed_source,
    funder_named,
    inline_source,
    opening_giver,
    spending_source,
    stated_source,
)
from pcc_ingest.extract.budget.lines import (
    after_words,
    budget_item,
    describe,
    followed_by_words,
    in_millions,
    is_not_a_line,
    is_total_context,
    line_arithmetic,
    line_groups,
    money_in,
    multiplies_to,
)
from pcc_ingest.extract.budget.parts import paragraph_parts, with_parts
from pcc_ingest.extract.budget.refs import activity_refs
from pcc_ingest.extract.budget.rules import min_description_chars, rule_re
from pcc_ingest.extract.budget.split_brackets import split_bracket_end
from pcc_ingest.extract.budget.working import bracket_close, divides_previous, head_count, with_working
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.model import Block
from pcc_ingest.thai.numbers import find_amounts


def text_items(block: Block, fallback: str = "") -> list[BudgetItemRecord]:
    """Budget lines in a paragraph or cell: every amount that is not a total,
    nor money received or left over, nor the subtotal of the lines after it.

    A funder named before the amount ("ขอใช้งบประมาณจากกองทุน... จำนวน
    15,000 บาท") is the line's source, and words after "สำหรับ" its purpose;
    a funder named after it ("... 4,500 บาท จากงบ...", also past the amount
    repeated in words: "80,000 บาท (แปดหมื่นบาทถ้วน) จากงบ...") also funds the
    lines just before it that name none; money received from a funder
    ("ได้รับจัดสรรจาก... จำนวน 38,500 บาท") funds the lines after it that
    name none, and so does a funder whose money is said to be spent on
    them ("ใช้งบกองทุน... เป็นค่าอาหาร ...") or who opens the paragraph as
    their giver ("- อบจ.X สนับสนุน... เป็นค่า...").  A description too short to say
    anything (the line was just "งบประมาณ 5,000 บาท") takes ``fallback``,
    the name of the activity it belongs to.
    """
    parts = paragraph_parts(block)
    text = block.text
    out: list[BudgetItemRecord] = []
    trailing: list[bool] = []
    clause = 0
    since = 0  # the first line after the last total
    opening = opening_giver(text)  # the body the paragraph opens with as its giver
    allocated: str | None = opening[0] if opening else None
    allotted: str | None = None  # the fund a stated allotment line draws on
    received = False  # the last amount was money received, not a line
    skip = 0  # past a bracket sharing out money that is no line
    for group in line_groups([m for m in money_in(text) if not in_millions(text, m)]):
        first, last = group[0], group[-1]
        if first.start < skip:
            continue
        before = text[clause:first.start]
        if is_not_a_line(before):
            allocated = allocation_source(before) or allocated
        allocated = spending_source(before) or allocated
        line = text[clause:last.end]
        amount, unit, qty = line_arithmetic(line, None if last.per_unit else last.value)
        close = bracket_close(text, last.end) if rule_re("line.working_bracket").match(before) else None
        if close is not None and not (unit and qty):
            # the count may follow the unit cost inside the bracket ("(ค่าอาหาร 50 บาท x 180 คน)")
            amount, unit, qty = line_arithmetic(text[clause:close], None if last.per_unit else last.value)
        if close is not None and out and unit and qty and not multiplies_to(unit, qty, out[-1].amount_baht):
            # counts on both sides of the price ("(2 มื้อๆ ละ 50 บาท x 32 คน)"): the whole bracket is the working
            whole = line_arithmetic(text[clause:close], None)
            amount, unit, qty = whole if multiplies_to(whole[1], whole[2], out[-1].amount_baht) else (amount, unit, qty)
        if close is not None and out and last.per_unit and not qty:
            # a per-head price with no count of its own counts the heads the sentence stated
            counted = head_count(text[out[-1].evidence.start:clause], text[clause:last.start], last.value,
                                 out[-1].amount_baht)
            unit, qty = (last.value, counted) if counted else (unit, qty)
        if out and (shows_working(before, out[-1].amount_baht, unit, qty, amount)
                    or divides_previous(before, out[-1].amount_baht, last.per_unit, unit, qty)):
            out[-1] = with_working(out[-1], before, text[close or last.end:], unit, qty)
            clause = close or last.end
            continue
        if is_total_context(before):
            out[since:] = fund_summed(out[since:], last.value, inline_source(text[last.end:]))
            since = len(out)
        use = received_use(before, text[last.end:]) if not is_total_context(before) else None
        if use is not None and amount:
            source = _source_and_purpose(before)[0] or allocation_source(before) or allocated
            out.append(budget_item(use, amount, unit, qty, source, block, clause + _lead(line), last.end))
            trailing.append(False)
            clause = last.end
            continue
        # "… ได้รับ…จาก X จำนวน 40,000 บาท และจาก Y จำนวน 25,000 บาท": Y's money is received too
        received = is_not_a_line(before) or (received and bool(rule_re("line.also_from").match(before)))
        if (is_total_context(before) or received
                or (followed_by_words(text, last.end) and not multiplies_to(unit, qty, amount))):
            # past a total's repetition in words, so "(…บาทถ้วน) ใช้จ่ายจริง 87,960 บาท" reads as spending in all
            clause = after_words(text, last.end)
            shares = split_bracket_end(text, clause) if received else clause
            clause, skip = shares, shares
            continue
        source, desc = _source_and_purpose(before, after_amount=clause > 0)
        source = opening[0] if opening and clause < opening[1] else source
        if source is None and clause and (giver := opening_giver(rule_re("source.clause_lead").sub("", before, 1))):
            source = giver[0]  # "… 10,000 บาท และเงินบำรุง… เป็นค่า…": a later clause's own giver
        desc = stated_use(before, text[last.end:]) or ranked_after(desc, out)
        if len(desc) < min_description_chars():
            desc = fallback
        if desc and amount:
            rest = text[after_words(text, last.end):]
            after = None if source or rule_re("source.opens_next").match(rest) else inline_source(rest)
            spent = allotted if not rule_re("source.funder_name").search(before) else None
            out.append(budget_item(desc, amount, unit, qty, source or after or allocated or spent,
                                   block, clause + _lead(line), last.end))
            trailing.append(after is not None)
            allotted = source if source and rule_re("source.allotted").search(before) else allotted
            # past the opening giver's lines, a funder a later clause names takes over from it
            allocated = source if opening and source and clause >= opening[1] else allocated
        clause = last.end
    kept = drop_subtotals(text, out)
    flags = [t for t, k in zip(trailing, kept) if k is not None]
    lines, flags, shared = with_parts([k for k in kept if k is not None], flags, parts, text)
    return share_trailing_sources(shared, lines, flags)


def ranked_after(desc: str, out: list[BudgetItemRecord]) -> str:
    """A description that is only a rank ("ที่ 2" after "เงินรางวัล ที่ 1 5,000
    บาท"): the previous line's name with this rank, since the clerk wrote
    the prize's name once for all its ranks."""
    if not out or not rule_re("line.rank_only").fullmatch(desc):
        return desc
    ranked = rule_re("line.rank_only").search(out[-1].description)
    return f"{out[-1].description[:ranked.start()].rstrip()} {desc}" if ranked and ranked.start() else desc


def shows_working(before: str, previous: float, unit: float | None, qty: float | None, amount: float | None) -> bool:
    """Whether a bracket right after an amount shows how that amount was
    worked out ("งบประมาณ 9,900 บาท (90 คน x 110 บาท)"): a unit cost times a
    count giving the amount before it is that line's arithmetic, no second line."""
    return bool(rule_re("line.working_bracket").match(before)) and multiplies_to(unit, qty, previous) and (
        amount is None or abs(amount - previous) < 0.5
    )


def stated_use(before: str, after: str) -> str | None:
    """The purpose said right after an amount ("10,000 บาท ใช้ในการประชุม
    พชอ. ..."), when the words before name no cost of their own: the clerk
    names the use after the money, the words before are context."""
    if rule_re("line.expense_start").search(before):
        return None
    m = rule_re("line.used_for").match(after)
    desc = describe(m["purpose"]) if m else ""
    return desc if len(desc) >= min_description_chars() else None


def received_use(before: str, after: str) -> str | None:
    """The purpose of money received when the sentence names it right after
    the amount and ends there ("ได้รับงบประมาณ...จากกองทุน... 45,000 บาท
    สำหรับจัดตั้งด่านชุมชน..."): that money is a line for the purpose.  Money
    received that lines below spend ("... สำหรับดำเนินงาน ดังนี้") is none."""
    if not rule_re("line.received").search(before):
        return None
    m = rule_re("line.received_for").match(after)
    if m is None or rule_re("line.received_breakdown").search(m["purpose"]):
        return None
    desc = describe(m["purpose"])
    return desc if len(desc) >= min_description_chars() else None


def fund_summed(items: list[BudgetItemRecord], total: float, funder: str | None) -> list[BudgetItemRecord]:
    """``items`` with the funder named right after their total ("... ค่าตอบแทน
    วิทยากร ... = 3,000 บาท รวม 11,400 บาท (สสจ.X)") given to those naming
    none, when they add up to that total: the funder pays for the whole sum."""
    if funder is None or not items or abs(sum(i.amount_baht for i in items) - total) >= 0.5:
        return items
    return [i if i.source else i.model_copy(update={"source": funder}) for i in items]


def summing_run(items: list[BudgetItemRecord], target: float) -> int:
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
        if out[i] is None or not rule_re("line.breakdown_lead").match(text[item.evidence.end:]):
            continue
        n = summing_run(items[i + 1:], item.amount_baht)
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
    source of its own, an amount that is no line, another activity's label,
    or a verb of spending opening the later line's own clause (``own_clause``);
    likewise a funder named before a line's amount funds the lines after it.

    ``trailing`` flags, per kept line, a source named after its amount."""
    kept = [i for i in items if i is not None]
    out = list(kept)
    for j in range(len(kept) - 1, 0, -1):
        if not trailing[j]:
            continue
        for i in range(j - 1, -1, -1):
            if out[i].source is not None or not _one_clause(text, out[i], out[i + 1]):
                break
            out[i] = out[i].model_copy(update={"source": out[j].source})
    for j in range(len(out) - 1):  # a funder named before a line's amount funds the lines of its clause after it
        if out[j].source is None or trailing[j]:
            continue
        for k in range(j + 1, len(out)):
            if out[k].source is not None or not _one_clause(text, out[k - 1], out[k]):
                break
            out[k] = out[k].model_copy(update={"source": out[j].source})
    return out


def _one_clause(text: str, earlier: BudgetItemRecord, later: BudgetItemRecord) -> bool:
    """Whether two neighbouring lines of a paragraph share a clause: no amount
    that is no line, no activity's label and no verb of spending opening
    the later line's own clause (``own_clause``) between them."""
    between = text[earlier.evidence.end:later.evidence.start]
    return not (find_amounts(between) or activity_refs(between)
                or rule_re("line.own_clause").search(text[earlier.evidence.end:later.evidence.end]))


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
    listed = listed_start(before)
    if stated is None or stated[1] < listed <= len(before):
        desc = describe(before[listed:]) if listed else ""
        return (stated[0] if stated else None), desc if len(desc) >= min_description_chars() else describe(before)
    source, start, end = stated
    purpose = rule_re("line.purpose").search(before, end)
    words = before[purpose.end():] if purpose else before[:start] + " " + before[end:]
    desc = describe(words)
    return source, desc if len(desc) >= min_description_chars() else describe(before)


def listed_start(before: str) -> int:
    """Where the words of a listed line begin: after the last list opener
    ("... ได้รับงบประมาณสนับสนุนรวม 4 แหล่ง ดังนี้ (1) กองทุน... เป็นเงิน",
    "ได้แก่", "ประกอบด้วย") the sentence before it introduces the list and
    describes none of its lines; 0 when no opener stands before the amount."""
    ends = [m.end() for m in rule_re("line.list_opener").finditer(before)]
    return ends[-1] if ends and before[ends[-1]:].strip(" :：-") else 0


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" ,;:-"))
