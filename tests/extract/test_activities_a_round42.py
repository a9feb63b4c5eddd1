"""Round 42 (activities a): a calendar's month labels may carry their year ("ต.ค.67") and still
name its months; a quarter row over those months ("ไตรมาส 1") is the timeline's, so the table is
still a calendar whose short rows restate the plan's rows rather than add activities; a target
group told in a count cell and a unit cell ("1,200 | คน") gives the row's head count when the unit
is people and none when it counts places ("12 | แห่ง"); a bracketed date in a cell followed by
"และ" and more words dates an occasion the name tells and does not end it; a quarter range
("ไตรมาส 1–4") is a period given only as quarters.  Strings and small tables first, then real corpus files of set 42."""

from __future__ import annotations

import pytest
from blocks import cell_block

from pcc_ingest.extract.activities.columns import counted_people
from pcc_ingest.extract.activities.draft import head_count
from pcc_ingest.extract.activities.rules import rule_re
from pcc_ingest.extract.activities.ticks import month_labels
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column, Grid, Row, Table

MAE_CHAN = "chiang-rai-mae-chan-2568-action-plan"


def _target_table(count: str, unit: str, label: str = "กลุ่มเป้าหมาย") -> tuple[Table, Row]:
    columns = (Column(0, "activity", "กิจกรรม", own="กิจกรรม"),
               Column(1, "quantity", f"{label} จำนวน", own="จำนวน"),
               Column(2, "unit", f"{label} หน่วย", own="หน่วย"))
    row = Row(1, {0: cell_block("1.3 แจกหน้ากาก N95", 1, 0), 1: cell_block(count, 1, 1), 2: cell_block(unit, 1, 2)})
    grid = Grid(table=0, cells={(1, c): b for c, b in row.cells.items()}, rows=(1,), n_cols=3)
    return Table(grid, (0,), columns, (row,)), row


def test_month_labels_with_their_year_still_name_months():
    labels = month_labels({1: "ต.ค.67", 2: "พ.ย.67", 3: "ธ.ค.67", 4: "ม.ค.68"})
    assert labels == {1: 10, 2: 11, 3: 12, 4: 1}
    assert month_labels({1: "ต.ค. 67", 2: "ก.ย.", 3: "ม.ค."}) == {}


def test_count_and_people_unit_cells_under_a_target_group_give_the_head_count():
    table, row = _target_table("1,200", "คน")
    assert counted_people(table, row) == "1,200 คน"


def test_count_of_places_under_a_target_group_gives_no_head_count():
    table, row = _target_table("12", "แห่ง")
    assert head_count(counted_people(table, row)) is None


def test_count_and_unit_columns_under_another_label_are_not_people():
    table, row = _target_table("240", "มื้อ", label="รายการ")
    assert counted_people(table, row) == ""


def test_a_bracketed_date_followed_by_and_more_words_does_not_end_a_cell_name():
    text = "3.1 ด่านชุมชนช่วงเทศกาลปีใหม่ (29 ธ.ค. 67 – 4 ม.ค. 68) และสงกรานต์ (11–17 เม.ย. 68) 22 ด่าน"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == text[4:]


def test_a_bracketed_date_closing_a_cell_name_still_ends_it():
    text = "2.2 ค่ายบำบัดฟื้นฟูโดยชุมชน (12–14 ก.พ. 2568)"
    s, e = title_span(text, 0, len(text), cell=True)
    assert text[s:e] == "ค่ายบำบัดฟื้นฟูโดยชุมชน"


def test_a_range_of_quarters_is_a_period_given_as_quarters_only():
    quarters = rule_re("calendars", "quarter_only")
    assert quarters.fullmatch("ไตรมาส 1–4")
    assert quarters.fullmatch("ไตรมาส 2 และไตรมาส 4")
    assert not quarters.fullmatch("ไตรมาส 1 (ต.ค. 2567)")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_real_plan_merges_its_calendar_and_counts_its_target_column(parsed, suffix):
    acts = extract(parsed(MAE_CHAN + suffix)).activities
    titles = [a.title for a in acts]
    assert not {"ค่าย CBTx", "RTI Team", "คัดกรอง ADL", "ที่นอนลม", "ประชุม พชอ."} & set(titles)
    masks = next(a for a in acts if a.title.startswith("แจกหน้ากาก N95"))
    assert (masks.participants, masks.budget_baht) == (1200, 21600)
    beds = next(a for a in acts if a.title.startswith("จัดหาที่นอนลม"))
    assert beds.participants == 10
    rooms = next(a for a in acts if a.title.startswith("จัดห้องปลอดฝุ่น"))
    assert rooms.participants is None
    checkpoints = next(a for a in acts if a.title.startswith("ด่านชุมชน"))
    assert checkpoints.title.endswith("22 ด่าน") and (checkpoints.start, checkpoints.end) == ("2024-12-29", "2025-04-17")
    rti = next(a for a in acts if "RTI Team" in a.title)
    assert (rti.start, rti.end) == (None, None)
