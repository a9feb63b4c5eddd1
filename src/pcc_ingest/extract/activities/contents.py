"""A report's table of contents (สารบัญ): its entries name the report's parts
with their page numbers ("5. การใช้จ่ายงบประมาณ 5", "4. กิจกรรมที่ดำเนินการ |
4"), and none of them is an activity, whatever its first word."""

from __future__ import annotations

from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.model import Block, Document


def contents_blocks(doc: Document) -> set[int]:
    """The blocks of every table of contents: after a heading that names one
    (``[contents] heading``), the table right under it whole, or the lines under
    it while each ends in a page number or labels the page column
    (``[contents] entry``, ``[contents] header``)."""
    out: set[int] = set()
    body = doc.body()
    for at, block in enumerate(body):
        if rule_re("contents", "heading").match(block.text):
            out |= _entries(body[at + 1:])
    return out


def _entries(after: list[Block]) -> set[int]:
    """The blocks of the contents that open ``after``."""
    out: set[int] = set()
    table = after[0].table if after and after[0].kind == "table_cell" else None
    for block in after:
        if table is not None:
            if block.kind != "table_cell" or block.table != table:
                break
        elif not (rule_re("contents", "entry").search(block.text) or rule_re("contents", "header").match(block.text)):
            break
        out.add(block.order)
    return out
