"""A last check on breakdown tables: rows of one indicator by ตำบล, หมู่บ้าน,
district or quarter that no rule gave a target, against the target the
table itself states.

Per-layout rules read a table's stated target only in the layouts they
know, so on an unseen layout the rows of a breakdown come out without the
target the gold gives them (the largest kind of outcome failure on unseen
sets).  This check knows no layout.  A breakdown is the records of one
column of one table, two rows or more, of the document's year, none with a
target.  It takes, in this order, exactly one target figure stated in the
labels over that column or in a row of targets over the rows ("ค่าเป้าหมาย |
≥ 80"; that row's own records dropped); in the caption just above the table
(not a line of findings) or the notes under it, for a table none of whose
records has a target; or in a sentence after it that measures the rows
(``measured_sentences``) and whose claim the rows' own figures bear out.
Such a sentence without a figure ("ผ่านเกณฑ์ทุกตำบล ยกเว้นตำบลค") takes the
target of the KPI's results of that measure, and one whose figure is not
the KPI's target gives none.  It never touches a record a rule gave a
target, nor one of an earlier year (a baseline; gold/README.md, "A
breakdown table … takes a target only from its own title, header or
introducing sentence").  Rules: ``[breakdown_targets]`` of
``extractors/outcomes.toml``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pcc_ingest.extract.outcomes.common import TOLERANCE, outcome_rules, rule_re
from pcc_ingest.extract.outcomes.measured_sentences import (
    consistent,
    measured_clauses,
    row_place,
    strip_place,
)
from pcc_ingest.extract.outcomes.merging import same_subject, shared_run
from pcc_ingest.extract.outcomes.table_targets import stated_target, table_notes
from pcc_ingest.extract.outcomes.table_titles import reports_result
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Table
from pcc_ingest.model import Block, Document


def stated_figures(text: str) -> list[float]:
    """Every target figure ``text`` states, in order ("เป้าหมาย ร้อยละ 80 …
    เกณฑ์ 90" gives both): one figure is a table's target, two are not."""
    out: list[float] = []
    while text and (m := stated_target(text)):
        if not rule_re("breakdown_targets", "month_after").match(text[m.end():]):  # "ณ 31 มีนาคม 2566": a date
            out.append(float(m["t"]))
        text = text[m.end():]
    return out


def one_figure(texts: Sequence[str]) -> float | None:
    """The one target figure ``texts`` state together, or ``None`` when they
    state none or several different ones."""
    found = {f for t in texts for f in stated_figures(t)}
    return found.pop() if len(found) == 1 else None


def breakdowns(records: Sequence[OutcomeRecord], year_be: int | None) -> dict[tuple[int, int], list[int]]:
    """The records (by index) of each table column that read a breakdown
    without a target: two rows or more, each with a value, of the document's
    year; a column where a rule set any target is left out."""
    columns: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        ev = r.evidence
        if ev.table is not None and ev.col is not None and ev.row is not None:
            columns[(ev.table, ev.col)].append(i)
    out = {}
    for key, idx in columns.items():
        mine = [records[i] for i in idx]
        if any(r.target_pct is not None for r in mine):
            continue
        open_ = [i for i in idx if records[i].value_pct is not None and records[i].year_be == year_be]
        if len({records[i].evidence.row for i in open_}) >= outcome_rules()["breakdown_targets"]["min_rows"]:
            out[key] = open_
    return out


def target_row(table: Table, col: int, first_row: int) -> tuple[float, int] | None:
    """The figure a row of targets gives the column, and that row: a row
    above the breakdown's or its first, whose head names a target ("ค่าเป้าหมาย
    | ≥ 80 | ≥ 70"); read as a row of results, it gave records of its own."""
    for row in (r for r in table.grid.rows if r <= first_row):
        cells = table.grid.row_cells(row)
        if not cells or not rule_re("breakdown_targets", "target_head").match(cells[0].text):
            continue
        cell = table.grid.cells.get((row, col))
        m = rule_re("breakdown_targets", "target_cell").match(cell.text) if cell is not None else None
        if m:
            return float(m["t"]), row
    return None


def caption(table: Table) -> list[str]:
    """The line just above the table that introduces it (its caption), if
    it is a paragraph: the farther lines may report on something else.  A
    line reporting a result ("… คิดเป็นร้อยละ 94.03 ต่ำกว่าค่าเป้าหมาย (ร้อยละ
    95) รายละเอียดรายตำบลดังตาราง") states the KPI's target, not the table's."""
    lines = [b for b in table.title if b.kind != "table_cell"]
    return [lines[-1].text] if lines and not reports_result(lines[-1].text) else []


def after_lines(doc: Document, table: Table) -> list[Block]:
    """The paragraphs after a table, up to the next table, at most
    ``sentence_reach`` of them; a source line ("ที่มา : …") and a heading
    over a summary of the results are passed over, not counted."""
    rules = outcome_rules()["breakdown_targets"]
    end = max(b.order for b in table.grid.cells.values())
    out: list[Block] = []
    for block in doc.blocks[end + 1:]:
        if block.kind in ("header", "footer", "heading") or rule_re("breakdown_targets", "source_line").match(block.text):
            continue
        if block.kind != "paragraph" or len(out) >= rules["sentence_reach"]:
            break
        out.append(block)
    return out


def best_group(subject: str, measures: dict[tuple[int, int], str],
               rest: dict[tuple[int, int], list[int]]) -> tuple[int, int] | None:
    """The breakdown whose measure a clause's subject names: of the measures
    of all the table's columns (``measures``, those with targets or of other
    years too), the one sharing the longest run of letters with it, at least
    ``subject_chars`` and longer than any other measure's; the one column of
    that measure still without a target, else ``None``."""
    runs = sorted({(shared_run(m, subject), m) for m in measures.values()}, reverse=True)
    if not runs or runs[0][0] < outcome_rules()["breakdown_targets"]["subject_chars"]:
        return None
    if len(runs) > 1 and runs[1][0] == runs[0][0]:
        return None
    keys = [k for k in rest if measures.get(k) == runs[0][1]]
    return keys[0] if len(keys) == 1 else None


def kpi_target(records: Sequence[OutcomeRecord], idx: Sequence[int], year_be: int | None) -> float | None:
    """The target of the KPI a breakdown breaks down, for a sentence saying its
    rows were measured against it: the one target figure the results of its
    measure and year (outside the breakdown) carry, of those naming it most
    closely; a bare target, the sentence's own figure read as one, is none."""
    measure = strip_place(records[idx[0]].indicator)
    mine = set(idx)
    scored = [(shared_run(measure, r.indicator), r.target_pct) for i, r in enumerate(records)
              if i not in mine and r.target_pct is not None and r.value_pct is not None and r.year_be == year_be
              and same_subject(measure, r.indicator)]
    best = max((n for n, _ in scored), default=0)
    found = {t for n, t in scored if n == best}
    return found.pop() if len(found) == 1 else None


def sentence_targets(doc: Document, table: Table, groups: dict[tuple[int, int], list[int]],
                     records: Sequence[OutcomeRecord], year_be: int | None) -> dict[tuple[int, int], float]:
    """The target each breakdown takes from the sentences after its table
    that measure its rows, the first such clause of each."""
    out: dict[tuple[int, int], float] = {}
    rest = dict(groups)
    places = [p for idx in groups.values() for i in idx if (p := row_place(records[i].indicator))]
    measures = {(r.evidence.table, r.evidence.col): strip_place(r.indicator) for r in records
                if r.evidence.table == table.grid.table and r.evidence.col is not None}
    for line in after_lines(doc, table):
        for clause in measured_clauses(line.text, places):
            key = best_group(clause.subject, measures, rest)
            if key is None:
                continue
            kpi = kpi_target(records, rest[key], year_be)
            figure = clause.figure if clause.figure is not None else kpi
            if kpi is not None and figure is not None and abs(kpi - figure) > TOLERANCE:
                figure = None  # a bar other than the KPI's target: the rows' verdicts, not their target
            rows = [(p, v) for i in rest[key] if (p := row_place(records[i].indicator)) and (v := records[i].value_pct) is not None]
            if figure is not None and consistent(clause.words, figure, rows):
                out[key] = figure
            rest.pop(key)
    return out


def table_stated(doc: Document, tables: list[Table], pos: int, groups: dict[tuple[int, int], list[int]],
                 records: Sequence[OutcomeRecord], whole: bool, year_be: int | None) -> dict[tuple[int, int], float]:
    """The target each breakdown of table ``tables[pos]`` takes from the
    places the table states one, nearest first."""
    table = tables[pos]
    out: dict[tuple[int, int], float] = {}
    for key, idx in groups.items():
        first = min(records[i].evidence.row or 0 for i in idx)
        figure = one_figure(table.labels.get(key[1], ()))
        if figure is None and (found := target_row(table, key[1], first)):
            figure, row = found
            idx[:] = [i for i in idx if records[i].evidence.row != row]
        if figure is not None:
            out[key] = figure
    rest = {k: v for k, v in groups.items() if k not in out}
    if rest and whole and not out:
        figure = one_figure(caption(table)) or one_figure([b.text for b in table_notes(doc, tables, pos).blocks])
        if figure is not None:
            return dict.fromkeys(rest, figure)
    return {**out, **sentence_targets(doc, table, rest, records, year_be)} if rest else out


def lend_breakdown_targets(doc: Document, tables: list[Table], records: list[OutcomeRecord],
                           year_be: int | None) -> list[OutcomeRecord]:
    """``records`` with each untargeted breakdown given the target its own
    table states, and without the records a row of targets gave."""
    groups = breakdowns(records, year_be)
    if not groups:
        return records
    out = list(records)
    dropped: set[int] = set()
    by_index = {t.grid.table: pos for pos, t in enumerate(tables)}
    for table_no in sorted({k[0] for k in groups}):
        if table_no not in by_index:
            continue
        mine = {k: v for k, v in groups.items() if k[0] == table_no}
        whole = not any(r.target_pct is not None for r in records if r.evidence.table == table_no)
        before = {i for idx in mine.values() for i in idx}
        for key, figure in table_stated(doc, tables, by_index[table_no], mine, records, whole, year_be).items():
            for i in mine[key]:
                out[i] = out[i].model_copy(update={"target_pct": figure})
        dropped |= before - {i for idx in mine.values() for i in idx}  # a row of targets read as results
    return [r for i, r in enumerate(out) if i not in dropped]
