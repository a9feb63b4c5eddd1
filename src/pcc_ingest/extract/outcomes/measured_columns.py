"""Columns of a measure-by-place table given a target by the text under it.

A transposed breakdown (ตำบล as rows, one column per measure, cells written
"n/d (p)") states no target in its title or header; the paragraph right
under it names, measure by measure, the places that fell short of a bar it
writes out ("ตำบลก และตำบลข มีอัตราการสวมหมวกนิรภัยต่ำกว่าร้อยละ 70 ส่วน
ตำบลค มีผู้สูงอายุติดเตียงได้รับการเยี่ยมบ้านต่ำกว่าร้อยละ 80").  The text
measures the rows against that figure (gold/README.md, breakdown tables), so
each column a clause names takes it for its current-year rows; a column no
clause names keeps none.  The clause's figure is that target, not a result
of its own, so it gives no record in running text.
"""

from __future__ import annotations

import re

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.merging import kpi_cover
from pcc_ingest.extract.outcomes.note_row_targets import paragraph_under
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block, Document

# A bracket in a column's label ("สวมหมวกนิรภัย (จุดสังเกต)", "(สะสม)"): how
# the figure was gathered, not the measure a clause names.
_BRACKET_RE = re.compile(r"\([^()]*\)")
# A place's name in a row's cell: letters only, no figure ("ห้วยอ้อ", not "1" or "16/18 (88.89)").
_NAME_RE = re.compile(r"[^\d\s()/%.,:]{2,}(?:\s[^\d\s()/%.,:]+)*")


def _top_row(table: Table) -> int:
    """The grid's first row: the header naming each column's measure."""
    return min(table.grid.rows)


def _row_names(table: Table) -> list[str]:
    """The first cell of words of each row under the header row: the table's
    places (a row number or a count is none)."""
    names = []
    for row in table.grid.rows:
        words = [b.text.strip() for b in table.grid.row_cells(row) if _NAME_RE.fullmatch(b.text.strip())]
        if row != _top_row(table) and words:
            names.append(words[0])
    return names


def _names_place(text: str, names: list[str]) -> bool:
    """``text`` names one of the places, after its unit word ("ตำบลปากกาง")."""
    return any(re.search(rule_re("measured_columns", "place").pattern + re.escape(name), text) for name in names)


def _named_column(clause: str, labels: dict[int, str]) -> int | None:
    """The one column whose measure (its header label) the clause names."""
    least = outcome_rules()["measured_columns"]["measure_cover"]
    named = [col for col, label in labels.items() if kpi_cover(clause, _BRACKET_RE.sub("", label)) >= least]
    return named[0] if len(named) == 1 else None


def column_bars(doc: Document, table: Table, figure_cols: set[int]) -> list[tuple[int, float, Block, int, int]]:
    """(column, target, paragraph, start, end) for each bar the paragraph under
    ``table`` sets for one of its ``figure_cols``, in a clause naming one of
    the table's places; [] when the paragraph names none of them."""
    para = paragraph_under(doc, table)
    places = _row_names(table)
    if para is None or not _names_place(para.text, places):
        return []
    labels = {b.col: b.text for b in table.grid.row_cells(_top_row(table)) if b.col in figure_cols and b.text.strip()}
    out = []
    start = 0
    for m in rule_re("measured_columns", "bar").finditer(para.text):
        breaks = list(rule_re("measured_columns", "clause_break").finditer(para.text, start, m.start()))
        clause = para.text[breaks[-1].start() if breaks else start: m.start()]
        start = m.end()
        col = _named_column(clause, labels)
        if col is not None and _names_place(clause, places):
            out.append((col, float(m["pct"] or m["mark"]), para, m.start(), m.end()))
    return out


def lend_measured_columns(
    doc: Document, tables: list[Table], tabled: list[OutcomeRecord], prose: list[OutcomeRecord], year: int | None
) -> tuple[list[OutcomeRecord], list[OutcomeRecord]]:
    """(``tabled``, ``prose``) with each column a paragraph under its table
    measures against a bar given that bar as target for its ``year`` figures
    that state none (a table read by header or cell by cell), and the bar's
    figure in that paragraph no record of its own."""
    lent: dict[tuple[int | None, int | None], float] = {}
    used: list[tuple[int, int, int]] = []
    every = tabled + prose
    for t in tables:
        cols = {r.evidence.col for r in every if r.evidence.table == t.grid.table and r.evidence.col is not None}
        for col, target, para, start, end in column_bars(doc, t, cols):
            lent[(t.grid.table, col)] = target
            used.append((para.order, start, end))

    def lend(r: OutcomeRecord) -> OutcomeRecord:
        key = (r.evidence.table, r.evidence.col)
        if key in lent and r.target_pct is None and r.value_pct is not None and r.year_be == year:
            return r.model_copy(update={"target_pct": lent[key]})
        return r

    prose = [p for p in prose if not any(p.evidence.block == b and s <= p.evidence.start < e for b, s, e in used)]
    return [lend(r) for r in tabled], [lend(r) for r in prose]
