"""Round 41 (outcomes B): a table cell whose row label names each funder's
share of the budget ("สัดส่วนของงบประมาณ") gives no outcome, while a spending
rate's label is no such share.  A percentage range right after target words
("ค่าเป้าหมายที่กำหนดไว้ร้อยละ 80–90") keeps its lower end as the target,
while a range after no target word stays a spread.  A caption saying
"ผลลัพธ์ ... รายไตรมาส", whose issues it may name, makes its quarter columns
results.  Strings first, then real corpus files of set 41."""

from __future__ import annotations

import pytest

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figures import percentages
from pcc_ingest.extract.run import extract

PRACHANTAKHAM = "prachin-buri-prachantakham-2567-project"
KANCHANABURI = "kanchanaburi-province-2568-inspection"


def test_a_row_label_naming_a_share_of_the_budget_is_no_outcome_subject() -> None:
    share = rule_re("figure", "budget_share")
    assert share.match("สัดส่วนของงบประมาณ")
    assert share.match("ร้อยละของงบประมาณทั้งหมด")
    assert not share.match("ร้อยละของงบประมาณที่เบิกจ่าย")  # a spending rate stays


def test_a_range_after_target_words_keeps_its_lower_end() -> None:
    text = "คิดเป็นร้อยละ 78.57 ต่ำกว่าค่าเป้าหมายที่กำหนดไว้ร้อยละ 80–90 และหยุดเสพ"
    assert [v for v, _, _ in percentages(text)] == [78.57, 80.0]


def test_a_range_after_no_target_word_stays_a_spread() -> None:
    text = "ตำบลที่เหลืออยู่ระหว่างร้อยละ 75.00 – 80.00"
    assert list(percentages(text)) == []


def test_a_results_caption_by_quarter_may_say_results_as_phalaphap() -> None:
    caption = rule_re("table", "results_caption")
    assert caption.search("3.3 ผลลัพธ์ตามประเด็นของอำเภอ รายไตรมาส (ผลสะสม)")
    assert caption.search("ผลการดำเนินงานตามตัวชี้วัด รายไตรมาส")
    assert not caption.search("แผนการดำเนินงาน รายไตรมาส")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_budget_by_funder_table_gives_no_share_outcomes_in_a_real_project(parsed, suffix) -> None:
    got = {o.value_pct for o in extract(parsed(PRACHANTAKHAM + suffix)).outcomes}
    assert not {30.87, 40.31, 28.82} & got


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_quarter_columns_under_a_results_caption_in_a_real_inspection(parsed, suffix) -> None:
    got = {(o.district, o.value_pct, o.target_pct) for o in extract(parsed(KANCHANABURI + suffix)).outcomes}
    assert {("7105", 62.4, 70.0), ("7105", 68.3, 70.0), ("7109", 71.43, 80.0), ("7112", 61.67, 60.0)} <= got
