"""Round 41 (activities a): an agenda item whose own line asks for acts ("ขออนุมัติ...",
"เสนอให้จัด...", "ขอความเห็นชอบจัด...") and is approved under it gives each act, with its
own dates, count and money, as an activity; a day after "ก่อนวันที่" is a deadline that ends
the act and cuts its name; a head count per place written onto the name ends it; a table row
for several numbered activities at once and a row of funders' shares are no activities.
Strings first, then real corpus files of set 41."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities import dates_in, title_span
from pcc_ingest.extract.activities.tables import is_never
from pcc_ingest.extract.run import extract

AT_SAMAT = "roi-et-at-samat-2568-minutes"
PRACHANTAKHAM = "prachin-buri-prachantakham-2567-project"


def test_a_day_after_kon_wan_thi_is_a_deadline_with_no_start():
    start, end = dates_in("ให้โรงพยาบาลจัดทีมคัดกรองผู้เข้าค่ายก่อนวันที่ 11 เม.ย. 68", 2568)
    assert start is None and end.iso() == "2025-04-11"


def test_a_deadline_after_kon_ends_the_name():
    text = "โรงพยาบาลอาจสามารถจัดทีมคัดกรองผู้เข้าค่ายก่อนวันที่ 11 เม.ย. 68"
    s, e = title_span(text, 0, len(text), sentence=True)
    assert text[s:e] == "โรงพยาบาลอาจสามารถจัดทีมคัดกรองผู้เข้าค่าย"


def test_a_head_count_per_place_written_onto_the_name_ends_it():
    text = "จัดอบรมแกนนำธนาคารขยะตำบลละ 10 คน รวม 100 คน"
    s, e = title_span(text, 0, len(text), sentence=True)
    assert text[s:e] == "จัดอบรมแกนนำธนาคารขยะ"


@pytest.mark.parametrize("cell", ["กิจกรรมที่ 1 และ 8 ประชุม พชอ. และถอดบทเรียน", "สัดส่วนของงบประมาณ",
                                  "ร้อยละของงบประมาณ"])
def test_a_row_for_several_activities_or_for_shares_is_never_one(cell):
    assert is_never(cell)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_minutes_items_proposed_acts_are_activities(parsed, suffix):
    acts = {a.title: a for a in extract(parsed(AT_SAMAT + suffix)).activities}
    camp = acts["จัดค่าย CBTx รุ่นที่ 2"]
    assert (camp.start, camp.end, camp.participants, camp.budget_baht) == ("2025-04-21", "2025-04-25", 40, 30000)
    training = acts["จัดอบรมแกนนำธนาคารขยะ"]
    assert (training.start, training.participants, training.budget_baht) == ("2025-03-06", 100, 11000)
    contest = acts["ประกวดหมู่บ้านจัดการขยะดีเด่น"]
    assert (contest.start, contest.end, contest.budget_baht) == ("2025-04-01", "2025-04-30", 10000)
    project = next(a for t, a in acts.items() if t.startswith("โครงการ"))
    assert (project.start, project.participants, project.budget_baht) == ("2025-03-12", 360, 64025)
    screening = acts["โรงพยาบาลอาจสามารถจัดทีมคัดกรองผู้เข้าค่าย"]
    assert (screening.start, screening.end) == (None, "2025-04-11")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_funder_tables_group_and_share_rows_are_no_activities(parsed, suffix):
    titles = [a.title for a in extract(parsed(PRACHANTAKHAM + suffix)).activities]
    assert not any(t.startswith(("และ", "สัดส่วน")) for t in titles)
