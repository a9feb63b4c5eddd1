"""The percent cells of any table, found without knowing its layout.

A table whose header the column roles do not understand still says which of
its figures are percentages: a column's labels ("ร้อยละ", "(%)", a measure's
name "ร้อยละของ..."), a row's head ("ร้อยละของ..." beside year columns, a unit
cell "ร้อยละ"), or the cell itself ("87.5%", "ร้อยละ 80", "35/40 (87.50)").
Each such cell is read with its axes: the labels over it (top first) and the
row's leading text cells.  Rules: ``[grid]`` of ``extractors/outcomes.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pcc_ingest.extract.outcomes.common import outcome_rules, rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.table_measures import PERCENT_MAX, cell_figure, says_percent, written_percent
from pcc_ingest.extract.table_header import is_figure_cell, spread_labels
from pcc_ingest.extract.table_labels import label_role, label_year
from pcc_ingest.extract.table_model import Table, cell_number, fold, table_rules
from pcc_ingest.model import Block

# At most this many leading rows of labels are taken for a header the roles
# did not find (a title row, a group row, the columns' own labels).
MAX_GUESSED_HEADER = 3

# A row of one label heads the rows under it only in a table this wide.
MIN_GROUPED_COLS = 3

@dataclass(frozen=True)
class GridCell:
    """A body cell holding a figure, with the labels over it and its row's head."""

    block: Block
    value: float
    labels: tuple[str, ...]  # the column's header labels, top first
    lead: tuple[str, ...]  # the row's text cells before its first figure
    target: bool  # under (or in a row headed by) a target label: a target, never a value
    words: str = ""  # in a cell of words, the words naming this figure
    span: tuple[int, int] | None = None  # in a cell of words, where the figure stands
    section: str = ""  # the last row of one label above ("อำเภอตัวอย่าง ประเด็น ..."): the group it is in
    places: tuple[str, ...] = ()  # the row's head cells under a ตำบล / village label, named with it ("ตำบลตัวอย่าง")


def is_figure(text: str) -> bool:
    """A cell holding a figure of any kind: a number, a percentage, a bound, a fraction."""
    return cell_number(text) is not None or is_figure_cell(text) or cell_percent(text) is not None


def cell_percent(text: str) -> tuple[float, bool, bool] | None:
    """The figure a cell holds, whether it is written as a percentage (a sign,
    ร้อยละ, a bound or counts in brackets) and whether after a bound ("≥ 80": a
    bar, so a target); ``None`` for words, a range, two figures, a change.  A
    bare number is returned unwritten: its labels decide."""
    written = written_percent(text)
    if written is not None:
        return written, True, False
    for section, key in (("table", "fraction_cell"), ("table", "fraction_first_cell"), ("grid", "count_percent")):
        m = rule_re(section, key).match(text)
        if m:
            return float(m["p"]), True, False
    figure = cell_figure(text)
    if figure is None or figure.change:
        return None
    return figure.value, figure.marked or figure.bound, figure.bound


def named_percents(text: str) -> list[tuple[float, str, bool, tuple[int, int]]]:
    """The percentages a short cell of words names ("ความครอบคลุมการตรวจ 97.00%
    อัตราการพบไข่พยาธิ 6.42%"): each figure, the words before it, whether
    they make it a target, and its span; none in a sentence (running text)."""
    if len(text) > outcome_rules()["grid"]["max_named_chars"]:
        return []
    out, last = [], 0
    for value, start, end in percentages(text):
        before = text[last:start]
        target = bool(rule_re("grid", "target_before").search(before))
        out.append((value, before.strip(" :,-"), target, (start, end)))
        last = end
    return out


def header_rows(table: Table) -> tuple[int, ...]:
    """The table's header rows, or, when the roles found none, its leading rows
    of labels (no figure in them), at most ``MAX_GUESSED_HEADER``; a row of
    labels under the roles' header is taken with it."""
    if table.continues:
        return table.header_rows
    if table.header_rows:
        return table.header_rows + _label_rows(table)
    grid, out = table.grid, []
    for row in grid.rows[:MAX_GUESSED_HEADER]:
        texts = [b.text for b in grid.row_cells(row) if b.text]
        if not texts or any(is_figure(t) for t in texts):
            break
        out.append(row)
    return tuple(out) if len(out) < len(grid.rows) else ()


def _label_rows(table: Table) -> tuple[int, ...]:
    """The row right under the roles' header that is one more row of labels
    (several, no figure, nothing under the row heads' column: "| เด็ก 0–5 ปี...
    (เป้าหมาย ร้อยละ 90) | ครัวเรือน... |" under a spanning "ร้อยละผลการดำเนินงาน"):
    without it those columns have no label, no measure and no target."""
    rows = [r for r in table.grid.rows if r not in table.header_rows]
    if len(rows) < 2 or rows[0] != max(table.header_rows) + 1:
        return ()
    cells = [b for b in table.grid.row_cells(rows[0]) if b.text]
    labels = {b.text for b in cells}
    if len(labels) < 2 or any(is_figure(t) for t in labels) or min(b.col or 0 for b in cells) == 0:
        return ()
    return (rows[0],)


def column_labels(table: Table, header: tuple[int, ...]) -> dict[int, tuple[str, ...]]:
    """Every column's labels, top first: the table's own, else those of the
    guessed header (or of the roles' header and the row of labels under it)."""
    if table.labels and header == table.header_rows:
        return dict(table.labels)
    return {c: tuple(ls) for c, ls in spread_labels(table.grid, header).items() if ls} if header else {}


def is_target_label(label: str) -> bool:
    return bool(rule_re("grid", "target_label").match(label))


def _not_percent(labels: tuple[str, ...], written: bool) -> bool:
    """A label says its figures are no percentages; over a cell written as one,
    only the label's words outside brackets count (a bracket gives a bar or unit)."""
    if written:
        labels = tuple(rule_re("grid", "bracket").sub(" ", label) for label in labels)
    return any(rule_re("grid", "not_percent").search(label) for label in labels)


def _count_column(labels: dict[int, tuple[str, ...]], col: int, first: int = 0) -> bool:
    """A column whose own label does not say percent beside one of its group
    that does ("เป้าหมาย | ผลงาน | ร้อยละ" under a measure's name): counts.
    The row heads' columns (before ``first``) are no such neighbour: their
    "ตัวชี้วัด (ร้อยละ)" says the rows' figures are percentages."""
    own = labels.get(col, ())
    if not own or says_percent(own[-1]):
        return False
    if rule_re("grid", "count").search(own[-1]):
        return True
    return any(says_percent(ls[-1]) for c, ls in labels.items() if c != col and c >= first and ls[:-1] == own[:-1])


def row_lead(cells: list[Block]) -> tuple[tuple[str, ...], int]:
    """The row's text cells before its first figure (row numbers left out), and that figure's column."""
    out: list[str] = []
    texts = [b for b in cells if b.text]
    for i, b in enumerate(texts):
        if _row_number(texts, i):
            continue
        if is_figure(b.text) and label_year(b.text) is None:
            return tuple(out), b.col or 0
        if not rule_re("grid", "seq").match(b.text):
            out.append(b.text)
    return tuple(out), 1 + max((b.col or 0 for b in cells), default=0)


def _row_number(texts: list[Block], i: int) -> bool:
    """The row's first cell is only its number ("1", "2.") before words ("1 |
    ร้อยละของ... | ร้อยละ | 77.78"): not the row's first figure, which would
    leave the row without a head and its unit cell unseen."""
    return i == 0 and len(texts) > 1 and bool(rule_re("grid", "seq").match(texts[0].text)) and not is_figure(texts[1].text)


def _head_says(labels: dict[int, tuple[str, ...]], first: int) -> bool:
    """The label over the row heads says the rows' figures are percentages
    ("ตัวชี้วัด (ร้อยละ)" over "ผู้ป่วย... | 81.25 | 85.71 | ..."), none of them saying they are not."""
    heads = tuple(ls[-1] for c, ls in labels.items() if c < first and ls)
    yes, no = _row_says(heads)
    return yes and not no


def _is_group_row(table: Table, cells: list[Block]) -> bool:
    """A row with one label across a table of three or more columns ("อำเภอ
    ตัวอย่าง ประเด็น ..."), no figure: it heads the rows under it."""
    texts = {b.text for b in cells if b.text}
    return table.grid.n_cols >= MIN_GROUPED_COLS and len(texts) == 1 and not is_figure(texts.pop())


def _title_says(table: Table) -> bool:
    """The caption (its title's last line) names a percentage ("ตารางที่ 1
    ร้อยละของ...", "(หน่วย : ร้อยละ)"): its bare figures are.  Over columns
    the roles read, only a short caption naming the unit counts, not a
    sentence stating a figure ("... ผ่านเกณฑ์ร้อยละ 80")."""
    if not table.title:
        return False
    caption = table.title[-1].text
    if rule_re("grid", "not_percent").search(caption):
        return False
    if not table.columns:
        return says_percent(caption)
    return len(caption) <= outcome_rules()["grid"]["max_named_chars"] and bool(
        rule_re("grid", "caption_percent").search(caption))


def _places(cells: list[Block], labels: dict[int, tuple[str, ...]], first: int) -> tuple[str, ...]:
    """The row's head cells in a ตำบล / village column ("ตำบล" over "ตัวอย่าง"),
    each named with its column's word unless it is already ("ตำบลตัวอย่าง"):
    the place goes last in the indicator, after what is measured."""
    out = []
    for b in cells:
        own = labels.get(b.col or 0, ())[-1:]
        if (b.col or 0) < first and b.text and own and label_role(own[0]) == "subdistrict":
            word = rule_re("grid", "place_word").match(own[0])
            prefix = word.group().strip() if word and not b.text.startswith(word.group().strip()) else ""
            out.append(f"{prefix}{b.text}")
    return tuple(out)


def _row_says(lead: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether a row's head says its figures are percentages, and whether it says they are not."""
    yes = any(rule_re("grid", "row_percent").search(t) or rule_re("grid", "unit_only").match(t) for t in lead)
    no = any(rule_re("grid", "not_percent").search(t) or rule_re("grid", "count").search(t) for t in lead)
    return yes and not no, no


def is_total(lead: tuple[str, ...]) -> bool:
    """A row head saying the row is a total ("รวม", "ภาพรวม"; ``[rows] total`` of tables.toml)."""
    return bool(lead) and any(re.search(p, fold(lead[0]), re.IGNORECASE) for p in table_rules()["rows"]["total"])


def percent_cells(table: Table) -> list[GridCell]:
    """Every body cell of ``table`` holding a percentage, value or target, in grid order."""
    header = header_rows(table)
    labels = column_labels(table, header)
    titled = _title_says(table)
    out: list[GridCell] = []
    section = ""
    for row in table.grid.rows:
        if row in header:
            continue
        cells = table.grid.row_cells(row)
        if _is_group_row(table, cells):
            section = next(b.text for b in cells if b.text)
            continue
        lead, first = row_lead(cells)
        places = _places(cells, labels, first)
        row_yes, row_no = _row_says(lead)
        row_yes = row_yes or ((titled or _head_says(labels, first)) and not row_no)
        row_target = any(is_target_label(t) for t in lead)
        for b in cells:
            col = b.col or 0
            own = labels.get(col, ())
            read = cell_percent(b.text) if b.text and col >= first else None
            if read is None and b.text and col >= first and not _not_percent(own, True):
                named = row_target or any(rule_re("grid", "names_target").search(label) for label in own)
                out += [GridCell(b, v, own, lead, t or named, words, span, section, places)
                        for v, words, t, span in named_percents(b.text)]
            if read is None or not 0 <= read[0] <= PERCENT_MAX:
                continue
            if _not_percent(own, read[1]) or (row_no and not read[1]) \
                    or any(rule_re("grid", "not_percent_row").search(t) for t in lead):
                continue
            target = read[2] or row_target or any(is_target_label(label) for label in own)
            percent = read[1] or (not _count_column(labels, col, first) and (says_percent(*own) or row_yes))
            if percent:
                out.append(GridCell(b, read[0], own, lead, target, section=section, places=places))
    return out
