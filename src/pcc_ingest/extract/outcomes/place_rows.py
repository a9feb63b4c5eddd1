"""Figures written in sentences in a table of places (new in set 52): "ตำบล |
ตรวจแล้ว (คน) | ผลลัพธ์" over "นาแก | 194 | ความครอบคลุมการตรวจ 97.00% ¶
อัตราการพบไข่พยาธิ 4.12%".  The header reader finds no role in the results
label, so the cells are read as running text: each figure is named by its
clause, the same for every row.  The row's place, under the place-unit
header, says where it was measured: the record is named "<clause> ตำบล<place>"
(a total row's figures are the whole's and keep their clause).

Such a table gives no target; a note under an earlier table stating targets
clause by clause ("หมายเหตุ : ค่าเป้าหมายการตรวจอุจจาระ ≥ 90% อัตราการพบไข่พยาธิ
ไม่เกิน 5%") sets the target of the measure it names wherever the report
gives that measure's figures again, so a figure of it here takes that target.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.note_row_targets import row_targets, target_of
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_model import Row
from pcc_ingest.extract.table_rows import is_total_row
from pcc_ingest.model import Block, Document


def row_place(doc: Document, cell: Block) -> str | None:
    """The place leading ``cell``'s row, written with its unit ("ตำบลนาแก"),
    when the row's first cell is under a place-unit header ("ตำบล") and
    is no total; ``None`` otherwise (and for the first cell itself)."""
    cells = [b for b in doc.blocks if b.table == cell.table and b.kind == "table_cell"]
    top = min((b.row for b in cells if b.row is not None), default=None)
    row = sorted((b for b in cells if b.row == cell.row), key=lambda b: b.col or 0)
    head = next((b for b in cells if b.row == top and b.col == 0), None)
    unit = rule_re("table", "place_unit").fullmatch(head.text.strip()) if head is not None else None
    if unit is None or not row or row[0] is cell or cell.row == top or row[0].col != 0:
        return None
    name = " ".join(row[0].text.split())
    if not name or is_total_row(Row(0, {0: row[0]})) or any(ch.isdigit() for ch in name):
        return None
    return name if rule_re("table", "place_named").match(name) else f"{unit['unit']}{name}"


def _noted_targets(doc: Document, before: int) -> list[tuple[str, float]]:
    """The clauses of the last note under a table giving targets clause by
    clause, before block ``before``."""
    for block in reversed(doc.blocks[:before]):
        under = doc.body_before(block.order, skip_blank=True)
        if block.kind != "table_cell" and under is not None and under.kind == "table_cell" and (
                found := row_targets(block)):
            return found
    return []


def place_rows(doc: Document, prose: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``prose`` with each figure of a place's row in a table read as running
    text named by that place, and given the target an earlier note of
    targets sets for its measure."""
    out = []
    for o in prose:
        block = doc.blocks[o.evidence.block]
        place = row_place(doc, block) if o.evidence.table is not None else None
        if place is None or place in o.indicator:
            out.append(o)
            continue
        update: dict[str, object] = {"indicator": f"{o.indicator} {place}"}
        clauses = _noted_targets(doc, block.order) if o.target_pct is None and o.value_pct is not None else []
        target = target_of(o.indicator, clauses) if len(clauses) >= 2 else None
        if target is not None:
            update["target_pct"] = target
        out.append(o.model_copy(update=update))
    return out
