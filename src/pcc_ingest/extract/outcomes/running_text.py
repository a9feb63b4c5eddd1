"""Outcomes in running text: each percentage of a paragraph, list item or
cell of a table not read by header, a result or a target of what its clause
names.  Prose has no header to say what a figure is, so its words, its
section's district and year, and the figures beside it decide.
"""

from __future__ import annotations

from pcc_ingest.extract.districts import (
    district_mentions,
    title_blocks,
)
from pcc_ingest.extract.districts.mentions import Mention
from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.clause_words import (
    clause_period,
    indicator_words,
    period_last,
    qualifier,
)
from pcc_ingest.extract.outcomes.common import (
    MIN_INDICATOR_CHARS,
    Context,
    outcome_rules,
    rule_re,
)
from pcc_ingest.extract.outcomes.dated_headings import dated_depth
from pcc_ingest.extract.outcomes.figure_first import subject_after
from pcc_ingest.extract.outcomes.figure_pairs import pair_figures
from pcc_ingest.extract.outcomes.figure_years import (
    compared_district,
    is_compared,
    of_year_before,
    own_year_before,
    year_after,
    year_before,
)
from pcc_ingest.extract.outcomes.figures import (
    Figure,
    block_figures,
    is_slogan,
    percentages,
)
from pcc_ingest.extract.outcomes.kpi_lists import kpi_items
from pcc_ingest.extract.outcomes.outline import (
    continues_figure,
    outline_depth,
    section_districts,
)
from pcc_ingest.extract.outcomes.range_targets import range_low
from pcc_ingest.extract.outcomes.sections import situation_cells, situation_subject, target_cells
from pcc_ingest.extract.outcomes.target_cell_figures import column_targets
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.tables import cell_number
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import strip_list_marker


def _carried_year(doc: Document, block: Block) -> int | None:
    """The year stated in the paragraph that a page break cut this one from.

    A PDF paragraph running over a page break comes back as two blocks with
    the page's footer and header between them.
    """
    prev = doc.body_before(block.order)
    if prev is None or prev.kind != "paragraph" or block.kind != "paragraph" or prev.page == block.page:
        return None
    return year_before(prev.text, len(prev.text))


def indicator_line(doc: Document, block: Block) -> str | None:
    """The KPI named by an indicator line at or shortly before ``block``."""
    reach = outcome_rules()["figure"]["indicator_reach"]
    for prev in reversed(doc.blocks[max(0, block.order - reach): block.order + 1]):
        m = rule_re("figure", "indicator_line").search(prev.text)
        if m and not any(True for _ in percentages(m["name"])):
            return m["name"].strip()
    return None


def is_aside(clause: str) -> bool:
    """A figure's clause is a bracket opened after the figure before it
    ("ร้อยละ 70 (ปี 2567 ทำได้ร้อยละ 62.5)"): an aside about that figure's
    subject, which it shares."""
    return bool(rule_re("figure", "aside").match(clause))


def figure_subject(text: str, clause: int, fig: Figure, earlier: str) -> tuple[str, str]:
    """(subject, period) of the figure at ``fig`` whose clause starts at ``clause``.

    The subject is what the clause names, with what the words right after
    the figure say it is compared with; a period opening the clause goes
    after it.  A clause naming only a period ("และปี 2565 ร้อยละ 57.14"), a
    period and how the figure came about ("ปี 2568 เพิ่มขึ้นเป็นร้อยละ 71.20")
    or comparing ("ลดลงจากฤดูการผลิตปี 2564/65 ซึ่งมีร้อยละ 27.30") is about
    ``earlier``, the subject of the figure before, in its own period (the
    period ``earlier`` ends with, the figure before's own, left out: "X ปี
    2565 ร้อยละ 24.60 ปี 2566 ร้อยละ 27.80" names X in 2566).
    """
    before = text[clause:fig.start]
    subject, period = period_last(indicator_words(before))
    verb_only = rule_re("figure", "period_verb_only").match(before) is not None
    if earlier and (not subject or verb_only or is_compared(before)):
        own = period or clause_period(before)
        ended = list(rule_re("figure", "period").finditer(earlier))
        if own and ended and ended[-1].end() == len(earlier) and ended[-1].start() > 0:
            earlier = earlier[:ended[-1].start()].rstrip()
        return earlier, own
    return f"{subject} {qualifier(text, fig.end)}".strip() if subject else "", period


def _range_target(text: str, in_target_column: bool) -> list[tuple[Figure, int]]:
    """A target range alone in a target column's cell ("ร้อยละ 75–80") as its
    lower end, a target; [] for any other text (a range elsewhere is a spread)."""
    found = range_low(text) if in_target_column else None
    if found is None:
        return []
    low, start = found
    return [(Figure(low, start, len(text.rstrip()), True), 0)]


def _row_subject_text(doc: Document, cell: Block) -> str:
    """The cell of words in a table cell's row under the indicator column's
    label ("ประเด็น | ตัวชี้วัด | ค่าเป้าหมาย ปี 2567", a minutes' table of next
    year's targets by issue), else its first: what a bare "ร้อยละ 80" there measures."""
    words = [b for b in doc.blocks if b.table == cell.table and b.row == cell.row and b is not cell
             and b.text and cell_number(b.text) is None]
    if not words:
        return ""
    top = min((b.row for b in doc.blocks if b.table == cell.table and b.row is not None), default=None)
    heads = {b.col: b.text for b in doc.blocks if b.table == cell.table and b.row == top and top != cell.row}
    named = next((b for b in words if label_role(heads.get(b.col, "")) == "indicator"), words[0])
    return f"{measured_head(heads.get(cell.col, ''))} {strip_list_marker(named.text)}".strip()


def measured_head(label: str) -> str:
    """What the cell's results label says was measured, its bracket left out
    ("ผ่านเกณฑ์หลังอบรม (≥ 16 คะแนน)" over "41 คน (85.42%)" beside the group
    "Caregiver", set 52): the row's words only say whose figure it is.  A bare
    results label ("ผลการดำเนินงาน") or any other role's names nothing."""
    own = rule_re("row_heads", "bracket").sub("", label).strip()
    if label_role(label) != "result" or rule_re("row_heads", "bare_result").match(own):
        return ""
    return " ".join(own.split())


def section_years(doc: Document) -> dict[int, int]:
    """The year each block stands under: the one the nearest numbered heading
    above it states ("๓.๑ สรุปผลการดำเนินงาน พชอ.ห้วยยอด ปีงบประมาณ ๒๕๖๖"),
    for the figures of paragraphs that state none of their own.  A heading
    closes the sections of its depth and deeper.  A heading comparing a span
    of years ("เปรียบเทียบปี 2564 – 2566") states its last; one compared with
    another year ("ปีงบประมาณ 2566 เปรียบเทียบกับปีงบประมาณ 2565"), its own."""
    out: dict[int, int] = {}
    open_headings: list[tuple[int, int | None]] = []  # (depth, year) from the outermost
    prev: Block | None = None
    for block in doc.body():
        broken = continues_figure(prev, block)
        prev = block
        depth = None if block.kind == "table_cell" or broken else outline_depth(block) or lead_depth(block) or dated_depth(block)
        if depth is not None:
            open_headings = [h for h in open_headings if h[0] < depth]
            span = rule_re("section", "compared_years").search(block.text)
            own = rule_re("section", "compared_with").search(block.text)
            year = int(span["last"]) if span else int(own["own"]) if own else year_before(block.text, len(block.text))
            open_headings.append((depth, year))
        year = next((y for _, y in reversed(open_headings) if y is not None), None)
        if year is not None:
            out[block.order] = year
    return out


def lead_depth(block: Block) -> int | None:
    """How deep a long numbered block sits that leads in to a list ("3.1
    สรุปผลการดำเนินงาน ... ปีงบประมาณ 2567 ... ดังนี้"): it heads the items
    under it as a short heading would; ``None`` for any other block."""
    m = rule_re("section", "outline_number").match(block.text)
    if m is None or not rule_re("section", "lead_in").search(block.text):
        return None
    return len(m["n"].split("."))


def prose_outcomes(doc: Document, ctx: Context, skip: set[int]) -> list[OutcomeRecord]:
    """Outcomes stated in paragraphs, list items and cells of tables not read by header."""
    title = {b.order for b in title_blocks(doc)}
    mentions: dict[int, list[tuple[int, str]]] = {}
    found = district_mentions(doc, ctx.province)
    for m in found:
        mentions.setdefault(m.block.order, []).append((m.end, m.code))
    items = item_districts(found)
    sections = section_districts(doc, ctx.province)
    headed = section_years(doc)
    targets = target_cells(doc)
    situations = situation_cells(doc)
    kpis = kpi_items(doc)
    out = []
    for block in doc.body():
        if block.order in skip or rule_re("figure", "level_scale").search(block.text):
            continue  # a scale of success levels states no result
        lead, tail = broken_lead(doc, block), broken_tail(doc, block)
        text = " ".join(t for t in (lead, block.text, tail) if t)
        shift = len(lead) + 1 if lead else 0
        item = items.get(doc.body_before(block.order).order if lead else block.order)  # the item it runs on from
        kpi_head = block.order in title and indicator_line(doc, block) is not None
        as_target = ctx.plan or kpi_head or block.order in targets or block.order in kpis
        figs = [(f, c) for f, c in block_figures(text, as_target, ctx.year_be)
                if not is_slogan(text[c:f.start], f.value)] or _range_target(text, block.order in targets)
        figs = column_targets(text, figs, ctx.year_be) if block.order in targets else figs
        words = subject = ""
        for fig, target, clause in pair_figures(figs, text, ctx.year_be):
            bare = fig.target and target is None
            if not (words and is_aside(text[clause:fig.start])):
                subject, period = figure_subject(text, clause, fig, subject)
                words = f"{subject} {period}".strip()
            if len(words) < MIN_INDICATOR_CHARS and block.kind == "table_cell":
                words = subject_after(block, text, fig) or _row_subject_text(doc, block)
                if rule_re("figure", "budget_share").match(words):
                    continue  # a funder's share of the budget, no result
            if bare and block.order in targets:
                words = situation_subject(doc, block, words, situations) or words
            if block.kind == "table_cell" and rule_re("situation_column", "change_only").match(words):
                # a target cell naming only a change ("ลดลงไม่น้อยกว่าร้อยละ 20") with no situation beside it: its row's subject
                words = subject_after(block, text, fig) or _row_subject_text(doc, block) or words
            kpi = indicator_line(doc, block) if bare or len(words) < MIN_INDICATOR_CHARS else None
            named = [code for end, code in mentions.get(block.order, []) if clause <= end + shift <= fig.start]
            district = ctx.single or (
                clause_district(named) if named
                else compared if (compared := compared_district(text, clause, fig.start, words, ctx.province))
                else None if rule_re("section", "province_wide").search(text, clause, fig.start)
                else item or sections.get(block.order)
            )
            start = min(fig.start, target.start if target else fig.start)
            end = target.end if target and target.end > fig.end else fig.end
            if not shift < fig.end <= shift + len(block.text):
                continue  # the block a broken paragraph runs on from or into holds its number
            year = (year_after(text, fig.end) or own_year_before(text, fig.start, fig.end) or _carried_year(doc, block)
                    or targets.get(block.order) or situations.get(block.order) or headed.get(block.order)
                    or ctx.year_be)
            out.append(OutcomeRecord(
                indicator=kpi or words or text[:80], district=district,
                value_pct=None if bare else fig.value,
                target_pct=fig.value if bare else (target.value if target else None),
                year_be=year - 1 if year and of_year_before(text[clause:fig.start]) else year,
                evidence=evidence(block, max(0, start - shift), min(end - shift, len(block.text))),
            ))
    return out


def item_districts(found: list[Mention]) -> dict[int, str]:
    """The district each block opening with it is about, by block order: an
    item led by one district and naming no other ("• อำเภอกันทรวิชัย
    ผู้เสียชีวิต... การสวมหมวกนิรภัยร้อยละ 52.30 ... เด็ก... ร้อยละ 91.45")
    reports every figure on it, not only the first one's clause."""
    codes: dict[int, set[str]] = {}
    opening: dict[int, str] = {}
    for m in found:
        codes.setdefault(m.block.order, set()).add(m.code)
        lead = m.block.text[:m.start]
        if not lead.strip() or rule_re("section", "item_marker").fullmatch(lead.rstrip()):
            opening.setdefault(m.block.order, m.code)
    return {order: code for order, code in opening.items() if codes[order] == {code}}


def clause_district(named: list[str]) -> str | None:
    """The district a figure's clause is about, from the districts it names
    in order: the one named, or the last one when it names only it again;
    ``None`` when it names several ("ตรวจเยี่ยม 5 อำเภอ ได้แก่ อำเภอ ก ...
    อำเภอ จ ตามตัวชี้วัด ... ร้อยละ 75"): a figure of them all."""
    return named[-1] if len(set(named)) == 1 else None


def broken_lead(doc: Document, block: Block) -> str:
    """The paragraph before ``block`` when a line break split a percentage
    there: it ends with "ร้อยละ" and ``block`` opens with the figure (a PDF
    paragraph broken between the word and its number); when that paragraph
    opens with a figure broken off the one before it too, the whole sentence
    from there ("... คิดเป็นร้อยละ" / "93.55 ... และปี 2564 ร้อยละ" / "84.62 ...")."""
    parts: list[str] = []
    prev = doc.body_before(block.order)
    while continues_figure(prev, block) and len(parts) < outcome_rules()["figure"]["broken_lines"]:
        parts.insert(0, prev.text)
        block, prev = prev, doc.body_before(prev.order)
    return " ".join(parts)


def broken_tail(doc: Document, block: Block) -> str:
    """The paragraph after ``block`` when ``block`` ends with "ร้อยละ" and that
    one opens with its figure: the rest of the sentence, where the figure
    and the target said of it stand ("... คิดเป็นร้อยละ 47.80 (เป้าหมายทั้งปี
    ร้อยละ" / "90) พบกลุ่มติดบ้าน ...")."""
    if block.kind == "table_cell" or not rule_re("figure", "broken_word").search(block.text):
        return ""
    nxt = next((b for b in doc.blocks[block.order + 1:] if b.kind not in ("header", "footer")), None)
    return nxt.text if nxt is not None and continues_figure(block, nxt) else ""
