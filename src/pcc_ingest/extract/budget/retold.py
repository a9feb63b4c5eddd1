"""Money told twice: an activity's sentence and a later line of a budget table or funding list.

Reports tell an activity's money in the sentence about it ("อบรม อสม. … 220
คน งบประมาณ 22,000 บาท จากกองทุน…") and again in a spending table or a list
of the money received ("อบรม อสม. เฝ้าระวังลูกน้ำยุงลาย | กองทุน… | 22,000",
"2) กองทุน… (โครงการ 1,000 วันแรกของชีวิต) จำนวน 9,900 บาท").  By the
labelling convention that is one line: the later statement, the summary,
is kept, and it takes the sentence's unit cost and count when it shows none.
Both must be worth the same, stand in the same district's part of the
report and share words beyond the money words, so two activities that
happen to cost the same stay two lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.lines import multiplies_to
from pcc_ingest.extract.budget.rules import budget_rules, rule_re
from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.model import Document
from pcc_ingest.thai.text import strip_list_marker


def wording(text: str) -> str:
    """``text`` without figures and money words (``retold.filler``): what is left names the activity."""
    return rule_re("retold.filler").sub(" ", text)


def retells(later: str, earlier: str) -> bool:
    """Whether two statements of one amount share enough words to be about one activity.

    The runs of at least ``min_run`` characters the two have in common
    (outside money words) add up to at least ``min_shared`` characters.
    """
    rules = budget_rules()["retold"]
    a, b = wording(later), wording(earlier)
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    shared = sum(m.size for m in blocks if m.size >= rules["min_run"] and a[m.a:m.a + m.size].strip())
    return shared >= rules["min_shared"]


def is_cost_line(description: str) -> bool:
    """A line naming a cost ("ค่าอาหารว่าง…", "รางวัลที่ 1") itemises an activity's
    money: two cost lines of one amount are two costs, never one retold."""
    return bool(rule_re("line.expense_start").match(description.strip()))


def _district_parts(doc: Document, province: str | None) -> list[int]:
    """For each block, how many short district headings ("2.1 อำเภอปะเหลียน") stand above it."""
    limit = budget_rules()["retold"]["max_heading_chars"]
    parts, count = [], 0
    for block in doc.blocks:
        body = strip_list_marker(block.text).strip()
        if block.kind != "table_cell" and body and len(body) <= limit and district_at_start(body, province):
            count += 1
        parts.append(count)
    return parts


def summarises(doc: Document, line: PlacedLine) -> bool:
    """Whether a line is a summary's statement of money: a row of a table
    whose header reports money spent or received ("ได้รับจัดสรร | เบิกจ่าย |
    คงเหลือ") or that a sentence introduces as such ("การดำเนินงาน…ใช้
    งบประมาณจากหลายแหล่ง สรุปได้ดังนี้" over "รายการ | จำนวนเงิน | แหล่ง
    งบประมาณ"), or a line of running text opening with its funder ("2) กองทุน…
    (โครงการ…) จำนวน 9,900 บาท": a list of the money received).  A plan's
    table ("งบประมาณเดิม | ปรับลด | หลังปรับ") or a list of projects is no
    summary of money told before: its lines are their own."""
    if line.row is not None:
        first = doc.blocks[line.span[0]]
        header = " ".join(
            b.text for b in doc.blocks[line.span[0]:line.span[1] + 1] if b.table == first.table and b.row == first.row
        )
        return bool(rule_re("retold.summary_header").search(header)
                    or rule_re("retold.summary_lead").search(lead_in(doc, line.span[0])))
    text = strip_list_marker(doc.blocks[line.item.evidence.block].text)
    return bool(rule_re("retold.funder_lead").match(text))


def lead_in(doc: Document, order: int) -> str:
    """The paragraph right before block ``order`` (a table's first cell): the
    sentence that introduces the table ("… ใช้งบประมาณจากหลายแหล่ง สรุปได้
    ดังนี้"), or "" when a table or nothing stands there."""
    prev = doc.body_before(order, skip_blank=True)
    return prev.text if prev is not None and prev.kind != "table_cell" else ""


def _said(doc: Document, line: PlacedLine, alone: bool = False) -> str:
    """What a line says: a table row's description, or the whole sentence of
    running text.  A row's only line says what its whole cell does: "อบรม
    แกนนำ… (ค่าอาหารและอาหารว่าง 160 คน x 150 บาท)" names the activity the
    cost is for."""
    return line.item.description if line.row is not None and not alone else doc.blocks[line.item.evidence.block].text


def merge_retold(doc: Document, lines: list[PlacedLine], province: str | None) -> list[PlacedLine]:
    """``lines`` with each sentence's line dropped where a later summary's
    line (``summarises``) in another block retells the same money; the kept line takes
    the sentence's unit cost and count when it has none, and its source when
    it names none."""
    parts = _district_parts(doc, province)
    per_row = Counter(line.row for line in lines if line.row is not None)
    order = sorted(range(len(lines)), key=lambda i: (lines[i].item.evidence.block, lines[i].item.evidence.start))
    dropped: set[int] = set()
    kept = list(lines)
    for pos, i in enumerate(order):
        first = lines[i].item
        if lines[i].row is not None or i in dropped or is_cost_line(first.description):
            continue
        for j in order[pos + 1:]:
            later = kept[j].item
            said = _said(doc, kept[j], alone=per_row[kept[j].row] == 1)
            if (j in dropped or later.evidence.block == first.evidence.block or is_cost_line(said)
                    or not summarises(doc, kept[j])
                    or abs(later.amount_baht - first.amount_baht) >= 0.5
                    or parts[later.evidence.block] != parts[first.evidence.block]
                    or not retells(said, _said(doc, lines[i]))):
                continue
            update: dict = {}
            if later.unit_cost_baht is None and multiplies_to(first.unit_cost_baht, first.quantity, later.amount_baht):
                update |= {"unit_cost_baht": first.unit_cost_baht, "quantity": first.quantity}
            if later.source is None and first.source is not None:
                update["source"] = first.source
            kept[j] = replace(kept[j], item=later.model_copy(update=update)) if update else kept[j]
            dropped.add(i)
            break
    return [line for k, line in enumerate(kept) if k not in dropped]


def _same_cost(prose: PlacedLine, row: PlacedLine) -> bool:
    """Whether a table row states the cost a sentence works out: one amount,
    unit cost and count, and words in common ("ค่าอาหารว่าง 32 คน × 35 บาท =
    1,120 บาท" and "ค่าอาหารว่างและเครื่องดื่ม ครั้งที่ 1 | 32 | คน | 35 | 1,120")."""
    a, b = prose.item, row.item
    return (a.unit_cost_baht is not None and a.quantity is not None
            and abs(a.amount_baht - b.amount_baht) < 0.5 and a.unit_cost_baht == b.unit_cost_baht
            and a.quantity == b.quantity and retells(b.description, a.description))


def retold_costs(lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the sentences' cost lines that a budget table's row
    states again with the same working (an activity's paragraph and the
    line-items table of the same report), nor the sentence's amount right
    before them that they add up to ("ประชุม… 3 ครั้ง งบประมาณรวม 3,150 บาท"
    over its meetings' snacks): the table is the budget's own statement of
    that money; its row takes the sentence's source when it names none."""
    order = sorted(range(len(lines)), key=lambda i: (lines[i].item.evidence.block, lines[i].item.evidence.start))
    rows = [i for i in order if lines[i].row is not None]
    kept = list(lines)
    dropped: set[int] = set()
    for i in order:
        if lines[i].row is not None:
            continue
        twin = next((j for j in rows if j not in dropped and _same_cost(lines[i], kept[j])), None)
        if twin is None:
            continue
        if kept[twin].item.source is None and lines[i].item.source is not None:
            kept[twin] = replace(kept[twin], item=kept[twin].item.model_copy(update={"source": lines[i].item.source}))
        dropped.add(i)
    for pos, i in enumerate(order):
        if lines[i].row is not None or i in dropped:
            continue
        total, parts = 0.0, 0
        for j in order[pos + 1:]:
            if j not in dropped or lines[j].row is not None:
                break
            total, parts = total + lines[j].item.amount_baht, parts + 1
        if parts >= 2 and abs(total - lines[i].item.amount_baht) < 0.5:
            dropped.add(i)
    return [line for k, line in enumerate(kept) if k not in dropped]
