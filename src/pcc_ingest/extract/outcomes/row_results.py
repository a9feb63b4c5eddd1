"""A row's target and its result, each in a column of its own, in a table not
read by header (new in set 50: an activity table "กิจกรรม | ... | ตัวชี้วัด /
ค่าเป้าหมาย | ผลการดำเนินงาน | ผู้รับผิดชอบ" with "ร้อยละ 80 ของกลุ่มเปราะบาง
ได้รับการเยี่ยมและอุปกรณ์ป้องกัน" beside "ได้รับการเยี่ยม 91 คน (94.79%)").  The
result cell names its figure by a few words of its own that need share
no subject with the target's; its header says it is the row's result, so
the two are one record: named by the target, with both figures.
"""

from __future__ import annotations

from pcc_ingest.extract.outcomes.sections import target_cells
from pcc_ingest.extract.records import OutcomeRecord
from pcc_ingest.extract.table_labels import label_role
from pcc_ingest.extract.table_model import grids
from pcc_ingest.model import Document


def join_row_results(doc: Document, records: list[OutcomeRecord]) -> list[OutcomeRecord]:
    """``records`` with each row's one bare target in a target column joined
    to its one result stated with no target in a column headed as results."""
    targets = target_cells(doc)
    results = _result_cells(doc)
    rows: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(records):
        if r.evidence.table is not None and r.evidence.row is not None:
            rows.setdefault((r.evidence.table, r.evidence.row), []).append(i)
    out = list(records)
    spent: set[int] = set()
    for found in rows.values():
        bare = [i for i in found if records[i].value_pct is None and records[i].evidence.block in targets]
        done = [i for i in found if records[i].target_pct is None and records[i].evidence.block in results]
        if len(bare) != 1 or len(done) != 1 or records[bare[0]].year_be != records[done[0]].year_be:
            continue
        target = records[bare[0]]
        out[done[0]] = records[done[0]].model_copy(
            update={"indicator": target.indicator, "target_pct": target.target_pct})
        spent.add(bare[0])
    return [r for i, r in enumerate(out) if i not in spent]


def _result_cells(doc: Document) -> set[int]:
    """The body cells (block orders) of table columns whose first row heads
    them as results ("ผลการดำเนินงาน", "ผลงาน")."""
    out: set[int] = set()
    for grid in grids(doc):
        top = grid.rows[0]
        cols = {b.col for b in grid.row_cells(top) if label_role(b.text) == "result"}
        out |= {b.order for (r, c), b in grid.cells.items() if c in cols and r != top}
    return out
