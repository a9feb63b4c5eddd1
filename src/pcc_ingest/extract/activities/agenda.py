"""What is said under an agenda item of minutes about the item: a proposal
settled as put, the money asked for, another body's coming assessment."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.budget import row_items, text_items
from pcc_ingest.extract.budget.table_kinds import is_budget_table
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block


def settles_proposal(title: str) -> bool:
    """A decision's task is the proposal under its item, approved as put
    ("จัดเวทีตามที่ฝ่ายเลขานุการเสนอ"): the item's activity, not another."""
    return bool(rule_re("minutes", "as_proposed").search(title))


def money_under(under: list[Block], tables: list[Table]) -> float | None:
    """The money the lines under an agenda item ask for.  A cost table there is
    read row by row, so an amount in its own cell stays with the line that
    names what it buys (cell by cell, "ค่าอาหารว่าง 2 มื้อๆ ละ 30 บาท x 80 คน"
    would be read as 60 and its "4,800" lost); other lines give their amounts."""
    orders = {b.order for b in under}
    costed = [t for t in tables if is_budget_table(t) and t.grid.first.order in orders]
    in_tables = {b.order for t in costed for b in t.grid.cells.values()}
    total = sum(i.amount_baht for t in costed for r in t.rows for i in row_items(t, r))
    total += sum(without_subtotals([m.amount_baht for b in under if b.order not in in_tables for m in text_items(b)]))
    return total or None


def task_money(block: Block, start: int, end: int) -> float | None:
    """The money a decision's task asks for in its own words ("และให้จัดเวที...
    ผู้เข้าร่วม 60 คน ใช้งบประมาณจากเงินบำรุง... 6,000 บาท"): the budget lines of
    that stretch of the resolution, so a task that stands as its own activity
    keeps the money the agenda item above it no longer takes (an amount belongs
    where it ends: a line's evidence may run from the start of the resolution)."""
    return sum(i.amount_baht for i in text_items(block) if start < i.evidence.end <= end) or None


def without_subtotals(amounts: list[float]) -> list[float]:
    """The amounts without one that the amounts right after it add up to: a
    proposal's "รวม 24,600 บาท ดังนี้" over its cost lines 9,600 + 8,400 +
    6,600 is their total, counted once."""
    out = list(amounts)
    for i, amount in enumerate(amounts):
        after = amounts[i + 1:]
        running = 0.0
        for n, value in enumerate(after, 1):
            running += value
            if n >= 2 and abs(running - amount) < 0.5:
                out[i] = 0.0
                break
    return [a for a in out if a]


def assessed_by_other(text: str, start: int) -> bool:
    """The act at ``start`` is a higher body's coming check of the committee
    ("จังหวัดลำปางจะออกติดตามและประเมินการดำเนินงาน พชอ. ...", "สสจ. จะลง
    นิเทศ...", "จังหวัด...แจ้ง... และจะมีการประเมิน...", "จังหวัด...กำหนดตรวจเยี่ยม..."): told to the meeting,
    it is done to the committee, not by it."""
    before = text[:start]
    sets = rule_re("minutes", "higher_body_sets").match(text, start)  # the act opens with the body itself
    if sets and rule_re("minutes", "assessment").match(text, sets.end()):
        return True
    return bool((rule_re("minutes", "higher_body_will").search(before)
                 or rule_re("minutes", "higher_body_leads").match(before))
                and rule_re("minutes", "assessment").match(text, start))


def coming_committee_check(d: Draft, period_end: str | None) -> bool:
    """An assessment of the committees themselves ("ประเمินผล พชอ.ที่มีคุณภาพ...
    ระดับจังหวัด ภายในเดือน ส.ค. 68") dated after the report's period: a higher
    body's coming check, whoever's report tells it (``[minutes] committee_check``)."""
    return (period_end is not None and d.date_from is not None and d.date_from.iso() > period_end
            and bool(rule_re("minutes", "committee_check").match(d.title)))
