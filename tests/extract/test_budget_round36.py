"""Round 36 budget rules.

A paragraph whose lines add up to all the lines told before it, and are fewer, retells that money
grouped by activity ("ในรอบ 6 เดือนได้เบิกจ่ายแล้ว ได้แก่ …") and gives no lines of its own.
A sentence naming money received from two funders, each with its amount, splits the allocation by
source and is no source of the lines near it.
Money reported as disbursed ("เบิกจ่ายได้ 164,775 บาท") is no line.
A source line's funder before "สำหรับกิจกรรมที่ 1 และ 2" is cut at the linking word, so its
bracketed channel is dropped as usual.
A bracketed working with no baht and its amount after ("(6 ชม. x 600) = 3,600") gives the closing
figure as unit cost and the count as quantity.
"""

from __future__ import annotations

import pytest
from blocks import budget_lines, doc_of, text_block

from pcc_ingest.extract.budget import activity_sources, arithmetic
from pcc_ingest.extract.run import extract

ACTIVITY_LINES = [
    "ประชุมคณะกรรมการ ครั้งที่ 1 ค่าอาหารว่าง 32 คน × 25 บาท × 2 มื้อ = 1,600 บาท",
    "อบรมแกนนำ ค่าอาหารกลางวัน 150 คน × 120 บาท = 18,000 บาท ค่าวิทยากร 3 รุ่นๆ ละ 3 ชม. ชม.ละ 600 บาท = 5,400 บาท",
    "ประชุมคณะกรรมการ ครั้งที่ 2 ค่าอาหารว่าง 34 คน × 50 บาท = 1,700 บาท",
]


def test_a_paragraph_adding_up_to_all_lines_before_it_retells_them_and_gives_no_lines():
    retelling = ("ในรอบ 6 เดือนได้เบิกจ่ายแล้ว ได้แก่ ค่าอาหารว่างการประชุม 2 ครั้ง 3,300 บาท "
                 "และค่าอบรมแกนนำ 23,400 บาท")
    lines = budget_lines(doc_of([text_block(t) for t in [*ACTIVITY_LINES, retelling]]))
    assert sorted(amount for _, amount, *_ in lines) == [1600.0, 1700.0, 5400.0, 18000.0]


def test_a_paragraph_not_adding_up_to_the_lines_before_it_keeps_its_lines():
    other = "ค่าป้ายรณรงค์ 2 ป้าย 1,000 บาท และค่าวัสดุ 2,000 บาท"
    lines = budget_lines(doc_of([text_block(t) for t in [*ACTIVITY_LINES, other]]))
    assert sorted(amount for _, amount, *_ in lines) == [1000.0, 1600.0, 1700.0, 2000.0, 5400.0, 18000.0]


def test_an_allocation_split_between_two_funders_is_no_source_of_the_lines():
    allocation = ("ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง จำนวน 40,000 บาท "
                  "และจากสำนักงานสาธารณสุขจังหวัดตัวอย่าง จำนวน 10,000 บาท รวม 50,000 บาท")
    lines = budget_lines(doc_of([text_block(t) for t in [*ACTIVITY_LINES, allocation]]))
    assert {source for *_, source in lines} == {None}


def test_an_allocation_from_one_funder_still_funds_the_lines():
    allocation = "ได้รับการสนับสนุนงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง จำนวน 26,700 บาท"
    lines = budget_lines(doc_of([text_block(t) for t in [*ACTIVITY_LINES, allocation]]))
    assert {source for *_, source in lines} == {"กองทุนหลักประกันสุขภาพ อบต.ตัวอย่าง"}


def test_money_reported_as_disbursed_is_no_line():
    text = "ผลการเบิกจ่ายงบประมาณ ณ วันที่ 30 กันยายน 2567 เบิกจ่ายได้ 164,775 บาท คิดเป็นร้อยละ 100"
    assert budget_lines(doc_of([text_block(text)])) == []


def test_a_funder_before_for_activities_is_cut_at_the_linking_word_and_loses_its_channel():
    assert activity_sources("สสจ.ตัวอย่าง (งบ พชอ.) สำหรับกิจกรรมที่ 1 และ 2") == {1: "สสจ.ตัวอย่าง", 2: "สสจ.ตัวอย่าง"}


def test_a_bracketed_working_with_no_baht_gives_the_closing_figure_as_unit_cost():
    assert arithmetic("ค่าวิทยากร (6 ชม. x 600) = 3,600", 3600.0) == (3600.0, 600.0, 6.0)


def test_a_bracketed_working_that_does_not_make_the_amount_gives_no_unit_cost():
    assert arithmetic("ค่าวิทยากร (6 ชม. x 600) = 4,000", 4000.0) == (4000.0, None, None)


# --- corpus files of set 36 ----------------------------------------------------------


@pytest.mark.parametrize("name", ["nakhon-nayok-pak-phli-2567-progress.pdf",
                                  "yasothon-kham-khuean-kaeo-2567-project.docx",
                                  "yasothon-kham-khuean-kaeo-2567-project.pdf"])
def test_retold_spending_and_split_allocations_give_the_gold_amounts_and_sources_on_a_real_file(parsed, gold, name):
    found = sorted((i.amount_baht, i.source) for i in extract(parsed(name)).budget_items)
    assert found == sorted((g["amount_baht"], g["source"]) for g in gold(name, "budget_items"))
