"""Issues named by single table rows: a plan table's group rows and a form's row labelled as the issues."""

from __future__ import annotations

from collections.abc import Iterator

from pcc_ingest.extract.districts import section_of
from pcc_ingest.extract.issues.items import Item, make_item
from pcc_ingest.extract.issues.lists import bullet_items, numbered_items
from pcc_ingest.extract.issues.rules import heading_rules
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
    for cells in rows.values():
        if len(cells) == 1:
            found = heading_item(cells[0], province, single)
            if found is not None:
                yield found


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
        if len(label.text) > heading_rules()["max_heading_chars"] or section_of(label.text) != "issues":
            continue
        for s, e in numbered_items(value.text) or bullet_items(value.text):
            item = make_item(value, s, e, single, province)
            if item is not None:
                yield item
