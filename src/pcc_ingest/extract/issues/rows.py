"""Issues named by single table rows: a plan table's group rows and a form's row labelled as the issues (one value cell, or one per district)."""

from __future__ import annotations

from collections.abc import Iterator

from pcc_ingest.extract.districts import section_of
from pcc_ingest.extract.issues.items import Item, make_item
from pcc_ingest.extract.issues.lists import bullet_items, numbered_items
from pcc_ingest.extract.issues.rules import compiled, heading_rules, issue_rules
from pcc_ingest.extract.issues.sections import heading_item
from pcc_ingest.model import Block, Document


def group_row_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Issues named by the group rows of any table ("ประเด็นที่ 1 การป้องกัน…ยาเสพติด").

    A plan table sets its activities under one merged row per issue; such a
    row has a single cell, opens like an issue heading and names an issue of
    a category.  The row belongs to the document's district when it has one.
    """
    rows: dict[tuple[int, int], list[Block]] = {}
    for block in doc.blocks:
        if block.kind == "table_cell" and block.table is not None and block.text:
            rows.setdefault((block.table, block.row or 0), []).append(block)
    costed = _costed_tables([cells[0] for cells in rows.values() if len(cells) == 1])
    for cells in rows.values():
        if len(cells) == 1 and cells[0].table not in costed:
            found = heading_item(cells[0], province, single)
            if found is not None:
                yield found


def _costed_tables(groups: list[Block]) -> set[int | None]:
    """Tables whose group rows give one issue number twice ("ประเด็นที่ 1 อบรม…", "ประเด็นที่ 1 ค่าย…").

    A budget's line-items table heads each activity's costs with the number
    of the issue it serves and the activity's name: those rows name
    activities, not issues.
    """
    number = compiled(issue_rules()["group_rows"]["issue_number"])
    seen: set[tuple[int | None, str]] = set()
    costed: set[int | None] = set()
    for cell in groups:
        if (m := number.match(cell.text)) is not None:
            key = (cell.table, m.group(1))
            if key in seen:
                costed.add(cell.table)
            seen.add(key)
    return costed


def labelled_row_items(doc: Document, province: str | None, single: str | None) -> Iterator[Item]:
    """Issues in the value cell of a form's row labelled as the issues ("ประเด็นการพัฒนาคุณภาพชีวิต | 1. … 2. …").

    Project forms and one-page reports set each heading in a label cell with
    its content beside it; a label naming the issue section (as a heading
    would) makes the other cell the issue list, whatever row it stands in.
    """
    rows: dict[tuple[int, int], list[Block]] = {}
    for block in doc.blocks:
        if block.kind == "table_cell" and block.table is not None and block.text:
            rows.setdefault((block.table, block.row or 0), []).append(block)
    for cells in rows.values():
        if len(cells) != 2:
            continue
        label, value = sorted(cells, key=lambda c: c.col or 0)
        if labels_issues(label):
            yield from _cell_items(value, single, province)


def labels_issues(label: Block) -> bool:
    """Whether a form's label cell names the issue section, as a heading would ("ประเด็นการพัฒนาคุณภาพชีวิตที่เลือก")."""
    return len(label.text) <= heading_rules()["max_heading_chars"] and section_of(label.text) == "issues"


def district_column_items(
    rows: list[dict[int, Block]], label_cols: frozenset[int], districts: dict[int, str], body_from: int,
    province: str | None,
) -> list[Item]:
    """Issues of a table with one column per district: each district's cell in the row labelled as the issues.

    An inspection or summary sets districts side by side ("ประเด็น | อำเภอA |
    อำเภอB"); its first column labels what each row reports (basic data,
    meetings, the issues chosen, budget), so the labels are no issues, and
    the row whose label names the issue section holds each district's list.
    """
    found: list[Item] = []
    for row in rows[body_from:]:
        if not any(col in row and labels_issues(row[col]) for col in label_cols):
            continue
        for col, code in sorted(districts.items()):
            if col in row:
                found.extend(_cell_items(row[col], code, province))
    return found


def _cell_items(cell: Block, district: str | None, province: str | None) -> list[Item]:
    """The issues a value cell lists, numbered or bulleted (a single name is one item)."""
    spans = numbered_items(cell.text) or bullet_items(cell.text)
    return [i for s, e in spans if (i := make_item(cell, s, e, district, province)) is not None]
