"""Round 34 (activities a): a count per post or team an act is split into ("14 ด่านๆ ละ 5 คน")
counts all the posts' people; a count after "โดย" names those who do the act, not another
group to add; a plan row cut by a page break whose issue cell is merged over the rows is
joined to the rest of the row on the next page; an activity calendar restating a plan told
in listed lines is no second set of activities, and a budget table's groups named like its
rows pay the plan's activities.  Strings and rows first, then real corpus files of set 34."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pcc_ingest.extract.activities.draft import groups_people, head_count
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Row
from pcc_ingest.extract.table_pages import join_fragment
from pcc_ingest.extract.tables import read_tables
from tests.extract.blocks import grid_cell, table_doc

BO_PHLOI = "kanchanaburi-bo-phloi-2566-project"
DOI_SAKET = "chiang-mai-doi-saket-2568-action-plan"


def test_a_count_per_checkpoint_counts_every_checkpoints_people():
    assert head_count("อาสาสมัคร 14 ด่านๆ ละ 5 คน") == 70
    assert head_count("ทีมเยี่ยมบ้าน 6 ทีม ทีมละ 4 คน") == 24


def test_a_count_per_meeting_is_still_the_same_members():
    assert head_count("ประชุม 4 ครั้งๆ ละ 30 คน") == 30


def test_the_doers_after_by_are_not_added_to_the_target_group():
    assert groups_people("ผู้สูงอายุ 16,402 คน โดย อสม. 1,742 คน") is None
    assert head_count("ผู้สูงอายุ 16,402 คน โดย อสม. 1,742 คน") == 16402
    assert groups_people("เด็กที่ได้รับวัคซีนไม่ครบ 1,126 คน ผู้นำศาสนา/อสม. 90 คน") == 1216


def test_a_row_cut_under_a_merged_issue_cell_is_joined_to_the_next_pages_rest():
    header = ["ประเด็น", "กิจกรรม", "กลุ่มเป้าหมาย", "ระยะเวลา"]
    doc = table_doc([header, ["ผู้สูงอายุ", "3. เยี่ยมบ้านผู้สูงอายุติดบ้าน", "ผู้สูงอายุติดบ้านติด", "ต.ค. 2567 –"]])
    previous = read_tables(doc)[0]
    last = previous.rows[-1]
    previous = replace(previous, rows=(*previous.rows[:-1], Row(last.index, last.cells, frozenset({0}))))
    rest = Row(0, {0: grid_cell("", 0, 0), 1: grid_cell("ติดเตียงตาม Care Plan", 0, 1),
                   2: grid_cell("เตียง 186 ราย", 0, 2), 3: grid_cell("ก.ย. 2568", 0, 3)})
    joined, left = join_fragment(previous, (rest,))
    cells = joined.rows[-1].cells
    assert left == ()
    assert cells[1].text == "3. เยี่ยมบ้านผู้สูงอายุติดบ้านติดเตียงตาม Care Plan"
    assert cells[2].text == "ผู้สูงอายุติดบ้านติดเตียง 186 ราย"
    assert cells[0].text == "ผู้สูงอายุ"


def test_a_new_numbered_row_on_the_next_page_is_not_joined():
    doc = table_doc([["ประเด็น", "กิจกรรม", "ระยะเวลา"], ["ผู้สูงอายุ", "1. คัดกรอง ADL", "ต.ค. 2567"]])
    previous = read_tables(doc)[0]
    row = Row(0, {0: grid_cell("", 0, 0), 1: grid_cell("2. เยี่ยมบ้าน", 0, 1), 2: grid_cell("พ.ย. 2567", 0, 2)})
    assert join_fragment(previous, (row,))[1] == (row,)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_project_reads_its_calendar_and_budget_groups_as_its_listed_activities(parsed, suffix):
    acts = extract(parsed(BO_PHLOI + suffix)).activities
    titles = [a.title for a in acts]
    assert not any(t in titles for t in ("ประชุม พชอ. รายไตรมาส", "อบรมแกนนำตำบลขับขี่ปลอดภัย",
                                          "ตั้งด่านชุมชน ปีใหม่/สงกรานต์", "เวทีถอดบทเรียน/ประเมิน UCCARE"))
    paid = {a.title[:20]: a.budget_baht for a in acts}
    assert paid["อบรมเชิงปฏิบัติการพัฒนาศักยภ"[:20]] == 32000
    assert paid["รณรงค์ตั้งด่านชุมชนและจุดบริ"[:20]] == 26400
    assert paid["เวทีแลกเปลี่ยนเรียนรู้ ถอดบท"[:20]] == 22500
    assert "สรุปและรายงานผลต่อจังหวัด" in titles  # a calendar row the plan lacks stands


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_action_plan_counts_targets_and_joins_its_cut_row(parsed, suffix):
    acts = {a.title[:25]: a for a in extract(parsed(DOI_SAKET + suffix)).activities}
    assert acts["คัดกรองสุขภาพผู้สูงอายุและประเมินความสามารถ"[:25]].participants == 16402
    assert acts["ตั้งด่านชุมชนช่วงเทศกาลปีใหม่และสงกรานต์"[:25]].participants == 70
    visits = acts["เยี่ยมบ้านผู้สูงอายุติดบ้านติดเตียงตาม Care Plan"[:25]]
    assert (str(visits.start), str(visits.end), visits.participants) == ("2024-10", "2025-09", 186)
    assert not any(t.startswith("ติดเตียงตาม") for t in acts)
