"""Source lines of a document, and the source they give the budget lines near them.

A "แหล่งงบประมาณ: ..." line (or a project header's source cell, or a sentence
saying where money came from) funds the lines near it, or the numbered
activities it names.  A line with no funder of its own takes the nearest
such line's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pcc_ingest.extract.budget.bare import row_source
from pcc_ingest.extract.budget.funders import (
    abbreviated_source,
    allocation_source,
    clean_source,
    inline_source,
    is_advice,
    stated_source,
)
from pcc_ingest.extract.budget.lines import after_words, is_total_context, money_in
from pcc_ingest.extract.budget.refs import activity_sources
from pcc_ingest.extract.budget.rules import budget_rules, rule_composed, rule_re
from pcc_ingest.extract.tables import Table, read_tables
from pcc_ingest.model import Block, Document


@dataclass(frozen=True)
class SourceLine:
    """A block naming where money comes from: for the budget lines near it
    (``name``), or for the numbered activities it names (``by_activity``)."""

    block: Block
    name: str | None
    by_activity: Mapping[int, str]
    heads: bool = False  # a group heading: it funds only the lines under it
    pooled: bool = False  # money pooled from several funders: the lines near it take none


def source_lines(doc: Document) -> list[SourceLine]:
    """Blocks that name a funding source: a "แหล่งงบประมาณ: ..." line (which
    may name a source per activity), or a sentence saying where the money came
    from ("ได้รับการสนับสนุนงบประมาณจากกองทุน... จำนวน 25,000 บาท ใช้จ่ายจริง
    ดังนี้", "ได้รับการสนับสนุนจากสำนักงาน... จำนวน 75,490 บาท": a project's
    one funder, stated once, pays for every line)."""
    out = []
    heads: set[tuple[int, int, int]] | None = None  # read once, at the first source label cell
    body = doc.body()
    for k, block in enumerate(body):
        if block.kind == "table_cell":
            if heads is None and is_source_label(block.text):
                heads = source_column_heads(doc)
            line = labelled_source_cell(doc, block, heads or set())
            if line is not None:
                out.append(line)
            continue
        if is_advice(block.text):
            continue
        m = rule_re("source.line").search(block.text)
        if m:
            by_activity = activity_sources(block.text[m.end():])
            name = None if by_activity else clean_source(block.text[m.end():])
        else:
            stated = stated_source(block.text)
            if stated and rule_composed("source.second_funder").search(block.text, stated[2]):
                if _titles_table(body, k):  # a table's title splitting its money: no one funder pays its lines
                    out.append(SourceLine(block, None, {}, heads=True, pooled=True))
                continue
            if stated and rule_re("source.pooled").search(block.text):
                out.append(SourceLine(block, None, {}, pooled=True))
                continue
            name = stated[0] if stated else (abbreviated_source(block.text) or total_funder(block.text)
                                             or received_from(block.text) or heading_funder(block))
            by_activity = {}
            if not name and (name := funder_heading(block, body[k + 1] if k + 1 < len(body) else None)):
                out.append(SourceLine(block, name, by_activity, heads=True))
                continue
        if name or by_activity:
            out.append(SourceLine(block, name, by_activity))
    return out


def _titles_table(body: list[Block], k: int) -> bool:
    """Whether the block right after ``body[k]`` is a table's cell: the
    block is the title of that table."""
    return k + 1 < len(body) and body[k + 1].kind == "table_cell"


def received_from(text: str) -> str | None:
    """The funder a sentence says money was received from, as a source is
    written: its bracketed channel left out ("ได้รับการสนับสนุนจาก สปสช.
    เขต 2 (งบบริการ...) จำนวน 75,490 บาท" -> "สปสช. เขต 2")."""
    funder = allocation_source(text)
    return clean_source(funder) if funder else None


def heading_funder(block: Block) -> str | None:
    """The funder a heading over the budget names in its closing bracket
    ("การดำเนินงานและงบประมาณ (สสจ.X งบดำเนินงาน พชอ.)"): stated once for
    the costs listed under it, as a "แหล่งงบประมาณ: ..." line would.  A
    short numbered title stating no money ("3.2 สรุปการใช้จ่าย… (กองทุน…)")
    is such a heading whatever kind of block the parser made of it."""
    m = rule_composed("source.heading_funder").search(block.text) if is_heading(block) else None
    return clean_source(m["funder"]) if m else None


def is_heading(block: Block) -> bool:
    """A heading, or a short numbered section title with no money in it."""
    if block.kind == "heading":
        return True
    return (block.kind != "table_cell" and len(block.text) <= budget_rules()["source"]["heading_title_chars"]
            and bool(rule_re("source.heading_title").match(block.text)) and not money_in(block.text))


def funder_heading(block: Block, below: Block | None) -> str | None:
    """The funder a line names when it is nothing but a funder's name, a
    bracket glossing it aside ("กองทุนหลักประกันสุขภาพระดับพื้นที่ (กองทุน
    ตำบล 6 แห่ง)"), right over a cost line of running text: a group heading
    of spending by source, stated once for the lines under it."""
    if below is None or below.kind == "table_cell" or not money_in(below.text) or money_in(block.text):
        return None
    return named_funder(rule_re("source.heading_gloss").sub("", block.text))


def total_funder(text: str) -> str | None:
    """The funder named after a group's total ("รวมเป็นเงิน 18,750 บาท
    (...บาทถ้วน) ขอรับการสนับสนุนจาก อบต.X"): the lines that total sums are
    paid by it, as a "แหล่งงบประมาณ" line under them would say."""
    money = money_in(text)
    if not money or not is_total_context(text[: money[0].start]):
        return None
    return inline_source(text[after_words(text, money[-1].end):])


def is_source_label(text: str) -> bool:
    """A cell that is nothing but a source label ("แหล่งงบประมาณ", "ที่มาของ
    งบประมาณ :"): the key of a project header's key-value row."""
    return bool(rule_re("source.line").fullmatch(text.strip()))


def labelled_source_cell(doc: Document, block: Block, heads: set[tuple[int, int, int]]) -> SourceLine | None:
    """The source a project header table gives in the cell after a source
    label (row "แหล่งงบประมาณ | สสจ.X (งบ...) จำนวน 75,000 บาท"): the same
    statement as a "แหล่งงบประมาณ: ..." line, laid out as a table row."""
    if not is_source_label(block.text) or (block.table, block.row, block.col) in heads:
        return None
    value = next((b for b in doc.blocks[block.order + 1: block.order + 2]
                  if b.kind == "table_cell" and b.table == block.table and b.row == block.row), None)
    if value is None:
        return None
    by_activity = activity_sources(value.text)
    name = None if by_activity else clean_source(value.text)
    return SourceLine(value, name, by_activity) if name or by_activity else None


def source_column_heads(doc: Document) -> set[tuple[int, int, int]]:
    """The (table, row, col) of every header cell over a table's source column
    ("อำเภอ | งบประมาณตามแผน | แหล่งงบประมาณ | เบิกจ่ายแล้ว (บาท)"): such a
    source label's next cell labels the next column, it names no funder; the
    rows below give each line's own source.  A table with no rows below its
    "header" is a project's key-value table read as all header (a "งบประมาณ"
    row over a "แหล่งงบประมาณ | funder" row): its label names a funder."""
    return {
        (t.grid.table, row, c.col)
        for t in read_tables(doc) if t.rows for row in t.header_rows for c in t.columns if c.role == "source"
    }


def _gap(first: int, last: int, order: int) -> int:
    """Blocks between ``order`` and the span ``first``..``last``."""
    return first - order if order < first else order - last if order > last else 0


def nearest_source(first: int, last: int, sources: list[SourceLine], named: set[str] | None = None) -> str | None:
    """The source line nearest to the blocks ``first``..``last``, within
    reach; of two as near, the one below (a source line under its group).
    A sentence pooling several funders' money ("… ร่วมกับงบปกติของหน่วยงาน
    และงบ อปท.") is the nearest statement, and says no one funder paid.
    Out of reach of any, the document's one named source if it names only
    one funder (a project's "แหล่งงบประมาณ" in its heading funds all its lines);
    ``named`` are all the funders the document names, when ``sources`` are
    only some of its source lines."""
    reach = budget_rules()["source"]["reach"]
    near = [(_gap(first, last, s.block.order), s.block.order < first, s.name or "")
            for s in sources if (s.name or s.pooled) and not (s.heads and s.block.order > last)]
    near = [n for n in near if n[0] <= reach]
    if near:
        return min(near)[2] or None
    named = {s.name for s in sources if s.name} if named is None else set(named)
    return named.pop() if len(named) == 1 and not several_funders(next(iter(named))) else None


def several_funders(name: str) -> bool:
    """A source naming two funders or more ("กองทุนหลักประกันสุขภาพระดับท้องถิ่น
    และองค์การบริหารส่วนจังหวัดน่าน"): stated once for a whole report, it does
    not say which of them paid for a line out of its reach, so it is no
    document-wide source.  "และ" inside one funder's name ("สำนักงานพัฒนา
    สังคมและความมั่นคงของมนุษย์") joins no second funder."""
    parts = [p for p in rule_re("source.funder_join").split(name) if p.strip()]
    return len(parts) >= 2 and all(rule_re("source.funder_name").match(p.strip()) for p in parts)


def activity_source(activity: int, first: int, last: int, sources: list[SourceLine]) -> str | None:
    """The source a source line gives to activity number ``activity``; the
    nearest such line when several do."""
    named = [(_gap(first, last, s.block.order), s.by_activity[activity])
             for s in sources if activity in s.by_activity]
    return min(named)[1] if named else None


def named_funder(description: str) -> str | None:
    """The funder a line is described by when its description is nothing but
    a funder's name ("สำนักงานสาธารณสุขจังหวัดX", "อบจ.X"), as lines of a
    list of money received by source are: that funder pays for the line."""
    name = description.strip()
    if not rule_re("source.funder_name").match(name) or rule_re("source.not_a_name").search(name):
        return None
    return name


def row_funders(tables: list[Table]) -> dict[int, str]:
    """The funder each cell's row names in its table's source column, by the
    cell's block order ("๑.๑ ประชุม… ¶ - ค่าอาหาร… = 8,400 บาท | … | กองทุน…",
    a plan whose cost lines sit in its activity cell): a row funds the lines
    of its own cells, whichever source line stands nearer."""
    out: dict[int, str] = {}
    for table in tables:
        if table.column("source") is None:
            continue
        for row in table.rows:
            if funder := row_source(table, row):
                out.update({cell.order: funder for cell in row.cells.values()})
    return out
