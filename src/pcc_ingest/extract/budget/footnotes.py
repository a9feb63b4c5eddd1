"""Funders marked on amounts by footnote symbols.

A cost table may mark each amount with a symbol ("8,400*", "21,600**") and
explain the symbols in lines under it ("* งบ สสอ.X", "** กองทุน…"): the
symbol is no part of the figure, and it names the line's funder.  This
module reads both halves; any reader of marked amounts (a table in baht or
in thousands of baht) can use it.  Rules: ``[footnote]`` in
``extractors/budget.toml``.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.funders import clean_source
from pcc_ingest.extract.budget.rules import budget_rules, rule_re
from pcc_ingest.extract.records import BudgetItemRecord
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.numbers import parse_number


def mark_of(text: str) -> str | None:
    """The footnote symbol closing an amount ("14,400***" -> "***"), if any."""
    m = rule_re("footnote.mark").search(text)
    return m["mark"] if m else None


def unmarked(text: str) -> str:
    """``text`` with the footnote symbol closing it blanked out, its length
    kept so that spans into it still hold ("8,400*" -> "8,400 ")."""
    m = rule_re("footnote.mark").search(text)
    return text if m is None else text[: m.start("mark")] + " " * len(m["mark"]) + text[m.end("mark"):]


def legend_funder(text: str) -> tuple[str, str] | None:
    """(symbol, funder) of one legend line ("** งบ อบต.X และ อบต.Y 70,300 บาท"
    -> ("**", "อบต.X และ อบต.Y")): the kind of money before the name, the
    gloss in brackets after it and the amount it totals are left out."""
    m = rule_re("footnote.legend").match(text)
    if m is None:
        return None
    name = clean_source(rule_re("footnote.legend_lead").sub("", m["text"].strip()))
    name = rule_re("footnote.legend_gloss").sub("", name).strip() if name else None
    return (m["mark"], name) if name else None


def legend(doc: Document, table: int) -> dict[str, tuple[str, int]]:
    """The funder each symbol stands for, with its legend line's block, by
    the legend lines right under table ``table`` (within a few blocks of its
    last cell, one line a symbol); a table right under it (the same table
    cut by a page break) does not come between them."""
    cells = [b.order for b in doc.blocks if b.kind == "table_cell" and b.table == table]
    if not cells:
        return {}
    out: dict[str, tuple[str, int]] = {}
    reach = budget_rules()["footnote"]["reach"]
    gap = 0
    for block in doc.blocks[max(cells) + 1:]:
        if block.table is not None:  # a cell or a repeated header row
            if out:
                break
            continue
        found = legend_funder(block.text)
        if found is None:
            gap += 1
            if out or gap > reach:
                break
            continue
        out.setdefault(found[0], (found[1], block.order))
    return out


def marked_funders(doc: Document) -> tuple[dict[tuple[int, int], str], set[int]]:
    """The funder of each table row whose amount carries a symbol its
    table's legend explains, by (table, row); and the legend lines used."""
    legends: dict[int, dict[str, tuple[str, int]]] = {}
    out: dict[tuple[int, int], str] = {}
    used: set[int] = set()
    for block in doc.blocks:
        if block.kind != "table_cell" or block.table is None or (mark := mark_of(block.text)) is None:
            continue
        if block.table not in legends:
            legends[block.table] = legend(doc, block.table)
        if found := legends[block.table].get(mark):
            out.setdefault((block.table, block.row), found[0])
            used.add(found[1])
    return out, used


def footnoted(doc: Document, items: list[BudgetItemRecord]) -> list[BudgetItemRecord]:
    """``items`` with each line of a marked table row paid by the funder its
    symbol's legend names: the row's own statement of who pays, over any
    source line near the table.  A legend line's own amount ("** งบ อบต.X
    70,300 บาท") totals the lines marked with its symbol: no line itself."""
    by_row, used = marked_funders(doc)
    if not by_row:
        return items
    rows = {_figures_row(doc, block) for i in items if (block := doc.blocks[i.evidence.block]).kind == "table_cell"}
    under = _under_marked(doc, {k: v for k, v in by_row.items() if k not in rows})
    out = []
    for item in items:
        if item.evidence.block in used:
            continue
        block = doc.blocks[item.evidence.block]
        place = _figures_row(doc, block) if block.kind == "table_cell" else None
        funder = by_row.get(place) or under.get(place) if place is not None else None
        out.append(item.model_copy(update={"source": funder}) if funder else item)
    return out


def _under_marked(doc: Document, subtotals: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """The funder of each unmarked row under a marked row that gives no line
    of its own (an activity's subtotal "กิจกรรมที่ 2 … | 22,500**" over its
    "- ค่า…" cost lines): the symbol on the subtotal names who pays for the
    lines it sums, down to the next marked row, also past a page break that
    cuts the table; running text between ends the group."""
    out: dict[tuple[int, int], str] = {}
    current: str | None = None
    for block in doc.blocks:
        if block.kind in ("header", "footer") or (block.table is not None and block.kind != "table_cell"):
            continue
        if block.kind != "table_cell" or block.table is None or block.row is None:
            current = None if block.text.strip() else current
            continue
        place = (block.table, block.row)
        if mark_of(block.text):
            current = subtotals.get(place)
        elif current is not None:
            out.setdefault(place, current)
    return out


def _figures_row(doc: Document, block: Block) -> tuple[int | None, int | None]:
    """The (table, row) holding the figures of the line ``block`` names: its
    own row, or the row right under it when its own row holds no figure (a
    plan giving each activity two rows, its name across the first, its
    period and marked money in the second)."""
    own = [b for b in doc.blocks if b.kind == "table_cell" and b.table == block.table and b.row == block.row]
    if block.row is None or any(parse_number(b.text) is not None or mark_of(b.text) for b in own):
        return block.table, block.row
    return block.table, block.row + 1
