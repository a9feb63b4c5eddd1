"""A month calendar whose labels carry their year ("กิจกรรม | ต.ค. 65 | พ.ย. 65
| ... | ก.ย. 66", no year row over the months): no column role names a month
so its header is not read and its rows reach the readers of running text.  Its
rows still restate the plan's activities in short ("อบรมผู้ปกครองเด็กปฐมวัย" for
"อบรมผู้ปกครองส่งเสริมพัฒนาการเด็กปฐมวัย 80 คน วันที่ 10/05/2566"): a row
that shares a stretch of letters with an activity read elsewhere is that
activity, as in a calendar read as a table (calendars.py)."""

from __future__ import annotations

from dataclasses import replace

from pcc_ingest.extract.activities.calendars import alike_rows, is_calendar
from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.ordinals import shared_run
from pcc_ingest.extract.activities.rules import activity_rules, rule_re
from pcc_ingest.extract.activities.wording import comparable
from pcc_ingest.extract.tables import Table, fold
from pcc_ingest.thai.dates import month_number


def unread_calendars(tables: list[Table], fy: int | None) -> set[int]:
    """The tables that are month calendars though not read as ones: one of the
    first rows names at least ``[calendars] least_months`` months, each alone
    or with its year (``label_year`` is cut first), and besides them at most
    an activity, a number label and who is responsible (``[calendars]
    roles``: no money or target)."""
    rules = activity_rules()["calendars"]
    year = rule_re("calendars", "label_year")
    out: set[int] = set()
    for t in tables:
        if is_calendar(t, fy) or not t.roles <= set(rules["roles"]):
            continue
        for row in t.grid.rows[:3]:
            labels = [x for b in t.grid.row_cells(row) if (x := year.sub("", b.text).strip())]
            months = sum(month_number(x) is not None for x in labels)
            if months >= rules["least_months"] and len(labels) - months <= 2:
                out.add(t.grid.table)
                break
    return out


def without_year_calendar_repeats(tables: list[Table], drafts: list[Draft], fy: int | None) -> list[Draft]:
    """Drafts of such a calendar's rows that restate another activity are
    dropped, their dates given to it when it had none; rows the plan lacks
    stand.  Its rows meet every activity of the document, not only a plan
    table's, so they must share a longer stretch (``[calendars]
    shared_unread``): "ประชุม" alone does not make a row the next meeting."""
    calendars = unread_calendars(tables, fy)
    if not calendars:
        return drafts
    least = activity_rules()["calendars"]["shared_unread"]
    names = [fold(comparable(d.title)) for d in drafts]
    pairs = {i: j for i, j in alike_rows(drafts, calendars, set(), set()).items()
             if shared_run(names[i], names[j]) >= least}
    out = list(drafts)
    for i, at in pairs.items():
        if out[at].date_from is None and drafts[i].date_from is not None:
            out[at] = replace(out[at], date_from=drafts[i].date_from, date_to=drafts[i].date_to)
    return [d for i, d in enumerate(out) if i not in pairs]
