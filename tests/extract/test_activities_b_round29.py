"""Round 29 (activities, b): a plan row's participants cell with one head count per numbered task pairs
them in order; its period cell with one entry per task (dates joined by "และ" one entry, "ทุกเดือน" an
undated one) dates each task by its own; its cost lines go each to the task whose head count or own
figures they repeat, else to the task of the line above; a project in a numbered plan row holds none of
the next row's activities numbered at the same depth; a budget table's short name of an activity held
on the same days, all its words in the full name, is that activity.  Strings first, then real corpus
files of set 29."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pcc_ingest.extract.activities.parallel import (
    parallel_counts,
    parallel_periods,
    same_days_named,
    split_costs,
)
from pcc_ingest.extract.run import extract
from pcc_ingest.thai.dates import PartialDate

WIANG_PA_PAO = "chiang-rai-wiang-pa-pao-2568-action-plan"
SURAT = "surat-thani-province-2568-inspection"


def test_one_head_count_per_task_pairs_the_counts_with_the_tasks_in_order():
    assert parallel_counts("คณะทำงาน 40 คน อาสาสมัคร 105 คน", 2) == [40, 105]


def test_a_participants_cell_with_fewer_counts_than_tasks_is_not_split():
    assert parallel_counts("นักเรียน 1,200 คน", 2) is None
    assert parallel_counts("นักเรียน 1,200 คน ครู 80 คน", 1) is None


def test_dates_joined_by_and_are_one_tasks_entry_of_the_period_cell():
    periods = parallel_periods("20 พ.ย. 2567 27 ธ.ค. 2567 – 2 ม.ค. 2568 และ 11–17 เม.ย. 2568", 2, 2568)
    assert periods == [
        (PartialDate(2024, 11, 20), PartialDate(2024, 11, 20)),
        (PartialDate(2024, 12, 27), PartialDate(2025, 4, 17)),
    ]


def test_a_recurrence_in_the_period_cell_leaves_its_task_undated():
    periods = parallel_periods("ต.ค. 2567 – มี.ค. 2568 ทุกเดือน", 2, 2568)
    assert periods == [(PartialDate(2024, 10), PartialDate(2025, 3)), None]


def test_a_period_cell_with_other_than_one_entry_per_task_is_not_split():
    assert parallel_periods("ต.ค. 2567 – ก.ย. 2568", 2, 2568) is None


def test_cost_lines_go_to_the_task_whose_head_count_or_figures_they_repeat_else_the_one_above():
    lines = [
        ("ค่าอาหารว่าง 1 มื้อ x 25 บาท x 40 คน = 1,000 บาท", 1000.0),
        ("ค่าอาหารกลางวัน 2 วันๆ ละ 60 บาท x 105 คน = 12,600 บาท", 12600.0),
        ("ค่าอาหารว่าง (25x105x4) = 10,500 บาท", 10500.0),
        ("ค่าวัสดุอุปกรณ์ 7 ชุด × 1,200 บาท = 8,400 บาท", 8400.0),
    ]
    money = split_costs(lines, [40, 105], ["ประชุมคณะทำงาน", "อบรมอาสาสมัคร ตำบลละ 15 คน"])
    assert money == [1000.0, 31500.0]


def test_a_cost_line_repeating_a_tasks_own_figure_goes_to_that_task():
    lines = [("ค่าอาหารว่าง 30 คน x 25 บาท = 750 บาท", 750.0),
             ("ค่าอาหารอาสาสมัครประจำด่าน 14 ด่าน x 14 วัน x 300 บาท = 58,800 บาท", 58800.0)]
    money = split_costs(lines, [30, 168], ["ประชุมวิเคราะห์ข้อมูล 3 ฐาน", "ตั้งด่านชุมชน 14 ด่าน"])
    assert money == [750.0, 58800.0]


def _draft(title: str, start: PartialDate | None, end: PartialDate | None) -> SimpleNamespace:
    return SimpleNamespace(title=title, date_from=start, date_to=end)


def test_a_short_name_held_on_the_same_days_is_the_same_activity():
    days = (PartialDate(2025, 6, 9), PartialDate(2025, 6, 13))
    assert same_days_named(_draft("ลงพื้นที่ตรวจเยี่ยมเสริมพลัง พชอ. 5 อำเภอ", *days),
                           _draft("ตรวจเยี่ยม 5 อำเภอ", *days))


def test_a_one_word_name_or_other_days_or_month_dates_are_not_enough():
    days = (PartialDate(2025, 6, 9), PartialDate(2025, 6, 13))
    full = _draft("ลงพื้นที่ตรวจเยี่ยมเสริมพลัง พชอ. 5 อำเภอ", *days)
    assert not same_days_named(full, _draft("ตรวจเยี่ยม", *days))
    assert not same_days_named(full, _draft("ตรวจเยี่ยม 5 อำเภอ", PartialDate(2025, 6, 9), PartialDate(2025, 6, 9)))
    months = (PartialDate(2025, 6), PartialDate(2025, 6))
    assert not same_days_named(_draft("ลงพื้นที่ตรวจเยี่ยม 5 อำเภอ", *months), _draft("ตรวจเยี่ยม 5 อำเภอ", *months))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_plan_rows_numbered_tasks_keep_their_own_counts_dates_and_money(parsed, suffix):
    acts = extract(parsed(WIANG_PA_PAO + suffix)).activities
    by = {a.title[:12]: a for a in acts}
    meeting = next(a for k, a in by.items() if k.startswith("ประชุมคณะทำง"))
    assert (meeting.participants, meeting.budget_baht, meeting.end) == (40, 1000, "2025-01-15")
    checkpoint = next(a for a in acts if a.title.startswith("ตั้งด่านชุมชน"))
    assert (checkpoint.start, checkpoint.participants, checkpoint.budget_baht) == ("2024-12-27", 168, 58800)
    visits = next(a for a in acts if a.title.startswith("เยี่ยมบ้านผู้ป่"))
    assert (visits.start, visits.participants, visits.budget_baht) == (None, 96, 14400)
    helmet = next(a for a in acts if a.title.startswith("โครงการสวมหมวกนิรภัย"))
    assert helmet.budget_baht == 42000


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_inspection_budget_tables_short_names_pay_the_activities_told_in_full(parsed, suffix):
    acts = extract(parsed(SURAT + suffix)).activities
    visit = next(a for a in acts if "ตรวจเยี่ยม" in a.title)
    assert (visit.title.startswith("ลงพื้นที่"), visit.budget_baht) == (True, 20400)
    assert sum("UCCARE" in a.title for a in acts) == 1
