"""Head counts told under a numbered plan table, pointing at its rows by number:
"สำหรับโครงการที่ 2 กำหนดกลุ่มเป้าหมายรวม 120 คน ได้แก่ อสม. 60 คน ... ส่วนโครงการที่ 3
... Caregiver 85 คน และ Care Manager 15 คน รวม 100 คน" under minutes' approved plan
whose rows give no head count.  Each stretch from one "โครงการที่ N" to the next
belongs to row N: its stated total ("รวม 100 คน") is that activity's participants,
else its first head count; the groups it breaks into are not added again."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft, head_count
from pcc_ingest.extract.activities.referenced_dates import row_numbers
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.tables import Table
from pcc_ingest.model import Block, Document
from pcc_ingest.thai.text import thai_digits_to_arabic


def lines_after(body: list[Block], table: Table) -> list[Block]:
    """The paragraphs right under ``table`` (``[referenced_counts] reach`` of them),
    up to the next table or heading."""
    orders = {b.order for b in table.grid.cells.values()}
    last = max((i for i, b in enumerate(body) if b.order in orders), default=None)
    out: list[Block] = []
    for block in body[last + 1:] if last is not None else []:
        if block.kind in ("table_cell", "heading") or len(out) >= activity_rules()["referenced_counts"]["reach"]:
            break
        out.append(block)
    return out


def referenced_counts(blocks: list[Block]) -> dict[int, int]:
    """Row number -> head count, from the stretches that name a row by number."""
    out: dict[int, int] = {}
    for block in blocks:
        text = thai_digits_to_arabic(block.text)
        refs = list(rule_re("referenced_counts", "reference").finditer(text))
        for k, m in enumerate(refs):
            stretch = text[m.end():refs[k + 1].start() if k + 1 < len(refs) else len(text)]
            total = rule_re("referenced_counts", "total").search(stretch)
            count = int(total["n"].replace(",", "")) if total else head_count(stretch)
            if count:
                out.setdefault(int(m["n"]), count)
    return out


def with_referenced_counts(doc: Document, tables: list[Table], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` whose table row has no head count given the one the lines under
    the table tell for its number."""
    body = doc.body()
    out = list(drafts)
    for table in tables:
        if not {"activity", "seq"} <= table.roles or "participants" in table.roles:
            continue
        numbers = row_numbers(table, leading=False)
        counts = referenced_counts(lines_after(body, table)) if numbers else {}
        for k, d in enumerate(out):
            n = numbers.get(d.block.order)
            if d.participants is None and n in counts:
                out[k] = replace(d, participants=counts[n])
    return out
