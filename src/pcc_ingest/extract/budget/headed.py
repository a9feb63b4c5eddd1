"""A line-items table headed by the activity whose plan row it details.

A plan's row may give an activity's money in one figure and send the reader
elsewhere for its lines ("จัดตั้งธนาคารขยะ… (รายละเอียดตามตารางที่ 3.3) |
35,000 | อปท."), where a table of materials (รายการ / จำนวน / หน่วย /
ราคาต่อหน่วย / จำนวนเงิน) stands under a heading naming that row's outline
number ("3.3 รายละเอียดวัสดุ กิจกรรมที่ 1.3 …").  When the table's lines add
up to the row's amount, the row's amount is their subtotal (labelling
convention: the itemised lines are the lines), and each line, having no
source cell of its own, takes the row's source.
"""

from __future__ import annotations

from pcc_ingest.extract.budget.collect import PlacedLine
from pcc_ingest.extract.budget.recaps import itemise_row
from pcc_ingest.extract.budget.refs import outline_ref
from pcc_ingest.model import Document


def _heading_outline(doc: Document, first: int) -> tuple[int, ...] | None:
    """The outline number the heading right above block ``first`` names."""
    above = [b for b in doc.blocks[:first] if b.text.strip()]
    if not above or above[-1].kind != "heading":
        return None
    return outline_ref(above[-1].text)


def headed_tables(doc: Document, lines: list[PlacedLine]) -> list[PlacedLine]:
    """``lines`` without the plan row a headed line-items table itemises,
    the table's lines taking the row's source when they name none."""
    lines = list(lines)
    runs: dict[tuple[int, int], list[int]] = {}
    for i, line in enumerate(lines):
        if line.row is not None and line.outline is None and line.activity is None:
            runs.setdefault(line.span, []).append(i)
    drop: set[int] = set()
    for span, parts in runs.items():
        key = _heading_outline(doc, span[0])
        rows = {line.row for line in lines if line.row is not None and line.span != span and line.outline == key}
        if key is None or len(rows) != 1:
            continue
        drop |= itemise_row(lines, [i for i, line in enumerate(lines) if line.row in rows and line.span != span], parts)
    return [line for i, line in enumerate(lines) if i not in drop]
