"""A table of where each planned activity stands ("กิจกรรม | สถานะ | หมายเหตุ",
check-box marks "☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ" in its status cells,
``[status_rows] mark``) reports on the plan's activities, row by row: a
marked row numbered like a plan row ("1. ประชุมคณะกรรมการ พชอ. ครั้งที่
1/2568" for the plan's row 1 "ประชุมคณะกรรมการ พชอ. ไตรมาสละ 1 ครั้ง") and
sharing a stretch of its name is that activity, not another.  The plan row
keeps its own dates, head count and money; the status row only fills what
the plan left open."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import shared_run
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.structure import list_number
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import Table, fold


def marked_rows(tables: list[Table]) -> set[tuple[int, int]]:
    """(table, row) of the rows that carry a status check box."""
    mark = rule_re("status_rows", "mark")
    return {(t.grid.table, r.index) for t in tables for r in t.rows
            if any(mark.search(b.text) for b in r.cells.values())}


def plan_number(d: Draft) -> int | None:
    """The number a draft's plan row or listed line gives it ("ที่" column, "3. ...")."""
    number = list_number(d.block)
    return d.row_number or (number[0] if number and number[1] is None else None)


def with_status_rows(tables: list[Table], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the status rows that report on a plan row, that row
    filled with what it lacked from them, and less the status cells themselves
    ("☑ ดำเนินการแล้ว ☐ ยังไม่ดำเนินการ" names where an act stands, no act)."""
    marked = marked_rows(tables)
    if not marked:
        return drafts
    least = activity_rules()["calendars"]["shared"]
    mark = rule_re("status_rows", "mark")
    out = [d for d in drafts if not (d.block.kind == "table_cell" and mark.search(d.block.text))]
    drafts = list(out)
    gone: set[int] = set()
    for i, d in enumerate(drafts):
        if (d.block.table, d.block.row) not in marked or (n := plan_number(d)) is None:
            continue
        name = fold(comparable(d.title))
        at = next((j for j, p in enumerate(out) if j != i and j not in gone and p.block.table is not None
                   and p.block.table != d.block.table and plan_number(p) == n
                   and shared_run(name, fold(comparable(p.title))) >= least), None)
        if at is None:
            continue
        p = out[at]
        out[at] = replace(p, date_from=p.date_from or d.date_from, date_to=p.date_to or d.date_to,
                          participants=p.participants or d.participants, budget=p.budget or d.budget)
        gone.add(i)
    return [d for i, d in enumerate(out) if i not in gone]
