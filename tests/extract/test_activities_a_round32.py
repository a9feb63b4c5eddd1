"""Round 32 (activities a): a plan table's first column labelled for issues and their
activities ("ประเด็น / กิจกรรม") is its activity column, its issue rows merged across
being group rows; an activity calendar (activity and month columns only, "●" marks)
restates the plan's rows, so a calendar row numbered like a plan row is no second
activity; a budget sentence that names an act between "สำหรับ" and "ประกอบด้วย" heads
the cost lines after it, up to the next source or purpose; a results table with no money
column gives each row's activity the cost lines told in its own cell.  Strings first,
then real corpus files of set 32."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.activities.cost_groups import sentence_head
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.tables import label_role

UTHUMPHON = "si-sa-ket-uthumphon-phisai-2567-action-plan"
KHLUNG = "chanthaburi-khlung-2566-progress.pdf"
CHA_AM = "phetchaburi-cha-am-2566-progress.pdf"

BUDGET_SENTENCE = (
    "พชอ. ใช้งบประมาณจากกองทุนฯ สำหรับการอบรมฟื้นฟู Care Giver และ อสม. ประกอบด้วยค่าอาหารกลางวัน "
    "90 คน เป็นเงิน 16,200 บาท และค่าตอบแทนวิทยากร เป็นเงิน 10,800 บาท ใช้งบประมาณจากโรงพยาบาล"
    "เป็นค่าทราย เป็นเงิน 34,800 บาท"
)


def test_a_label_naming_issues_and_activities_is_the_activity_column():
    assert label_role("ประเด็น / กิจกรรม") == "activity"
    assert label_role("ประเด็น/กิจกรรม") == "activity"


def test_a_label_naming_issues_alone_is_still_the_issue_column():
    assert label_role("ประเด็น") == "issue"
    assert label_role("ประเด็น / ตัวชี้วัด") == "indicator"


def test_a_budget_sentence_head_names_the_act_of_the_cost_lines_after_it():
    at_lunch = BUDGET_SENTENCE.index("ค่าอาหารกลางวัน")
    at_speaker = BUDGET_SENTENCE.index("ค่าตอบแทนวิทยากร")
    assert sentence_head(BUDGET_SENTENCE, at_lunch) == "การอบรมฟื้นฟู Care Giver และ อสม."
    assert sentence_head(BUDGET_SENTENCE, at_speaker) == "การอบรมฟื้นฟู Care Giver และ อสม."


def test_a_budget_sentence_head_ends_at_the_next_source():
    assert sentence_head(BUDGET_SENTENCE, BUDGET_SENTENCE.index("ค่าทราย")) is None
    assert sentence_head("ค่าอาหารว่าง 30 คน เป็นเงิน 750 บาท", 0) is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_real_plan_reads_its_issue_activity_column_and_not_its_calendar_again(parsed, suffix):
    acts = extract(parsed(UTHUMPHON + suffix)).activities
    titles = [a.title for a in acts]
    assert not any(t.startswith("ประชุมชี้แจง CM/CG") or t == "ประชุม พชอ. รายไตรมาส" for t in titles)
    workshop = next(a for a in acts if a.title.startswith("ประชุมเชิงปฏิบัติการชี้แจงแนวทาง"))
    assert (workshop.participants, workshop.budget_baht, str(workshop.start)) == (120, 16800, "2023-11-15")
    bank = next(a for a in acts if a.title.startswith("อบรมแกนนำธนาคารขยะชุมชน"))
    assert (bank.participants, bank.budget_baht) == (200, 29000)


def test_a_real_progress_report_pays_an_act_from_its_budget_sentence(parsed):
    acts = extract(parsed(KHLUNG)).activities
    training = next(a for a in acts if a.title.startswith("อบรมฟื้นฟูศักยภาพ Care Giver"))
    assert training.budget_baht == 40500


def test_a_real_date_first_table_pays_each_row_from_its_own_cell(parsed):
    acts = extract(parsed(CHA_AM)).activities
    money = sorted(a.budget_baht for a in acts if a.budget_baht)
    assert money == [1050, 1120, 14400, 15500, 30000, 33600]
