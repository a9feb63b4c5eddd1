"""Scores before and after the work as a pair of percentages per row (new in
set 46: "ประเด็นความรู้ | ก่อนอบรม | หลังอบรม" over "วงจรชีวิตยุงลาย | ร้อยละ
62.5 | ร้อยละ 88.0", a knowledge test before and after training).  The header
reader names the pair a baseline and a result count, but both are results of
their own: each row is read as two rows, one per column, its name followed by
that column's label ("วงจรชีวิตยุงลาย ก่อนอบรม") and its one figure in a
percent column, the name column being the indicator column.  Known by the
layout alone: one baseline column and one result column, every body cell of
both holding one percentage written as such (or a bare figure under a label
giving the unit, "ก่อนอบรม (ร้อยละ)"), or only some rows holding written
percentages in both and the others none (a mean score and the pass counts
beside the pass rate: those rows are left out), and a column of names before them.
The before column's figures are baselines: they take no target.
Under a header the reader gave up on ("หลักสูตร | ผู้เข้าอบรม (คน) | ความรู้ก่อนอบรม
(ร้อยละ) | ความรู้หลังอบรม (ร้อยละ)", bare figures below) the pair is found by
its before and after words inside two percent labels, and each row is named
by the column's label first ("ความรู้ก่อนอบรม <course>"), its unit dropped.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.table_measures import written_percent
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import Column, Row, Table, cell_number
from pcc_ingest.extract.table_rows import body_rows

# The roles a column of row names may have been given ("ประเด็นความรู้" names
# issues; "รายการ", items, is read as a budget line's label).
NAME_ROLES = (None, "issue", "indicator", "budget_detail")


def _written(table: Table, col: int) -> bool:
    """Every body cell of ``col`` that holds text holds one written percentage, one at least."""
    cells = [r.cells[col].text for r in table.rows if col in r.cells and r.cells[col].text.strip()]
    return bool(cells) and all(written_percent(t) is not None for t in cells)


def _percent_rows(table: Table, pair: tuple[Column, Column]) -> frozenset[int]:
    """The rows whose cells of the pair both hold one written percentage,
    when the others hold none ("คะแนนเฉลี่ย | 11.45 | 16.82" and "ผ่านเกณฑ์ /
    ทั้งหมด | 57 / 150 | 130 / 150" over "ร้อยละผู้ผ่านเกณฑ์ | 38.00% |
    86.67%": a knowledge test's mean and counts beside its pass rate); empty
    when some other row holds one too, or a row holds a written percentage
    in one cell only."""
    rows = set()
    for row in table.rows:
        found = [written_percent(row.cells[c.col].text) is not None for c in pair if c.col in row.cells]
        if found and all(found) and len(found) == len(pair):
            rows.add(row.index)
        elif any(found):
            return frozenset()
    return frozenset(rows)


def _in_percent(table: Table, col: Column) -> bool:
    """``col``'s label gives its unit as a percentage ("ก่อนอบรม (ร้อยละ)") and
    every body cell holding text is one bare figure of 0 to 100."""
    if not rule_re("before_after", "unit_bracket").search(col.own):
        return False
    cells = [r.cells[col.col].text for r in table.rows if col.col in r.cells and r.cells[col.col].text.strip()]
    figures = [cell_number(t) for t in cells]
    return bool(figures) and all(f is not None and 0 <= f <= 100 for f in figures)


def _unit_free(label: str) -> str:
    """``label`` without its percent unit bracket ("หลังอบรม (ร้อยละ)" → "หลังอบรม")."""
    return " ".join(rule_re("before_after", "unit_bracket").sub(" ", label).split())


def _name_col(table: Table, first: int) -> int | None:
    """The column of row names left of the pair: the table's first column,
    naming no role but an issue's or an indicator's."""
    cols = sorted(table.labels)
    if not cols or cols[0] >= first:
        return None
    role = next((c.role for c in table.columns if c.col == cols[0]), None)
    return cols[0] if role in NAME_ROLES else None


def before_after(table: Table) -> Table:
    """``table`` with a before | after pair of percentage columns read as one
    row per row and column; ``table`` itself for any other layout."""
    if not table.columns:
        return _unread_pair(table)
    base, done, percent = table.columns_of("baseline"), table.columns_of("result"), table.columns_of("percent")
    if not done and len(base) == 1 and len(percent) == 1 and all(_in_percent(table, c) for c in (*base, *percent)):
        done, percent = percent, ()  # "ก่อนอบรม (ร้อยละ) | หลังอบรม (ร้อยละ)" over bare figures
    if len(base) != 1 or len(done) != 1 or percent or table.column("indicator"):
        return table
    pair = (base[0], done[0])
    if not all(rule_re("before_after", "pair_label").match(_unit_free(c.own)) for c in pair):
        return table
    whole = all(_written(table, c.col) or _in_percent(table, c) for c in pair)
    mixed = frozenset() if whole else _percent_rows(table, pair)
    if not whole and not mixed:
        return table
    name_col = _name_col(table, min(c.col for c in pair))
    if name_col is None:
        return table
    rows: list[Row] = []
    for row in table.rows:
        name = row.cells.get(name_col)
        if mixed and row.index not in mixed:
            continue  # a mean or a count beside the pass rate: no percentage
        if name is None or not name.text.strip():
            rows.append(row)
            continue
        for c in pair:
            if c.col in row.cells and row.cells[c.col].text.strip():
                named = name.model_copy(update={"text": f"{name.text} {_unit_free(c.own)}"})
                rows.append(replace(row, cells={name_col: named, c.col: row.cells[c.col]}))
    label = " ".join(table.labels.get(name_col, ("",))[-1].split())
    kept = [c for c in table.columns if c.col not in {name_col, *(p.col for p in pair)}]
    columns = (*kept, Column(name_col, "indicator", label, own=label),
               *(Column(c.col, "percent", c.label, own="ร้อยละ") for c in pair))
    return replace(table, columns=tuple(sorted(columns, key=lambda c: c.col)), rows=tuple(rows))


def _unread_pair(table: Table) -> Table:
    """``table`` read through a first row of a name label beside a before and
    an after percent label, when the header reader found no header and the
    pair's body cells are bare percentages; ``table`` itself otherwise."""
    grid = table.grid
    if table.continues or len(grid.rows) < 2:
        return table
    first = grid.rows[0]
    top = {b.col: b.text.strip() for b in grid.row_cells(first) if b.text.strip() and b.col is not None}
    word = rule_re("before_after", "pair_word")
    pair = {c: m["when"] for c, t in top.items() if label_role(t) == "percent" and (m := word.search(t))}
    if sorted(pair.values()) != ["ก่อน", "หลัง"] or 0 in pair or label_role(top.get(0, "-")) is not None:
        return table
    unit = rule_re("before_after", "unit_bracket")
    own = {c: " ".join(unit.sub(" ", top[c]).split()) for c in pair}
    columns = (Column(0, "indicator", top[0], own=top[0]),
               *(Column(c, "percent", top[c], own="ร้อยละ") for c in sorted(pair)))
    body = body_rows(grid, (first,), columns)
    figures = [cell_number(r.cells[c].text) for r in body for c in pair if c in r.cells and r.cells[c].text.strip()]
    if not figures or any(f is None or not 0 <= f <= 100 for f in figures):
        return table
    rows: list[Row] = []
    for row in body:
        name = row.cells.get(0)
        for c in sorted(pair):
            if name is not None and name.text.strip() and c in row.cells and row.cells[c].text.strip():
                named = name.model_copy(update={"text": f"{own[c]} {name.text}"})
                rows.append(replace(row, cells={0: named, c: row.cells[c]}))
    labels = {c: (top[c],) for c in (0, *pair)}
    return replace(table, header_rows=(first,), columns=columns, rows=tuple(rows), labels=labels)


def untarget_before(table: Table, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` of ``table`` with no target on the figures of a split pair's
    before column ("ก่อนอบรม"): what stood before the work is its baseline,
    and a KPI's target is the after figure's alone."""
    before = {c.col for c in table.columns if c.role == "percent" and c.own == "ร้อยละ"
              and (m := rule_re("before_after", "pair_word").match(_unit_free(table.labels.get(c.col, ("",))[-1])))
              and m["when"] == "ก่อน"}
    return [o.model_copy(update={"target_pct": None}) if o.evidence.table == table.grid.table
            and o.evidence.col in before and o.value_pct is not None and o.target_pct is not None else o
            for o in records]
