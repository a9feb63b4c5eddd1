"""Activities listed as bullets in a results column of a table that has no
activity column: a progress table with one row per district or issue whose
"ผลการดำเนินงาน" cell lists what was done ("- ประชุม พชอ. 2 ครั้ง (14 พ.ย. 66,
20 ก.พ. 67) - คัดกรองผู้ใช้ยาเสพติดในชุมชน 8 ตำบล").  Each bullet is one
activity (gold/README.md conventions) once the column reads as a list of acts;
a column of result figures ("- ครัวเรือนคัดแยกขยะต้นทาง ร้อยละ 68.40") does not."""

from __future__ import annotations

from pcc_ingest.extract.activities.act_words import start_re
from pcc_ingest.extract.activities.draft import Draft, new_draft
from pcc_ingest.extract.activities.rules import activity_rules, rule_any, rule_re
from pcc_ingest.extract.activities.structure import BULLET_RE
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.tables import Table, cell_lines, is_section_row, is_total_row
from pcc_ingest.model import Block
from pcc_ingest.thai.text import LIST_MARKER_RE


def bullet_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of the bulleted lines of a cell that opens with a bullet (one or
    more); none for a cell of running text."""
    return cell_lines(text) if BULLET_RE.match(text) else []


def _body(text: str) -> str:
    marker = LIST_MARKER_RE.match(text)
    return text[marker.end():] if marker else text


def acts_share(texts: list[str]) -> float:
    """The share of bullet texts that open like an activity (``start_re``)."""
    return sum(bool(start_re().match(_body(t).lstrip())) for t in texts) / len(texts) if texts else 0.0


def is_done_item(text: str) -> bool:
    """A bullet of a column of acts that is itself an act: one opening with
    an activity word, or any other that states no result figure and no
    never-word ("- ปรับสภาพบ้านผู้พิการ 5 หลัง" is one, "- ครัวเรือน...
    ร้อยละ 68.40" a result)."""
    body = _body(text).strip()
    if rule_any("words", "never").search(body):
        return False
    return bool(start_re().match(body)) or not rule_re("result_cells", "result_figure").search(body)


def _columns(table: Table) -> list[int]:
    """Columns that may list acts: those with no role or a results role."""
    kinds = set(activity_rules()["result_cells"]["roles"])
    roles = {c.col: c.role for c in table.columns}
    return [c for c in table.labels if roles.get(c) is None or roles.get(c) in kinds]


def result_cell_activities(table: Table, fy: int | None) -> list[Draft]:
    """One activity per bullet of each column of a table without an activity
    column whose bullets mostly open like activities (``[result_cells] share``)."""
    if "activity" in table.roles:
        return []
    rules = activity_rules()["result_cells"]
    out: list[Draft] = []
    for col in _columns(table):
        cells: list[Block] = [row.cells[col] for row in table.rows
                              if col in row.cells and not (is_total_row(row) or is_section_row(row, table))]
        items = [(cell, s, e) for cell in cells for s, e in bullet_bodies(cell.text)]
        if len(items) < rules["min_items"] or acts_share([c.text[s:e] for c, s, e in items]) < rules["share"]:
            continue
        for cell, s, e in items:
            if not is_done_item(cell.text[s:e]):
                continue
            span = title_span(cell.text, s, e)
            if span is not None:
                out.append(new_draft(cell, span, cell.text[s:e], fy))
    return out
