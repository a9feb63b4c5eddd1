"""Two indicators' figures stacked in one row (new in set 40): a province's
results by quarter whose cell holds "ร้อยละผู้ป่วยเบาหวาน... ¶ ร้อยละผู้ป่วย
ความดัน... (หนองแค)" beside "≥ 40 ¶ ≥ 60" and "28.40 ¶ 48.20" per quarter.
The text folds a cell's paragraphs into one line, so the row is known by
its figure cells each holding the same number of figures and its indicator
cell as many indicator names (or one name listing as many items after a
dash: "ร้อยละกลุ่มเปราะบาง… - ผู้ป่วยติดเตียง - ผู้พิการ"): it is read as
that many rows, the n-th figure of every cell with the n-th name (the stem
with the n-th item).

One indicator's figures stacked by group under a short tag in each figure
cell ("DM 45.20 ¶ HT 44.85" per quarter beside one name "ร้อยละของประชากร…
คัดกรองเบาหวานและความดันโลหิตสูง") are read as one row per tag, the name
followed by the tag.

Each part is its cell with the other parts blanked out (same length), so a
figure's place in the cell stays where the document has it; ``restore``
gives the records read from a part the evidence of the whole cell.
"""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.evidence import evidence
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Row, Table
from pcc_ingest.model import Block

Span = tuple[int, int]


def figure_parts(text: str) -> list[Span]:
    """The spans of the figures a cell holds when it holds nothing else
    ("28.40 48.20", "≥ 40 ≥ 60"); [] for a cell with words."""
    spans = [m.span() for m in rule_re("table", "stacked_figure").finditer(text)]
    rest = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in spans))
    return spans if spans and not rest.strip() else []


def name_parts(text: str) -> list[Span]:
    """The spans of the indicator names a cell lists, each opening with an
    indicator's lead word ("ร้อยละ", "อัตรา"); a closing bracket (the district)
    belongs to them all and is left out of every span.  Names the cell numbers
    ("1) … 2) …") are its numbered parts, numbers left out."""
    numbered = list(rule_re("table", "stacked_number").finditer(text))
    if len(numbered) > 1 and not text[: numbered[0].start()].strip():
        return [(m.end(), end) for m, end in zip(numbered, [n.start() for n in numbered[1:]] + [len(text)])]
    starts = [m.start() for m in rule_re("table", "stacked_name").finditer(text)]
    if not starts or text[: starts[0]].strip():
        return []
    tail = rule_re("table", "bracket_tail").search(text)
    end = tail.start() if tail else len(text)
    return [(s, e) for s, e in zip(starts, [*starts[1:], end]) if s < end]


def item_parts(text: str) -> list[list[Span]]:
    """The spans of each sub-item a single indicator name lists after its stem
    ("ร้อยละกลุ่มเปราะบาง…ตาม Care Plan ¶ - ผู้ป่วยติดเตียง ¶ - ผู้พิการ"):
    each part is the stem and one item, so it reads as the stem qualified by
    that item; [] for a cell listing fewer than two items."""
    marks = list(rule_re("table", "stacked_item").finditer(text))
    if len(marks) < 2 or not text[: marks[0].start()].strip():
        return []
    stem = (0, marks[0].start())
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [[stem, (m.end(), end)] for m, end in zip(marks, ends)]


def tagged_parts(text: str) -> list[tuple[str, Span]]:
    """Each figure of a cell stacking one indicator's figures by group, a short
    tag before each ("DM 45.20 ¶ HT 44.85"), with its tag; [] for any other cell."""
    tags = list(rule_re("table", "stacked_tag").finditer(text))
    blanked = "".join(" " if any(m.start("tag") <= i < m.end("tag") for m in tags) else ch
                      for i, ch in enumerate(text))
    figures = figure_parts(blanked) if len(tags) > 1 else []
    if len(figures) != len(tags) or any(m.end("tag") > f[0] for m, f in zip(tags, figures)):
        return []
    return [(m["tag"], (f[0], f[0] + len(blanked[f[0]:f[1]].rstrip()))) for m, f in zip(tags, figures)]


def _split_by_tags(table: Table, row: Row, name: Block) -> list[Row]:
    """``row`` as one row per group its figure cells stack under the same tags
    ("DM 45.20 ¶ HT 44.85" in each round's column), the group's tag after the
    one indicator name; ``[row]`` when no two cells stack the same tags."""
    parts = {c: tagged_parts(b.text) for c, b in row.cells.items() if b is not name}
    tagged = {c: spans for c, spans in parts.items() if spans}
    tags = {tuple(t for t, _ in spans) for spans in tagged.values()}
    if len(tagged) < 2 or len(tags) != 1:
        return [row]
    key = next(c for c, b in row.cells.items() if b is name)
    out = []
    for n, tag in enumerate(tags.pop()):
        cells = {c: _part(b, [tagged[c][n][1]]) if c in tagged else b for c, b in row.cells.items()}
        cells[key] = name.model_copy(update={"text": f"{name.text.rstrip()} {tag}"})
        out.append(replace(row, cells=cells))
    return out


def _part(block: Block, keep: list[Span]) -> Block:
    """``block`` with every character outside ``keep`` blanked, same length."""
    text = "".join(ch if any(s <= i < e for s, e in keep) else " " for i, ch in enumerate(block.text))
    return block.model_copy(update={"text": text})


def split_row(table: Table, row: Row) -> list[Row]:
    """``row`` as one row per stacked indicator, or ``[row]`` when it stacks none."""
    name_col = table.column("indicator")
    name = row.cells.get(name_col.col) if name_col is not None else None
    listed = name_parts(name.text) if name is not None else []
    names = [[span] for span in listed] if len(listed) > 1 else item_parts(name.text) if name is not None else []
    counts = {c: figure_parts(b.text) for c, b in row.cells.items() if b is not name}
    stacked = {c: spans for c, spans in counts.items() if len(spans) > 1}
    if name is not None and len(names) < 2:
        return _split_by_tags(table, row, name)
    if name is None or len(stacked) < 2 or any(len(s) != len(names) for s in stacked.values()):
        return [row]
    tail = rule_re("table", "bracket_tail").search(name.text)
    extra = [tail.span()] if tail else []
    out = []
    for n, span in enumerate(names):
        cells = {c: _part(b, [stacked[c][n]]) if c in stacked else b for c, b in row.cells.items()}
        cells[name_col.col] = _part(name, [*span, *extra])
        out.append(replace(row, cells=cells))
    return out


def stacked_rows(table: Table) -> Table:
    """``table`` with each row stacking several indicators read as one row each."""
    if table.column("indicator") is None:
        return table
    rows = tuple(r for row in table.rows for r in split_row(table, row))
    return table if len(rows) == len(table.rows) else replace(table, rows=rows)


def restore(records: list[OutcomeRecord], tables: list[Table]) -> list[OutcomeRecord]:
    """Records read from a part of a stacked cell with the cell's own evidence,
    narrowed to the words the part kept."""
    blocks = {b.order: b for t in tables for b in t.grid.cells.values()}
    out = []
    for o in records:
        ev, block = o.evidence, blocks.get(o.evidence.block)
        if block is None or block.text[ev.start:ev.end] == ev.text:
            out.append(o)
            continue
        start = ev.start + len(ev.text) - len(ev.text.lstrip())
        end = ev.start + len(ev.text.rstrip())
        out.append(o.model_copy(update={"evidence": evidence(block, start, end)}))
    return out
