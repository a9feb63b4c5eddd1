"""Funders named in a line's words: who pays for an amount.

A funder may be stated before the amount ("ขอใช้งบประมาณจากกองทุน... จำนวน"),
right after it ("... บาท จากกองทุน..."), in brackets, as the money's giver
or owner, or as the body money was received from.  Kept apart from the
readers of amounts because the same phrases name sources of table cells,
source lines and running text alike.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.budget.lines import is_generic
from pcc_ingest.extract.budget.rules import budget_rules, rule_any, rule_composed, rule_re, with_funds
from pcc_ingest.thai.numbers import find_amounts


def allocation_source(before: str) -> str | None:
    """The funder of money received, named in the words before its amount
    ("ได้รับจัดสรรจาก สสจ.กระบี่ (งบดำเนินงาน พชอ.) จำนวน"), if any."""
    found = list(rule_re("source.allocated").finditer(before))
    if not found:
        return None
    funder = rule_re("source.inline_end").split(found[-1]["funder"], maxsplit=1)[0].strip(" ,:")
    return funder or None


@cache
def _inline_re() -> re.Pattern[str]:
    """Any lead of ``source.inline_leads`` right after an amount, then the funder."""
    leads = "|".join(f"(?:{with_funds(p)})" for p in budget_rules()["source"]["inline_leads"])
    acronym, region = budget_rules()["source"]["name_acronym"], budget_rules()["source"]["name_region"]
    return re.compile(rf"^\s*\(?\s*(?:{leads})\s*(?P<funder>(?=[^,;()\d]{{3}})(?:{region}|{acronym}|[^,;()\d])+)")


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
    name = rule_re("source.inline_end").split(text, maxsplit=1)[0]
    cost = rule_re("line.expense_start").search(name)
    return (name[: cost.start()] if cost else name).strip()


def stated_source(text: str) -> tuple[str, int, int] | None:
    """The money a text says it comes from ("ขอใช้งบประมาณจากกองทุน... จำนวน",
    "งบสนับสนุนจากอำเภอสำหรับ..."), and the span of that phrase.

    The kind of money stays in the name ("งบสนับสนุนจากอำเภอ"); a plain
    "งบประมาณจาก" or "เงินจาก" says no more than the funder's name, and
    money named for the programme it supports ("งบประมาณสนับสนุนการขับเคลื่อน
    พชอ. จาก…") is a channel, dropped as a bracketed one is.  "จาก
    หลายแหล่ง" (from several sources) names no funder, nor does money left
    over ("เงินเหลือจ่ายจากกิจกรรม…": where it was saved).  A budget category
    after "จาก" ("จากงบดำเนินงาน สสจ.X") is the kind of money, left out.
    """
    found = list(rule_re("source.stated").finditer(text))
    if not found:
        return giver_source(text)
    m = found[-1]
    if rule_re("source.leftover_money").match(m["money"]):
        return None
    kept = rule_re("source.inline_end").split(_before_amount(text, m.start("funder"), m.end("funder")), maxsplit=1)[0]
    funder = rule_re("source.category_lead").sub("", kept.strip(" ,:"))
    if not funder or rule_any("source.empty").search(funder):
        return None
    plain = m["programme"] or rule_re("source.plain_money").fullmatch(m["money"])
    name = funder if plain else f"{m['money'].strip()}จาก{funder}"
    return name, m.start(), m.start("funder") + len(kept.rstrip())


def spending_source(text: str) -> str | None:
    """The funder the last clause of ``text`` says its money was spent on the
    costs after it ("ใช้งบกองทุน… อบต.X เป็นค่าอาหารกลางวัน …"), if any: it
    pays for the lines that follow in the same paragraph."""
    found = list(rule_re("source.spent_on").finditer(text))
    return (found[-1]["funder"].strip() or None) if found else None


def opening_giver(text: str) -> tuple[str, int] | None:
    """The body a paragraph opens with as the giver of the costs it lists
    ("- อบจ.X สนับสนุนการควบคุมโรค... เป็นค่าทราย..."), and where that opening
    ends: it pays for the paragraph's lines, its bracket a channel."""
    m = rule_re("source.opening_giver").match(text)
    return (m["funder"].strip(), m.end()) if m and m["funder"].strip() else None


def _before_amount(text: str, start: int, end: int) -> str:
    """``text[start:end]`` up to the first amount in it: a funder's name ends
    where its money begins ("…จากกองทุน…เทศบาลตำบลเขาสมิง 48,000 บาท", whose
    name the comma of the amount would otherwise cut at "เขาสมิง 48")."""
    cut = next((a for _, a, _ in find_amounts(text) if start <= a < end), end)
    return text[start:cut]


@cache
def _giver_res() -> tuple[re.Pattern[str], ...]:
    clause = "|".join(budget_rules()["source"]["giver_clause"])
    return tuple(re.compile(with_funds(p).replace("{clause}", clause)) for p in budget_rules()["source"]["giver"])


def giver_source(text: str) -> tuple[str, int, int] | None:
    """The funder a text names as the money's owner or giver ("ใช้งบประมาณของ
    สำนักงาน...", "สำนักงาน...จัดสรรงบประมาณ"), and the span of its name: no
    "จาก" needed, who owns or allocates the money pays for it."""
    found = [m for pattern in _giver_res() for m in pattern.finditer(text)]
    if not found:
        return None
    m = max(found, key=lambda f: f.start("funder"))
    start = m.start("funder")
    kept = rule_re("source.inline_end").split(text[start:m.end("funder")], maxsplit=1)[0].rstrip(" ,:")
    return (kept, start, start + len(kept)) if kept else None


def funder_named(text: str) -> tuple[str, int, int] | None:
    """A funding body named with "จาก" and no money word in the words
    before an amount ("ค่าใช้จ่ายในการอบรม Caregiver จากกองทุนฟื้นฟู...
    เป็นเงิน"), and the span of that phrase."""
    found = list(rule_re("source.from_funder").finditer(text))
    if not found:
        return None
    m = found[-1]
    funder = _funder_words(m["funder"]).strip(" ,:")
    return (funder, m.start(), m.start("funder") + len(funder)) if funder else None


def bracketed_source(text: str) -> tuple[str, int, int] | None:
    """The last funder named in brackets in the words before an amount
    ("อบรม อสม. (กองทุน LTC อบต.พลอยแหวน)"), and the span of its bracket."""
    found = list(rule_re("source.bracketed").finditer(text))
    if not found:
        return None
    m = found[-1]
    funder = m["funder"].strip(" ,:")
    return (funder, m.start(), m.end()) if funder and not is_generic(funder) else None


def abbreviated_source(text: str) -> str | None:
    """The funder noted in short after "งปม." ("งปม.กองทุนฯอบต.หนองทอง"), if any."""
    m = rule_re("source.abbreviated").search(text)
    return m["funder"] if m else None


def funder_only(text: str) -> str:
    """A source's name without the bookkeeping written after it: the fiscal
    year, plan or programme charged and "ทุกรายการถัวเฉลี่ยจ่ายได้" say how
    the money is accounted for, not who gives it."""
    return rule_re("source.line_end").split(text, maxsplit=1)[0].strip() or text


def clean_source(text: str) -> str | None:
    """The source a cell or line names, as written, else ``None`` for "-" and the like.

    Only a lead-in that names no kind of money ("ได้รับงบประมาณจาก", "โดย")
    is dropped: "งบดำเนินการ จาก สสจ.ร้อยเอ็ด" says which money it is.  A
    category or channel in brackets after the name ("(งบสนับสนุน พชอ.)")
    is dropped too, by the labelling convention.
    """
    text = rule_re("source.amount_tail").sub("", text).strip()
    if not text or rule_any("source.empty").search(text):
        return None
    text = funder_only(text)
    funder = rule_re("source.funder_prefix").sub("", text).strip() or text
    return rule_re("source.channel_bracket").sub("", funder) or funder


def is_advice(text: str) -> bool:
    """A recommendation ("ควรให้ อบต. สนับสนุนงบประมาณจากกองทุน...") names
    money someone should give in future, not the money that paid for the
    lines."""
    return bool(rule_any("source.advice").search(text))


def wrapped_source(text: str) -> str | None:
    """The funder of a block that is nothing but a bracket naming one
    ("(กองทุนดูแลระยะยาว LTC)"): a PDF line wrapped off the end of the cost
    line above it, whose amount it funds."""
    stripped = text.strip()
    if not (stripped.startswith("(") and stripped.endswith(")")) or find_amounts(stripped):
        return None
    return inline_source(stripped)


def priced_bracket_source(text: str) -> str | None:
    """The funder a detail cell names in the bracket that closes it, right
    after its priced arithmetic ("... 45 คน x 100 บาท (งบ พชอ. สสจ.สงขลา)",
    "... 600 ชุด x 25 บาท (ศป.ปส.อ.จะนะ)"): clerks note who pays for a line
    there, whoever it is, so the bracket need not name a known body; one
    that qualifies the price (``source.price_note``) names none.  A funder
    may instead open the cell before a colon ("อบต.X : ค่าสารเคมี…",
    ``source.funder_label``): one body's line in a group of several bodies'."""
    label = rule_composed("source.funder_label").match(text)
    if label is not None and not rule_re("source.not_a_name").search(label["funder"]):
        return label["funder"].strip()
    m = rule_re("source.priced_bracket").search(text)
    if m is None or rule_re("source.price_note").match(m["funder"]):
        return None
    funder = funder_only(m["funder"].strip(" ,:"))
    return funder if funder and not is_generic(funder) else None
