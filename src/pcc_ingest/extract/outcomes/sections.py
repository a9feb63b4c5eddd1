"""Where a table stands in a report's outline, and which of a table's cells
are no results at all: what a table reports on, and what it only recommends.
"""

from __future__ import annotations

from pcc_ingest.extract.issues.nested import outer_districts
from pcc_ingest.extract.outcomes.clause_words import indicator_words
from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.outcomes.outline import section_districts
from pcc_ingest.extract.tables import Table, grids, target_year_of
from pcc_ingest.model import Block, Document


def table_districts(doc: Document, tables: list[Table], province: str | None) -> list[str | None]:
    """The district each table's section is about: a table written under a
    district's heading ("3.1 อำเภอบ้านดุง" over "ตัวชี้วัดรายประเด็น |
    เป้าหมาย | ผลงาน") reports on that district, as the section's paragraphs
    do; a table nested in a cell of an outer table's row ("หัวไทร | 1. ...
    2. ... | ตัวชี้วัดประเด็น NCD | เป้าหมาย | ผลงาน") reports on the district
    that row names; ``None`` for a table in no district's section."""
    sections = section_districts(doc, province)
    outer = outer_districts(doc, province)
    out: list[str | None] = []
    for table in tables:
        first = table.grid.first.order
        if (code := outer.get(table.grid.table)) is not None:
            out.append(code)
            continue
        above = [b for b in doc.blocks[:first] if b.kind not in ("table_cell", "header", "footer")]
        out.append(sections.get(above[-1].order) if above else None)
    return out


def advice_cells(doc: Document) -> set[int]:
    """The cells (block orders) of table columns whose first row heads them
    as recommendations ("ข้อเสนอแนะ", "แนวทางแก้ไข", "สิ่งที่ควรดำเนินการ"):
    what the writer advises doing ("...สวมหมวกนิรภัย 100% ก่อนเทศกาล") is
    neither a result nor a target the committee set, so its figures are no
    outcomes.  Read from the grid: such a table names no role a header
    reader knows."""
    advice = rule_re("advice", "label")
    out: set[int] = set()
    for grid in grids(doc):
        cols = {b.col for b in grid.row_cells(grid.rows[0]) if advice.match(b.text)}
        out |= {b.order for (_, c), b in grid.cells.items() if c in cols}
    return out


def target_cells(doc: Document) -> dict[int, int | None]:
    """The cells (block order -> the year their label names, if any) of table
    columns whose first row heads them as targets ("ค่าเป้าหมายสำคัญ ปี 2566"):
    a percentage there is a target with no target word before it.  Read from
    the grid, since a table of working groups and their targets ("คณะทำงาน |
    ประธาน | เลขานุการ | ค่าเป้าหมาย") names too few roles for a header reader.
    So are the cells of a form right of a label naming only a target ("เกณฑ์เป้าหมาย | ร้อยละ 80")."""
    label, results = rule_re("target_column", "label"), rule_re("target_column", "results")
    form = rule_re("target_column", "form_label")
    out: dict[int, int | None] = {}
    for grid in grids(doc):
        top = grid.row_cells(grid.rows[0])
        years = {b.col: target_year_of(b.text) for b in top if label.match(b.text) and not results.search(b.text)}
        out |= {b.order: years[c] for (r, c), b in grid.cells.items() if c in years and r != grid.rows[0]}
        out |= {b.order: None for (r, c), b in grid.cells.items()
                if (left := grid.cells.get((r, c - 1))) is not None and form.match(left.text)}
    return out


def situation_cells(doc: Document) -> dict[int, int]:
    """The cells (block order -> year) of table columns whose first row heads
    them as the situation of a year ("สถานการณ์ปัญหา (ปี 2565)"): their
    percentages are results of that year, the baseline before the plan."""
    label = rule_re("situation_column", "label")
    out: dict[int, int] = {}
    for grid in grids(doc):
        top = grid.row_cells(grid.rows[0])
        years = {b.col: year for b in top if label.match(b.text) and (year := target_year_of(b.text)) is not None}
        out |= {b.order: years[c] for (r, c), b in grid.cells.items() if c in years and r != grid.rows[0]}
    return out


def situation_subject(doc: Document, cell: Block, words: str, situations: dict[int, int]) -> str:
    """What a target cell measures when its words name only a change
    ("ลดลงเหลือไม่เกินร้อยละ 30"): the subject the situation cell of its row
    names before its figure ("เกษตรกรมีสารเคมีตกค้างในเลือด... ร้อยละ
    41.20"); "" for any other cell."""
    if cell.kind != "table_cell" or not rule_re("situation_column", "change_only").match(words):
        return ""
    for block in doc.blocks:
        if block.order in situations and block.table == cell.table and block.row == cell.row:
            first = next(percentages(block.text), None)
            return indicator_words(block.text[:first[1]]) if first else ""
    return ""
