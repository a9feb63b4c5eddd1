"""Issue tables: a district column beside issue columns, or a matrix of ticks (``matrix`` reads the one with an issue per column).

A table is read by what its header names, and a table split over pages
carries its header and last district on to the next page's table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from pcc_ingest.extract.districts import district_at_start
from pcc_ingest.extract.issues.items import Item, make_item
from pcc_ingest.extract.issues.lists import bullet_items, numbered_items
from pcc_ingest.extract.issues.matrix import is_tick, issue_column_items
from pcc_ingest.extract.issues.merged import row_district, shared_cells, total_row
from pcc_ingest.extract.issues.nested import flattened_columns, flattened_header, outer_districts
from pcc_ingest.extract.issues.rows import district_column_items
from pcc_ingest.extract.issues.rules import compiled, issue_rules
from pcc_ingest.model import Block, Document


def table_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Items of tables whose header names an issue column.

    A table split over pages continues its header: the header row a PDF
    repeats on the next page is read too (parsers mark it ``header``), and a
    headless table that follows an issue table directly, with as many
    columns, is read with that table's header.
    """
    tables: dict[int, list[Block]] = {}
    follows: dict[int, bool] = {}  # table -> nothing but tables since the previous table
    after: dict[int, str] = {}  # table -> the paragraph right after it
    prose_since = True
    for block in doc.blocks:
        if block.table is not None and block.kind in ("table_cell", "header"):
            if block.table not in tables:
                follows[block.table] = not prose_since
            tables.setdefault(block.table, []).append(block)
            prose_since = False
        elif block.kind not in ("header", "footer"):
            if not prose_since and tables:
                after[next(reversed(tables))] = block.text
            prose_since = True
    spec: _Spec | None = None
    district = single
    outer = {} if single is not None else outer_districts(doc, province)
    for index, cells in tables.items():
        rows = _grid(cells)
        own = _header(rows, province)
        continued = spec is not None and follows[index] and _width(rows) == spec.width
        if own.issue_cols:
            continued = continued and own.issue_cols == spec.issue_cols
            spec = own
        elif continued:
            spec = _Spec(spec.issue_cols, spec.district_col, 0, spec.width, spec.summary)
        else:
            spec = None
            continue
        start = outer.get(index, district if continued else single)  # a nested table: its outer row's district
        found, district = _one_table(rows, spec, province, single, start)
        yield from (replace(i, summarised=spec.summary) for i in found[:_adopted_first(after.get(index, ""))])


def _adopted_first(text: str) -> int | None:
    """How many of a candidates table's first issues the decision after it adopts
    ("เห็นชอบให้ขับเคลื่อน 3 ประเด็นแรก…", ``first_adopted``); None: all of them."""
    m = compiled(issue_rules()["first_adopted"]).search(text)
    return int(m["count"]) if m else None


def _grid(cells: list[Block]) -> list[dict[int, Block]]:
    rows: dict[int, dict[int, Block]] = {}
    for c in cells:
        rows.setdefault(c.row or 0, {})[c.col or 0] = c
    return [rows[r] for r in sorted(rows)]


def _width(rows: list[dict[int, Block]]) -> int:
    return max((max(row) + 1 for row in rows if row), default=0)


@dataclass(frozen=True)
class _Spec:
    """What a table's header says: its issue columns, district column and first data row.

    ``summary`` says the header sets an indicator column beside the issues
    (``indicator_header``): the table names the issues by topic, to measure them.
    """

    issue_cols: frozenset[int]
    district_col: int | None
    body_from: int
    width: int
    summary: bool = False


def _header(rows: list[dict[int, Block]], province: str | None) -> _Spec:
    """Issue columns, the district column named by a header, and the first data row.

    Header rows stand at the top of a table, one under another (a merged
    "ประเด็น…" over "ประเด็นที่ 1 | ประเด็นที่ 2"): in a form of label and
    value rows ("หัวข้อ | รายละเอียด", then "ชื่อโครงการ | …", "ประเด็นการพัฒนา
    คุณภาพชีวิต | …") the issue label is one row's label, and the label column
    beneath it holds the form's other labels, not issues.  A row whose
    district cell names a district is a body row, whatever else it holds.
    """
    rules = issue_rules()["table"]
    issue_cols: set[int] = set()
    district_col: int | None = None
    body_from = 0
    for i, row in enumerate(rows[:rules["max_header_rows"]]):
        found = {col for col, c in row.items() if compiled(rules["issue_header"]).match(c.text)}
        if not found or (district_col in row and district_at_start(row[district_col].text, province)):
            break  # header rows run from the top: a form's "ประเด็น…" label further down is a row, not a header
        issue_cols |= found
        body_from = i + 1
        named = [col for col, c in row.items() if compiled(rules["district_header"]).match(c.text)]
        district_col = district_col if district_col is not None else next(iter(named), None)
    skip = compiled(rules["subdistrict_header"])
    head = [c.text for row in rows[:body_from] for c in row.values()]
    keyed = any(
        skip.search(c.text) and not _counts(rows[body_from:], col) and _keys(col, issue_cols, district_col)
        for row in rows[:body_from] for col, c in row.items()
    )
    findings = district_col is None and any(compiled(rules["findings_header"]).match(t) for t in head)
    if keyed or findings or spending_header(head):
        issue_cols = set()  # a subdistricts', a findings' or a spending table: no chosen issues
    summary = any(compiled(rules["indicator_header"]).match(t) for t in head)
    return _Spec(frozenset(issue_cols), district_col, body_from, _width(rows), summary)


def _keys(col: int, issue_cols: set[int], district_col: int | None) -> bool:
    """Whether a subdistrict column keys the rows: it heads an issue column, stands before one, or the table names districts.

    One district's list of issues may name, after each issue, where it is
    piloted ("ที่ | ประเด็น | ตำบลนำร่อง | หน่วยงานหลัก"): with no district
    column, a subdistrict column right of every issue column describes the
    issue of its row, and the issues are still the district's.
    """
    return col <= max(issue_cols, default=col) or district_col is not None


def _counts(body: list[dict[int, Block]], col: int) -> bool:
    """Whether a column's body cells are all counts ("12"): a subdistrict column that counts them keys no row.

    A district table may count each district's subdistrict committees beside
    its issues ("อำเภอ | ประเด็นขับเคลื่อน | พชต. (ตำบล) | งบประมาณ"); the
    issues are still the district's.
    """
    count = compiled(issue_rules()["table"]["count_cell"])
    texts = [row[col].text for row in body if col in row and row[col].text.strip()]
    return bool(texts) and all(count.match(t) for t in texts)


def spending_header(cells: list[str]) -> bool:
    """Whether a header's cells head a spending table: an issue-or-activity column beside a money column."""
    rules = issue_rules()["table"]
    mixed, money = compiled(rules["mixed_issue_header"]), compiled(rules["money_header"])
    return any(mixed.match(t) for t in cells) and any(money.search(t) for t in cells if not mixed.match(t))


def _district_column(rows: list[dict[int, Block]], skip: set[int], province: str | None) -> int | None:
    """The column most of whose cells are district names, when no header names it."""
    hits: dict[int, int] = {}
    for row in rows:
        for col, c in row.items():
            if col not in skip and c.text and district_at_start(c.text, province):
                hits[col] = hits.get(col, 0) + 1
    return max(hits, key=lambda col: (hits[col], -col)) if hits else None


def _one_table(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None, single: str | None,
    district: str | None,
) -> tuple[list[Item], str | None]:
    """Issues of one table (per row, the district cell and the issue cells) and its last district.

    A row without a district cell continues the district above (Word's
    vertically merged cells are read once; ``district`` is the one a table
    split over pages carries over from the page before); an issue cell merged
    down over other districts' rows is theirs too (``merged``); a total row is
    skipped.  A matrix with a district per column, or one with an issue per
    column under the issue header, is read by its ticks instead; a table
    with a district per column and no ticks by its row labelled as the
    issues (``rows.district_column_items``).
    """
    ticks = tick_columns(rows, spec, province)
    if ticks is not None:
        return _tick_matrix(rows, spec, *ticks, province), district
    sides = district_columns(rows, spec, province)
    if sides is not None:  # no ticks: the first column labels rows, the issues stand in the row labelled so
        return district_column_items(rows, spec.issue_cols, *sides, province), district
    district_col = spec.district_col
    if district_col is None:
        district_col = _district_column(rows[spec.body_from:], set(spec.issue_cols), province)
    by_column = issue_column_items(rows, spec.issue_cols, spec.body_from, district_col, province)
    if by_column is not None:
        return by_column, district
    rows = rows[spec.body_from:]
    issue_cols = spec.issue_cols | flattened_columns(rows, spec.issue_cols, district_col, province)
    shared = {} if single is not None else shared_cells(rows, issue_cols, district_col, province)
    grouped = _numbered_group_columns(rows, issue_cols)
    found: list[Item] = []
    for index, row in enumerate(rows):
        if total_row(row, district_col):
            continue
        key = row.get(district_col) if district_col is not None else None
        if single is None and key is not None and key.text:
            district = row_district(row, district_col, province)
        for col in sorted(issue_cols):
            cell = row.get(col)
            if cell is None or not cell.text or flattened_header(cell):
                continue
            if col in grouped and not _numbered_group(cell):
                continue  # a group set beside the numbered issues (the committee's running), no issue
            for owner in shared.get((index, col), [district]):  # a cell merged over several districts' rows
                for s, e in numbered_items(cell.text) or bullet_items(cell.text):
                    item = make_item(cell, s, e, owner, province)
                    if item is not None:
                        found.append(item)
    return found, district


def _numbered_group(cell: Block) -> bool:
    """Whether a cell opens with a numbered issue label ("ประเด็นที่ 1 การดูแล…")."""
    return bool(compiled(issue_rules()["table"]["numbered_group"]).match(cell.text))


def _numbered_group_columns(rows: list[dict[int, Block]], issue_cols: frozenset[int]) -> set[int]:
    """Issue columns where some cell is labelled as a numbered issue: there the label makes a group an issue."""
    return {col for col in issue_cols if any(col in row and _numbered_group(row[col]) for row in rows)}


def _names_district(cell: Block, province: str | None) -> str | None:
    """The district a cell names when the cell holds nothing else ("หนอง ขาหย่าง", "อ.เมือง")."""
    lead = district_at_start(cell.text, province)
    return lead[0] if lead and not cell.text[lead[2]:].strip() else None


def _named_rows(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None
) -> Iterator[tuple[dict[int, str], int]]:
    """Header rows naming a district in at least ``min_tick_districts`` columns besides the issue column, with the row under each."""
    rules = issue_rules()["table"]
    for i, row in enumerate(rows[:rules["max_header_rows"] + 1]):
        named = {
            col: code for col, c in row.items()
            if col not in spec.issue_cols and (code := _names_district(c, province)) is not None
        }
        if len(named) >= rules["min_tick_districts"]:
            yield named, i + 1


def district_columns(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None
) -> tuple[dict[int, str], int] | None:
    """The district of each column of a table with one column per district, and the first row under them.

    Summaries and inspections set districts side by side ("ประเด็น | อำเภอA |
    อำเภอB"): the first column then labels what each row reports.
    """
    return next(_named_rows(rows, spec, province), None)


def tick_columns(
    rows: list[dict[int, Block]], spec: _Spec, province: str | None
) -> tuple[dict[int, str], int] | None:
    """The district of each column of an issue × district matrix, and the row naming them.

    Summaries tally the issues as a grid: one row per issue, one column per
    district (under a merged "อำเภอ" header), a tick where the district chose
    the issue.  The matrix is recognised by its shape: a header row naming a
    district in several columns other than the issue column, and at least
    one ticked cell under them.
    """
    for named, body_from in _named_rows(rows, spec, province):
        if any(is_tick(r[col].text) for r in rows[body_from:] for col in named if col in r):
            return named, body_from
    return None


def _tick_matrix(
    rows: list[dict[int, Block]], spec: _Spec, districts: dict[int, str], body_from: int,
    province: str | None,
) -> list[Item]:
    """Issues of an issue × district matrix: each row's issue once per district ticked in it."""
    found: list[Item] = []
    for row in rows[body_from:]:
        chosen = [code for col, code in sorted(districts.items()) if col in row and is_tick(row[col].text)]
        for col in sorted(spec.issue_cols):
            cell = row.get(col)
            if cell is None or not cell.text:
                continue
            for code in chosen:
                item = make_item(cell, 0, len(cell.text), code, province)
                if item is not None:
                    found.append(item)
    return found
