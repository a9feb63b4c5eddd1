"""Round 40 (activities a): a plan table whose leftmost activity-like column names
projects ("โครงการ") and a later one names activities ("กิจกรรมหลัก...") reads its
activities from the later column, each dated, counted and paid by its own row, the
projects only grouping them; and a plain-text heading over a plan's activity table
("3.1 รายละเอียดกิจกรรมและงบประมาณ") is no activity.  Strings and small tables
first, then a real corpus file of set 40."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.columns import activity_column
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Table

WANG_SAPHUNG = "loei-wang-saphung-2566-action-plan"


def _table(*labels: str) -> Table:
    columns = tuple(Column(i, "activity", label, own=label) for i, label in enumerate(labels))
    grid = Grid(table=0, cells={}, rows=(), n_cols=len(labels))
    return Table(grid, (0,), columns, ())


def test_activities_come_from_the_activity_column_after_a_project_column():
    assert activity_column(_table("โครงการ", "กิจกรรมหลักและรายละเอียดงบประมาณ")) == 1


def test_a_lone_or_first_activity_column_names_the_activities():
    assert activity_column(_table("กิจกรรม")) == 0
    assert activity_column(_table("กิจกรรม", "วิธีการ")) == 0
    assert activity_column(_table("โครงการ", "แนวทาง")) == 0


def test_a_heading_over_a_plans_activity_table_is_never_an_activity():
    assert is_never("3.1 รายละเอียดกิจกรรมและงบประมาณ")
    assert is_never("รายละเอียดโครงการ/กิจกรรม")
    assert not is_never("ประชุมชี้แจงรายละเอียดกิจกรรมแก่ภาคีเครือข่าย")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_plan_reads_activities_beside_their_projects(parsed, suffix):
    acts = extract(parsed(WANG_SAPHUNG + suffix)).activities
    titles = [a.title for a in acts]
    assert not any(t.startswith("โครงการที่") or "รายละเอียดกิจกรรม" in t for t in titles)
    first = next(a for a in acts if a.title.startswith("ประชุมเชิงปฏิบัติการคณะทำงานจัดการขยะ"))
    assert (first.start, first.end, first.participants, first.budget_baht) == ("2022-12-15", "2022-12-15", 60, 10200)
    carers = [a for a in acts if "Caregiver" in a.title]
    assert len(carers) == 1 and (carers[0].start, carers[0].budget_baht) == ("2023-02-14", 18200)
    visits = next(a for a in acts if a.title.startswith("เยี่ยมบ้านผู้สูงอายุ"))
    assert (visits.participants, visits.budget_baht) == (324, None)
