"""Step 3 of reading a table: find its header rows, spread their labels, and its title.

The header is the first row of short labels that name enough roles, with
the label rows under it; a spanning label covers the sub-columns below it.
"""

from __future__ import annotations

import re
from functools import cache

from pcc_ingest.extract.table_labels import label_role, label_year
from pcc_ingest.extract.table_model import Grid, cell_number, fold, table_rules
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.dates import month_number


@cache
def _figure_cell_re() -> re.Pattern[str]:
    return re.compile(table_rules()["header"]["figure_cell"])


def is_figure_cell(text: str) -> bool:
    """A figure with its bound or the counts it was worked out from ("≥ 75",
    "78.64 (162/206)"): a data cell, which no header label is."""
    return bool(_figure_cell_re().match(text.strip()))


def _is_labels(texts: list[str], spanning: frozenset[str] = frozenset()) -> bool:
    """Short texts, no figures but years, at least one naming a role; a
    label spanning sub-columns (in ``spanning``) may be as long as a
    measure's full name."""
    rules = table_rules()["header"]
    return (
        any(label_role(t) is not None for t in texts)
        and all(len(fold(t)) <= rules["max_group_label_chars" if t in spanning else "max_label_chars"]
                for t in texts)
        and all(cell_number(t) is None or label_year(t) is not None for t in texts)
        and not any(is_figure_cell(t) for t in texts)
    )


def spanning_labels(grid: Grid, row: int) -> frozenset[str]:
    """The texts of ``row`` that span sub-columns of the next row: a cell
    whose right neighbour in its row is blank while the next row labels
    that column ("ผู้สูงอายุ...ตาม Care Plan (ค่าเป้าหมาย ร้อยละ 90)" over
    "เป้าหมาย (คน) | ผลงาน (คน) | ร้อยละ").  Such a group label names a
    whole measure, often with its target, so it runs longer than a column's."""
    i = grid.rows.index(row)
    if i + 1 >= len(grid.rows):
        return frozenset()
    below = grid.rows[i + 1]

    def text(r: int, c: int) -> str:
        cell = grid.cells.get((r, c))
        return cell.text if cell is not None else ""

    return frozenset(
        b.text for b in grid.row_cells(row)
        if b.text and b.col is not None and b.col + 1 < grid.n_cols
        and not text(row, b.col + 1) and text(below, b.col + 1)
    )


# A row naming at least this many months ("ต.ค. | พ.ย. | ธ.ค. ...") is a timeline's labels.
MIN_TIMELINE_MONTHS = 3


def _roles_named(cells: list[Block]) -> int:
    """The roles a row's labels name; a timeline of bare month names counts as one
    ("กิจกรรม | ต.ค. | พ.ย. | ... | ก.ย.", a calendar with no other column is still headed)."""
    months = sum(month_number(b.text.strip()) is not None for b in cells if b.text.strip())
    return len({label_role(b.text) for b in cells} - {None}) + (months >= MIN_TIMELINE_MONTHS)


def find_header(grid: Grid) -> tuple[int, ...]:
    """The header rows: the first row of labels naming enough roles, plus label rows under it.

    A row under the header is a sub-header when it has two or more labels
    (one label alone is a group row such as "มาตรการที่ 1") and is one
    (``_is_sub_header``).
    """
    limits = table_rules()["header"]
    for i, row in enumerate(grid.rows[: limits["max_scan_rows"]]):
        cells = grid.row_cells(row)
        if not _is_labels([b.text for b in cells if b.text], spanning_labels(grid, row)):
            continue
        rows = [row]
        for below in grid.rows[i + 1:]:
            texts = [b.text for b in grid.row_cells(below) if b.text]
            if len(texts) < 2 or not (_is_labels(texts) or _is_group_row(grid, below)) \
                    or not _is_sub_header(grid, rows, below):
                break
            rows.append(below)
        if _roles_named(cells) >= limits["min_roles"] or _header_pair_names_roles(grid, rows):
            return tuple(rows)
    return ()


def _is_group_row(grid: Grid, row: int) -> bool:
    """A middle header row of group labels naming no role ("MMR1 (เด็กอายุครบ
    1 ปี) | MMR2 (เด็กอายุครบ 3 ปี)" between a measure's title and "ปี 2565 |
    ปี 2566 | ปี 2565 | ปี 2566"): each label spans sub-columns of the next
    row, which is itself a row of labels (a three-row header)."""
    texts = [b.text for b in grid.row_cells(row) if b.text]
    spans = spanning_labels(grid, row)
    i = grid.rows.index(row)
    below = [b.text for b in grid.row_cells(grid.rows[i + 1])] if i + 1 < len(grid.rows) else []
    short = table_rules()["header"]["max_group_label_chars"]
    return (bool(texts) and all(t in spans and not is_figure_cell(t) and len(fold(t)) <= short for t in texts)
            and all(cell_number(t) is None for t in texts) and _is_labels([t for t in below if t]))


def _is_sub_header(grid: Grid, above: list[int], row: int) -> bool:
    """A row of short texts under the header is a lower header row when it
    breaks a spanning label down (a column of it has no label above) or
    when at least half its texts name roles; else it is the first body row
    of a table whose cells are all words ("1. ประเด็นอุบัติเหตุ | ผู้กำกับการ
    สภ. | ผู้รับผิดชอบงาน... | สวมหมวกนิรภัย ร้อยละ 60" under a full header),
    where one cell naming a role by chance ("ผู้รับผิดชอบงาน...") must not
    make the row a label row."""
    cells = [b for b in grid.row_cells(row) if b.text]
    return breaks_down(grid, above, row) or 2 * _roles_named_each(cells) >= len(cells)


def breaks_down(grid: Grid, above: list[int], row: int) -> bool:
    """Whether ``row`` labels a column that has no label in the rows
    ``above``: it breaks a spanning label down into sub-labels ("ลูกน้ำยุงลาย"
    over "พบ | HI (ร้อยละ)", "ผลการดำเนินงาน" over "2566 | 2567")."""
    return any(
        not any((cell := grid.cells.get((r, b.col))) is not None and cell.text for r in above)
        for b in grid.row_cells(row) if b.text
    )


def _roles_named_each(cells: list[Block]) -> int:
    """How many of ``cells`` name a role (two naming the same one count twice)."""
    return sum(label_role(b.text) is not None for b in cells)


def _header_pair_names_roles(grid: Grid, rows: list[int]) -> bool:
    """A two-row header of merged cells ("หมู่ที่ | ลูกน้ำยุงลาย" over "พบ |
    HI (ร้อยละ)"): the top row names too few roles alone, but its group labels
    span sub-labels below, and the two rows together name enough.  Without
    such a span the second row is the first data row of a form table
    ("หัวข้อ | รายละเอียด" over "ชื่อโครงการ | โครงการ..."), whose value
    must not become a column label.  A lower row whose every text names a
    role is a row of units under the top row's names ("ตำบล | ครัวเรือน
    คัดแยกขยะต้นทาง | ..." over "(ร้อยละ) | (ร้อยละ)", a progress report's
    ตำบล table), which no form table's data row is."""
    if len(rows) < 2 or len(grid.row_cells(rows[0])) < 2:
        return False
    units = all(_roles_named_each(cells) == len(cells)
                for r in rows[1:] if (cells := [b for b in grid.row_cells(r) if b.text]))
    if not units and not any(breaks_down(grid, rows[:i], r) for i, r in enumerate(rows) if i):
        return False
    cells = [b for r in rows for b in grid.row_cells(r)]
    return _roles_named(cells) >= table_rules()["header"]["min_roles"]


def spread_labels(grid: Grid, header_rows: tuple[int, ...]) -> dict[int, list[str]]:
    """Each column's labels, top row first, a spanning label spread over its sub-columns.

    An upper label covers the columns to its right that have no label of
    their own in that row but do have one in a lower header row.
    """
    labels: dict[int, list[str]] = {c: [] for c in range(grid.n_cols)}
    for i, row in enumerate(header_rows):
        lower = header_rows[i + 1:]
        current = ""
        for col in range(grid.n_cols):
            block = grid.cells.get((row, col))
            text = block.text if block else ""
            sub_labelled = any(grid.cells.get((r, col)) and grid.cells[(r, col)].text for r in lower)
            if text:
                current = text
            elif not (current and sub_labelled):
                current = ""
            if current:
                labels[col].append(current)
    return labels


def title_rows(grid: Grid, header_rows: tuple[int, ...]) -> tuple[Block, ...]:
    """Cells of the rows above the header: the table's own title."""
    if not header_rows:
        return ()
    before = grid.rows[: grid.rows.index(header_rows[0])]
    return tuple(b for r in before for b in grid.row_cells(r) if b.text)


def caption(doc: Document, grid: Grid, max_blocks: int = 2) -> tuple[Block, ...]:
    """The short paragraphs right before a table, where its title usually is."""
    first = grid.first.order
    out: list[Block] = []
    for block in reversed(doc.blocks[:first]):
        if block.kind in ("header", "footer"):
            continue
        if block.kind == "table_cell" or len(out) >= max_blocks:
            break
        out.append(block)
    return tuple(reversed(out))
